// What a course's creator sets and reads to run it as a business (docs/protocol.md, "Creators'
// money"): its price and currency, their coupons (percent or amount, a limit, an expiry, one
// course or all of theirs; disabled at will; their use), drip release (a lesson opens some days
// after each learner's enrolment), the roster of a course's learners, payouts by month and the
// enrolment-week cohorts. Writes are mutations (course.price, coupon.put, coupon.disable,
// lesson.drip) that MutationService dispatches here inside its transaction; every one and every
// read asks the rule book with the course's creator as owner, so only they (or an admin) act.
#pragma once

#include "server/api_error.h"
#include "server/policy/rule_book.h"

#include <QJsonObject>
#include <QLatin1StringView>

namespace lyceum::server {

class Storage;
class Clock;

class CreatorMoney {
public:
    // Limits the creator's inputs are held to.
    static constexpr qint64 kMaxPrice = 100'000'000; // minor units: 1,000,000.00
    static constexpr int kMaxDripDays = 365;
    static constexpr qint64 kMaxCouponUses = 1'000'000;
    static constexpr qint64 kMaxCouponLifetimeMs = 5LL * 366 * 24 * 3600 * 1000;
    // The currencies a price or an amount-off coupon may be in.
    static const QStringList &currencies();

    struct Outcome {
        qint64 seq = 0;
        QString code; // empty: applied
        QString message;
    };

    CreatorMoney(Storage &storage, const Clock &clock);

    // One of the mutations above; call inside the mutation's transaction.
    Outcome apply(const User &user, QLatin1StringView type, const QJsonObject &args);

    // GET /studio/money?course=ID: the course's price, refund window, lessons with their drip
    // days, and the caller's coupons with their use.
    ApiResult<QJsonObject> money(const User &user, const QString &courseId);
    // GET /studio/roster?course=ID: its learners (joined, progress, last active).
    ApiResult<QJsonObject> roster(const User &user, const QString &courseId);
    // GET /studio/payouts: sales, refunds, fees and net per month (UTC) and currency over the
    // caller's courses.
    ApiResult<QJsonObject> payouts(const User &user);
    // GET /studio/cohorts?course=ID: learners by the week (Monday, UTC) they enrolled; how many
    // were still active 1, 2 and 4 weeks later, and how many completed the course.
    ApiResult<QJsonObject> cohorts(const User &user, const QString &courseId);

    // Re-emits the lessons that opened for a learner since the last run, so their next pull
    // brings them unlocked; the server calls it each minute, tests after moving the clock.
    int releaseDrips();

private:
    Outcome coursePrice(const User &user, const QJsonObject &args);
    Outcome couponPut(const User &user, const QJsonObject &args);
    Outcome couponDisable(const User &user, const QJsonObject &args);
    Outcome lessonDrip(const User &user, const QJsonObject &args);
    // The course if it exists and the user may manage it; else the refusal.
    ApiResult<Course> ownCourse(const User &user, const QString &courseId, Action action);

    Storage &m_storage;
    const Clock &m_clock;
    RuleBook m_rules;
};

} // namespace lyceum::server
