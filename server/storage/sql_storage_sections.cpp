// SqlStorage: the sections of a course's outline (schema step "sections.1";
// server/studio/studio_outline.cpp).
#include "server/storage/sql_storage.h"

#include <QSqlQuery>

namespace lyceum::server {

void SqlStorage::putSections(const QString &courseId, const QVector<CourseSection> &sections) {
    QSqlQuery &drop = prepared(QStringLiteral("DELETE FROM course_sections WHERE course_id = ?"));
    bind(drop, {courseId});
    run(drop);
    drop.finish();
    QSqlQuery &insert =
        prepared(m_dialect.upsert(QStringLiteral("course_sections"),
                                  {QStringLiteral("id"), QStringLiteral("course_id"),
                                   QStringLiteral("title"), QStringLiteral("position")},
                                  {QStringLiteral("id")}));
    qint64 position = 0;
    for (const CourseSection &s : sections) {
        bind(insert, {s.id, courseId, s.title.isNull() ? QStringLiteral("") : s.title, position++});
        run(insert);
        insert.finish();
    }
}

QVector<CourseSection> SqlStorage::sectionsOf(const QString &courseId) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT id, title FROM course_sections WHERE course_id = ? ORDER BY position, id"));
    bind(q, {courseId});
    run(q);
    QVector<CourseSection> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    return out;
}

QString SqlStorage::sectionCourse(const QString &sectionId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT course_id FROM course_sections WHERE id = ?"));
    bind(q, {sectionId});
    run(q);
    const QString course = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return course;
}

void SqlStorage::placeLesson(const QString &lessonId, const QString &sectionId, int position) {
    QSqlQuery &q =
        prepared(QStringLiteral("UPDATE lessons SET section_id = ?, position = ? WHERE id = ?"));
    bind(q, {sectionId.isNull() ? QStringLiteral("") : sectionId, position, lessonId});
    run(q);
    q.finish();
}

QString SqlStorage::sectionOfLesson(const QString &lessonId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT section_id FROM lessons WHERE id = ?"));
    bind(q, {lessonId});
    run(q);
    const QString section = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return section;
}

} // namespace lyceum::server
