// The cache schema step "paths.1": courses.prerequisites, the courses a creator says to take
// first (a JSON array of ids, '[]' when none or from a server before it).
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaPaths1(QSqlDatabase &db, QString *error) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("ALTER TABLE courses ADD COLUMN prerequisites TEXT NOT NULL "
                               "DEFAULT '[]'"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace lyceum
