// The REST API of docs/protocol.md on QHttpServer: routes under /api/v1, each wrapped so that a
// wrong method, an oversize body or a storage failure becomes a JSON error and nothing a client
// sends can take the server down. Runs on the thread that creates it.
#pragma once

#include "server/auth/account_service.h"
#include "server/auth/auth_service.h"
#include "server/auth/login_throttle.h"
#include "server/auth/password_pool.h"
#include "server/commerce/commerce_service.h"
#include "server/commerce/payment_provider.h"
#include "server/http/http_metrics.h"
#include "server/live/live_hub.h"
#include "server/media/media_service.h"
#include "server/moderation/community_model.h"
#include "server/mutations/mutation_service.h"
#include "server/net/connection_front.h"
#include "server/policy/rule_book.h"
#include "server/studio/studio_service.h"
#include "server/sync/sync_service.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QTimer>
#include <functional>

namespace lyceum::server {

class Storage;
class Clock;

class HttpServer {
public:
    // mediaDir: where creators' uploaded videos are kept; empty: uploads are refused.
    HttpServer(Storage &storage, const Clock &clock, const QString &mediaDir = {});

    // The port listened on (a free one when port is 0), or 0 on failure. The listening socket
    // is a ConnectionFront handed to QHttpServer (see connection_front.h).
    quint16 listen(const QHostAddress &address, quint16 port);
    // The front of the socket listened on last (null before listen()); its options apply to
    // connections accepted after they are set.
    ConnectionFront *front() { return m_front; }
    LoginThrottle &loginThrottle() { return m_throttle; }
    PasswordPool &passwordPool() { return m_passwords; }

    // Graceful shutdown (docs/operations.md, "Upgrade"): stops accepting connections, closes
    // live sockets with kLiveCloseRestarting and stops the timers; requests already read are
    // still answered.
    void beginShutdown();
    // Answers still to come (password hashing), answers not yet written out, and live sockets
    // still closing.
    int inFlight() const {
        return m_passwords.pending() + m_live.closingCount() +
               (m_front && m_front->unsentBytes() > 0 ? 1 : 0);
    }

    // The live channel, GET /api/v1/live upgraded to a WebSocket on the same port.
    LiveHub &live() { return m_live; }
    CommerceService &commerce() { return m_commerce; }
    SandboxProvider &paymentProvider() { return m_provider; }
    StudioService &studio() { return m_studio; }
    // GET /metrics (http_metrics.h); the token is empty by default: loopback readers only.
    ServerMetrics &metrics() { return m_metrics; }
    void setMetricsToken(const QByteArray &token) { m_metricsToken = token; }
    // Peers whose X-Forwarded-For is believed (the proxy in front, docs/security.md, "Metrics"):
    // their requests count under the client address the proxy appended last, for the login
    // throttle, the request log and /metrics. Everyone else's X-Forwarded-For is ignored.
    void setTrustedProxies(const QList<QPair<QHostAddress, int>> &subnets) {
        m_trustedProxies = subnets;
    }
    // The address a request counts under (see setTrustedProxies).
    QHostAddress clientAddress(const QHttpServerRequest &request) const;
    // One JSON line per request answered (route, status, time, request id) on standard error.
    void setRequestLog(bool on) { m_requestLog = on; }

    // Every route with the action it was registered with (docs/security.md, "Permissions: one
    // rule book"); authed: the rule book is asked before the handler runs.
    struct RouteInfo {
        QString path;
        QHttpServerRequest::Method method;
        Action action;
        bool authed;
    };
    const QVector<RouteInfo> &routeTable() const { return m_routes; }
    const RuleBook &rules() const { return m_rules; }

private:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;
    using AuthedHandler =
        std::function<QHttpServerResponse(const QHttpServerRequest &, const Caller &)>;
    // Answers a request later (once); nothing is written if the client has gone meanwhile.
    using Answer = std::function<void(QHttpServerResponse &&)>;
    using AsyncHandler = std::function<void(const QHttpServerRequest &, const Answer &)>;
    using AuthedAsyncHandler =
        std::function<void(const QHttpServerRequest &, const Caller &, const Answer &)>;

    // A route cannot be added without the action it performs: the rule book checks it (with
    // the caller as actor) before an authed handler runs.
    void addRoute(const QString &path, QHttpServerRequest::Method method, Action action,
                  Handler handler);
    void addAuthedRoute(const QString &path, QHttpServerRequest::Method method, Action action,
                        AuthedHandler handler);
    void addUncheckedRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    // Records a route registered on m_http directly (the live upgrade, the signed media file).
    void declareRoute(const QString &path, QHttpServerRequest::Method method, Action action);
    // Public routes answered later (password hashing runs on a pool).
    void addAsyncRoute(const QString &path, QHttpServerRequest::Method method, Action action,
                       AsyncHandler handler);
    // Routes of an account answered later (changing the password hashes on the pool).
    void addAuthedAsyncRoute(const QString &path, QHttpServerRequest::Method method, Action action,
                             AuthedAsyncHandler handler);
    void routeAsync(const QString &path, QHttpServerRequest::Method method, AsyncHandler handler);
    void setUpRoutes();
    void setUpMetrics(); // http_metrics_route.cpp
    // What is kept of a request until it is answered (the request itself may be gone by then).
    struct RequestNote {
        QElapsedTimer timer;
        QByteArray method;
        QString path;
        QHostAddress peer;
        QByteArray requestId; // X-Request-Id: the proxy's when sane, else a fresh one
    };
    RequestNote noteRequest(const QHttpServerRequest &request) const;
    // Counts a request answered by the route registered as pattern.
    void finishRequest(const QString &pattern, const RequestNote &note,
                       QHttpServerResponse &response);
    void countMutations(const QJsonObject &request, const QJsonObject &answer);

    QHttpServerResponse health(const QHttpServerRequest &request);
    // Both hash on m_passwords and answer when it is done.
    void registerUser(const QHttpServerRequest &request, const Answer &answer);
    void login(const QHttpServerRequest &request, const Answer &answer);
    QHttpServerResponse refresh(const QHttpServerRequest &request);
    QHttpServerResponse logout(const QHttpServerRequest &request, const Caller &caller);
    QHttpServerResponse me(const QHttpServerRequest &request, const Caller &caller);
    QHttpServerResponse sync(const QHttpServerRequest &request, const Caller &caller);
    QHttpServerResponse mutations(const QHttpServerRequest &request, const Caller &caller);
    // http_commerce.cpp
    void setUpCommerceRoutes();
    void setUpModerationRoutes();  // http_moderation.cpp
    void setUpMediaRoutes();       // http_media.cpp
    void setUpStudioRoutes();      // http_studio.cpp
    void setUpCertificateRoutes(); // http_verify.cpp
    void setUpLearningRoutes();    // server/learning/learning_http.cpp
    void setUpChallengeRoutes();   // learning/challenge_http.cpp
    // http_account.cpp: devices, password, saved posts
    void setUpAccountRoutes();
    void changePassword(const QHttpServerRequest &request, const Caller &caller,
                        const Answer &answer);

    // http_moderation.cpp: filters, people, settings
    void setUpModerationRuleRoutes();

    Storage &m_storage;
    const Clock &m_clockRef;
    ServerMetrics m_metrics;
    QByteArray m_metricsToken;
    bool m_requestLog = false;
    QList<QPair<QHostAddress, int>> m_trustedProxies;
    RuleBook m_rules;
    QVector<RouteInfo> m_routes;
    AuthService m_auth;
    AccountService m_account;
    SyncService m_sync;
    MutationService m_mutations;
    SandboxProvider m_provider;
    CommerceService m_commerce;
    QTimer m_renewals; // runs CommerceService::processRenewals each minute
    CommunityModel m_spamModel;
    MediaService m_media;
    StudioService m_studio;
    QTimer m_schedules; // runs StudioService::publishDue every 5 s
    LoginThrottle m_throttle;
    PasswordPool m_passwords; // its pending answers go before the services they call
    QHttpServer m_http;
    ConnectionFront *m_front = nullptr; // owned by m_http once bound
    LiveHub m_live; // after m_http: its sockets go before the server that upgraded them
};

} // namespace lyceum::server
