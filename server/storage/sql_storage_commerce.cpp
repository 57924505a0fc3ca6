// SqlStorage: the CommerceStorage half (tiers, coupons, orders, subscriptions, payment events,
// grants and the entitlements derived from them). Tables: storage/schema_commerce.cpp.
#include "server/storage/sql_storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::server {

CommerceStorage::~CommerceStorage() = default;

namespace {

const QString kOrderColumns = QStringLiteral(
    "id, number, user_id, course_id, tier_id, title, list_amount, discount, amount, currency,"
    " coupon_code, status, reason, renewal, idempotency_key, created_at, paid_at,"
    " refundable_until, refunded_at, charge_id, card_last4, purpose, subscription_id, expires_at");

QString purposeName(OrderPurpose purpose) {
    return purpose == OrderPurpose::Renewal ? QStringLiteral("renewal")
                                            : QStringLiteral("purchase");
}

// The stored idempotency key: the purpose's namespace, then the key (schema_commerce.cpp).
QString storedKey(OrderPurpose purpose, const QString &key) {
    return purposeName(purpose) + u':' + key;
}

QString orderNumber(qint64 n) {
    return QStringLiteral("LY-%1").arg(n, 6, 10, QLatin1Char('0'));
}

OrderRecord orderFromRow(const QSqlQuery &q) {
    OrderRecord r;
    Order &o = r.order;
    o.id = q.value(0).toString();
    o.number = orderNumber(q.value(1).toLongLong());
    r.userId = q.value(2).toString();
    o.courseId = q.value(3).toString();
    o.tierId = q.value(4).toString();
    o.title = q.value(5).toString();
    o.listAmount = q.value(6).toLongLong();
    o.discount = q.value(7).toLongLong();
    o.amount = q.value(8).toLongLong();
    o.currency = q.value(9).toString();
    o.couponCode = q.value(10).toString();
    o.status = orderStatusFromName(q.value(11).toString()).value_or(OrderStatus::Failed);
    o.reason = q.value(12).toString();
    o.renewal = SqlDialect::toBool(q.value(13));
    r.purpose = q.value(21).toString() == QLatin1String("renewal") ? OrderPurpose::Renewal
                                                                   : OrderPurpose::Purchase;
    r.idempotencyKey = q.value(14).toString().mid(purposeName(r.purpose).size() + 1);
    r.subscriptionId = q.value(22).toString();
    o.expiresAt = q.value(23).toLongLong();
    o.createdAt = q.value(15).toLongLong();
    o.paidAt = q.value(16).toLongLong();
    o.refundableUntil = q.value(17).toLongLong();
    o.refundedAt = q.value(18).toLongLong();
    r.chargeId = q.value(19).toString();
    o.cardLast4 = q.value(20).toString();
    return r;
}

const QString kSubscriptionColumns = QStringLiteral(
    "s.id, s.user_id, s.tier_id, t.name, s.status, s.started_at, s.current_period_end,"
    " s.cancel_at_period_end, s.payment_method, s.first_order_id");

SubscriptionRecord subscriptionFromRow(const QSqlQuery &q) {
    SubscriptionRecord r;
    Subscription &s = r.subscription;
    s.id = q.value(0).toString();
    r.userId = q.value(1).toString();
    s.tierId = q.value(2).toString();
    s.tierName = q.value(3).toString();
    s.status =
        subscriptionStatusFromName(q.value(4).toString()).value_or(SubscriptionStatus::Lapsed);
    s.startedAt = q.value(5).toLongLong();
    s.currentPeriodEnd = q.value(6).toLongLong();
    s.cancelAtPeriodEnd = SqlDialect::toBool(q.value(7));
    r.paymentMethod = q.value(8).toString();
    r.firstOrderId = q.value(9).toString();
    return r;
}

Tier tierFromRow(const QSqlQuery &q) {
    Tier t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    t.interval = q.value(2).toString();
    t.price = q.value(3).toLongLong();
    t.currency = q.value(4).toString();
    t.allCourses = SqlDialect::toBool(q.value(5));
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toByteArray()).array())
        t.courseIds << v.toString();
    t.names = localizedNamesFromText(q.value(7).toString());
    return t;
}

} // namespace

QVector<Tier> SqlStorage::tiers() {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT id, name, interval_unit, price, currency,"
                                " all_courses, course_ids, names FROM tiers ORDER BY position"));
    run(q);
    QVector<Tier> out;
    while (q.next())
        out.append(tierFromRow(q));
    q.finish();
    return out;
}

std::optional<Tier> SqlStorage::tierById(const QString &id) {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT id, name, interval_unit, price, currency,"
                                " all_courses, course_ids, names FROM tiers WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<Tier> out;
    if (q.next())
        out = tierFromRow(q);
    q.finish();
    return out;
}

void SqlStorage::putTier(const Tier &t, int position) {
    QSqlQuery &q = prepared(
        SqlDialect::insert(
            QStringLiteral("tiers"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("interval_unit"),
             QStringLiteral("price"), QStringLiteral("currency"), QStringLiteral("all_courses"),
             QStringLiteral("course_ids"), QStringLiteral("position"), QStringLiteral("names")}) %
        QStringLiteral(" ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                       " names = excluded.names,"
                       " interval_unit = excluded.interval_unit, price = excluded.price,"
                       " currency = excluded.currency, all_courses = excluded.all_courses,"
                       " course_ids = excluded.course_ids, position = excluded.position"));
    bind(
        q,
        {t.id, t.name, t.interval, t.price, t.currency, boolean(t.allCourses),
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(t.courseIds)).toJson(QJsonDocument::Compact)),
         position, localizedNamesToText(t.names)});
    run(q);
}

std::optional<Coupon> SqlStorage::couponByCode(const QString &code) {
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT code, percent_off, amount_off, currency, course_id, tier_id,"
                       " expires_at, max_uses, used, creator_id, disabled, created_at"
                       " FROM coupons WHERE code = ?"));
    bind(q, {code.toUpper()});
    run(q);
    std::optional<Coupon> out;
    if (q.next()) {
        Coupon c;
        c.code = q.value(0).toString();
        c.percentOff = q.value(1).toLongLong();
        c.amountOff = q.value(2).toLongLong();
        c.currency = q.value(3).toString();
        c.courseId = q.value(4).toString();
        c.tierId = q.value(5).toString();
        c.expiresAt = q.value(6).toLongLong();
        c.maxUses = q.value(7).toLongLong();
        c.used = q.value(8).toLongLong();
        c.creatorId = q.value(9).toString();
        c.disabled = SqlDialect::toBool(q.value(10));
        c.createdAt = q.value(11).toLongLong();
        out = c;
    }
    q.finish();
    return out;
}

void SqlStorage::putCoupon(const Coupon &c) {
    QSqlQuery &q = prepared(
        SqlDialect::insert(QStringLiteral("coupons"),
                           {QStringLiteral("code"), QStringLiteral("percent_off"),
                            QStringLiteral("amount_off"), QStringLiteral("currency"),
                            QStringLiteral("course_id"), QStringLiteral("tier_id"),
                            QStringLiteral("expires_at"), QStringLiteral("max_uses"),
                            QStringLiteral("used"), QStringLiteral("creator_id"),
                            QStringLiteral("disabled"), QStringLiteral("created_at")}) %
        QStringLiteral(" ON CONFLICT(code) DO UPDATE SET percent_off = excluded.percent_off,"
                       " amount_off = excluded.amount_off, currency = excluded.currency,"
                       " course_id = excluded.course_id, tier_id = excluded.tier_id,"
                       " expires_at = excluded.expires_at, max_uses = excluded.max_uses,"
                       " disabled = excluded.disabled"));
    bind(q, {c.code.toUpper(), c.percentOff, c.amountOff, c.currency, nullableText(c.courseId),
             nullableText(c.tierId), c.expiresAt > 0 ? QVariant(c.expiresAt) : QVariant(),
             c.maxUses > 0 ? QVariant(c.maxUses) : QVariant(), c.used, nullableText(c.creatorId),
             boolean(c.disabled), c.createdAt});
    run(q);
}

void SqlStorage::countCouponUse(const QString &code) {
    QSqlQuery &q = prepared(QStringLiteral("UPDATE coupons SET used = used + 1 WHERE code = ?"));
    bind(q, {code.toUpper()});
    run(q);
}

int SqlStorage::refundDays(const QString &courseId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT days FROM course_refunds WHERE course_id = ?"));
    bind(q, {courseId});
    run(q);
    const int days = q.next() ? q.value(0).toInt() : 14;
    q.finish();
    return days;
}

void SqlStorage::setRefundDays(const QString &courseId, int days) {
    QSqlQuery &q =
        prepared(SqlDialect::insert(QStringLiteral("course_refunds"),
                                    {QStringLiteral("course_id"), QStringLiteral("days")}) %
                 QStringLiteral(" ON CONFLICT(course_id) DO UPDATE SET days = excluded.days"));
    bind(q, {courseId, days});
    run(q);
}

qint64 SqlStorage::nextOrderNumber() {
    lockOrderNumbers();
    QSqlQuery &q = prepared(QStringLiteral("SELECT COALESCE(MAX(number), 1000) + 1 FROM orders"));
    run(q);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 1001;
    q.finish();
    return n;
}

void SqlStorage::insertOrder(const OrderRecord &r) {
    const Order &o = r.order;
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO orders (") + kOrderColumns +
                            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bind(q, {o.id,
             o.number.mid(3).toLongLong(),
             r.userId,
             nullableText(o.courseId),
             nullableText(o.tierId),
             o.title,
             o.listAmount,
             o.discount,
             o.amount,
             o.currency,
             nullableText(o.couponCode),
             orderStatusName(o.status),
             o.reason,
             boolean(o.renewal),
             storedKey(r.purpose, r.idempotencyKey),
             o.createdAt,
             o.paidAt,
             o.refundableUntil,
             o.refundedAt,
             nullableText(r.chargeId),
             o.cardLast4,
             purposeName(r.purpose),
             nullableText(r.subscriptionId),
             o.expiresAt});
    run(q);
}

void SqlStorage::updateOrder(const OrderRecord &r) {
    const Order &o = r.order;
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE orders SET status = ?, reason = ?, paid_at = ?, refundable_until = ?,"
        " refunded_at = ?, charge_id = ?, card_last4 = ?, coupon_code = ?, discount = ?,"
        " amount = ? WHERE id = ?"));
    bind(q, {orderStatusName(o.status), o.reason, o.paidAt, o.refundableUntil, o.refundedAt,
             nullableText(r.chargeId), o.cardLast4, nullableText(o.couponCode), o.discount,
             o.amount, o.id});
    run(q);
}

std::optional<OrderRecord> SqlStorage::orderById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kOrderColumns +
                            QStringLiteral(" FROM orders WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<OrderRecord> out;
    if (q.next())
        out = orderFromRow(q);
    q.finish();
    return out;
}

std::optional<OrderRecord> SqlStorage::orderByKey(const QString &userId, OrderPurpose purpose,
                                                  const QString &key) {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT ") + kOrderColumns +
                 QStringLiteral(" FROM orders WHERE user_id = ? AND idempotency_key = ?"));
    bind(q, {userId, storedKey(purpose, key)});
    run(q);
    std::optional<OrderRecord> out;
    if (q.next())
        out = orderFromRow(q);
    q.finish();
    return out;
}

QVector<Order> SqlStorage::ordersOf(const QString &userId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kOrderColumns +
                            QStringLiteral(" FROM orders WHERE user_id = ? ORDER BY number DESC"));
    bind(q, {userId});
    run(q);
    QVector<Order> out;
    while (q.next())
        out.append(orderFromRow(q).order);
    q.finish();
    return out;
}

void SqlStorage::insertSubscription(const SubscriptionRecord &r) {
    const Subscription &s = r.subscription;
    QSqlQuery &q = prepared(SqlDialect::insert(
        QStringLiteral("subscriptions"),
        {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("tier_id"),
         QStringLiteral("status"), QStringLiteral("started_at"),
         QStringLiteral("current_period_end"), QStringLiteral("cancel_at_period_end"),
         QStringLiteral("payment_method"), QStringLiteral("first_order_id")}));
    bind(q, {s.id, r.userId, s.tierId, subscriptionStatusName(s.status), s.startedAt,
             s.currentPeriodEnd, boolean(s.cancelAtPeriodEnd), r.paymentMethod, r.firstOrderId});
    run(q);
}

void SqlStorage::updateSubscription(const SubscriptionRecord &r) {
    const Subscription &s = r.subscription;
    QSqlQuery &q =
        prepared(QStringLiteral("UPDATE subscriptions SET status = ?, current_period_end = ?,"
                                " cancel_at_period_end = ?, payment_method = ? WHERE id = ?"));
    bind(q, {subscriptionStatusName(s.status), s.currentPeriodEnd, boolean(s.cancelAtPeriodEnd),
             r.paymentMethod, s.id});
    run(q);
}

std::optional<SubscriptionRecord> SqlStorage::subscriptionById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kSubscriptionColumns +
                            QStringLiteral(" FROM subscriptions s JOIN tiers t ON t.id = s.tier_id"
                                           " WHERE s.id = ?"));
    bind(q, {id});
    run(q);
    std::optional<SubscriptionRecord> out;
    if (q.next())
        out = subscriptionFromRow(q);
    q.finish();
    return out;
}

QVector<SubscriptionRecord> SqlStorage::subscriptionsOf(const QString &userId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kSubscriptionColumns +
                            QStringLiteral(" FROM subscriptions s JOIN tiers t ON t.id = s.tier_id"
                                           " WHERE s.user_id = ? ORDER BY s.started_at DESC"));
    bind(q, {userId});
    run(q);
    QVector<SubscriptionRecord> out;
    while (q.next())
        out.append(subscriptionFromRow(q));
    q.finish();
    return out;
}

QVector<SubscriptionRecord> SqlStorage::subscriptionsDue(qint64 now) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kSubscriptionColumns +
                            QStringLiteral(" FROM subscriptions s JOIN tiers t ON t.id = s.tier_id"
                                           " WHERE s.status = 'active' AND"
                                           " s.current_period_end <= ? ORDER BY s.id"));
    bind(q, {now});
    run(q);
    QVector<SubscriptionRecord> out;
    while (q.next())
        out.append(subscriptionFromRow(q));
    q.finish();
    return out;
}

bool SqlStorage::recordPaymentEvent(const QString &eventId, const QString &orderId,
                                    const QString &type, qint64 at) {
    QSqlQuery &q =
        prepared(SqlDialect::insert(QStringLiteral("payment_events"),
                                    {QStringLiteral("id"), QStringLiteral("order_id"),
                                     QStringLiteral("type"), QStringLiteral("received_at")}) %
                 QStringLiteral(" ON CONFLICT(id) DO NOTHING"));
    bind(q, {eventId, orderId, type, at});
    run(q);
    return q.numRowsAffected() > 0;
}

void SqlStorage::addGrant(const QString &userId, const QString &courseId, const QString &source,
                          const QString &ref, qint64 at) {
    QSqlQuery &q =
        prepared(SqlDialect::insert(QStringLiteral("grants"),
                                    {QStringLiteral("user_id"), QStringLiteral("course_id"),
                                     QStringLiteral("source"), QStringLiteral("ref"),
                                     QStringLiteral("granted_at")}) %
                 QStringLiteral(" ON CONFLICT(user_id, course_id, source, ref) DO NOTHING"));
    bind(q, {userId, courseId, source, ref, at});
    run(q);
}

void SqlStorage::removeGrants(const QString &userId, const QString &source, const QString &ref) {
    QSqlQuery &q =
        prepared(QStringLiteral("DELETE FROM grants WHERE user_id = ? AND source = ? AND ref = ?"));
    bind(q, {userId, source, ref});
    run(q);
}

void SqlStorage::syncEntitlements(const QString &userId, qint64 at) {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT DISTINCT course_id FROM grants WHERE user_id = ?"));
    bind(q, {userId});
    run(q);
    QSet<QString> wanted;
    while (q.next())
        wanted.insert(q.value(0).toString());
    q.finish();
    const QSet<QString> have = entitledCourses(userId);
    for (const QString &course : wanted - have)
        insertEntitlement(userId, course, at);
    for (const QString &course : have - wanted) {
        QSqlQuery &del = prepared(
            QStringLiteral("DELETE FROM entitlements WHERE user_id = ? AND course_id = ?"));
        bind(del, {userId, course});
        run(del);
        touchLessons(course);
    }
}

QStringList SqlStorage::allCourseIds() {
    QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM courses ORDER BY id"));
    run(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

QVector<QPair<QString, QString>> SqlStorage::allEntitlements() {
    QSqlQuery &q = prepared(QStringLiteral("SELECT user_id, course_id FROM entitlements"));
    run(q);
    QVector<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    return out;
}

} // namespace lyceum::server
