// The cache schema step "policy.1": each space's rules of who may start threads and who may
// reply (spaces.start_threads, spaces.reply: 'everyone' | 'members' | 'staff', from the feed),
// so the app hides what the server would refuse. Rows from before it read as 'everyone', what
// the server allowed then; the next pull brings the real rules.
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaPolicy1(QSqlDatabase &db, QString *error) {
    for (const QString &sql :
         {QStringLiteral("ALTER TABLE spaces ADD COLUMN start_threads TEXT NOT NULL "
                         "DEFAULT 'everyone'"),
          QStringLiteral("ALTER TABLE spaces ADD COLUMN reply TEXT NOT NULL DEFAULT 'everyone'")}) {
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

namespace lyceum {

// "policy.2": each space's slow mode (spaces.slow_mode_s: one post per member per N seconds, 0
// off) and whether it is closed (spaces.closed, 0/1: only staff post), from the feed, so the app
// says why a composer is disabled and how long to wait. Rows from before it read as off and open;
// the next pull brings the real rules.
bool cacheSchemaPolicy2(QSqlDatabase &db, QString *error) {
    for (const QString &sql :
         {QStringLiteral("ALTER TABLE spaces ADD COLUMN slow_mode_s INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE spaces ADD COLUMN closed INTEGER NOT NULL DEFAULT 0")}) {
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
