// SqlStorage: what creators set and read to run a course business (CommerceStorage, "what
// creators set and read"): their coupons and their use, drip release, a course's learners.
// Tables: storage/schema_money.cpp (commerce.3) and schema_commerce.cpp.
#include "server/storage/sql_storage.h"

#include <QSqlQuery>
#include <algorithm>

namespace lyceum::server {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kCompletedPercent = 90; // as creator analytics count a lesson completed

} // namespace

QVector<CouponUse> SqlStorage::couponsOf(const QString &creatorId) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT c.code, c.percent_off, c.amount_off, c.currency, c.course_id, c.expires_at,"
        " c.max_uses, c.used, c.disabled, c.created_at,"
        " (SELECT COALESCE(SUM(o.discount), 0) FROM orders o WHERE o.coupon_code = c.code"
        "  AND o.status IN ('paid', 'refunded')),"
        " (SELECT COALESCE(SUM(o.amount), 0) FROM orders o WHERE o.coupon_code = c.code"
        "  AND o.status = 'paid')"
        " FROM coupons c WHERE c.creator_id = ? ORDER BY c.created_at DESC, c.code"));
    bind(q, {creatorId});
    run(q);
    QVector<CouponUse> out;
    while (q.next()) {
        CouponUse u;
        Coupon &c = u.coupon;
        c.code = q.value(0).toString();
        c.percentOff = q.value(1).toLongLong();
        c.amountOff = q.value(2).toLongLong();
        c.currency = q.value(3).toString();
        c.courseId = q.value(4).toString();
        c.expiresAt = q.value(5).toLongLong();
        c.maxUses = q.value(6).toLongLong();
        c.used = q.value(7).toLongLong();
        c.disabled = SqlDialect::toBool(q.value(8));
        c.createdAt = q.value(9).toLongLong();
        c.creatorId = creatorId;
        u.discounted = q.value(10).toLongLong();
        u.revenue = q.value(11).toLongLong();
        out.append(u);
    }
    q.finish();
    return out;
}

void SqlStorage::setCouponDisabled(const QString &code, bool disabled) {
    QSqlQuery &q = prepared(QStringLiteral("UPDATE coupons SET disabled = ? WHERE code = ?"));
    bind(q, {boolean(disabled), code.toUpper()});
    run(q);
}

int SqlStorage::dripDays(const QString &lessonId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT days FROM lesson_drips WHERE lesson_id = ?"));
    bind(q, {lessonId});
    run(q);
    const int days = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return days;
}

void SqlStorage::setDripDays(const QString &lessonId, const QString &courseId, int days) {
    if (days <= 0) {
        QSqlQuery &del = prepared(QStringLiteral("DELETE FROM lesson_drips WHERE lesson_id = ?"));
        bind(del, {lessonId});
        run(del);
    } else {
        QSqlQuery &q =
            prepared(SqlDialect::insert(QStringLiteral("lesson_drips"),
                                        {QStringLiteral("lesson_id"), QStringLiteral("days")}) %
                     QStringLiteral(" ON CONFLICT(lesson_id) DO UPDATE SET days = excluded.days"));
        bind(q, {lessonId, days});
        run(q);
    }
    // Readers get the course's lessons again: what each may read changed.
    touchLessons(courseId);
}

QHash<QString, qint64> SqlStorage::dripClosed(const QString &userId, qint64 now) {
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT d.lesson_id, e.granted_at, d.days FROM lesson_drips d"
                       " JOIN lessons l ON l.id = d.lesson_id"
                       " LEFT JOIN entitlements e ON e.course_id = l.course_id AND e.user_id = ?"
                       " WHERE d.days > 0 AND l.free_preview = ?"));
    bind(q, {userId, boolean(false)});
    run(q);
    QHash<QString, qint64> out;
    while (q.next()) {
        if (q.value(1).isNull()) {
            out.insert(q.value(0).toString(), 0);
            continue;
        }
        const qint64 opensAt = q.value(1).toLongLong() + q.value(2).toLongLong() * kDayMs;
        if (opensAt > now)
            out.insert(q.value(0).toString(), opensAt);
    }
    q.finish();
    return out;
}

int SqlStorage::releaseDrips(qint64 now) {
    const QString key = QStringLiteral("drips_released_until");
    QSqlQuery &last = prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    bind(last, {key});
    run(last);
    const qint64 from = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    if (from >= now)
        return 0;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT DISTINCT l.course_id FROM lesson_drips d JOIN lessons l ON l.id = d.lesson_id"
        " JOIN entitlements e ON e.course_id = l.course_id"
        " WHERE e.granted_at + d.days * 86400000 > ? AND e.granted_at + d.days * 86400000 <= ?"));
    bind(q, {from, now});
    run(q);
    QStringList courses;
    while (q.next())
        courses << q.value(0).toString();
    q.finish();
    for (const QString &course : std::as_const(courses))
        touchLessons(course);
    QSqlQuery &mark =
        prepared(SqlDialect::insert(QStringLiteral("meta"),
                                    {QStringLiteral("key"), QStringLiteral("value")}) %
                 QStringLiteral(" ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    bind(mark, {key, QString::number(now)});
    run(mark);
    return int(courses.size());
}

QVector<CourseLearner> SqlStorage::learnersOf(const QString &courseId) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT u.id, u.handle, u.display_name, e.granted_at FROM entitlements e"
        " JOIN users u ON u.id = e.user_id JOIN courses c ON c.id = e.course_id"
        " WHERE e.course_id = ? AND e.user_id <> c.creator_id ORDER BY e.granted_at, u.handle"));
    bind(q, {courseId});
    run(q);
    QVector<CourseLearner> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        CourseLearner l;
        l.userId = q.value(0).toString();
        l.handle = q.value(1).toString();
        l.displayName = q.value(2).toString();
        l.joinedAt = q.value(3).toLongLong();
        index.insert(l.userId, out.size());
        out.append(l);
    }
    q.finish();
    QSqlQuery &p =
        prepared(QStringLiteral("SELECT p.user_id, p.percent, p.updated_at FROM learning_progress p"
                                " JOIN lessons l ON l.id = p.lesson_id WHERE l.course_id = ?"));
    bind(p, {courseId});
    run(p);
    while (p.next()) {
        const auto it = index.constFind(p.value(0).toString());
        if (it == index.constEnd())
            continue;
        CourseLearner &l = out[*it];
        const int percent = p.value(1).toInt();
        l.lessonsStarted += percent > 0 ? 1 : 0;
        l.lessonsCompleted += percent >= kCompletedPercent ? 1 : 0;
        l.activity.append(p.value(2).toLongLong());
    }
    p.finish();
    QSqlQuery &posts =
        prepared(QStringLiteral("SELECT p.author_id, p.created_at FROM posts p JOIN threads t ON"
                                " t.id = p.thread_id WHERE t.scope_course_id = ?"));
    bind(posts, {courseId});
    run(posts);
    while (posts.next()) {
        const auto it = index.constFind(posts.value(0).toString());
        if (it != index.constEnd())
            out[*it].activity.append(posts.value(1).toLongLong());
    }
    posts.finish();
    for (CourseLearner &l : out)
        std::sort(l.activity.begin(), l.activity.end());
    return out;
}

} // namespace lyceum::server
