// HttpServer: the member's own account (docs/protocol.md, "Account"): their sessions (devices)
// and signing them out, changing the password, and the posts they saved.
#include "server/auth/credentials.h"
#include "server/http/http_server.h"
#include "server/http/http_util.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace lyceum::server {

namespace {
QHttpServerResponse tooManyTries(int seconds) {
    QHttpServerResponse response =
        errorResponse({429, QStringLiteral("rate_limited"),
                       QStringLiteral("Too many attempts; try again in %1 s.").arg(seconds)});
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    return response;
}

// What the password pool gives back: whether the current password matched, and the new hash.
struct PasswordWork {
    bool currentMatches = false;
    QString newHash;
};
} // namespace

void HttpServer::setUpAccountRoutes() {
    using M = QHttpServerRequest::Method;
    addAuthedRoute(
        QStringLiteral("/auth/sessions"), M::Get, Action::ManageSessions,
        [this](const QHttpServerRequest &, const Caller &caller) {
            return jsonResponse({{QStringLiteral("sessions"), m_account.sessions(caller)}});
        });
    addAuthedRoute(QStringLiteral("/auth/sessions/end"), M::Post, Action::ManageSessions,
                   [this](const QHttpServerRequest &request, const Caller &caller) {
                       const ApiResult<QJsonObject> body = jsonBody(request);
                       if (!body.ok())
                           return errorResponse(body.error());
                       FieldReader r(body.value());
                       const QString id = r.string(QLatin1StringView("session_id"));
                       if (!r.ok())
                           return errorResponse(r.error());
                       if (const std::optional<ApiError> refused = m_account.endSession(caller, id))
                           return errorResponse(*refused);
                       return jsonResponse({{QStringLiteral("ended"), 1}});
                   });
    addAuthedRoute(
        QStringLiteral("/auth/sessions/end-others"), M::Post, Action::ManageSessions,
        [this](const QHttpServerRequest &, const Caller &caller) {
            return jsonResponse({{QStringLiteral("ended"), m_account.endOtherSessions(caller)}});
        });
    addAuthedAsyncRoute(QStringLiteral("/auth/password"), M::Post, Action::ManageSessions,
                        [this](const QHttpServerRequest &request, const Caller &caller,
                               const Answer &answer) { changePassword(request, caller, answer); });
    addAuthedRoute(QStringLiteral("/me/saved"), M::Get, Action::ReadOwn,
                   [this](const QHttpServerRequest &, const Caller &caller) {
                       QJsonArray saved;
                       for (const SavedPost &s :
                            m_storage.savedPosts(caller.user.id, kMaxSavedPosts))
                           saved.append(QJsonObject{{QStringLiteral("post_id"), s.postId},
                                                    {QStringLiteral("saved_at"), s.savedAt}});
                       return jsonResponse({{QStringLiteral("saved"), saved}});
                   });
}

// The current password is checked like a login: wrong ones count against the account's handle
// and the address in the login throttle, and a throttled account is refused before any hashing.
void HttpServer::changePassword(const QHttpServerRequest &request, const Caller &caller,
                                const Answer &answer) {
    const ApiResult<QJsonObject> body = jsonBody(request);
    if (!body.ok())
        return answer(errorResponse(body.error()));
    FieldReader r(body.value());
    const QString current = r.string(QLatin1StringView("current_password"));
    const QString next = r.string(QLatin1StringView("new_password"));
    if (!r.ok())
        return answer(errorResponse(r.error()));
    const QString handle = caller.user.handle;
    const QByteArray address = ConnectionFront::addressKey(clientAddress(request));
    if (const int wait = m_throttle.retryAfterSeconds(handle, address); wait > 0)
        return answer(tooManyTries(wait));
    if (current.toUtf8().size() > 256)
        return answer(errorResponse(ApiError::badRequest(
            QStringLiteral("invalid_field"), QStringLiteral("A password is at most 256 bytes."))));
    if (const std::optional<ApiError> refused = m_account.checkNewPassword(caller, next))
        return answer(errorResponse(*refused));
    if (!m_throttle.mayStart(address))
        return answer(tooManyTries(1));
    const QString stored = m_account.currentHash(caller);
    m_throttle.started(address);
    const bool queued = m_passwords.run<PasswordWork>(
        [stored, current, next] {
            PasswordWork work;
            work.currentMatches = !stored.isEmpty() && verifyPassword(stored, current);
            if (work.currentMatches)
                work.newHash = hashPassword(next);
            return work;
        },
        [this, caller, handle, address, answer](const PasswordWork &work) {
            m_throttle.finished(address);
            try {
                const ApiResult<int> ended =
                    m_account.completePasswordChange(caller, work.currentMatches, work.newHash);
                if (!ended.ok()) {
                    if (!work.currentMatches)
                        m_throttle.recordFailure(handle, address);
                    return answer(errorResponse(ended.error()));
                }
                m_throttle.recordSuccess(handle);
                answer(jsonResponse({{QStringLiteral("ended_sessions"), ended.value()}}));
            } catch (const std::exception &) {
                answer(errorResponse({500, QStringLiteral("internal"),
                                      QStringLiteral("The server could not complete this "
                                                     "request.")}));
            }
        });
    if (!queued) {
        m_throttle.finished(address);
        answer(errorResponse({503, QStringLiteral("busy"),
                              QStringLiteral("The server is busy checking passwords; try "
                                             "again.")}));
    }
}

} // namespace lyceum::server
