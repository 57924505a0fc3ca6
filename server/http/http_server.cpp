#include "server/http/http_server.h"

#include "domain/codec.h"
#include "server/auth/credentials.h"
#include "server/clock.h"
#include "server/http/http_util.h"
#include "server/learning/quiz_routes.h"
#include "server/log.h"
#include "server/storage/storage.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace lyceum::server {

namespace {
const QString kApi = QStringLiteral("/api/v1");

QJsonObject grantJson(const TokenGrant &grant) {
    return {{QStringLiteral("access_token"), grant.accessToken},
            {QStringLiteral("refresh_token"), grant.refreshToken},
            {QStringLiteral("expires_in"), grant.expiresInSeconds},
            {QStringLiteral("user"), toJson(grant.user)}};
}

QHttpServerResponse withRetryAfter(const ApiError &error, int seconds) {
    QHttpServerResponse response = errorResponse(error);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    return response;
}

QHttpServerResponse rateLimited(int seconds) {
    return withRetryAfter({429, QStringLiteral("rate_limited"),
                           QStringLiteral("Too many attempts; try again in %1 s.").arg(seconds)},
                          seconds);
}

QHttpServerResponse busy() {
    return withRetryAfter({503, QStringLiteral("busy"),
                           QStringLiteral("The server is busy checking passwords; try again.")},
                          1);
}

QHttpServerResponse internalError() {
    return errorResponse({500, QStringLiteral("internal"),
                          QStringLiteral("The server could not complete this request.")});
}

// Runs step, answering 500 if it throws (it runs from the event loop, not inside a route).
void answerGuarded(const QString &path, const std::function<void()> &step,
                   const std::function<void(QHttpServerResponse &&)> &answer) {
    try {
        step();
        return;
    } catch (const StorageError &e) {
        qCWarning(lcServerHttp).noquote() << path << "failed:" << e.message();
    } catch (const std::exception &e) {
        qCWarning(lcServerHttp) << path << "failed:" << e.what();
    }
    answer(internalError());
}

QHttpServerResponse
runRoute(const QHttpServerRequest &request, QHttpServerRequest::Method method,
         const std::function<QHttpServerResponse(const QHttpServerRequest &)> &handler) {
    if (request.method() != method)
        return errorResponse({405, QStringLiteral("method_not_allowed"),
                              QStringLiteral("This address does not accept this method.")});
    if (request.body().size() > kMaxRequestBodyBytes)
        return errorResponse({413, QStringLiteral("body_too_large"),
                              QStringLiteral("The request body is larger than 1 MiB.")});
    try {
        return handler(request);
    } catch (const StorageError &e) {
        qCWarning(lcServerHttp).noquote() << request.url().path() << "failed:" << e.message();
    } catch (const std::exception &e) {
        qCWarning(lcServerHttp) << request.url().path() << "failed:" << e.what();
    }
    return internalError();
}
} // namespace

HttpServer::HttpServer(Storage &storage, const Clock &clock, const QString &mediaDir)
    : m_storage(storage)
    , m_clockRef(clock)
    , m_rules(storage, clock)
    , m_auth(storage, clock)
    , m_account(storage)
    , m_sync(storage)
    , m_mutations(storage, clock)
    , m_commerce(storage, clock, m_provider)
    , m_media(storage, clock, mediaDir)
    , m_studio(storage, clock)
    , m_throttle(clock, storage)
    , m_live(storage, clock) {
    setUpRoutes();
    m_live.attach(m_http);
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port) {
    auto front = std::make_unique<ConnectionFront>();
    if (!front->open(address, port)) {
        qCCritical(lcServerHttp).noquote() << "cannot listen:" << front->errorString();
        return 0;
    }
    const quint16 actual = front->serverPort();
    m_front = front.release();
    m_http.bind(m_front); // QHttpServer owns it from here
    return actual;
}

void HttpServer::beginShutdown() {
    if (m_front)
        m_front->stopAccepting();
    m_renewals.stop();
    m_schedules.stop();
    m_live.closeAll();
}

void HttpServer::declareRoute(const QString &path, QHttpServerRequest::Method method,
                              Action action) {
    m_routes.append({kApi + path, method, action, false});
}

void HttpServer::addRoute(const QString &path, QHttpServerRequest::Method method, Action action,
                          Handler handler) {
    if (action != Action::Public)
        qFatal("HttpServer: the route %s needs an account: use addAuthedRoute", qPrintable(path));
    declareRoute(path, method, action);
    addUncheckedRoute(path, method, std::move(handler));
}

void HttpServer::addUncheckedRoute(const QString &path, QHttpServerRequest::Method method,
                                   Handler handler) {
    const QString pattern = kApi + path;
    m_http.route(pattern, [this, pattern, method, handler](const QHttpServerRequest &request) {
        const RequestNote note = noteRequest(request);
        const RequestIdScope scope(note.requestId);
        QHttpServerResponse response = runRoute(request, method, handler);
        finishRequest(pattern, note, response);
        return response;
    });
}

void HttpServer::addAuthedRoute(const QString &path, QHttpServerRequest::Method method,
                                Action action, AuthedHandler handler) {
    m_routes.append({kApi + path, method, action, true});
    addUncheckedRoute(path, method, [this, action, handler](const QHttpServerRequest &request) {
        ApiResult<Caller> caller =
            m_auth.authenticate(headerValue(request, QByteArrayLiteral("Authorization")));
        if (!caller.ok())
            return errorResponse(caller.error());
        if (const Verdict refusal = m_rules.mayAttempt(caller.value().user, action))
            return errorResponse(*refusal);
        return handler(request, caller.value());
    });
}

void HttpServer::addAsyncRoute(const QString &path, QHttpServerRequest::Method method,
                               Action action, AsyncHandler handler) {
    if (action != Action::Public)
        qFatal("HttpServer: the async route %s must be public", qPrintable(path));
    declareRoute(path, method, action);
    routeAsync(path, method, std::move(handler));
}

void HttpServer::addAuthedAsyncRoute(const QString &path, QHttpServerRequest::Method method,
                                     Action action, AuthedAsyncHandler handler) {
    m_routes.append({kApi + path, method, action, true});
    routeAsync(path, method,
               [this, action, handler](const QHttpServerRequest &request, const Answer &answer) {
                   ApiResult<Caller> caller = m_auth.authenticate(
                       headerValue(request, QByteArrayLiteral("Authorization")));
                   if (!caller.ok())
                       return answer(errorResponse(caller.error()));
                   if (const Verdict refusal = m_rules.mayAttempt(caller.value().user, action))
                       return answer(errorResponse(*refusal));
                   handler(request, caller.value(), answer);
               });
}

void HttpServer::routeAsync(const QString &path, QHttpServerRequest::Method method,
                            AsyncHandler handler) {
    const QString pattern = kApi + path;
    m_http.route(pattern, [this, pattern, method, handler](const QHttpServerRequest &request,
                                                           QHttpServerResponder &&responder) {
        // QHttpServerResponder holds a plain pointer to the socket, which QHttpServer deletes
        // when the client goes away, so the answer checks that the socket is still there.
        auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
        const QPointer<QTcpSocket> socket(shared->socket());
        const RequestNote note = noteRequest(request);
        const Answer answer = [this, pattern, note, shared,
                               socket](QHttpServerResponse &&response) {
            finishRequest(pattern, note, response);
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                response.write(std::move(*shared));
        };
        if (request.method() != method)
            return answer(errorResponse({405, QStringLiteral("method_not_allowed"),
                                         QStringLiteral("This address does not accept this "
                                                        "method.")}));
        if (request.body().size() > kMaxRequestBodyBytes)
            return answer(
                errorResponse({413, QStringLiteral("body_too_large"),
                               QStringLiteral("The request body is larger than 1 MiB.")}));
        const RequestIdScope scope(note.requestId);
        answerGuarded(
            request.url().path(), [&] { handler(request, answer); }, answer);
    });
}

void HttpServer::setUpRoutes() {
    using M = QHttpServerRequest::Method;
    using namespace std::placeholders;
    using A = Action;
    addRoute(QStringLiteral("/health"), M::Get, A::Public,
             std::bind(&HttpServer::health, this, _1));
    addAsyncRoute(QStringLiteral("/auth/register"), M::Post, A::Public,
                  std::bind(&HttpServer::registerUser, this, _1, _2));
    addAsyncRoute(QStringLiteral("/auth/login"), M::Post, A::Public,
                  std::bind(&HttpServer::login, this, _1, _2));
    addRoute(QStringLiteral("/auth/refresh"), M::Post, A::Public,
             std::bind(&HttpServer::refresh, this, _1));
    addAuthedRoute(QStringLiteral("/auth/logout"), M::Post, A::SignOut,
                   std::bind(&HttpServer::logout, this, _1, _2));
    addAuthedRoute(QStringLiteral("/me"), M::Get, A::ReadOwn,
                   std::bind(&HttpServer::me, this, _1, _2));
    addAuthedRoute(QStringLiteral("/sync"), M::Get, A::ReadOwn,
                   std::bind(&HttpServer::sync, this, _1, _2));
    // Each mutation is then checked by the action of its type (MutationService).
    addAuthedRoute(QStringLiteral("/mutations"), M::Post, A::SendMutations,
                   std::bind(&HttpServer::mutations, this, _1, _2));
    setUpCommerceRoutes();
    setUpModerationRoutes();
    setUpMediaRoutes();
    setUpStudioRoutes();
    setUpCertificateRoutes();
    addQuizRoutes(m_storage, m_clockRef, [this](const QString &path, Action a, AuthedHandler h) {
        addAuthedRoute(path, M::Get, a, std::move(h));
    });
    setUpLearningRoutes();
    setUpChallengeRoutes();
    setUpAccountRoutes();
    setUpMetrics();

    // QHttpServer 6.4 upgrades a WebSocket request once a route has taken it without writing
    // an answer; the socket then reaches LiveHub through newWebSocketConnection.
    declareRoute(QStringLiteral("/live"), M::Get, A::Live);
    m_http.route(kApi + QStringLiteral("/live"),
                 [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     if (request.method() == QHttpServerRequest::Method::Get &&
                         headerValue(request, QByteArrayLiteral("Upgrade"))
                                 .compare("websocket", Qt::CaseInsensitive) == 0)
                         return;
                     const ApiError error{
                         426, QStringLiteral("upgrade_required"),
                         QStringLiteral("This address is a WebSocket: connect with an upgrade.")};
                     responder.write(errorBody(error), QByteArrayLiteral("application/json"),
                                     QHttpServerResponder::StatusCode::UpgradeRequired);
                 });

    m_http.setMissingHandler([this](const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder) {
        m_metrics.recordRequest(QStringLiteral("(unmatched)"), noteRequest(request).method, 404, 0);
        const ApiError error =
            ApiError::notFound(QStringLiteral("There is nothing at %1.").arg(request.url().path()));
        responder.write(errorBody(error), QByteArrayLiteral("application/json"),
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

QHttpServerResponse HttpServer::health(const QHttpServerRequest &) {
    return jsonResponse({{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("version"), QStringLiteral(LYCEUM_VERSION)},
                         {QStringLiteral("instance"), m_storage.instanceId()},
                         {QStringLiteral("database"), m_storage.backendName()}});
}

void HttpServer::registerUser(const QHttpServerRequest &request, const Answer &answer) {
    const ApiResult<QJsonObject> body = jsonBody(request);
    if (!body.ok())
        return answer(errorResponse(body.error()));
    FieldReader r(body.value());
    const QString handle = r.string(QLatin1StringView("handle"));
    const QString password = r.string(QLatin1StringView("password"));
    const QString displayName = r.string(QLatin1StringView("display_name"));
    if (!r.ok())
        return answer(errorResponse(r.error()));
    if (const std::optional<ApiError> refused =
            m_auth.checkRegistration(handle, password, displayName))
        return answer(errorResponse(*refused));
    const QByteArray address = ConnectionFront::addressKey(clientAddress(request));
    if (!m_throttle.mayStart(address))
        return answer(rateLimited(1));
    m_throttle.started(address);
    const QString path = request.url().path();
    const bool queued = m_passwords.run<QString>(
        [password] { return hashPassword(password); },
        [this, handle, displayName, address, path, answer](const QString &hash) {
            m_throttle.finished(address);
            answerGuarded(
                path,
                [&] {
                    const ApiResult<User> user =
                        m_auth.completeRegistration(handle, displayName, hash);
                    if (!user.ok())
                        return answer(errorResponse(user.error()));
                    answer(jsonResponse({{QStringLiteral("user"), toJson(user.value())}}, 201));
                },
                answer);
        });
    if (!queued) {
        m_throttle.finished(address);
        answer(busy());
    }
}

void HttpServer::login(const QHttpServerRequest &request, const Answer &answer) {
    const ApiResult<QJsonObject> body = jsonBody(request);
    if (!body.ok())
        return answer(errorResponse(body.error()));
    FieldReader r(body.value());
    const QString handle = r.string(QLatin1StringView("handle"));
    const QString password = r.string(QLatin1StringView("password"));
    const QString device =
        AccountService::cleanDeviceName(r.optionalString(QLatin1StringView("device_name")));
    if (!r.ok())
        return answer(errorResponse(r.error()));
    const QByteArray address = ConnectionFront::addressKey(clientAddress(request));
    if (const int wait = m_throttle.retryAfterSeconds(handle, address); wait > 0)
        return answer(rateLimited(wait));
    if (!m_throttle.mayStart(address))
        return answer(rateLimited(1));
    const LoginCheck check = m_auth.loginCheck(handle);
    m_throttle.started(address);
    const QString path = request.url().path();
    const bool queued =
        m_passwords.run<bool>([check, password] { return verifyPassword(check.hash(), password); },
                              [this, check, handle, device, address, path, answer](bool matches) {
                                  m_throttle.finished(address);
                                  answerGuarded(
                                      path,
                                      [&] {
                                          const ApiResult<TokenGrant> grant =
                                              m_auth.completeLogin(check, matches, device);
                                          if (!grant.ok()) {
                                              m_throttle.recordFailure(handle, address);
                                              return answer(errorResponse(grant.error()));
                                          }
                                          m_throttle.recordSuccess(handle);
                                          answer(jsonResponse(grantJson(grant.value())));
                                      },
                                      answer);
                              });
    if (!queued) {
        m_throttle.finished(address);
        answer(busy());
    }
}

QHttpServerResponse HttpServer::refresh(const QHttpServerRequest &request) {
    const ApiResult<QJsonObject> body = jsonBody(request);
    if (!body.ok())
        return errorResponse(body.error());
    FieldReader r(body.value());
    const QString token = r.string(QLatin1StringView("refresh_token"));
    if (!r.ok())
        return errorResponse(r.error());
    const ApiResult<TokenGrant> grant = m_auth.refresh(token);
    if (!grant.ok())
        return errorResponse(grant.error());
    return jsonResponse(grantJson(grant.value()));
}

QHttpServerResponse HttpServer::logout(const QHttpServerRequest &request, const Caller &caller) {
    const ApiResult<QJsonObject> body = jsonBody(request, true);
    if (!body.ok())
        return errorResponse(body.error());
    FieldReader r(body.value());
    const QString token = r.optionalString(QLatin1StringView("refresh_token"));
    if (!r.ok())
        return errorResponse(r.error());
    m_auth.logout(caller, token);
    return emptyResponse(204);
}

QHttpServerResponse HttpServer::me(const QHttpServerRequest &, const Caller &caller) {
    return jsonResponse({{QStringLiteral("user"), toJson(caller.user)}});
}

QHttpServerResponse HttpServer::sync(const QHttpServerRequest &request, const Caller &caller) {
    const QUrlQuery query = request.query();
    ApiResult<QByteArray> page = m_sync.page(
        caller, query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded),
        query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded), m_clockRef.nowMs());
    if (!page.ok())
        return errorResponse(page.error());
    return rawJsonResponse(std::move(page.value()));
}

QHttpServerResponse HttpServer::mutations(const QHttpServerRequest &request, const Caller &caller) {
    const ApiResult<QJsonObject> body = jsonBody(request);
    if (!body.ok())
        return errorResponse(body.error());
    const ApiResult<QJsonObject> answer = m_mutations.apply(caller, body.value());
    if (!answer.ok())
        return errorResponse(answer.error());
    countMutations(body.value(), answer.value());
    return jsonResponse(answer.value());
}

} // namespace lyceum::server
