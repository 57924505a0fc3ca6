// What the commerce service needs from the database (server/storage/sql_storage_commerce.cpp
// implements it on the same connection as Storage, so a purchase and its entitlement change
// commit together). Throws StorageError like Storage.
#pragma once

#include "domain/commerce.h"

#include <QSet>
#include <QVector>
#include <optional>

namespace lyceum::server {

struct Coupon {
    QString code; // upper-case
    qint64 percentOff = 0;
    qint64 amountOff = 0;
    QString currency;
    QString courseId;     // empty: any course
    QString tierId;       // empty: any tier
    qint64 expiresAt = 0; // 0: never
    qint64 maxUses = 0;   // 0: unlimited
    qint64 used = 0;
};

// What an order is for. Idempotency keys live in one namespace per (user, purpose): a key a
// client sends at checkout is always a Purchase key, so it can never name a Renewal order.
enum class OrderPurpose { Purchase, Renewal };

struct OrderRecord {
    Order order;
    QString userId;
    OrderPurpose purpose = OrderPurpose::Purchase;
    QString idempotencyKey; // within the purpose's namespace
    // Renewal: the subscription it renews. Purchase of a tier: the subscription it replaces
    // (an explicit tier switch), else empty.
    QString subscriptionId;
    QString chargeId;
};

struct SubscriptionRecord {
    Subscription subscription;
    QString userId;
    QString paymentMethod;
    QString firstOrderId;
};

class CommerceStorage {
public:
    virtual ~CommerceStorage();

    virtual QVector<Tier> tiers() = 0;
    virtual std::optional<Tier> tierById(const QString &id) = 0;
    virtual void putTier(const Tier &tier, int position) = 0;

    virtual std::optional<Coupon> couponByCode(const QString &code) = 0;
    virtual void putCoupon(const Coupon &coupon) = 0;
    virtual void countCouponUse(const QString &code) = 0;

    // Days after payment within which a course's order may be refunded.
    virtual int refundDays(const QString &courseId) = 0;
    virtual void setRefundDays(const QString &courseId, int days) = 0;

    // Call inside the transaction that inserts the order (PostgreSQL holds a lock to its end).
    virtual qint64 nextOrderNumber() = 0;
    virtual void insertOrder(const OrderRecord &order) = 0;
    virtual void updateOrder(const OrderRecord &order) = 0;
    virtual std::optional<OrderRecord> orderById(const QString &id) = 0;
    virtual std::optional<OrderRecord> orderByKey(const QString &userId, OrderPurpose purpose,
                                                  const QString &key) = 0;
    virtual QVector<Order> ordersOf(const QString &userId) = 0; // newest first

    virtual void insertSubscription(const SubscriptionRecord &subscription) = 0;
    virtual void updateSubscription(const SubscriptionRecord &subscription) = 0;
    virtual std::optional<SubscriptionRecord> subscriptionById(const QString &id) = 0;
    virtual QVector<SubscriptionRecord> subscriptionsOf(const QString &userId) = 0;
    // Active subscriptions whose period ended at or before now.
    virtual QVector<SubscriptionRecord> subscriptionsDue(qint64 now) = 0;

    // false when the event was recorded before (a replay).
    virtual bool recordPaymentEvent(const QString &eventId, const QString &orderId,
                                    const QString &type, qint64 at) = 0;

    virtual void addGrant(const QString &userId, const QString &courseId, const QString &source,
                          const QString &ref, qint64 at) = 0;
    virtual void removeGrants(const QString &userId, const QString &source, const QString &ref) = 0;
    // Makes the user's entitlements exactly the courses of their grants; granted or revoked
    // courses re-emit their lessons so the next pull brings them unlocked or locked.
    virtual void syncEntitlements(const QString &userId, qint64 at) = 0;
    // Every course id (for tiers that unlock all courses).
    virtual QStringList allCourseIds() = 0;
    // Every (user, course) entitlement: the enrolments recommendations learn from.
    virtual QVector<QPair<QString, QString>> allEntitlements() = 0;
};

} // namespace lyceum::server
