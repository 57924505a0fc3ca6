// CreatorMoney: the mutations a course's creator sends to sell it (course.price, coupon.put,
// coupon.disable, lesson.drip). Each argument is checked before anything is read; a foreign
// course or coupon is refused by the rule book with the course's creator as owner.
#include "server/commerce/creator_money.h"

#include "domain/codec.h"
#include "domain/mutation_defs.h"
#include "server/clock.h"
#include "server/commerce/commerce_storage.h"
#include "server/storage/storage.h"
#include "server/studio/studio_storage.h"

#include <QRegularExpression>

namespace lyceum::server {

namespace {

CreatorMoney::Outcome refused(const QString &code, const QString &message) {
    return {0, code, message};
}

CreatorMoney::Outcome invalid(const QString &message) {
    return refused(QStringLiteral("invalid_field"), message);
}

// Codes people type at checkout: letters, digits, - and _, so a code is never markup, a
// formula or a path, whatever screen or file shows it.
bool isCouponCode(const QString &code) {
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{2,31}$"));
    return re.match(code).hasMatch();
}

} // namespace

const QStringList &CreatorMoney::currencies() {
    static const QStringList list{
        QStringLiteral("CNY"), QStringLiteral("HKD"), QStringLiteral("TWD"), QStringLiteral("SGD"),
        QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("JPY")};
    return list;
}

CreatorMoney::CreatorMoney(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_clock(clock)
    , m_rules(storage, clock) {}

CreatorMoney::Outcome CreatorMoney::apply(const User &user, QLatin1StringView type,
                                          const QJsonObject &args) {
    if (type == mutations::kCoursePrice)
        return coursePrice(user, args);
    if (type == mutations::kCouponPut)
        return couponPut(user, args);
    if (type == mutations::kCouponDisable)
        return couponDisable(user, args);
    return lessonDrip(user, args);
}

ApiResult<Course> CreatorMoney::ownCourse(const User &user, const QString &courseId,
                                          Action action) {
    const std::optional<Course> course = m_storage.courseById(courseId);
    if (!course)
        return ApiError::notFound(QStringLiteral("No such course."));
    if (const Verdict refusal = m_rules.check(user, action, Target::ownedBy(course->creatorId)))
        return ApiError{refusal->status, refusal->code,
                        QStringLiteral("Only the course's creator manages its sales.")};
    return *course;
}

CreatorMoney::Outcome CreatorMoney::coursePrice(const User &user, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kCoursePrice));
    const QString courseId = r.id(QLatin1StringView("course_id"));
    const qint64 price = r.integer(QLatin1StringView("price"));
    const QString currency = r.string(QLatin1StringView("currency"));
    if (r.ok() && (price < 0 || price > kMaxPrice))
        r.fail(QLatin1StringView("price"), QStringLiteral("must be 0 to %1").arg(kMaxPrice));
    if (r.ok() && !currencies().contains(currency))
        r.fail(QLatin1StringView("currency"),
               QStringLiteral("must be one of %1").arg(currencies().join(QStringLiteral(", "))));
    if (!r.ok())
        return invalid(r.error());
    ApiResult<Course> course = ownCourse(user, courseId, Action::ManageCourseMoney);
    if (!course.ok())
        return refused(course.error().code, course.error().message);
    Course c = course.value();
    if (c.price == price && c.currency == currency)
        return {};
    c.price = price;
    c.currency = currency;
    c.updatedAt = m_clock.nowMs();
    // Orders not yet paid are priced again at payment (price_changed).
    return {m_storage.studio()->putCourse(c), {}, {}};
}

CreatorMoney::Outcome CreatorMoney::couponPut(const User &user, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kCouponPut));
    Coupon c;
    c.code = r.string(QLatin1StringView("code")).trimmed().toUpper();
    c.percentOff = r.optionalInteger(QLatin1StringView("percent_off"));
    c.amountOff = r.optionalInteger(QLatin1StringView("amount_off"));
    c.currency = r.optionalString(QLatin1StringView("currency"));
    c.courseId = r.optionalId(QLatin1StringView("course_id"));
    c.maxUses = r.optionalInteger(QLatin1StringView("max_uses"));
    c.expiresAt = r.optionalInteger(QLatin1StringView("expires_at"));
    const qint64 now = m_clock.nowMs();
    if (r.ok() && !isCouponCode(c.code))
        r.fail(QLatin1StringView("code"),
               QStringLiteral("must be 3 to 32 letters, digits, - or _"));
    if (r.ok() && (c.percentOff > 0) == (c.amountOff > 0))
        r.fail(QLatin1StringView("percent_off"),
               QStringLiteral("give either percent_off or amount_off"));
    if (r.ok() && (c.percentOff < 0 || c.percentOff > 100))
        r.fail(QLatin1StringView("percent_off"), QStringLiteral("must be 1 to 100"));
    if (r.ok() && (c.amountOff < 0 || c.amountOff > kMaxPrice))
        r.fail(QLatin1StringView("amount_off"), QStringLiteral("must be 1 to %1").arg(kMaxPrice));
    if (r.ok() && c.amountOff > 0 && !currencies().contains(c.currency))
        r.fail(QLatin1StringView("currency"),
               QStringLiteral("must be one of %1").arg(currencies().join(QStringLiteral(", "))));
    if (r.ok() && (c.maxUses < 0 || c.maxUses > kMaxCouponUses))
        r.fail(QLatin1StringView("max_uses"),
               QStringLiteral("must be 0 (no limit) to %1").arg(kMaxCouponUses));
    if (r.ok() && c.expiresAt != 0 && c.expiresAt <= now)
        r.fail(QLatin1StringView("expires_at"), QStringLiteral("is in the past"));
    if (r.ok() && c.expiresAt > now + kMaxCouponLifetimeMs)
        r.fail(QLatin1StringView("expires_at"), QStringLiteral("is more than 5 years away"));
    if (!r.ok())
        return invalid(r.error());
    if (c.percentOff > 0)
        c.currency.clear();
    if (!c.courseId.isEmpty()) {
        const ApiResult<Course> course = ownCourse(user, c.courseId, Action::ManageCourseMoney);
        if (!course.ok())
            return refused(course.error().code, course.error().message);
        if (c.amountOff > 0 && course.value().currency != c.currency)
            return invalid(QStringLiteral("coupon.put: 'currency' must be the course's (%1)")
                               .arg(course.value().currency));
    }
    CommerceStorage &db = *m_storage.commerce();
    const std::optional<Coupon> existing = db.couponByCode(c.code);
    if (existing && existing->creatorId != user.id)
        return refused(QStringLiteral("conflict"),
                       QStringLiteral("This coupon code is taken; choose another."));
    c.creatorId = user.id;
    c.used = existing ? existing->used : 0;
    c.disabled = existing && existing->disabled;
    c.createdAt = existing ? existing->createdAt : now;
    db.putCoupon(c);
    return {};
}

CreatorMoney::Outcome CreatorMoney::couponDisable(const User &user, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kCouponDisable));
    const QString code = r.string(QLatin1StringView("code")).trimmed().toUpper();
    const bool disabled = r.boolean(QLatin1StringView("disabled"));
    if (r.ok() && !isCouponCode(code))
        r.fail(QLatin1StringView("code"),
               QStringLiteral("must be 3 to 32 letters, digits, - or _"));
    if (!r.ok())
        return invalid(r.error());
    CommerceStorage &db = *m_storage.commerce();
    const std::optional<Coupon> coupon = db.couponByCode(code);
    if (!coupon)
        return refused(QStringLiteral("not_found"), QStringLiteral("No such coupon."));
    // A community coupon (no creator) is an admin's to disable.
    if (const Verdict refusal =
            m_rules.check(user, Action::ManageCourseMoney, Target::ownedBy(coupon->creatorId)))
        return refused(refusal->code, QStringLiteral("Only the coupon's creator manages it."));
    if (coupon->disabled != disabled)
        db.setCouponDisabled(code, disabled);
    return {};
}

CreatorMoney::Outcome CreatorMoney::lessonDrip(const User &user, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kLessonDrip));
    const QString lessonId = r.id(QLatin1StringView("lesson_id"));
    const qint64 days = r.integer(QLatin1StringView("days"));
    if (r.ok() && (days < 0 || days > kMaxDripDays))
        r.fail(QLatin1StringView("days"), QStringLiteral("must be 0 to %1").arg(kMaxDripDays));
    if (!r.ok())
        return invalid(r.error());
    const std::optional<Lesson> lesson = m_storage.lessonById(lessonId);
    if (!lesson)
        return refused(QStringLiteral("not_found"), QStringLiteral("No such lesson."));
    const ApiResult<Course> course = ownCourse(user, lesson->courseId, Action::ManageCourseMoney);
    if (!course.ok())
        return refused(course.error().code, course.error().message);
    if (lesson->freePreview && days > 0)
        return invalid(QStringLiteral("lesson.drip: a free preview opens to everyone; it is "
                                      "never released later"));
    CommerceStorage &db = *m_storage.commerce();
    if (db.dripDays(lessonId) == days)
        return {};
    db.setDripDays(lessonId, lesson->courseId, int(days));
    return {m_storage.latestSeq(), {}, {}};
}

int CreatorMoney::releaseDrips() {
    const JobLock job(m_storage, QStringLiteral("drips"));
    if (!job.held())
        return 0;
    Transaction tx(m_storage);
    const int courses = m_storage.commerce()->releaseDrips(m_clock.nowMs());
    tx.commit();
    return courses;
}

} // namespace lyceum::server
