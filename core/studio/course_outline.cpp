#include "studio/course_outline.h"

#include "cache/cache_database.h"
#include "cache/transaction.h"
#include "outbox/outbox_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::courseoutline {

Stored read(CacheDatabase &db, const QString &courseId) {
    Stored out;
    QSqlQuery course(db.db());
    course.prepare(QStringLiteral("SELECT sections FROM courses WHERE id = ?"));
    course.addBindValue(courseId);
    if (course.exec() && course.next())
        out.sections =
            sectionsFromJson(QJsonDocument::fromJson(course.value(0).toString().toUtf8()).array(),
                             nullptr)
                .value_or(QVector<CourseSection>{});
    QSqlQuery lessons(db.db());
    lessons.prepare(QStringLiteral("SELECT id, section_id FROM lessons WHERE course_id = ?"));
    lessons.addBindValue(courseId);
    if (lessons.exec())
        while (lessons.next())
            out.lessonSection.insert(lessons.value(0).toString(), lessons.value(1).toString());
    return out;
}

QJsonObject args(const QString &courseId, const QVector<Section> &outline) {
    QJsonArray sections;
    for (const Section &s : outline)
        sections.append(
            QJsonObject{{QStringLiteral("id"), s.id},
                        {QStringLiteral("title"), s.title.trimmed()},
                        {QStringLiteral("lessons"), QJsonArray::fromStringList(s.lessonIds)}});
    return {{QStringLiteral("course_id"), courseId}, {QStringLiteral("sections"), sections}};
}

bool queue(CacheDatabase &db, const QString &courseId, const QVector<Section> &outline,
           QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    QJsonArray sections;
    QSqlQuery lesson(db.db());
    lesson.prepare(QStringLiteral("UPDATE lessons SET section_id = ?, position = ? WHERE id = ? "
                                  "AND course_id = ?"));
    int position = 0;
    for (const Section &s : outline) {
        sections.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("title"), s.title.trimmed()}});
        for (const QString &id : s.lessonIds) {
            lesson.bindValue(0, s.id);
            lesson.bindValue(1, ++position);
            lesson.bindValue(2, id);
            lesson.bindValue(3, courseId);
            if (!CacheDatabase::exec(lesson, QStringLiteral("arranging a lesson"), error))
                return false;
        }
    }
    QSqlQuery course(db.db());
    course.prepare(QStringLiteral("UPDATE courses SET sections = ? WHERE id = ?"));
    course.addBindValue(QString::fromUtf8(QJsonDocument(sections).toJson(QJsonDocument::Compact)));
    course.addBindValue(courseId);
    if (!CacheDatabase::exec(course, QStringLiteral("arranging a course"), error))
        return false;
    // One waiting outline per course: the newest arrangement replaces one not yet sent.
    QSqlQuery drop(db.db());
    drop.prepare(QStringLiteral("DELETE FROM outbox WHERE type = ? AND entity_id = ? AND "
                                "state = 0"));
    drop.addBindValue(QString(mutations::kCourseOutline));
    drop.addBindValue(courseId);
    if (!CacheDatabase::exec(drop, QStringLiteral("replacing a waiting outline"), error) ||
        !outboxstore::enqueue(db, QString(mutations::kCourseOutline), courseId,
                              args(courseId, outline), nullptr, error))
        return false;
    return tx.commit(error);
}

} // namespace lyceum::courseoutline
