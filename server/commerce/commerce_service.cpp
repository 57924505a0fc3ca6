#include "server/commerce/commerce_service.h"

#include "domain/codec.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/learning/certificate_service.h"
#include "server/log.h"
#include "server/policy/rule_book.h"
#include "server/storage/storage.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>

namespace lyceum::server {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kTierRefundDays = 7;

ApiError notFound(const QString &what) {
    return {404, QStringLiteral("not_found"), what};
}

ApiError badRequest(const char *code, const QString &message) {
    return {400, QLatin1String(code), message};
}

ApiError alreadyMember() {
    return {409, QStringLiteral("already_member"),
            QStringLiteral("You already have this membership; to change tier, check out the other "
                           "tier with replaces_subscription.")};
}

QString money(qint64 minor, const QString &currency) {
    return QStringLiteral("%1 %2").arg(currency).arg(double(minor) / 100.0, 0, 'f', 2);
}

} // namespace

CommerceService::CommerceService(Storage &storage, const Clock &clock, PaymentProvider &provider)
    : m_storage(storage)
    , m_db(*storage.commerce())
    , m_clock(clock)
    , m_provider(provider) {}

QJsonObject CommerceService::store() {
    QJsonArray tiers;
    for (const Tier &t : m_db.tiers())
        tiers.append(toJson(t));
    return {{QStringLiteral("tiers"), tiers},
            {QStringLiteral("offline_grace_ms"), kOfflineGraceMs}};
}

qint64 CommerceService::periodEnd(const QString &interval, qint64 from) const {
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    return (interval == QLatin1String("year") ? start.addYears(1) : start.addMonths(1))
        .toMSecsSinceEpoch();
}

bool CommerceService::holdsTier(const QString &userId, const QString &tierId) {
    const QVector<SubscriptionRecord> subs = m_db.subscriptionsOf(userId);
    return std::any_of(subs.begin(), subs.end(), [&](const SubscriptionRecord &s) {
        return s.subscription.tierId == tierId &&
               s.subscription.status == SubscriptionStatus::Active;
    });
}

ApiResult<CommerceService::Quote>
CommerceService::quote(const Caller &caller, const QString &courseId, const QString &tierId,
                       const QString &couponCode, const QString &replaces) {
    Quote q;
    if (courseId.isEmpty() == tierId.isEmpty())
        return badRequest("invalid_field", QStringLiteral("give course_id or tier_id"));
    if (!replaces.isEmpty()) {
        const std::optional<SubscriptionRecord> old = m_db.subscriptionById(replaces);
        if (tierId.isEmpty())
            return badRequest("invalid_field",
                              QStringLiteral("replaces_subscription goes with tier_id"));
        if (!old || old->userId != caller.user.id ||
            old->subscription.status != SubscriptionStatus::Active)
            return notFound(QStringLiteral("The membership to replace does not exist or ended."));
    }
    if (!courseId.isEmpty()) {
        const std::optional<Course> course = m_storage.courseById(courseId);
        if (!course ||
            (!course->published && !caller.isStaff() && course->creatorId != caller.user.id))
            return notFound(QStringLiteral("The course does not exist."));
        if (m_storage.hasEntitlement(caller.user.id, courseId))
            return ApiError{409, QStringLiteral("already_owned"),
                            QStringLiteral("You already have this course.")};
        q.title = course->title;
        q.creatorId = course->creatorId;
        q.list = course->price;
        q.currency = course->currency;
    } else {
        const std::optional<Tier> tier = m_db.tierById(tierId);
        if (!tier)
            return notFound(QStringLiteral("The membership does not exist."));
        if (holdsTier(caller.user.id, tierId))
            return alreadyMember();
        q.title = tier->name;
        q.list = tier->price;
        q.currency = tier->currency;
    }
    if (!couponCode.isEmpty()) {
        const std::optional<Coupon> c = m_db.couponByCode(couponCode.trimmed());
        if (!c || c->disabled) // a disabled coupon reads as none at checkout and at payment
            return badRequest("coupon_invalid", QStringLiteral("There is no such coupon."));
        if (c->expiresAt > 0 && c->expiresAt <= m_clock.nowMs())
            return badRequest("coupon_expired", QStringLiteral("The coupon has expired."));
        if (c->maxUses > 0 && c->used >= c->maxUses)
            return badRequest("coupon_exhausted", QStringLiteral("The coupon has been used up."));
        // A creator's coupon applies to that creator's courses only, never to a tier.
        const bool creatorsOk =
            c->creatorId.isEmpty() || (!courseId.isEmpty() && q.creatorId == c->creatorId);
        const bool productOk = creatorsOk && (c->courseId.isEmpty() || c->courseId == courseId) &&
                               (c->tierId.isEmpty() || c->tierId == tierId);
        if (!productOk || (c->amountOff > 0 && c->currency != q.currency))
            return badRequest("coupon_not_applicable",
                              QStringLiteral("The coupon does not apply to this item."));
        q.discount = c->percentOff > 0 ? q.list * c->percentOff / 100 : qMin(c->amountOff, q.list);
        q.coupon = c->code;
    }
    return q;
}

ApiResult<Order> CommerceService::checkout(const Caller &caller, const QJsonObject &body) {
    JsonReader r(body, QStringLiteral("checkout"));
    const QString courseId = r.optionalId(QLatin1StringView("course_id"));
    const QString tierId = r.optionalId(QLatin1StringView("tier_id"));
    const QString coupon = r.optionalString(QLatin1StringView("coupon"));
    const QString replaces = r.optionalId(QLatin1StringView("replaces_subscription"));
    const QString key = r.string(QLatin1StringView("idempotency_key"));
    if (r.ok() && (key.size() < 8 || key.size() > 100))
        r.fail(QLatin1StringView("idempotency_key"), QStringLiteral("must be 8 to 100 characters"));
    if (!r.ok())
        return badRequest("invalid_field", r.error());
    Transaction tx(m_storage);
    // The client's key is always read in the purchase namespace (commerce_storage.h).
    if (std::optional<OrderRecord> existing =
            m_db.orderByKey(caller.user.id, OrderPurpose::Purchase, key)) {
        tx.commit();
        return existing->order; // the same checkout again (a double click, a retry)
    }
    const ApiResult<Quote> q = quote(caller, courseId, tierId, coupon, replaces);
    if (!q.ok())
        return q.error();
    OrderRecord rec;
    rec.userId = caller.user.id;
    rec.purpose = OrderPurpose::Purchase;
    rec.idempotencyKey = key;
    rec.subscriptionId = replaces;
    Order &o = rec.order;
    o.id = newId();
    o.number = QStringLiteral("LY-%1").arg(m_db.nextOrderNumber(), 6, 10, QLatin1Char('0'));
    o.courseId = courseId;
    o.tierId = tierId;
    o.title = q.value().title;
    o.listAmount = q.value().list;
    o.discount = q.value().discount;
    o.amount = o.listAmount - o.discount;
    o.currency = q.value().currency;
    o.couponCode = q.value().coupon;
    o.status = OrderStatus::Pending;
    o.createdAt = m_clock.nowMs();
    o.expiresAt = o.createdAt + kOrderLifetimeMs;
    m_db.insertOrder(rec);
    tx.commit();
    return o;
}

void CommerceService::grantFor(OrderRecord &rec, const ChargeOutcome &outcome) {
    const Order &o = rec.order;
    const qint64 now = m_clock.nowMs();
    if (!o.courseId.isEmpty()) {
        m_db.addGrant(rec.userId, o.courseId, QStringLiteral("order"), o.id, now);
    } else if (const std::optional<Tier> tier = m_db.tierById(o.tierId)) {
        // An explicit tier switch: the old membership ends at the switch.
        std::optional<SubscriptionRecord> old =
            rec.subscriptionId.isEmpty() ? std::nullopt : m_db.subscriptionById(rec.subscriptionId);
        if (old && old->userId == rec.userId &&
            old->subscription.status == SubscriptionStatus::Active)
            endSubscription(*old, SubscriptionStatus::Canceled);
        SubscriptionRecord sub;
        sub.userId = rec.userId;
        sub.paymentMethod = outcome.paymentMethod;
        sub.firstOrderId = o.id;
        sub.subscription.id = newId();
        sub.subscription.tierId = tier->id;
        sub.subscription.tierName = tier->name;
        sub.subscription.status = SubscriptionStatus::Active;
        sub.subscription.startedAt = now;
        sub.subscription.currentPeriodEnd = periodEnd(tier->interval, now);
        m_db.insertSubscription(sub);
        const QStringList courses = tier->allCourses ? m_db.allCourseIds() : tier->courseIds;
        for (const QString &course : courses)
            m_db.addGrant(rec.userId, course, QStringLiteral("subscription"), sub.subscription.id,
                          now);
    }
    m_db.syncEntitlements(rec.userId, now);
}

bool CommerceService::applyPaymentEvent(const QString &eventId, OrderRecord &rec,
                                        const ChargeOutcome &outcome) {
    const qint64 now = m_clock.nowMs();
    if (!m_db.recordPaymentEvent(eventId, rec.order.id, QStringLiteral("payment.succeeded"), now))
        return false;
    Order &o = rec.order;
    if (o.status == OrderStatus::Paid || o.status == OrderStatus::Refunded)
        return false; // confirmed before under another event id
    o.status = OrderStatus::Paid;
    o.reason.clear();
    o.paidAt = now;
    o.cardLast4 = outcome.last4;
    rec.chargeId = outcome.chargeId;
    const int days = o.courseId.isEmpty() ? kTierRefundDays : m_db.refundDays(o.courseId);
    o.refundableUntil = o.amount > 0 && days > 0 ? now + days * kDayMs : 0;
    if (!o.couponCode.isEmpty())
        m_db.countCouponUse(o.couponCode);
    if (!o.renewal)
        grantFor(rec, outcome);
    m_db.updateOrder(rec);
    return true;
}

std::optional<ApiError> CommerceService::recheck(const Caller &caller, const OrderRecord &rec) {
    const Order &o = rec.order;
    if (m_clock.nowMs() >= o.expiresAt)
        return ApiError{409, QStringLiteral("order_expired"),
                        QStringLiteral("This order has expired: start a new checkout.")};
    // Priced again now: the item, its price and availability, the coupon, what the user holds.
    const ApiResult<Quote> q =
        quote(caller, o.courseId, o.tierId, o.couponCode, rec.subscriptionId);
    if (!q.ok()) {
        if (q.error().status == 404)
            return ApiError{409, QStringLiteral("unavailable"),
                            QStringLiteral("This item is no longer on sale.")};
        return q.error();
    }
    const Quote &now = q.value();
    if (now.list == o.listAmount && now.discount == o.discount && now.currency == o.currency)
        return std::nullopt;
    ApiError changed{409, QStringLiteral("price_changed"),
                     QStringLiteral("The price has changed to %1: check out again to pay it.")
                         .arg(money(now.list - now.discount, now.currency))};
    changed.details = {{QStringLiteral("list_amount"), now.list},
                       {QStringLiteral("discount"), now.discount},
                       {QStringLiteral("amount"), now.list - now.discount},
                       {QStringLiteral("currency"), now.currency}};
    return changed;
}

void CommerceService::endSubscription(SubscriptionRecord &s, SubscriptionStatus status) {
    s.subscription.status = status;
    m_db.updateSubscription(s);
    m_db.removeGrants(s.userId, QStringLiteral("subscription"), s.subscription.id);
}

ApiResult<Order> CommerceService::pay(const Caller &caller, const QJsonObject &body) {
    JsonReader r(body, QStringLiteral("pay"));
    const QString orderId = r.id(QLatin1StringView("order_id"));
    if (!r.ok())
        return badRequest("invalid_field", r.error());
    std::optional<OrderRecord> rec = m_db.orderById(orderId);
    // Renewal orders are the server's own: no client pays (or re-pays) them.
    if (!rec || rec->userId != caller.user.id || rec->purpose != OrderPurpose::Purchase)
        return notFound(QStringLiteral("The order does not exist."));
    Order &o = rec->order;
    if (o.status == OrderStatus::Paid || o.status == OrderStatus::Refunded)
        return o; // paid already: answered as it is, never charged twice
    if (std::optional<ApiError> refused = recheck(caller, *rec))
        return *refused;

    ChargeOutcome outcome;
    if (o.amount == 0) {
        outcome.kind = ChargeOutcome::Kind::Succeeded;
        outcome.eventId = QStringLiteral("free_") + o.id;
    } else {
        const QJsonObject cardJson = body.value(QLatin1String("card")).toObject();
        JsonReader c(cardJson, QStringLiteral("card"));
        CardInput card;
        card.number = c.string(QLatin1StringView("number"));
        card.expMonth = c.int32(QLatin1StringView("exp_month"));
        card.expYear = c.int32(QLatin1StringView("exp_year"));
        card.cvc = c.string(QLatin1StringView("cvc"));
        if (!body.value(QLatin1String("card")).isObject())
            c.fail(QLatin1StringView("card"), QStringLiteral("must be an object"));
        if (!c.ok())
            return badRequest("invalid_field", c.error());
        outcome = m_provider.charge(o.id, o.amount, o.currency, card, m_clock.nowMs());
    }
    Transaction tx(m_storage);
    if (outcome.kind == ChargeOutcome::Kind::Succeeded && !o.tierId.isEmpty() &&
        holdsTier(rec->userId, o.tierId)) {
        // Another payment of this tier won while this card was charged: give the money back.
        if (!outcome.chargeId.isEmpty() && !m_provider.refund(outcome.chargeId))
            qCWarning(lcServer) << "order" << o.number << "could not be refunded";
        o.status = OrderStatus::Failed;
        o.reason = QStringLiteral("already_member");
        m_db.updateOrder(*rec);
        tx.commit();
        return alreadyMember();
    }
    if (outcome.kind == ChargeOutcome::Kind::Succeeded) {
        applyPaymentEvent(outcome.eventId, *rec, outcome);
        tx.commit();
        qCInfo(lcServer) << "order" << o.number << "paid:" << o.amount << o.currency;
        return o;
    }
    o.status =
        outcome.kind == ChargeOutcome::Kind::Declined ? OrderStatus::Declined : OrderStatus::Failed;
    o.reason = outcome.code; // the client words it in the user's language
    m_db.updateOrder(*rec);
    tx.commit();
    return ApiError{402, outcome.code, outcome.message};
}

ApiResult<Order> CommerceService::refund(const Caller &caller, const QJsonObject &body) {
    JsonReader r(body, QStringLiteral("refund"));
    const QString orderId = r.id(QLatin1StringView("order_id"));
    if (!r.ok())
        return badRequest("invalid_field", r.error());
    std::optional<OrderRecord> rec = m_db.orderById(orderId);
    if (!rec || rec->userId != caller.user.id)
        return notFound(QStringLiteral("The order does not exist."));
    Order &o = rec->order;
    if (o.status == OrderStatus::Refunded)
        return o;
    const qint64 now = m_clock.nowMs();
    if (o.status != OrderStatus::Paid || o.refundableUntil == 0 || now > o.refundableUntil)
        return ApiError{409, QStringLiteral("refund_window_closed"),
                        QStringLiteral("This order can no longer be refunded.")};
    if (!rec->chargeId.isEmpty() && !m_provider.refund(rec->chargeId))
        return ApiError{502, QStringLiteral("refund_failed"),
                        QStringLiteral("The payment provider did not accept the refund.")};
    Transaction tx(m_storage);
    o.status = OrderStatus::Refunded;
    o.refundedAt = now;
    m_db.updateOrder(*rec);
    if (!o.courseId.isEmpty()) {
        m_db.removeGrants(rec->userId, QStringLiteral("order"), o.id);
        CertificateService::revokeForRefund(m_storage, rec->userId, o.courseId, now);
    } else {
        for (SubscriptionRecord &s : m_db.subscriptionsOf(rec->userId)) {
            if (s.firstOrderId != o.id && !o.renewal)
                continue;
            if (o.renewal &&
                (rec->subscriptionId.isEmpty() ? s.subscription.tierId != o.tierId
                                               : s.subscription.id != rec->subscriptionId))
                continue;
            s.subscription.status = SubscriptionStatus::Canceled;
            s.subscription.currentPeriodEnd = now;
            m_db.updateSubscription(s);
            m_db.removeGrants(rec->userId, QStringLiteral("subscription"), s.subscription.id);
            break;
        }
    }
    m_db.syncEntitlements(rec->userId, now);
    tx.commit();
    return o;
}

ApiResult<Subscription> CommerceService::cancel(const Caller &caller, const QJsonObject &body) {
    JsonReader r(body, QStringLiteral("cancel"));
    const QString id = r.id(QLatin1StringView("subscription_id"));
    if (!r.ok())
        return badRequest("invalid_field", r.error());
    std::optional<SubscriptionRecord> s = m_db.subscriptionById(id);
    if (!s || s->userId != caller.user.id)
        return notFound(QStringLiteral("The membership does not exist."));
    if (s->subscription.status != SubscriptionStatus::Active)
        return s->subscription;
    Transaction tx(m_storage);
    s->subscription.cancelAtPeriodEnd = true;
    m_db.updateSubscription(*s);
    tx.commit();
    return s->subscription;
}

ApiResult<QJsonObject> CommerceService::setRefundWindow(const Caller &caller,
                                                        const QJsonObject &body) {
    JsonReader r(body, QStringLiteral("refund window"));
    const QString courseId = r.id(QLatin1StringView("course_id"));
    const int days = r.int32(QLatin1StringView("days"));
    if (r.ok() && (days < 0 || days > 60))
        r.fail(QLatin1StringView("days"), QStringLiteral("must be 0 to 60"));
    if (!r.ok())
        return badRequest("invalid_field", r.error());
    const std::optional<Course> course = m_storage.courseById(courseId);
    if (!course)
        return notFound(QStringLiteral("The course does not exist."));
    if (RuleBook(m_storage, m_clock)
            .check(caller.user, Action::SetRefundPolicy, Target::ownedBy(course->creatorId)))
        return ApiError{403, QStringLiteral("forbidden"),
                        QStringLiteral("Only the course's creator sets its refund window.")};
    Transaction tx(m_storage);
    m_db.setRefundDays(courseId, days);
    tx.commit();
    return QJsonObject{{QStringLiteral("course_id"), courseId}, {QStringLiteral("days"), days}};
}

QJsonObject CommerceService::wallet(const Caller &caller) {
    QJsonArray orders;
    for (const Order &o : m_db.ordersOf(caller.user.id))
        orders.append(toJson(o));
    QJsonArray subscriptions;
    for (const SubscriptionRecord &s : m_db.subscriptionsOf(caller.user.id))
        subscriptions.append(toJson(s.subscription));
    return {{QStringLiteral("orders"), orders},
            {QStringLiteral("subscriptions"), subscriptions},
            {QStringLiteral("offline_grace_ms"), kOfflineGraceMs},
            {QStringLiteral("server_time"), m_clock.nowMs()}};
}

bool CommerceService::isRenewalOf(const OrderRecord &order, const SubscriptionRecord &s) {
    return order.purpose == OrderPurpose::Renewal && order.order.renewal &&
           order.userId == s.userId && order.subscriptionId == s.subscription.id &&
           order.order.tierId == s.subscription.tierId;
}

int CommerceService::processRenewals() {
    // One instance at a time (Storage::tryLockJob): two would both charge the same period.
    const JobLock job(m_storage, QStringLiteral("renewals"));
    if (!job.held())
        return 0;
    const qint64 now = m_clock.nowMs();
    int processed = 0;
    for (SubscriptionRecord s : m_db.subscriptionsDue(now)) {
        ++processed;
        Transaction tx(m_storage);
        Subscription &sub = s.subscription;
        const std::optional<Tier> tier = m_db.tierById(sub.tierId);
        // The rule book, with the subscriber as actor now: a banned member is not charged again
        // and the membership lapses at the end of its period.
        const std::optional<User> member = m_storage.userById(s.userId);
        const bool mayRenew =
            member && !RuleBook(m_storage, m_clock).mayAttempt(*member, Action::RenewMembership);
        if (sub.cancelAtPeriodEnd || !tier || !mayRenew) {
            endSubscription(s, SubscriptionStatus::Canceled);
            m_db.syncEntitlements(s.userId, now);
            tx.commit();
            continue;
        }
        // One renewal order per period, in the renewal namespace no client key reaches: a
        // second run for the same period finds it instead of charging again. It is trusted
        // only when it is this subscription's own renewal.
        const QString key = QStringLiteral("%1:%2").arg(sub.id).arg(sub.currentPeriodEnd);
        OrderRecord rec;
        if (std::optional<OrderRecord> existing =
                m_db.orderByKey(s.userId, OrderPurpose::Renewal, key)) {
            if (!isRenewalOf(*existing, s)) {
                qCWarning(lcServer) << "renewal of" << sub.id << "found a foreign order; lapsed";
                endSubscription(s, SubscriptionStatus::Lapsed);
                m_db.syncEntitlements(s.userId, now);
                tx.commit();
                continue;
            }
            rec = *existing;
        } else {
            rec.userId = s.userId;
            rec.purpose = OrderPurpose::Renewal;
            rec.subscriptionId = sub.id;
            rec.idempotencyKey = key;
            rec.order.id = newId();
            rec.order.number =
                QStringLiteral("LY-%1").arg(m_db.nextOrderNumber(), 6, 10, QLatin1Char('0'));
            rec.order.tierId = tier->id;
            rec.order.title = tier->name;
            rec.order.listAmount = rec.order.amount = tier->price;
            rec.order.currency = tier->currency;
            rec.order.renewal = true;
            rec.order.createdAt = now;
            rec.order.expiresAt = now + kOrderLifetimeMs;
            m_db.insertOrder(rec);
        }
        ChargeOutcome outcome;
        if (rec.order.status == OrderStatus::Paid)
            outcome.kind = ChargeOutcome::Kind::Succeeded; // charged in a run that stopped
        else
            outcome =
                m_provider.chargeSaved(rec.order.id, tier->price, tier->currency, s.paymentMethod);
        if (outcome.kind == ChargeOutcome::Kind::Succeeded) {
            if (rec.order.status != OrderStatus::Paid)
                applyPaymentEvent(outcome.eventId, rec, outcome);
            sub.currentPeriodEnd = periodEnd(tier->interval, sub.currentPeriodEnd);
            m_db.updateSubscription(s);
            // A tier of all courses includes the courses published since.
            const QStringList courses = tier->allCourses ? m_db.allCourseIds() : tier->courseIds;
            for (const QString &course : courses)
                m_db.addGrant(s.userId, course, QStringLiteral("subscription"), sub.id, now);
        } else {
            rec.order.status = OrderStatus::Declined;
            rec.order.reason = outcome.code;
            m_db.updateOrder(rec);
            endSubscription(s, SubscriptionStatus::Lapsed);
        }
        m_db.syncEntitlements(s.userId, now);
        tx.commit();
    }
    return processed;
}

} // namespace lyceum::server
