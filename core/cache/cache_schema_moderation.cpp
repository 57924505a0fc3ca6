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

namespace lyceum {

bool cacheSchemaModeration2(QSqlDatabase &db, QString *error) {
    // reports_made: what this user reported from this device, so the post (or thread) says
    // "Reported" and the Report button is not offered twice. Key: (target_kind, target_id).
    // reported_at: ms. Written in the transaction that queues the report.create mutation.
    // posts.hidden: the post was removed by a moderator (deleted = 1 too), from the feed's
    // "hidden"; 0 for rows from before it, which the next change of the post corrects.
    for (const QString &sql :
         {QStringLiteral("CREATE TABLE reports_made (target_kind TEXT NOT NULL, "
                         "target_id TEXT NOT NULL, reported_at INTEGER NOT NULL, "
                         "PRIMARY KEY (target_kind, target_id))"),
          QStringLiteral("ALTER TABLE posts ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0")}) {
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
