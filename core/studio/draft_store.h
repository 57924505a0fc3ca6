// Creators' drafts in the profile's cache (schema step "studio.1"), on the cache worker: saved
// as they are typed (each save is its own committed transaction, so a killed app loses at most
// what was typed since the last save), with a history of revisions that can be restored.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

namespace lyceum {

class CacheDatabase;

struct Draft {
    QString id;
    QString kind; // course, lesson, post, announcement
    QString title;
    QString body; // Markdown
    QString targetId;
    qint64 baseUpdatedAt = 0;
    QString courseId;
    QString spaceId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // item_id, first_post_id, price, outline [{id, title}], free_preview (studio.2)
    QJsonObject extra;
    // Kept by the sync and publishing code; save() leaves them as they are.
    qint64 serverRevision = 0;
    QJsonArray conflicts; // [{title, body, meta, saved_at, device}] from another device
    qint64 publishAt = 0;
    qint64 publishRequestedAt = 0;
};

struct DraftRevision {
    qint64 id = 0;
    QString title;
    QString body;
    qint64 savedAt = 0;
};

namespace draftstore {

inline constexpr qint64 kRevisionGapMs = 30 * 1000;
inline constexpr int kMaxRevisions = 200;

// Writes the draft (updatedAt = nowMs) and its history (the sync and publish fields are kept
// from the stored row; syncDevice non-empty also queues the draft for the creator's other
// devices in the same transaction): a new revision when asked (the first
// save of an editing session) or when the newest is older than kRevisionGapMs, else the newest
// updated in place; the oldest beyond kMaxRevisions go.
bool save(CacheDatabase &db, Draft draft, qint64 nowMs, bool newRevision, QString *error,
          const QString &syncDevice = {});
// Writes every field as given, with a revision of the text; no transaction of its own.
bool writeWithRevision(CacheDatabase &db, const Draft &draft, qint64 nowMs, QString *error);
std::optional<Draft> draft(CacheDatabase &db, const QString &id);
QVector<Draft> drafts(CacheDatabase &db); // most recently changed first
QVector<DraftRevision> revisions(CacheDatabase &db, const QString &draftId); // oldest first
// The draft takes a revision's title and body; what it had becomes a revision first, so a
// restore can itself be undone.
bool restore(CacheDatabase &db, const QString &draftId, qint64 revisionId, qint64 nowMs,
             QString *error);
// Deletes the draft and its history; syncDevice non-empty tells the creator's other devices
// (draft.delete) unless it never reached the server.
bool remove(CacheDatabase &db, const QString &id, QString *error, const QString &syncDevice = {});

} // namespace draftstore
} // namespace lyceum
