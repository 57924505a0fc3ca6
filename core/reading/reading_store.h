// Unread counts and the watermark of posts already considered for notifications, kept in the
// cache. Runs on the cache worker.
//
// "Unread" is measured in arrival order on this device, not in server time: posts.rowid grows
// as posts reach the cache (the cache upserts posts in place, so an edit keeps its rowid). A post
// is unread when it is not the user's own, not deleted, and its rowid is above the thread's read
// mark (thread_reads.read_rowid), or, for a thread never opened, above the baseline taken when
// the profile's first full sync completed (sync_state "unread_baseline"). So a new profile does
// not start with the whole community's history unread, and what arrives later counts.
//
// The notification watermark (sync_state "notified_rowid") is taken at the same moment; later,
// takeNewPosts() hands out each post that arrived above it exactly once.
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QVector>

namespace lyceum {

class CacheDatabase;
struct ThreadSummary;

// A post that reached the cache from the server, with what deciding a notification needs.
struct IncomingPost {
    Post post;
    QString authorName;
    QString threadTitle;
    QString threadAuthorId;
    QString parentAuthorId; // empty for a top-level reply
};

namespace readingstore {

// Called in the transaction that completes a pull: the first time, takes both baselines at the
// current highest post rowid (and the inbox's lesson baseline, inbox_store.h). Later calls do
// nothing.
bool establishBaselines(CacheDatabase &db, QString *error);

// Marks the thread read up to its newest post.
bool markThreadRead(CacheDatabase &db, const QString &threadId, qint64 now, QString *error);

// Fills ThreadSummary::unread for the given summaries.
void fillUnread(CacheDatabase &db, QVector<ThreadSummary> &threads, const QString &myUserId);

// Unread posts per space id (space threads only), spaces with none left out.
QHash<QString, int> unreadBySpace(CacheDatabase &db, const QString &myUserId);

// The posts by others that arrived since the last call (nothing before the baselines exist),
// and moves the watermark past them.
QVector<IncomingPost> takeNewPosts(CacheDatabase &db, const QString &myUserId, QString *error);

} // namespace readingstore
} // namespace lyceum
