// Purchases and memberships (docs/protocol.md, "Commerce"): checkout with an idempotency key,
// payment through a PaymentProvider whose confirmation event grants what was bought exactly
// once, coupons, refunds within the creator's window, subscriptions that renew, lapse or end at
// the period's end. Entitlements are derived from grants (CommerceStorage::syncEntitlements),
// and every change of them re-emits the course's lessons, so the sync feed (the only way lesson
// bodies leave the server) unlocks or locks them on the next pull.
#pragma once

#include "domain/commerce.h"
#include "server/api_error.h"
#include "server/commerce/commerce_storage.h"
#include "server/commerce/payment_provider.h"

#include <QJsonObject>

namespace lyceum::server {

class Clock;
class Storage;
struct Caller;

class CommerceService {
public:
    // How long a client may keep using entitlements offline without hearing from the server.
    static constexpr qint64 kOfflineGraceMs = 7LL * 24 * 3600 * 1000;
    // How long a checkout's order may be paid: after it, the order is refused (order_expired)
    // and the client checks out again at the current price.
    static constexpr qint64 kOrderLifetimeMs = 30LL * 60 * 1000;

    CommerceService(Storage &storage, const Clock &clock, PaymentProvider &provider);

    // GET /commerce/store: the tiers and the offline grace.
    QJsonObject store();
    // POST /commerce/checkout {course_id | tier_id, coupon?, replaces_subscription?,
    // idempotency_key}: the pending order with its amounts; the same key answers the same
    // order. One active membership per tier: already_member. replaces_subscription (a tier
    // checkout) is an explicit switch: paying it ends that membership.
    ApiResult<Order> checkout(const Caller &caller, const QJsonObject &body);
    // POST /commerce/pay {order_id, card: {number, exp_month, exp_year, cvc}}. A paid order is
    // answered as it is (never charged twice); a declined card is 402 with the reason. Before
    // any charge the order is checked again (recheck): order_expired, price_changed, the
    // coupon, the item's availability, already_owned / already_member.
    ApiResult<Order> pay(const Caller &caller, const QJsonObject &body);
    // The provider's confirmation of a successful charge. false when the event was applied
    // before (a replay): nothing changes. Call inside a Transaction.
    bool applyPaymentEvent(const QString &eventId, OrderRecord &order,
                           const ChargeOutcome &outcome);
    // POST /commerce/refund {order_id}: within the refund window; revokes what it granted.
    ApiResult<Order> refund(const Caller &caller, const QJsonObject &body);
    // POST /commerce/cancel {subscription_id}: ends the membership at the period's end.
    ApiResult<Subscription> cancel(const Caller &caller, const QJsonObject &body);
    // POST /commerce/policy {course_id, days (0-60)}: the course's creator (or staff)
    // sets how long its buyers may ask for a refund; orders paid afterwards use it.
    ApiResult<QJsonObject> setRefundWindow(const Caller &caller, const QJsonObject &body);
    // GET /commerce/wallet: the caller's orders and subscriptions.
    QJsonObject wallet(const Caller &caller);
    // Renews or ends every subscription whose period is over; the server calls it each minute
    // and tests after moving the clock. Returns how many were processed.
    int processRenewals();

private:
    struct Quote {
        QString title;
        qint64 list = 0;
        qint64 discount = 0;
        QString currency;
        QString coupon;
        QString creatorId; // a course's
    };
    ApiResult<Quote> quote(const Caller &caller, const QString &courseId, const QString &tierId,
                           const QString &couponCode, const QString &replaces);
    std::optional<ApiError> recheck(const Caller &caller, const OrderRecord &order);
    bool holdsTier(const QString &userId, const QString &tierId);
    void endSubscription(SubscriptionRecord &s, SubscriptionStatus status);
    static bool isRenewalOf(const OrderRecord &order, const SubscriptionRecord &s);
    void grantFor(OrderRecord &order, const ChargeOutcome &outcome);
    qint64 periodEnd(const QString &interval, qint64 from) const;

    Storage &m_storage;
    CommerceStorage &m_db;
    const Clock &m_clock;
    PaymentProvider &m_provider;
};

} // namespace lyceum::server
