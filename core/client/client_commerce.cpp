// Client: purchases and memberships (docs/protocol.md, "Commerce"). These are online calls;
// what they grant reaches the cache through the sync feed like everything else.
#include "client/client.h"
#include "client/client_private.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

namespace lyceum {

namespace {

// The context lupdate files free functions of this namespace under.
QString tr(const char *text) {
    return QCoreApplication::translate("lyceum", text);
}

// The user's own words for the commerce codes of protocol.md; the server's for others.
ApiError explained(ApiError e) {
    static const QHash<QString, const char *> texts{
        {QStringLiteral("card_declined"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The card was declined.")},
        {QStringLiteral("insufficient_funds"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The card has insufficient funds.")},
        {QStringLiteral("expired_card"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The card has expired.")},
        {QStringLiteral("invalid_card"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The card number is not valid.")},
        {QStringLiteral("invalid_cvc"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The card's security code is not valid.")},
        {QStringLiteral("processing_error"),
         QT_TRANSLATE_NOOP("lyceum::Commerce",
                           "The payment could not be processed. Nothing was charged; try again.")},
        {QStringLiteral("coupon_invalid"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "There is no such coupon.")},
        {QStringLiteral("coupon_expired"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The coupon has expired.")},
        {QStringLiteral("coupon_exhausted"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The coupon has been used up.")},
        {QStringLiteral("coupon_not_applicable"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The coupon does not apply to this item.")},
        {QStringLiteral("already_owned"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "You already have this course.")},
        {QStringLiteral("already_subscribed"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "You already have this membership.")},
        {QStringLiteral("already_member"),
         QT_TRANSLATE_NOOP("lyceum::Commerce",
                           "You already have this membership, so nothing was charged. It is "
                           "in your wallet.")},
        {QStringLiteral("price_changed"),
         QT_TRANSLATE_NOOP("lyceum::Commerce",
                           "The price has changed since the checkout. Nothing was charged.")},
        {QStringLiteral("order_expired"),
         QT_TRANSLATE_NOOP("lyceum::Commerce",
                           "This checkout has expired. Nothing was charged; start it again.")},
        {QStringLiteral("unavailable"),
         QT_TRANSLATE_NOOP("lyceum::Commerce",
                           "This item is no longer on sale. Nothing was charged.")},
        {QStringLiteral("refund_window_closed"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "This order can no longer be refunded.")},
    };
    if (const char *text = texts.value(e.code))
        e.message = QCoreApplication::translate("lyceum::Commerce", text);
    return e;
}

} // namespace

QString commerceReasonText(const QString &code) {
    ApiError e;
    e.code = code;
    e.message = code;
    return explained(e).message;
}

namespace {

ApiError badAnswer(const QString &detail) {
    return ApiError::make(
        ApiError::Kind::BadResponse,
        tr("The server sent an answer this app does not understand (%1).").arg(detail));
}

// Runs done on context's thread unless context is gone.
template<typename F> auto guarded(QObject *context, F done) {
    return [ctx = QPointer<QObject>(context), done](auto &&...args) {
        if (ctx)
            done(std::forward<decltype(args)>(args)...);
    };
}

void orderCall(ApiClient *api, const QString &path, const QJsonObject &body, QObject *context,
               Client::OrderDone done) {
    api->postJson(
        path, body, guarded(context, [done](const ApiError &e, const QJsonObject &answer) {
            if (e.isError()) {
                done(explained(e), {});
                return;
            }
            QString error;
            const auto order =
                orderFromJson(answer.value(QLatin1StringView("order")).toObject(), &error);
            if (!order)
                done(badAnswer(error), {});
            else
                done({}, *order);
        }));
}

} // namespace

void Client::fetchStore(QObject *context,
                        std::function<void(const ApiError &, QVector<Tier>)> done) {
    d->api->getJson(QStringLiteral("/commerce/store"),
                    guarded(context, [done](const ApiError &e, const QJsonObject &answer) {
                        if (e.isError()) {
                            done(explained(e), {});
                            return;
                        }
                        QVector<Tier> tiers;
                        for (const QJsonValue &v :
                             answer.value(QLatin1StringView("tiers")).toArray()) {
                            QString error;
                            const auto tier = tierFromJson(v.toObject(), &error);
                            if (!tier) {
                                done(badAnswer(error), {});
                                return;
                            }
                            tiers.append(*tier);
                        }
                        done({}, tiers);
                    }));
}

void Client::checkout(const QString &courseId, const QString &tierId, const QString &coupon,
                      const QString &idempotencyKey, QObject *context, OrderDone done) {
    QJsonObject body{{QStringLiteral("idempotency_key"), idempotencyKey}};
    if (!courseId.isEmpty())
        body.insert(QStringLiteral("course_id"), courseId);
    if (!tierId.isEmpty())
        body.insert(QStringLiteral("tier_id"), tierId);
    if (!coupon.trimmed().isEmpty())
        body.insert(QStringLiteral("coupon"), coupon.trimmed());
    orderCall(d->api, QStringLiteral("/commerce/checkout"), body, context, std::move(done));
}

void Client::payOrder(const QString &orderId, const CardDetails &card, QObject *context,
                      OrderDone done) {
    const QJsonObject body{
        {QStringLiteral("order_id"), orderId},
        {QStringLiteral("card"), QJsonObject{{QStringLiteral("number"), card.number},
                                             {QStringLiteral("exp_month"), card.expMonth},
                                             {QStringLiteral("exp_year"), card.expYear},
                                             {QStringLiteral("cvc"), card.cvc}}}};
    orderCall(d->api, QStringLiteral("/commerce/pay"), body, context, std::move(done));
}

void Client::requestRefund(const QString &orderId, QObject *context, OrderDone done) {
    orderCall(d->api, QStringLiteral("/commerce/refund"),
              QJsonObject{{QStringLiteral("order_id"), orderId}}, context, std::move(done));
}

void Client::cancelSubscription(const QString &subscriptionId, QObject *context,
                                std::function<void(const ApiError &, const Subscription &)> done) {
    d->api->postJson(QStringLiteral("/commerce/cancel"),
                     QJsonObject{{QStringLiteral("subscription_id"), subscriptionId}},
                     guarded(context, [done](const ApiError &e, const QJsonObject &answer) {
                         if (e.isError()) {
                             done(explained(e), {});
                             return;
                         }
                         QString error;
                         const auto sub = subscriptionFromJson(
                             answer.value(QLatin1StringView("subscription")).toObject(), &error);
                         if (!sub)
                             done(badAnswer(error), {});
                         else
                             done({}, *sub);
                     }));
}

void Client::fetchWallet(QObject *context,
                         std::function<void(const ApiError &, const Wallet &)> done) {
    d->api->getJson(
        QStringLiteral("/commerce/wallet"),
        guarded(context, [done](const ApiError &e, const QJsonObject &answer) {
            if (e.isError()) {
                done(explained(e), {});
                return;
            }
            Wallet w;
            QString error;
            for (const QJsonValue &v : answer.value(QLatin1StringView("orders")).toArray()) {
                const auto order = orderFromJson(v.toObject(), &error);
                if (!order) {
                    done(badAnswer(error), {});
                    return;
                }
                w.orders.append(*order);
            }
            for (const QJsonValue &v : answer.value(QLatin1StringView("subscriptions")).toArray()) {
                const auto sub = subscriptionFromJson(v.toObject(), &error);
                if (!sub) {
                    done(badAnswer(error), {});
                    return;
                }
                w.subscriptions.append(*sub);
            }
            w.offlineGraceMs = answer.value(QLatin1StringView("offline_grace_ms")).toInteger();
            w.serverTime = answer.value(QLatin1StringView("server_time")).toInteger();
            done({}, w);
        }));
}

} // namespace lyceum
