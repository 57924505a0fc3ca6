// SqlStorage: course reviews and helpful votes.
#include "server/storage/sql_storage.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::server {

std::optional<Review> SqlStorage::reviewById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT id, course_id, user_id, rating, body, helpful, reply, created_at, updated_at,"
        " replied_at FROM reviews WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<Review> out;
    if (q.next()) {
        Review r;
        r.id = q.value(0).toString();
        r.courseId = q.value(1).toString();
        r.userId = q.value(2).toString();
        r.rating = q.value(3).toInt();
        r.body = q.value(4).toString();
        r.helpful = q.value(5).toInt();
        r.reply = q.value(6).toString();
        r.createdAt = q.value(7).toLongLong();
        r.updatedAt = q.value(8).toLongLong();
        r.repliedAt = q.value(9).toLongLong();
        out = r;
    }
    q.finish();
    return out;
}

qint64 SqlStorage::putReview(const Review &r) {
    QSqlQuery &q = prepared(m_dialect.upsert(
        QStringLiteral("reviews"),
        {QStringLiteral("id"), QStringLiteral("course_id"), QStringLiteral("user_id"),
         QStringLiteral("rating"), QStringLiteral("body"), QStringLiteral("helpful"),
         QStringLiteral("reply"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
         QStringLiteral("replied_at")},
        {QStringLiteral("id")}));
    bind(q, {r.id, r.courseId, r.userId, r.rating, r.body, r.helpful, r.reply, r.createdAt,
             r.updatedAt, r.repliedAt});
    run(q);
    return recordChange("review", r.id, QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact),
                        r.courseId);
}

bool SqlStorage::setHelpfulVote(const QString &reviewId, const QString &userId, bool helpful) {
    QSqlQuery &q = prepared(
        helpful ? SqlDialect::insert(QStringLiteral("review_votes"),
                                     {QStringLiteral("review_id"), QStringLiteral("user_id")}) %
                      QStringLiteral(" ON CONFLICT(review_id, user_id) DO NOTHING")
                : QStringLiteral("DELETE FROM review_votes WHERE review_id = ? AND "
                                 "user_id = ?"));
    bind(q, {reviewId, userId});
    run(q);
    return q.numRowsAffected() > 0;
}

QVector<Review> SqlStorage::reviewsOfCourse(const QString &courseId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM reviews WHERE course_id = ?"));
    bind(q, {courseId});
    run(q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    QVector<Review> out;
    for (const QString &id : std::as_const(ids)) {
        if (auto r = reviewById(id))
            out << *r;
    }
    return out;
}

} // namespace lyceum::server
