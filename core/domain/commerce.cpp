#include "domain/commerce.h"

#include "domain/codec.h"

#include <QJsonArray>

namespace lyceum {

namespace {
const char *const kOrderStatus[] = {"pending", "paid", "declined", "failed", "refunded"};
const char *const kSubStatus[] = {"active", "canceled", "lapsed"};

template<typename E, size_t N>
std::optional<E> fromName(const char *const (&names)[N], const QString &name) {
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return E(i);
    return std::nullopt;
}
} // namespace

QString orderStatusName(OrderStatus status) {
    return QLatin1String(kOrderStatus[int(status)]);
}

std::optional<OrderStatus> orderStatusFromName(const QString &name) {
    return fromName<OrderStatus>(kOrderStatus, name);
}

QString subscriptionStatusName(SubscriptionStatus status) {
    return QLatin1String(kSubStatus[int(status)]);
}

std::optional<SubscriptionStatus> subscriptionStatusFromName(const QString &name) {
    return fromName<SubscriptionStatus>(kSubStatus, name);
}

QJsonObject toJson(const Tier &t) {
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("interval"), t.interval},
                  {QStringLiteral("price"), t.price},
                  {QStringLiteral("currency"), t.currency},
                  {QStringLiteral("all_courses"), t.allCourses},
                  {QStringLiteral("course_ids"), QJsonArray::fromStringList(t.courseIds)}};
    if (!t.names.isEmpty())
        o.insert(QStringLiteral("names"), toJson(t.names));
    return o;
}

QJsonObject toJson(const Order &o) {
    QJsonObject j{{QStringLiteral("id"), o.id},
                  {QStringLiteral("number"), o.number},
                  {QStringLiteral("title"), o.title},
                  {QStringLiteral("list_amount"), o.listAmount},
                  {QStringLiteral("discount"), o.discount},
                  {QStringLiteral("amount"), o.amount},
                  {QStringLiteral("currency"), o.currency},
                  {QStringLiteral("status"), orderStatusName(o.status)},
                  {QStringLiteral("renewal"), o.renewal},
                  {QStringLiteral("created_at"), o.createdAt},
                  {QStringLiteral("expires_at"), o.expiresAt},
                  {QStringLiteral("paid_at"), o.paidAt},
                  {QStringLiteral("refundable_until"), o.refundableUntil},
                  {QStringLiteral("refunded_at"), o.refundedAt}};
    if (!o.courseId.isEmpty())
        j.insert(QStringLiteral("course"), o.courseId);
    if (!o.tierId.isEmpty())
        j.insert(QStringLiteral("tier"), o.tierId);
    if (!o.couponCode.isEmpty())
        j.insert(QStringLiteral("coupon"), o.couponCode);
    if (!o.reason.isEmpty())
        j.insert(QStringLiteral("reason"), o.reason);
    if (!o.cardLast4.isEmpty())
        j.insert(QStringLiteral("card_last4"), o.cardLast4);
    return j;
}

QJsonObject toJson(const Subscription &s) {
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("tier"), s.tierId},
            {QStringLiteral("tier_name"), s.tierName},
            {QStringLiteral("status"), subscriptionStatusName(s.status)},
            {QStringLiteral("started_at"), s.startedAt},
            {QStringLiteral("current_period_end"), s.currentPeriodEnd},
            {QStringLiteral("cancel_at_period_end"), s.cancelAtPeriodEnd}};
}

std::optional<Tier> tierFromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("tier"));
    Tier t;
    t.id = r.id(QLatin1StringView("id"));
    t.name = r.string(QLatin1StringView("name"));
    QString namesError;
    if (const auto names = localizedNamesFromJson(o.value(QLatin1StringView("names")), &namesError))
        t.names = *names;
    else
        r.fail(QLatin1StringView("names"), namesError);
    t.interval = r.string(QLatin1StringView("interval"));
    t.price = r.integer(QLatin1StringView("price"));
    t.currency = r.string(QLatin1StringView("currency"));
    t.allCourses = r.boolean(QLatin1StringView("all_courses"));
    t.courseIds = r.stringList(QLatin1StringView("course_ids"));
    if (r.ok() && t.interval != QLatin1String("month") && t.interval != QLatin1String("year"))
        r.fail(QLatin1StringView("interval"), QStringLiteral("must be \"month\" or \"year\""));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return t;
}

std::optional<Order> orderFromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("order"));
    Order d;
    d.id = r.id(QLatin1StringView("id"));
    d.number = r.string(QLatin1StringView("number"));
    d.courseId = r.optionalId(QLatin1StringView("course"));
    d.tierId = r.optionalId(QLatin1StringView("tier"));
    d.title = r.string(QLatin1StringView("title"));
    d.listAmount = r.integer(QLatin1StringView("list_amount"));
    d.discount = r.integer(QLatin1StringView("discount"));
    d.amount = r.integer(QLatin1StringView("amount"));
    d.currency = r.string(QLatin1StringView("currency"));
    d.couponCode = r.optionalString(QLatin1StringView("coupon"));
    const QString status = r.string(QLatin1StringView("status"));
    d.reason = r.optionalString(QLatin1StringView("reason"));
    d.renewal = r.optionalBoolean(QLatin1StringView("renewal"));
    d.createdAt = r.integer(QLatin1StringView("created_at"));
    d.expiresAt = r.optionalInteger(QLatin1StringView("expires_at"));
    d.paidAt = r.optionalInteger(QLatin1StringView("paid_at"));
    d.refundableUntil = r.optionalInteger(QLatin1StringView("refundable_until"));
    d.refundedAt = r.optionalInteger(QLatin1StringView("refunded_at"));
    d.cardLast4 = r.optionalString(QLatin1StringView("card_last4"));
    if (r.ok()) {
        if (const auto s = orderStatusFromName(status))
            d.status = *s;
        else
            r.fail(QLatin1StringView("status"), QStringLiteral("is not an order status"));
    }
    if (r.ok() && d.courseId.isEmpty() == d.tierId.isEmpty())
        r.fail(QLatin1StringView("course"), QStringLiteral("or 'tier' must be given, not both"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return d;
}

std::optional<Subscription> subscriptionFromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("subscription"));
    Subscription s;
    s.id = r.id(QLatin1StringView("id"));
    s.tierId = r.id(QLatin1StringView("tier"));
    s.tierName = r.string(QLatin1StringView("tier_name"));
    const QString status = r.string(QLatin1StringView("status"));
    s.startedAt = r.integer(QLatin1StringView("started_at"));
    s.currentPeriodEnd = r.integer(QLatin1StringView("current_period_end"));
    s.cancelAtPeriodEnd = r.boolean(QLatin1StringView("cancel_at_period_end"));
    if (r.ok()) {
        if (const auto st = subscriptionStatusFromName(status))
            s.status = *st;
        else
            r.fail(QLatin1StringView("status"), QStringLiteral("is not a subscription status"));
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return s;
}

bool luhnValid(const QString &number) {
    int sum = 0;
    int digits = 0;
    bool doubled = false;
    for (qsizetype i = number.size() - 1; i >= 0; --i) {
        const QChar c = number.at(i);
        if (c == u' ' || c == u'-')
            continue;
        if (!c.isDigit() || c.unicode() > u'9')
            return false;
        int d = c.unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
        ++digits;
    }
    return digits >= 12 && digits <= 19 && sum % 10 == 0;
}

} // namespace lyceum
