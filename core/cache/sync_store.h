// The pull side of the cache: applying a page of the changes feed together with the cursor
// after it, in one transaction, so an interrupted sync resumes exactly where it stopped.
#pragma once

#include "cache/entity_writer.h"

namespace lyceum {

class CacheDatabase;

namespace syncstore {

QString cursor(CacheDatabase &db);
qint64 lastSyncedAt(CacheDatabase &db);

// Applies the changes and stores newCursor, all or nothing. The page is applied only if the
// stored cursor still equals fromCursor (a page fetched from a stale cursor is refused).
// complete: this was the last page (has_more false) -> last_synced_at is stamped.
// offlineGraceMs >= 0 is stored too (see offlineAccessExpired). A page of
// search::kDeferIndexingFrom changes or more leaves its rows to the search indexer
// (search/search_backlog.h), and so does any page while rows wait for it; other pages are
// indexed in their transaction.
bool applyPage(CacheDatabase &db, const QVector<EntityChange> &changes, const QString &fromCursor,
               const QString &newCursor, bool complete, QString *error, qint64 offlineGraceMs = -1);

// True when the server set an offline grace period and the last complete pull is older than it:
// paid lessons are then shown locked until the next pull confirms the user's access.
bool offlineAccessExpired(CacheDatabase &db, qint64 nowMs);

// Forgets every synced row and the cursor (the server's data was reset: 410 cursor_expired).
// Threads and posts still carried by the outbox are kept, so the user's unsent work stays.
// The search indexes are emptied and the rows kept wait for the indexer (search_backlog.h).
bool wipe(CacheDatabase &db, QString *error);

} // namespace syncstore
} // namespace lyceum
