// The REST client (docs/protocol.md): one function per endpoint, typed results, errors as
// ApiError with translated text. Lives on the thread that created it; all calls are
// asynchronous and their callbacks run on that thread. Sync pages are handed over as raw bytes
// so they can be decoded off the GUI thread (see sync/sync_page.h).
#pragma once

#include "api/api_error.h"
#include "api/request_limits.h"
#include "domain/entities.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>
#include <array>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace lyceum {

struct SessionTokens {
    QString accessToken;
    QString refreshToken;
    qint64 expiresAt = 0; // ms since epoch when the access token expires; 0: unknown
    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
};

struct LoginResult {
    SessionTokens tokens;
    User user;
};

struct MutationResult {
    enum class Status { Applied, Rejected };
    QString id;
    Status status = Status::Applied;
    bool duplicate = false;
    qint64 seq = 0;
    QString errorCode;
    QString errorMessage;
    QJsonObject answer; // the whole result object (some mutations answer more fields)
};

class ApiClient : public QObject {
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setServer(const QUrl &server);
    QUrl server() const { return m_server; }
    void setTokens(const SessionTokens &tokens);
    SessionTokens tokens() const { return m_tokens; }
    void clearTokens();
    bool hasSession() const { return !m_tokens.isEmpty(); }
    // The inactivity timeout of every request (no byte for this long fails it). Each request
    // also has a total deadline and an answer size cap by its kind (api/request_limits.h).
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    void setLimits(RequestKind kind, RequestLimits limits) { m_limits[int(kind)] = limits; }
    RequestLimits limits(RequestKind kind) const { return m_limits[int(kind)]; }
    // Aborts every request in flight; their callbacks get Kind::Cancelled.
    void abortAll();

    using Done = std::function<void(const ApiError &)>;

    void login(const QString &handle, const QString &password,
               std::function<void(const ApiError &, const LoginResult &)> done);
    // Spends the refresh token for a new pair; emits tokensChanged on success.
    void refresh(Done done);
    // Like refresh(), but joins a refresh already in flight instead of spending the (rotated)
    // refresh token twice: the REST calls and the live channel share it.
    void refreshThen(std::function<void(const ApiError &)> then);
    void logout(Done done);
    void me(std::function<void(const ApiError &, const User &)> done);
    // GET /sync; the body is returned undecoded. An answer over the page cap fails with
    // Kind::BadResponse and code kAnswerTooLarge (the sync asks again for fewer changes).
    void fetchSyncPage(const QString &cursor, int limit,
                       std::function<void(const ApiError &, const QByteArray &)> done);
    void postMutations(const QString &clientId, const QJsonArray &mutations,
                       std::function<void(const ApiError &, const QVector<MutationResult> &)> done);

    // Any other authenticated JSON call (the commerce routes): the answer's object, or an error
    // (a body that is not a JSON object is a bad response).
    using JsonDone = std::function<void(const ApiError &, const QJsonObject &)>;
    void getJson(const QString &path, JsonDone done);
    void getJson(const QString &path, const QUrlQuery &query, JsonDone done);
    // PUT of raw bytes; on an error the answer's JSON body is passed along too.
    void putBytes(const QString &path, const QUrlQuery &query, const QByteArray &bytes,
                  JsonDone done);
    // An authenticated GET whose answer is not JSON (a model file): the bytes as sent.
    void getBytes(const QString &path,
                  std::function<void(const ApiError &, const QByteArray &)> done);
    void getBytes(const QString &path, const QUrlQuery &query,
                  std::function<void(const ApiError &, const QByteArray &)> done);
    void postJson(const QString &path, const QJsonObject &body, JsonDone done);

    // ApiError::code of an answer cut off at its size cap, and of a refused redirect.
    static constexpr const char *kAnswerTooLarge = "answer_too_large";
    static constexpr const char *kRedirectRefused = "redirect_refused";

    // Puts a deadline and an answer cap on any reply (also the media downloads' own replies):
    // past either, the reply is aborted and finishes with an error.
    static void guard(QNetworkReply *reply, RequestLimits limits);

    // Exposed for tests: maps an HTTP status and error body to an ApiError.
    // retryAfter: the answer's Retry-After header (seconds; a date is read as "no hint").
    static ApiError errorFromHttp(int status, const QByteArray &body,
                                  const QByteArray &retryAfter = {});
    // Why the server refused a new password (error.reason of weak_password), for people.
    static QString weakPasswordMessage(const QString &reason);

Q_SIGNALS:
    void tokensChanged(const lyceum::SessionTokens &tokens); // after a refresh
    void sessionExpired(); // refresh failed: the user must log in again

private:
    using BytesDone = std::function<void(const ApiError &, const QByteArray &)>;
    void send(const QByteArray &method, const QString &path, const QUrlQuery *query,
              const QJsonObject *body, bool authenticated, bool mayRefresh, BytesDone done,
              const QByteArray *raw = nullptr, RequestKind kind = RequestKind::Call);

    // usedAccess: the access token the request was sent with.
    void finishReply(QNetworkReply *reply, bool authenticated, bool mayRefresh,
                     const QString &usedAccess, const std::function<void()> &retry,
                     const BytesDone &done);

    QNetworkAccessManager *m_nam;
    QUrl m_server;
    SessionTokens m_tokens;
    int m_timeoutMs = 30000;
    std::array<RequestLimits, 4> m_limits{
        defaultLimits(RequestKind::Call), defaultLimits(RequestKind::SyncPage),
        defaultLimits(RequestKind::Bytes), defaultLimits(RequestKind::Upload)};
    bool m_refreshing = false;
    QVector<std::function<void(const ApiError &)>> m_refreshWaiters;
};

} // namespace lyceum

Q_DECLARE_METATYPE(lyceum::SessionTokens)
