// The cache schema step "inbox.1": what the inbox (reading/inbox_store.h) keeps on the device.
// The inbox itself is computed from the cache (posts, lessons, the notices below); only what the
// user read and the moderators' notices, which come from a route rather than the feed, are
// stored.
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaInbox1(QSqlDatabase &db, QString *error) {
    const QStringList statements{
        // inbox_reads: one row per inbox item the user marked read (one, or all at once). Key:
        // item_key, "<kind>:<id>" (post:<post id> for replies and mentions, notice:<notice id>,
        // lesson:<lesson id>). read_at: when (ms). Rows of items gone from the cache are
        // harmless.
        QStringLiteral("CREATE TABLE inbox_reads (item_key TEXT PRIMARY KEY, "
                       "read_at INTEGER NOT NULL)"),
        // inbox_notices: the moderators' notices about what this user wrote or about the user
        // (GET /moderation/notices), as last fetched. Key: the server's notice id.
        // target_kind: post | thread | user; title: the thread's title when known.
        QStringLiteral("CREATE TABLE inbox_notices (id INTEGER PRIMARY KEY, "
                       "action TEXT NOT NULL, reason TEXT NOT NULL, note TEXT NOT NULL, "
                       "target_kind TEXT NOT NULL, target_id TEXT NOT NULL, "
                       "title TEXT NOT NULL, created_at INTEGER NOT NULL)"),
        // sync_state "inbox_lesson_baseline": lessons at or below this rowid are not "new". For a
        // profile past its first full pull it is taken now; otherwise when that pull completes
        // (readingstore::establishBaselines).
        QStringLiteral("INSERT INTO sync_state (key, value) SELECT 'inbox_lesson_baseline', "
                       "CAST((SELECT COALESCE(MAX(rowid), 0) FROM lessons) AS TEXT) "
                       "WHERE EXISTS (SELECT 1 FROM sync_state WHERE key = 'unread_baseline') "
                       "ON CONFLICT (key) DO NOTHING"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace lyceum
