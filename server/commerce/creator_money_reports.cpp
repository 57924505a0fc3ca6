// CreatorMoney: what a creator reads about their sales and learners (GET /studio/money,
// /studio/roster, /studio/payouts, /studio/cohorts). Only the course's creator (or an admin)
// reads a course's; learners are named in the roster only, to the course's own creator.
#include "server/clock.h"
#include "server/commerce/commerce_storage.h"
#include "server/commerce/creator_money.h"
#include "server/storage/storage.h"
#include "server/studio/studio_storage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>

namespace lyceum::server {

namespace {

constexpr qint64 kWeekMs = 7LL * 24 * 3600 * 1000;

QJsonObject couponJson(const CouponUse &u) {
    const Coupon &c = u.coupon;
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("percent_off"), c.percentOff},
            {QStringLiteral("amount_off"), c.amountOff},
            {QStringLiteral("currency"), c.currency},
            {QStringLiteral("course_id"), c.courseId},
            {QStringLiteral("expires_at"), c.expiresAt},
            {QStringLiteral("max_uses"), c.maxUses},
            {QStringLiteral("used"), c.used},
            {QStringLiteral("disabled"), c.disabled},
            {QStringLiteral("created_at"), c.createdAt},
            {QStringLiteral("discounted"), u.discounted},
            {QStringLiteral("revenue"), u.revenue}};
}

QString monthOf(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(QStringLiteral("yyyy-MM"));
}

// The Monday (UTC) of the week holding ms.
QDate weekOf(qint64 ms) {
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

ApiResult<QJsonObject> CreatorMoney::money(const User &user, const QString &courseId) {
    const ApiResult<Course> course = ownCourse(user, courseId, Action::ReadAnalytics);
    if (!course.ok())
        return course.error();
    const Course &c = course.value();
    CommerceStorage &db = *m_storage.commerce();
    QJsonArray lessons;
    for (const Lesson &l : m_storage.studio()->lessonsOf(c.id)) {
        lessons.append(QJsonObject{{QStringLiteral("id"), l.id},
                                   {QStringLiteral("title"), l.title},
                                   {QStringLiteral("position"), l.position},
                                   {QStringLiteral("free_preview"), l.freePreview},
                                   {QStringLiteral("drip_days"), db.dripDays(l.id)}});
    }
    QJsonArray coupons;
    for (const CouponUse &u : db.couponsOf(c.creatorId))
        coupons.append(couponJson(u));
    return QJsonObject{{QStringLiteral("course"),
                        QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("title"), c.title},
                                    {QStringLiteral("price"), c.price},
                                    {QStringLiteral("currency"), c.currency},
                                    {QStringLiteral("refund_days"), db.refundDays(c.id)}}},
                       {QStringLiteral("currencies"), QJsonArray::fromStringList(currencies())},
                       {QStringLiteral("lessons"), lessons},
                       {QStringLiteral("coupons"), coupons}};
}

ApiResult<QJsonObject> CreatorMoney::roster(const User &user, const QString &courseId) {
    const ApiResult<Course> course = ownCourse(user, courseId, Action::ReadAnalytics);
    if (!course.ok())
        return course.error();
    const qsizetype lessonCount = m_storage.studio()->lessonsOf(courseId).size();
    QJsonArray learners;
    for (const CourseLearner &l : m_storage.commerce()->learnersOf(courseId)) {
        const int percent = lessonCount > 0 ? int(l.lessonsCompleted * 100 / lessonCount) : 0;
        learners.append(QJsonObject{{QStringLiteral("user_id"), l.userId},
                                    {QStringLiteral("handle"), l.handle},
                                    {QStringLiteral("display_name"), l.displayName},
                                    {QStringLiteral("joined_at"), l.joinedAt},
                                    {QStringLiteral("lessons_started"), l.lessonsStarted},
                                    {QStringLiteral("lessons_completed"), l.lessonsCompleted},
                                    {QStringLiteral("progress_percent"), percent},
                                    {QStringLiteral("last_active_at"), l.lastActiveAt()}});
    }
    return QJsonObject{{QStringLiteral("course_id"), courseId},
                       {QStringLiteral("lesson_count"), lessonCount},
                       {QStringLiteral("learners"), learners}};
}

ApiResult<QJsonObject> CreatorMoney::payouts(const User &user) {
    if (const Verdict refusal = m_rules.mayAttempt(user, Action::ReadAnalytics))
        return *refusal;
    QStringList ids;
    for (const Course &c : m_storage.studio()->coursesBy(user.id))
        ids << c.id;
    struct Month {
        qint64 sales = 0, gross = 0, refunds = 0, refunded = 0;
    };
    QMap<QPair<QString, QString>, Month> months; // (month, currency)
    for (const SaleFact &s : m_storage.studio()->salesOf(ids)) {
        Month &m = months[{monthOf(s.paidAt), s.currency}];
        ++m.sales;
        m.gross += s.amount;
        if (s.refundedAt > 0) {
            Month &r = months[{monthOf(s.refundedAt), s.currency}];
            ++r.refunds;
            r.refunded += s.amount;
        }
    }
    QJsonArray out;
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        const Month &m = it.value();
        const qint64 fees = 0; // the sandbox provider takes no fee; a real one reports its own
        out.append(QJsonObject{{QStringLiteral("month"), it.key().first},
                               {QStringLiteral("currency"), it.key().second},
                               {QStringLiteral("sales"), m.sales},
                               {QStringLiteral("gross"), m.gross},
                               {QStringLiteral("refunds"), m.refunds},
                               {QStringLiteral("refunded"), m.refunded},
                               {QStringLiteral("fees"), fees},
                               {QStringLiteral("net"), m.gross - m.refunded - fees}});
    }
    return QJsonObject{{QStringLiteral("months"), out}};
}

ApiResult<QJsonObject> CreatorMoney::cohorts(const User &user, const QString &courseId) {
    const ApiResult<Course> course = ownCourse(user, courseId, Action::ReadAnalytics);
    if (!course.ok())
        return course.error();
    const qsizetype lessonCount = m_storage.studio()->lessonsOf(courseId).size();
    const qint64 now = m_clock.nowMs();
    static constexpr int kWeeks[] = {1, 2, 4};
    struct Cohort {
        int enrolled = 0, completed = 0;
        int active[3] = {0, 0, 0};
        int judged[3] = {0, 0, 0}; // learners whose N weeks have passed
    };
    QMap<QDate, Cohort> weeks;
    for (const CourseLearner &l : m_storage.commerce()->learnersOf(courseId)) {
        if (l.joinedAt <= 0)
            continue; // enrolled before dates were kept
        Cohort &c = weeks[weekOf(l.joinedAt)];
        ++c.enrolled;
        if (lessonCount > 0 && l.lessonsCompleted >= lessonCount)
            ++c.completed;
        for (int i = 0; i < 3; ++i) {
            const qint64 mark = l.joinedAt + kWeeks[i] * kWeekMs;
            if (mark > now)
                continue;
            ++c.judged[i];
            if (!l.activity.isEmpty() && l.activity.last() >= mark)
                ++c.active[i];
        }
    }
    QJsonArray out;
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
        const Cohort &c = it.value();
        QJsonObject row{{QStringLiteral("week_start"), it.key().toString(Qt::ISODate)},
                        {QStringLiteral("enrolled"), c.enrolled},
                        {QStringLiteral("completed"), c.completed}};
        for (int i = 0; i < 3; ++i) {
            const QString key = QStringLiteral("after_%1w").arg(kWeeks[i]);
            // null: nobody of the week has been enrolled that long yet
            row.insert(key, c.judged[i] > 0 ? QJsonValue(c.active[i]) : QJsonValue());
            row.insert(key + QStringLiteral("_of"), c.judged[i]);
        }
        out.append(row);
    }
    return QJsonObject{{QStringLiteral("course_id"), courseId},
                       {QStringLiteral("lesson_count"), lessonCount},
                       {QStringLiteral("cohorts"), out}};
}

} // namespace lyceum::server
