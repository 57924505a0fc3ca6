// What the commerce service needs from the database (server/storage/sql_storage_commerce.cpp
// implements it on the same connection as Storage, so a purchase and its entitlement change
// commit together). Throws StorageError like Storage.
#pragma once

#include "domain/commerce.h"

#include <QHash>
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
    QString creatorId; // empty: the community's own coupon (seeded, or made by staff)
    bool disabled = false;
    qint64 createdAt = 0;
};

// A creator's coupon with its use: paid orders that applied it and the sum they took off
// (per currency of the orders; a coupon applies to one currency's courses in practice).
struct CouponUse {
    Coupon coupon;
    qint64 discounted = 0;
    qint64 revenue = 0; // what those orders paid
};

// One learner of a course: when they enrolled (the entitlement), their progress and their
// activity (each lesson's last progress time, each post in the course's discussions).
struct CourseLearner {
    QString userId;
    QString handle;
    QString displayName;
    qint64 joinedAt = 0;
    int lessonsStarted = 0;
    int lessonsCompleted = 0; // watched to 90 %
    QVector<qint64> activity; // ascending
    qint64 lastActiveAt() const { return activity.isEmpty() ? 0 : activity.last(); }
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

    // --- what creators set and read (sql_storage_money.cpp; docs/architecture.md,
    // "Creators' money") ---
    // The coupons a creator made, newest first, with their use.
    virtual QVector<CouponUse> couponsOf(const QString &creatorId) = 0;
    virtual void setCouponDisabled(const QString &code, bool disabled) = 0;
    // Days after enrolment a lesson opens (0: with its course).
    virtual int dripDays(const QString &lessonId) = 0;
    // Sets them (0 removes the delay) and re-emits the course's lessons.
    virtual void setDripDays(const QString &lessonId, const QString &courseId, int days) = 0;
    // The dripped lessons still closed to a reader at now: lesson id -> when it opens for them
    // (0: they are not enrolled, so it has not started). Free previews are never dripped.
    virtual QHash<QString, qint64> dripClosed(const QString &userId, qint64 now) = 0;
    // Re-emits the lessons that opened for someone since the last run (kept in meta), so the
    // feed brings them unlocked; the number of courses touched.
    virtual int releaseDrips(qint64 now) = 0;
    // Learners of a course (entitlements, not its creator), earliest enrolment first.
    virtual QVector<CourseLearner> learnersOf(const QString &courseId) = 0;
};

} // namespace lyceum::server
