// Creators' drafts in the profile's cache (schema step "studio.1"), on the cache worker: saved
// as they are typed (each save is its own committed transaction, so a killed app loses at most
// what was typed since the last save), with a history of revisions that can be restored.
#pragma once

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

// Writes the draft (updatedAt = nowMs) and its history: a new revision when asked (the first
// save of an editing session) or when the newest is older than kRevisionGapMs, else the newest
// updated in place; the oldest beyond kMaxRevisions go.
bool save(CacheDatabase &db, Draft draft, qint64 nowMs, bool newRevision, QString *error);
std::optional<Draft> draft(CacheDatabase &db, const QString &id);
QVector<Draft> drafts(CacheDatabase &db); // most recently changed first
QVector<DraftRevision> revisions(CacheDatabase &db, const QString &draftId); // oldest first
// The draft takes a revision's title and body; what it had becomes a revision first, so a
// restore can itself be undone.
bool restore(CacheDatabase &db, const QString &draftId, qint64 revisionId, qint64 nowMs,
             QString *error);
bool remove(CacheDatabase &db, const QString &id, QString *error);

} // namespace draftstore
} // namespace lyceum
