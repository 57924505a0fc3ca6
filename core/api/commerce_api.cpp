#include "api/commerce_api.h"

#include "api/api_client.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace lyceum::commerceapi {

namespace {

ApiError badAnswer(const QString &detail) {
    // The context lupdate files free functions of this namespace under.
    return ApiError::make(
        ApiError::Kind::BadResponse,
        QCoreApplication::translate("lyceum",
                                    "The server sent an answer this app does not understand (%1).")
            .arg(detail));
}

void orderCall(ApiClient &api, const QString &path, const QJsonObject &body, OrderDone done) {
    api.postJson(path, body, [done = std::move(done)](const ApiError &e, const QJsonObject &o) {
        if (e.isError()) {
            done(e, {});
            return;
        }
        QString error;
        const auto order = orderFromJson(o.value(QLatin1StringView("order")).toObject(), &error);
        if (!order)
            done(badAnswer(error), {});
        else
            done({}, *order);
    });
}

} // namespace

void store(ApiClient &api, std::function<void(const ApiError &, const QVector<Tier> &)> done) {
    api.getJson(QStringLiteral("/commerce/store"),
                [done = std::move(done)](const ApiError &e, const QJsonObject &answer) {
                    if (e.isError()) {
                        done(e, {});
                        return;
                    }
                    QVector<Tier> tiers;
                    for (const QJsonValue &v : answer.value(QLatin1StringView("tiers")).toArray()) {
                        QString error;
                        const auto tier = tierFromJson(v.toObject(), &error);
                        if (!tier) {
                            done(badAnswer(error), {});
                            return;
                        }
                        tiers.append(*tier);
                    }
                    done({}, tiers);
                });
}

void checkout(ApiClient &api, const QString &courseId, const QString &tierId, const QString &coupon,
              const QString &idempotencyKey, OrderDone done) {
    QJsonObject body{{QStringLiteral("idempotency_key"), idempotencyKey}};
    if (!courseId.isEmpty())
        body.insert(QStringLiteral("course_id"), courseId);
    if (!tierId.isEmpty())
        body.insert(QStringLiteral("tier_id"), tierId);
    if (!coupon.trimmed().isEmpty())
        body.insert(QStringLiteral("coupon"), coupon.trimmed());
    orderCall(api, QStringLiteral("/commerce/checkout"), body, std::move(done));
}

void pay(ApiClient &api, const QString &orderId, const CardDetails &card, OrderDone done) {
    const QJsonObject body{
        {QStringLiteral("order_id"), orderId},
        {QStringLiteral("card"), QJsonObject{{QStringLiteral("number"), card.number},
                                             {QStringLiteral("exp_month"), card.expMonth},
                                             {QStringLiteral("exp_year"), card.expYear},
                                             {QStringLiteral("cvc"), card.cvc}}}};
    orderCall(api, QStringLiteral("/commerce/pay"), body, std::move(done));
}

void refund(ApiClient &api, const QString &orderId, OrderDone done) {
    orderCall(api, QStringLiteral("/commerce/refund"),
              QJsonObject{{QStringLiteral("order_id"), orderId}}, std::move(done));
}

void cancel(ApiClient &api, const QString &subscriptionId,
            std::function<void(const ApiError &, const Subscription &)> done) {
    api.postJson(QStringLiteral("/commerce/cancel"),
                 QJsonObject{{QStringLiteral("subscription_id"), subscriptionId}},
                 [done = std::move(done)](const ApiError &e, const QJsonObject &answer) {
                     if (e.isError()) {
                         done(e, {});
                         return;
                     }
                     QString error;
                     const auto sub = subscriptionFromJson(
                         answer.value(QLatin1StringView("subscription")).toObject(), &error);
                     if (!sub)
                         done(badAnswer(error), {});
                     else
                         done({}, *sub);
                 });
}

void wallet(ApiClient &api, std::function<void(const ApiError &, const Wallet &)> done) {
    api.getJson(
        QStringLiteral("/commerce/wallet"),
        [done = std::move(done)](const ApiError &e, const QJsonObject &answer) {
            if (e.isError()) {
                done(e, {});
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
        });
}

void creatorReport(ApiClient &api, CreatorReport report, const QString &courseId,
                   std::function<void(const ApiError &, const QJsonObject &)> done) {
    QString path;
    switch (report) {
    case CreatorReport::Money:
        path = QStringLiteral("/studio/money");
        break;
    case CreatorReport::Roster:
        path = QStringLiteral("/studio/roster");
        break;
    case CreatorReport::Cohorts:
        path = QStringLiteral("/studio/cohorts");
        break;
    case CreatorReport::Payouts:
        path = QStringLiteral("/studio/payouts");
        break;
    }
    QUrlQuery query;
    if (report != CreatorReport::Payouts)
        query.addQueryItem(QStringLiteral("course"), courseId);
    api.getJson(path, query, std::move(done));
}

} // namespace lyceum::commerceapi
