// The cache schema step "names.1": courses.topic_names, the topic in both languages from the
// feed's "topic_names" ({"en", "zh"} as compact JSON; '' when the server sent none). Rows cached
// before it read as '' and show the community's own topic name until the course changes.
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaNames1(QSqlDatabase &db, QString *error) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "ALTER TABLE courses ADD COLUMN topic_names TEXT NOT NULL DEFAULT ''"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace lyceum
