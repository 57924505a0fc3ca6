// Saved posts (bookmarks) on the device (cache step "saved.1"; docs/protocol.md, "Saved
// posts"). Saving writes the row and queues saved.add / saved.remove in the outbox in one
// transaction; GET /me/saved brings what the account's other devices saved (merge). Runs on the
// cache worker.
#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVector>

namespace lyceum {

class CacheDatabase;

// One saved post as the Saved page shows it.
struct SavedItem {
    QString postId;
    qint64 savedAt = 0;
    bool inCache = false; // false: saved on another device, not pulled here yet
    QString threadId;
    QString threadTitle;
    QString authorName;
    QString excerpt; // the start of the post's text, one line
    qint64 postedAt = 0;
    bool deleted = false;
    bool hidden = false;
};

namespace savedstore {

inline constexpr int kExcerptCharacters = 160;

// Saves (save true) or unsaves the post, with its outbox row. Saving a post already saved, or
// unsaving one not saved, changes nothing and queues nothing.
Status setSaved(CacheDatabase &db, const QString &postId, bool save, qint64 now);
// Newest saved first, at most limit.
Result<QVector<SavedItem>> list(CacheDatabase &db, int limit);
Result<QSet<QString>> savedIds(CacheDatabase &db);
// The server's list replaces the device's, except for posts with a saved.* change still in the
// outbox (the device's word is newer). True when anything changed.
Result<bool> merge(CacheDatabase &db, const QVector<QPair<QString, qint64>> &server);
// Undoes a discarded saved.add / saved.remove (outbox_store's discard).
bool revert(CacheDatabase &db, const QString &type, const QString &postId, const QJsonObject &args,
            QString *error);

} // namespace savedstore

} // namespace lyceum
