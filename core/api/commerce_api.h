// Typed calls of the commerce endpoints (docs/protocol.md, "Commerce"), one function per
// endpoint. Answers are decoded here (domain/commerce.h); an answer that does not decode is a
// BadResponse. Errors keep the server's code (card_declined, coupon_expired, ...).
#pragma once

#include "api/api_error.h"
#include "domain/commerce.h"

#include <QJsonObject>
#include <QVector>
#include <functional>

namespace lyceum {

class ApiClient;

// The user's purchases and memberships as the server lists them (GET /commerce/wallet).
struct Wallet {
    QVector<Order> orders; // newest first
    QVector<Subscription> subscriptions;
    qint64 offlineGraceMs = 0;
    qint64 serverTime = 0;
};

struct CardDetails {
    QString number;
    int expMonth = 0;
    int expYear = 0; // four digits
    QString cvc;
};

namespace commerceapi {

using OrderDone = std::function<void(const ApiError &, const Order &)>;

// GET /commerce/store: the membership tiers on sale.
void store(ApiClient &api, std::function<void(const ApiError &, const QVector<Tier> &)> done);
// POST /commerce/checkout: a course or a tier (one of them), with an optional coupon.
void checkout(ApiClient &api, const QString &courseId, const QString &tierId, const QString &coupon,
              const QString &idempotencyKey, OrderDone done);
// POST /commerce/pay
void pay(ApiClient &api, const QString &orderId, const CardDetails &card, OrderDone done);
// POST /commerce/refund
void refund(ApiClient &api, const QString &orderId, OrderDone done);
// POST /commerce/cancel
void cancel(ApiClient &api, const QString &subscriptionId,
            std::function<void(const ApiError &, const Subscription &)> done);
// GET /commerce/wallet
void wallet(ApiClient &api, std::function<void(const ApiError &, const Wallet &)> done);

// What a course's creator reads to sell it (docs/protocol.md, "Creators' money"), the JSON
// answer as the server sends it: GET /studio/money?course=, /studio/roster?course=,
// /studio/cohorts?course=, /studio/payouts (courseId ignored).
enum class CreatorReport { Money, Roster, Cohorts, Payouts };
void creatorReport(ApiClient &api, CreatorReport report, const QString &courseId,
                   std::function<void(const ApiError &, const QJsonObject &)> done);

} // namespace commerceapi

} // namespace lyceum
