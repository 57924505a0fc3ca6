// The cache schema step "sections.1": a course's outline in sections (docs/studio.md,
// "Course outline").
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaSections1(QSqlDatabase &db, QString *error) {
    const char *statements[] = {
        // courses.sections: the outline's sections in order, JSON [{id, title}] ('[]': one
        // unnamed group, as from servers before sections).
        "ALTER TABLE courses ADD COLUMN sections TEXT NOT NULL DEFAULT '[]'",
        // lessons.section_id: the section the lesson is listed under ('': the first group).
        "ALTER TABLE lessons ADD COLUMN section_id TEXT NOT NULL DEFAULT ''",
    };
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace lyceum
