// The server schema step "sections.1": a course's outline in sections (docs/studio.md,
// "Course outline"). Every course that has lessons gets one default section (an empty title,
// shown as "Lessons") holding them all in their order, so an existing course looks as before.
#include "server/storage/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace lyceum::server {

namespace {
// The default section's id for a course: the same on every server that migrates it.
QString defaultSectionId(const QString &courseId) {
    static const QUuid space(QStringLiteral("{5f0e6d1c-93a4-4c7e-9a51-2b9d0c3e8f11}"));
    return QStringLiteral("sec-") +
           QUuid::createUuidV5(space, courseId).toString(QUuid::WithoutBraces);
}
} // namespace

bool serverSchemaSections1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    if (!execSchema(db, dialect,
                    {
                        // course_sections: one row per section of a course's outline, keyed by
                        // id (the creator's device makes it); position orders them in the
                        // course; title may be empty (the default section).
                        "CREATE TABLE course_sections (id ${text} PRIMARY KEY,"
                        " course_id ${text} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                        " title ${text} NOT NULL, position ${bigint} NOT NULL)",
                        "CREATE INDEX course_sections_course ON course_sections(course_id)",
                        // lessons.section_id: the section the lesson is listed under ('' none).
                        "ALTER TABLE lessons ADD COLUMN section_id ${text} NOT NULL DEFAULT ''",
                    },
                    error))
        return false;
    QSqlQuery courses(db);
    if (!courses.exec(QStringLiteral("SELECT DISTINCT course_id FROM lessons ORDER BY 1"))) {
        *error = QStringLiteral("sections.1: ") + courses.lastError().text();
        return false;
    }
    QStringList ids;
    while (courses.next())
        ids << courses.value(0).toString();
    QSqlQuery insert(db), update(db);
    insert.prepare(QStringLiteral("INSERT INTO course_sections (id, course_id, title, position) "
                                  "VALUES (?, ?, '', 0)"));
    update.prepare(QStringLiteral("UPDATE lessons SET section_id = ? WHERE course_id = ?"));
    for (const QString &course : std::as_const(ids)) {
        const QString section = defaultSectionId(course);
        insert.bindValue(0, section);
        insert.bindValue(1, course);
        update.bindValue(0, section);
        update.bindValue(1, course);
        if (!insert.exec() || !update.exec()) {
            *error = QStringLiteral("sections.1: ") + insert.lastError().text() +
                     update.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace lyceum::server
