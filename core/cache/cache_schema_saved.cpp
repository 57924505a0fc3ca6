// The cache schema step "saved.1": the posts the user saved (bookmarks; reading/saved_store.h).
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaSaved1(QSqlDatabase &db, QString *error) {
    // saved_posts: one row per post the user saved, keyed by the post's id; saved_at (ms) orders
    // the Saved page, newest first. Filled by saving on this device (with its saved.add in the
    // outbox) and from GET /me/saved (every device of the account). The post itself may not be
    // in the cache yet (saved elsewhere, not pulled here): the page says so.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE saved_posts (post_id TEXT PRIMARY KEY, "
                               "saved_at INTEGER NOT NULL)"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace lyceum
