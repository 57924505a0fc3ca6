// Purchases and memberships (docs/architecture.md, "Client core"; docs/protocol.md,
// "Commerce"). Online calls only, results on context's thread; what they grant reaches the
// cache through the sync feed like everything else. REST: api/commerce_api.h. No SQL.
#pragma once

#include "api/commerce_api.h"

#include <QObject>
#include <functional>

namespace lyceum {

class SessionState;

// The user's words for a commerce code (an Order's reason, an error's code); the code itself
// when unknown.
QString commerceReasonText(const QString &code);

class CommerceService : public QObject {
    Q_OBJECT
public:
    explicit CommerceService(SessionState &session, QObject *parent = nullptr);

    // Errors carry the server's code (card_declined, coupon_expired, ...) and a translated
    // sentence. A paid order's entitlement arrives through the feed (live or the next pull).
    using OrderDone = std::function<void(const ApiError &, const Order &)>;
    void fetchStore(QObject *context, std::function<void(const ApiError &, QVector<Tier>)> done);
    // Starts (or, with the same key, finds again) a checkout of a course or a tier.
    void checkout(const QString &courseId, const QString &tierId, const QString &coupon,
                  const QString &idempotencyKey, QObject *context, OrderDone done);
    void payOrder(const QString &orderId, const CardDetails &card, QObject *context,
                  OrderDone done);
    void requestRefund(const QString &orderId, QObject *context, OrderDone done);
    void cancelSubscription(const QString &subscriptionId, QObject *context,
                            std::function<void(const ApiError &, const Subscription &)> done);
    void fetchWallet(QObject *context, std::function<void(const ApiError &, const Wallet &)> done);

private:
    SessionState &m_session;
};

} // namespace lyceum

Q_DECLARE_METATYPE(lyceum::Order)
