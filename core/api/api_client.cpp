#include "api/api_client.h"

#include "api/account_api.h"
#include "domain/codec.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace lyceum {

namespace {

const char *const kAbortedProperty = "lyceumAborted";
const char *const kTlsProperty = "lyceumTlsErrors";
const char *const kDeadlineProperty = "lyceumDeadlineMs"; // set when the deadline aborted it
const char *const kTooLargeProperty = "lyceumTooLarge";   // set when the size cap aborted it

// Stops a reply whose answer passed its cap: what arrived so far is dropped, nothing more is read.
void abortTooLarge(QNetworkReply *reply, qint64 cap) {
    if (reply->property(kTooLargeProperty).isValid() || !reply->isRunning())
        return;
    qCWarning(lcApi) << reply->url().path() << "answer over its cap of" << cap << "bytes; stopped";
    reply->setProperty(kTooLargeProperty, cap);
    reply->abort();
}

// The free functions below speak with ApiClient's translation context, which is also
// the one lupdate files their sentences under.
struct ApiText {
    Q_DECLARE_TR_FUNCTIONS(lyceum::ApiClient)
};

ApiError networkError(QNetworkReply *reply) {
    using E = QNetworkReply::NetworkError;
    const E code = reply->error();
    const QString detail = reply->errorString();
    if (reply->property(kAbortedProperty).toBool())
        return ApiError::make(ApiError::Kind::Cancelled, ApiText::tr("The request was cancelled."));
    if (const QVariant cap = reply->property(kTooLargeProperty); cap.isValid())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            ApiText::tr("The server's answer was larger than %1 MB, more than this app accepts "
                        "for this request, so it was stopped.")
                .arg(double(cap.toLongLong()) / (1024 * 1024), 0, 'f', 1),
            QString::fromLatin1(ApiClient::kAnswerTooLarge));
    if (const QVariant ms = reply->property(kDeadlineProperty); ms.isValid())
        return ApiError::make(
            ApiError::Kind::Timeout,
            ApiText::tr("The server took longer than %1 s to answer, so the request was "
                        "stopped. Check your connection and try again.")
                .arg(ms.toInt() / 1000),
            QStringLiteral("deadline"));
    if (code == E::InsecureRedirectError)
        return ApiError::make(
            ApiError::Kind::Network,
            ApiText::tr("The server sent this request on to another address (%1). It was not "
                        "followed, so your sign-in is not sent anywhere else. Check the server "
                        "address.")
                .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString()),
            QString::fromLatin1(ApiClient::kRedirectRefused));
    const QString tlsErrors = reply->property(kTlsProperty).toString();
    if (!tlsErrors.isEmpty() || code == E::SslHandshakeFailedError)
        return ApiError::make(
            ApiError::Kind::Tls,
            ApiText::tr(
                "The server's identity could not be verified, so the connection was refused "
                "(%1).")
                .arg(tlsErrors.isEmpty() ? detail : tlsErrors));
    switch (code) {
    case E::OperationCanceledError: // setTransferTimeout aborts this way
    case E::TimeoutError:
        return ApiError::make(
            ApiError::Kind::Timeout,
            ApiText::tr("The server did not answer in time. Check your connection and "
                        "try again."));
    case E::ConnectionRefusedError:
        return ApiError::make(
            ApiError::Kind::Network,
            ApiText::tr("The server refused the connection. It may be down; try again "
                        "later."));
    case E::HostNotFoundError:
        return ApiError::make(
            ApiError::Kind::Network,
            ApiText::tr("The server's address could not be found. Check the server "
                        "address and your connection."));
    default:
        return ApiError::make(
            ApiError::Kind::Network,
            ApiText::tr("The server could not be reached. Check your connection. (%1)")
                .arg(detail));
    }
}

ApiError badResponse(const QString &detail) {
    return ApiError::make(
        ApiError::Kind::BadResponse,
        ApiText::tr("The server sent an answer this app does not understand (%1).").arg(detail));
}

// The body as a JSON object; otherwise nullopt with what was wrong (not JSON, or not an object).
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON: ") + parseError.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the answer is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

std::optional<LoginResult> decodeLogin(const QByteArray &body, QString *error) {
    const std::optional<QJsonObject> parsed = parseObject(body, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &o = *parsed;
    JsonReader r(o, QStringLiteral("login"));
    LoginResult result;
    result.tokens.accessToken = r.string(QLatin1StringView("access_token"));
    result.tokens.refreshToken = r.string(QLatin1StringView("refresh_token"));
    const qint64 expiresIn = r.integer(QLatin1StringView("expires_in"));
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    result.tokens.expiresAt = QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000;
    if (o.contains(QLatin1StringView("user"))) {
        auto user = userFromJson(o.value(QLatin1StringView("user")).toObject(), error);
        if (!user)
            return std::nullopt;
        result.user = *user;
    }
    return result;
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this)) {
    qRegisterMetaType<lyceum::SessionTokens>();
    qRegisterMetaType<lyceum::ApiError>();
}

ApiClient::~ApiClient() {
    // Callbacks must not run into a half-destroyed owner.
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

void ApiClient::setServer(const QUrl &server) {
    m_server = server;
}

void ApiClient::setTokens(const SessionTokens &tokens) {
    m_tokens = tokens;
}

void ApiClient::clearTokens() {
    m_tokens = {};
}

void ApiClient::abortAll() {
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        if (reply->isRunning()) {
            reply->setProperty(kAbortedProperty, true);
            reply->abort();
        }
    }
}

QString ApiClient::weakPasswordMessage(const QString &reason) {
    if (reason == QLatin1String("too_short"))
        return tr("This password is too short: use at least 10 characters.");
    if (reason == QLatin1String("dictionary"))
        return tr("This password is a dictionary word (or one with small changes): choose "
                  "something harder to guess.");
    if (reason == QLatin1String("personal"))
        return tr("This password is based on your handle or name: choose something else.");
    return tr("This password is too simple (a sequence, a repeated character or too few "
              "different characters): choose something harder to guess.");
}

ApiError ApiClient::errorFromHttp(int status, const QByteArray &body,
                                  const QByteArray &retryAfter) {
    QString code;
    QString serverMessage;
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1StringView("error")).toObject();
    code = error.value(QLatin1StringView("code")).toString();
    serverMessage = error.value(QLatin1StringView("message")).toString();

    ApiError e;
    e.httpStatus = status;
    e.code = code;
    e.kind = status == 401 ? ApiError::Kind::Unauthorized : ApiError::Kind::Http;
    if (status == 429 || status == 503) {
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        if (ok && seconds > 0)
            e.retryAfterSeconds = qMin(seconds, 24 * 60 * 60);
    }
    if (code == QLatin1String("bad_credentials"))
        e.message = tr("The handle or password is wrong.");
    else if (code == QLatin1String("weak_password"))
        e.message = weakPasswordMessage(error.value(QLatin1StringView("reason")).toString());
    else if (status == 401)
        e.message = tr("Your session has expired. Please log in again.");
    else if (code == QLatin1String("cursor_expired"))
        e.message = tr("The server's data was reset; the local copy will be downloaded again.");
    else if ((code == QLatin1String("rate_limited") || status == 429) && e.retryAfterSeconds > 0)
        e.message = tr("Too many attempts, try again in %1 s.").arg(e.retryAfterSeconds);
    else if (code == QLatin1String("rate_limited") || status == 429 ||
             code == QLatin1String("busy"))
        e.message = tr("The server is busy. Please wait a moment and try again.");
    else if (code == QLatin1String("not_entitled"))
        e.message = tr("This lesson's video comes with the course: buy it or join the "
                       "membership to watch it.");
    else if (code == QLatin1String("url_expired"))
        e.message = tr("The video's address has expired.");
    else if (code == QLatin1String("forbidden") || status == 403)
        e.message = tr("You are not allowed to do this.");
    else if (code == QLatin1String("not_found") || status == 404)
        e.message =
            serverMessage.isEmpty() ? tr("The item was not found on the server.") : serverMessage;
    else if (status >= 500)
        e.message =
            tr("The server had an internal problem (HTTP %1). Try again later.").arg(status);
    else if (!serverMessage.isEmpty())
        e.message = serverMessage;
    else
        e.message = tr("The server refused the request (HTTP %1).").arg(status);
    return e;
}

void ApiClient::putBytes(const QString &path, const QUrlQuery &query, const QByteArray &bytes,
                         JsonDone done) {
    send(
        "PUT", path, &query, nullptr, true, true,
        [done](const ApiError &e, const QByteArray &answer) {
            // Errors keep their body: some carry what to do next (the server's offset).
            QString error;
            const std::optional<QJsonObject> o = parseObject(answer, &error);
            if (e.isError())
                done(e, o.value_or(QJsonObject()));
            else
                done(o ? ApiError() : badResponse(error), o.value_or(QJsonObject()));
        },
        &bytes, RequestKind::Upload);
}

void ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery *query,
                     const QJsonObject *body, bool authenticated, bool mayRefresh, BytesDone done,
                     const QByteArray *raw, RequestKind kind) {
    if (!m_server.isValid() || m_server.isEmpty()) {
        done(ApiError::make(ApiError::Kind::Network, tr("No server address is set.")), {});
        return;
    }
    if (authenticated && m_tokens.accessToken.isEmpty()) {
        if (mayRefresh && !m_tokens.refreshToken.isEmpty()) {
            // The arguments are copied: the caller's may be gone when the refresh answers.
            const std::optional<QUrlQuery> q = query ? std::optional(*query) : std::nullopt;
            const std::optional<QJsonObject> b = body ? std::optional(*body) : std::nullopt;
            const std::optional<QByteArray> r = raw ? std::optional(*raw) : std::nullopt;
            refreshThen([=, this](const ApiError &e) {
                if (e.isError())
                    done(e, {});
                else
                    send(method, path, q ? &*q : nullptr, b ? &*b : nullptr, authenticated, false,
                         done, r ? &*r : nullptr, kind);
            });
            return;
        }
        done(ApiError::notLoggedIn(), {});
        return;
    }
    QUrl url = m_server;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1") + path);
    if (query)
        url.setQuery(*query);
    QNetworkRequest request(url);
    const RequestLimits lim = m_limits[int(kind)];
    request.setTransferTimeout(lim.deadlineMs > 0 ? std::min(m_timeoutMs, lim.deadlineMs)
                                                  : m_timeoutMs);
    // Credentials belong to the server's origin: a redirect elsewhere (another host, port or
    // scheme) is refused rather than followed with the Authorization header (docs/security.md).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toUtf8());
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    } else if (raw) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/octet-stream"));
        payload = *raw;
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, payload);
    guard(reply, m_limits[int(kind)]);
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        // Never ignored: the reply fails with SslHandshakeFailedError after this.
        reply->setProperty(kTlsProperty, texts.join(QStringLiteral("; ")));
    });
    // Optional arguments are copied so the retry can rebuild the request.
    const std::optional<QUrlQuery> queryCopy = query ? std::optional(*query) : std::nullopt;
    const std::optional<QJsonObject> bodyCopy = body ? std::optional(*body) : std::nullopt;
    const std::optional<QByteArray> rawCopy = raw ? std::optional(*raw) : std::nullopt;
    auto retry = [=, this] {
        send(method, path, queryCopy ? &*queryCopy : nullptr, bodyCopy ? &*bodyCopy : nullptr,
             authenticated, false, done, rawCopy ? &*rawCopy : nullptr, kind);
    };
    const QString usedAccess = authenticated ? m_tokens.accessToken : QString();
    connect(reply, &QNetworkReply::finished, this,
            [=, this] { finishReply(reply, authenticated, mayRefresh, usedAccess, retry, done); });
}

void ApiClient::guard(QNetworkReply *reply, RequestLimits lim) {
    if (lim.deadlineMs > 0) {
        // A total deadline: the transfer timeout only notices silence, and a body dripping one
        // byte every few seconds is never silent for long.
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, reply, [reply, ms = lim.deadlineMs] {
            if (!reply->isRunning())
                return;
            qCInfo(lcApi) << reply->url().path() << "stopped at its deadline of" << ms << "ms";
            reply->setProperty(kDeadlineProperty, ms);
            reply->abort();
        });
        deadline->start(lim.deadlineMs);
    }
    if (lim.maxAnswer <= 0)
        return;
    const qint64 cap = lim.maxAnswer;
    // Refused on the announced length as soon as the headers arrive, and on the bytes received
    // for answers that announce none (or announce less than they send).
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            abortTooLarge(reply, cap);
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, cap](qint64 received, qint64) {
        if (received > cap)
            abortTooLarge(reply, cap);
    });
}

void ApiClient::finishReply(QNetworkReply *reply, bool authenticated, bool mayRefresh,
                            const QString &usedAccess, const std::function<void()> &retry,
                            const BytesDone &done) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = status >= 200 && status < 300;
    // A 2xx whose connection broke mid-body carries a transport error: the body is partial, so
    // it is a network failure the caller may retry, never a success to decode.
    // So is an answer this client stopped (deadline, size cap) or a redirect it refused,
    // whatever status line came first.
    const bool stopped = reply->property(kDeadlineProperty).isValid() ||
                         reply->property(kTooLargeProperty).isValid() ||
                         reply->error() == QNetworkReply::InsecureRedirectError ||
                         reply->error() == QNetworkReply::TooManyRedirectsError;
    if (status == 0 || stopped || (success && reply->error() != QNetworkReply::NoError)) {
        const ApiError e = networkError(reply);
        qCInfo(lcApi) << reply->url().path() << "failed:" << reply->errorString();
        done(e, {});
        return;
    }
    const QByteArray body = reply->readAll();
    if (success) {
        done({}, body);
        return;
    }
    ApiError e = errorFromHttp(status, body, reply->rawHeader("Retry-After"));
    qCInfo(lcApi) << reply->url().path() << "HTTP" << status << e.code;
    // Sent with tokens that a login or a refresh has replaced since: try again with the new ones
    // (refreshing the old ones would end the new session).
    if (status == 401 && authenticated && mayRefresh && !m_tokens.accessToken.isEmpty() &&
        usedAccess != m_tokens.accessToken) {
        retry();
        return;
    }
    if (status == 401 && authenticated && mayRefresh && !m_tokens.refreshToken.isEmpty()) {
        refreshThen([retry, done](const ApiError &refreshError) {
            if (refreshError.isError())
                done(refreshError, {});
            else
                retry();
        });
        return;
    }
    done(e, body);
}

void ApiClient::refreshThen(std::function<void(const ApiError &)> then) {
    m_refreshWaiters.append(std::move(then));
    if (m_refreshing)
        return;
    m_refreshing = true;
    refresh([this](const ApiError &e) {
        m_refreshing = false;
        const auto waiters = std::exchange(m_refreshWaiters, {});
        for (const auto &waiter : waiters)
            waiter(e);
    });
}

void ApiClient::login(const QString &handle, const QString &password,
                      std::function<void(const ApiError &, const LoginResult &)> done) {
    const QJsonObject body{{QStringLiteral("handle"), handle},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device_name"), accountapi::deviceName()}};
    send("POST", QStringLiteral("/auth/login"), nullptr, &body, false, false,
         [this, done](const ApiError &e, const QByteArray &bytes) {
             if (e.isError()) {
                 done(e, {});
                 return;
             }
             QString error;
             const auto result = decodeLogin(bytes, &error);
             if (!result) {
                 done(badResponse(error), {});
                 return;
             }
             m_tokens = result->tokens;
             done({}, *result);
         });
}

void ApiClient::refresh(Done done) {
    if (m_tokens.refreshToken.isEmpty()) {
        done(ApiError::notLoggedIn());
        return;
    }
    const QString used = m_tokens.refreshToken;
    const QJsonObject body{{QStringLiteral("refresh_token"), used}};
    send("POST", QStringLiteral("/auth/refresh"), nullptr, &body, false, false,
         [this, done, used](const ApiError &e, const QByteArray &bytes) {
             if (e.isError() && m_tokens.refreshToken != used && !m_tokens.accessToken.isEmpty()) {
                 // A login replaced the tokens meanwhile: the old ones' refusal ends nothing.
                 done({});
                 return;
             }
             if (e.isError()) {
                 if (e.kind == ApiError::Kind::Unauthorized ||
                     (e.kind == ApiError::Kind::Http && e.httpStatus < 500)) {
                     qCInfo(lcApi) << "refresh refused; the session has ended";
                     m_tokens = {};
                     Q_EMIT sessionExpired();
                     done(ApiError::make(ApiError::Kind::Unauthorized,
                                         tr("Your session has expired. Please log in again."),
                                         e.code, e.httpStatus));
                     return;
                 }
                 done(e);
                 return;
             }
             QString error;
             const auto result = decodeLogin(bytes, &error);
             if (!result) {
                 done(badResponse(error));
                 return;
             }
             m_tokens = result->tokens;
             Q_EMIT tokensChanged(m_tokens);
             done({});
         });
}

void ApiClient::logout(Done done) {
    const QJsonObject body{{QStringLiteral("refresh_token"), m_tokens.refreshToken}};
    send("POST", QStringLiteral("/auth/logout"), nullptr, &body, true, false,
         [done](const ApiError &e, const QByteArray &) { done(e); });
}

void ApiClient::me(std::function<void(const ApiError &, const User &)> done) {
    send("GET", QStringLiteral("/me"), nullptr, nullptr, true, true,
         [done](const ApiError &e, const QByteArray &bytes) {
             if (e.isError()) {
                 done(e, {});
                 return;
             }
             QString error;
             const std::optional<QJsonObject> o = parseObject(bytes, &error);
             const auto user =
                 o ? userFromJson(o->value(QLatin1StringView("user")).toObject(), &error)
                   : std::nullopt;
             if (!user)
                 done(badResponse(error), {});
             else
                 done({}, *user);
         });
}

void ApiClient::getBytes(const QString &path,
                         std::function<void(const ApiError &, const QByteArray &)> done) {
    send("GET", path, nullptr, nullptr, true, true, std::move(done), nullptr, RequestKind::Bytes);
}

void ApiClient::getBytes(const QString &path, const QUrlQuery &query,
                         std::function<void(const ApiError &, const QByteArray &)> done) {
    send("GET", path, &query, nullptr, true, true, std::move(done), nullptr, RequestKind::Bytes);
}

void ApiClient::getJson(const QString &path, JsonDone done) {
    getJson(path, QUrlQuery(), std::move(done));
}

void ApiClient::getJson(const QString &path, const QUrlQuery &query, JsonDone done) {
    send("GET", path, query.isEmpty() ? nullptr : &query, nullptr, true, true,
         [done](const ApiError &e, const QByteArray &bytes) {
             if (e.isError()) {
                 done(e, {});
                 return;
             }
             QString error;
             const std::optional<QJsonObject> o = parseObject(bytes, &error);
             done(o ? ApiError() : badResponse(error), o.value_or(QJsonObject()));
         });
}

void ApiClient::postJson(const QString &path, const QJsonObject &body, JsonDone done) {
    send("POST", path, nullptr, &body, true, true,
         [done](const ApiError &e, const QByteArray &bytes) {
             if (e.isError()) {
                 done(e, {});
                 return;
             }
             QString error;
             const std::optional<QJsonObject> o = parseObject(bytes, &error);
             done(o ? ApiError() : badResponse(error), o.value_or(QJsonObject()));
         });
}

void ApiClient::fetchSyncPage(const QString &cursor, int limit,
                              std::function<void(const ApiError &, const QByteArray &)> done) {
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    send("GET", QStringLiteral("/sync"), &query, nullptr, true, true, std::move(done), nullptr,
         RequestKind::SyncPage);
}

void ApiClient::postMutations(
    const QString &clientId, const QJsonArray &mutations,
    std::function<void(const ApiError &, const QVector<MutationResult> &)> done) {
    const QJsonObject body{{QStringLiteral("client_id"), clientId},
                           {QStringLiteral("mutations"), mutations}};
    send("POST", QStringLiteral("/mutations"), nullptr, &body, true, true,
         [done](const ApiError &e, const QByteArray &bytes) {
             if (e.isError()) {
                 done(e, {});
                 return;
             }
             const QJsonValue results =
                 QJsonDocument::fromJson(bytes).object().value(QLatin1StringView("results"));
             if (!results.isArray()) {
                 done(badResponse(QStringLiteral("mutations: 'results' is missing")), {});
                 return;
             }
             QVector<MutationResult> out;
             for (const QJsonValue &v : results.toArray()) {
                 const QJsonObject o = v.toObject();
                 MutationResult r;
                 r.id = o.value(QLatin1StringView("id")).toString();
                 const QString status = o.value(QLatin1StringView("status")).toString();
                 if (status == QLatin1String("applied")) {
                     r.status = MutationResult::Status::Applied;
                 } else if (status == QLatin1String("rejected")) {
                     r.status = MutationResult::Status::Rejected;
                     const QJsonObject err = o.value(QLatin1StringView("error")).toObject();
                     r.errorCode = err.value(QLatin1StringView("code")).toString();
                     r.errorMessage = err.value(QLatin1StringView("message")).toString();
                 } else {
                     done(badResponse(QStringLiteral("mutations: unknown status '%1'").arg(status)),
                          {});
                     return;
                 }
                 r.duplicate = o.value(QLatin1StringView("duplicate")).toBool();
                 r.seq = o.value(QLatin1StringView("seq")).toInteger();
                 r.answer = o;
                 out.append(r);
             }
             done({}, out);
         });
}

} // namespace lyceum
