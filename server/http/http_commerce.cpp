// HttpServer: the commerce routes (docs/protocol.md, "Commerce"), and the minute timer that
// renews memberships.
#include "server/commerce/creator_money.h"
#include "server/http/http_server.h"
#include "server/http/http_util.h"
#include "server/log.h"
#include "server/reco/neighbour_table.h"
#include "server/storage/storage.h"

#include <QUrlQuery>

namespace lyceum::server {

void HttpServer::setUpCommerceRoutes() {
    using M = QHttpServerRequest::Method;
    addAuthedRoute(QStringLiteral("/commerce/store"), M::Get, Action::ReadCommunity,
                   [this](const QHttpServerRequest &, const Caller &) {
                       return jsonResponse(m_commerce.store());
                   });
    addAuthedRoute(QStringLiteral("/commerce/wallet"), M::Get, Action::ReadOwn,
                   [this](const QHttpServerRequest &, const Caller &caller) {
                       return jsonResponse(m_commerce.wallet(caller));
                   });
    const auto orderRoute = [this](const QString &path, Action action, auto call) {
        addAuthedRoute(
            path, M::Post, action,
            [this, call](const QHttpServerRequest &request, const Caller &caller) {
                const ApiResult<QJsonObject> body = jsonBody(request);
                if (!body.ok())
                    return errorResponse(body.error());
                const ApiResult<Order> order = (m_commerce.*call)(caller, body.value());
                if (!order.ok())
                    return errorResponse(order.error());
                return jsonResponse(QJsonObject{{QStringLiteral("order"), toJson(order.value())}});
            });
    };
    orderRoute(QStringLiteral("/commerce/checkout"), Action::Buy, &CommerceService::checkout);
    orderRoute(QStringLiteral("/commerce/pay"), Action::Buy, &CommerceService::pay);
    orderRoute(QStringLiteral("/commerce/refund"), Action::ManageOwnPurchases,
               &CommerceService::refund);
    addAuthedRoute(QStringLiteral("/commerce/policy"), M::Post, Action::SetRefundPolicy,
                   [this](const QHttpServerRequest &request, const Caller &caller) {
                       const ApiResult<QJsonObject> body = jsonBody(request);
                       if (!body.ok())
                           return errorResponse(body.error());
                       const ApiResult<QJsonObject> answer =
                           m_commerce.setRefundWindow(caller, body.value());
                       if (!answer.ok())
                           return errorResponse(answer.error());
                       return jsonResponse(answer.value());
                   });
    addAuthedRoute(
        QStringLiteral("/commerce/cancel"), M::Post, Action::ManageOwnPurchases,
        [this](const QHttpServerRequest &request, const Caller &caller) {
            const ApiResult<QJsonObject> body = jsonBody(request);
            if (!body.ok())
                return errorResponse(body.error());
            const ApiResult<Subscription> sub = m_commerce.cancel(caller, body.value());
            if (!sub.ok())
                return errorResponse(sub.error());
            return jsonResponse(QJsonObject{{QStringLiteral("subscription"), toJson(sub.value())}});
        });

    // What a course's creator reads to run it (server/commerce/creator_money.h).
    const auto creatorRead = [this](const QString &path, auto call) {
        addAuthedRoute(path, M::Get, Action::ReadAnalytics,
                       [this, call](const QHttpServerRequest &request, const Caller &caller) {
                           const QString course =
                               QUrlQuery(request.url()).queryItemValue(QStringLiteral("course"));
                           const ApiResult<QJsonObject> answer =
                               call(CreatorMoney(m_storage, m_clockRef), caller.user, course);
                           return answer.ok() ? jsonResponse(answer.value())
                                              : errorResponse(answer.error());
                       });
    };
    creatorRead(QStringLiteral("/studio/money"),
                [](CreatorMoney m, const User &u, const QString &c) { return m.money(u, c); });
    creatorRead(QStringLiteral("/studio/roster"),
                [](CreatorMoney m, const User &u, const QString &c) { return m.roster(u, c); });
    creatorRead(QStringLiteral("/studio/payouts"),
                [](CreatorMoney m, const User &u, const QString &) { return m.payouts(u); });
    creatorRead(QStringLiteral("/studio/cohorts"),
                [](CreatorMoney m, const User &u, const QString &c) { return m.cohorts(u, c); });

    // The k-anonymous neighbour table for on-device recommendations (server/reco/).
    addAuthedRoute(QStringLiteral("/reco/neighbours"), M::Get, Action::ReadCommunity,
                   [this](const QHttpServerRequest &, const Caller &) {
                       const auto enrolments = m_storage.commerce()->allEntitlements();
                       return jsonResponse(neighbourTableJson(neighbourPairs(enrolments),
                                                              kMinPairUsers,
                                                              coursePopularity(enrolments)));
                   });

    m_renewals.setInterval(60 * 1000);
    QObject::connect(&m_renewals, &QTimer::timeout, [this] {
        try {
            if (const int n = m_commerce.processRenewals())
                qCInfo(lcServer) << "processed" << n << "membership renewals";
            if (const int n = CreatorMoney(m_storage, m_clockRef).releaseDrips())
                qCInfo(lcServer) << "released dripped lessons of" << n << "courses";
        } catch (const StorageError &e) {
            qCWarning(lcServer) << "renewals failed:" << e.message();
        }
    });
    m_renewals.start();
}

} // namespace lyceum::server
