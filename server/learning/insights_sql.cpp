// SqlStorage: what creator insights read (server/learning/insights_service.h).
#include "server/storage/sql_storage.h"

#include <QSqlQuery>

namespace lyceum::server {

QVector<LearnerProgressRow> SqlStorage::courseProgress(const QString &courseId) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT p.user_id, p.lesson_id, p.percent, p.updated_at FROM learning_progress p"
        " JOIN lessons l ON l.id = p.lesson_id JOIN courses c ON c.id = l.course_id"
        " WHERE l.course_id = ? AND p.user_id <> c.creator_id AND (c.price <= 0 OR EXISTS"
        " (SELECT 1 FROM entitlements g WHERE g.user_id = p.user_id AND g.course_id = c.id))"
        " ORDER BY p.user_id, p.lesson_id"));
    bind(q, {courseId});
    run(q);
    QVector<LearnerProgressRow> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                    q.value(3).toLongLong()});
    q.finish();
    return out;
}

QVector<LearnerEvent> SqlStorage::coursePosts(const QString &courseId) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT p.author_id, p.created_at FROM posts p JOIN threads t ON t.id = p.thread_id"
        " WHERE t.scope_course_id = ? AND p.deleted = ? ORDER BY p.created_at, p.id"));
    bind(q, {courseId, boolean(false)});
    run(q);
    QVector<LearnerEvent> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    q.finish();
    return out;
}

QVector<LearnerEvent> SqlStorage::courseEnrolments(const QString &courseId) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT user_id, granted_at FROM entitlements WHERE course_id = ? ORDER BY user_id"));
    bind(q, {courseId});
    run(q);
    QVector<LearnerEvent> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    q.finish();
    return out;
}

} // namespace lyceum::server
