// The cache schema step "reading.1": what the user has read, for unread counts. See
// reading/reading_store.h for how the marks are used.
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaReading1(QSqlDatabase &db, QString *error) {
    // thread_reads: one row per thread the user has opened. Key: thread_id. read_rowid is the
    // highest posts.rowid of that thread when it was last read (rowids grow in the order posts
    // reach this device); read_at is when (ms since epoch). No foreign key: threads come and go
    // with the feed, a mark for a thread that is gone is harmless.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE thread_reads (thread_id TEXT PRIMARY KEY, "
                               "read_rowid INTEGER NOT NULL, read_at INTEGER NOT NULL)"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace lyceum
