// The cache schema step "moderation.1": what a moderator's console shows offline.
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaModeration1(QSqlDatabase &db, QString *error) {
    // moderation_state: key/value. "queue": the last GET /moderation/queue answer (JSON), shown
    // with the outbox's moderation.act rows on top while offline.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE moderation_state (key TEXT PRIMARY KEY, "
                               "value TEXT NOT NULL)"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace lyceum
