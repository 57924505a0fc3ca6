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
