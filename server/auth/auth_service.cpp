#include "server/auth/auth_service.h"

#include "server/auth/credentials.h"
#include "server/auth/password_strength.h"
#include "server/clock.h"
#include "server/log.h"

namespace lyceum::server {

AuthService::AuthService(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_clock(clock) {}

bool AuthService::isValidHandle(const QString &handle) {
    if (handle.size() < 3 || handle.size() > 32)
        return false;
    for (QChar c : handle) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

std::optional<ApiError> AuthService::checkRegistration(const QString &handle,
                                                       const QString &password,
                                                       const QString &displayName) {
    if (!isValidHandle(handle))
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("A handle is 3 to 32 characters of a-z, 0-9 "
                                                   "and _."));
    if (password.toUtf8().size() > 256)
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("A password is at most 256 bytes long."));
    if (displayName.trimmed().isEmpty() || displayName.size() > 100)
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("A display name is 1 to 100 characters."));
    if (const PasswordVerdict verdict = checkPasswordStrength(password, handle, displayName);
        !verdict.strong)
        return verdict.reason == QLatin1String("unavailable")
                   ? ApiError{503, QStringLiteral("unavailable"), verdict.message}
                   : ApiError{400, QStringLiteral("weak_password"), verdict.message,
                              verdict.reason};
    return std::nullopt;
}

ApiResult<User> AuthService::completeRegistration(const QString &handle, const QString &displayName,
                                                  const QString &passwordHash) {
    if (passwordHash.isEmpty())
        return ApiError{500, QStringLiteral("internal"),
                        QStringLiteral("The password could not be hashed.")};
    User user;
    user.id = newId();
    user.handle = handle;
    user.displayName = displayName;
    user.role = Role::Learner;
    user.createdAt = m_clock.nowMs();
    Transaction tx(m_storage);
    if (!m_storage.insertUser(user, passwordHash))
        return ApiError{409, QStringLiteral("handle_taken"),
                        QStringLiteral("This handle is already taken.")};
    tx.commit();
    qCInfo(lcServerAuth) << "registered" << handle;
    return user;
}

ApiResult<User> AuthService::registerUser(const QString &handle, const QString &password,
                                          const QString &displayName) {
    if (const std::optional<ApiError> refused = checkRegistration(handle, password, displayName))
        return *refused;
    return completeRegistration(handle, displayName, hashPassword(password));
}

TokenGrant AuthService::issue(const User &user, Session &session) {
    const qint64 now = m_clock.nowMs();
    TokenGrant grant;
    grant.accessToken = newToken();
    grant.refreshToken = newToken();
    grant.expiresInSeconds = kAccessTokenLifetimeMs / 1000;
    grant.user = user;
    session.userId = user.id;
    session.accessHash = tokenHash(grant.accessToken);
    session.accessExpiresAt = now + kAccessTokenLifetimeMs;
    session.refreshHash = tokenHash(grant.refreshToken);
    session.refreshExpiresAt = now + kRefreshTokenLifetimeMs;
    session.lastSeenAt = now;
    return grant;
}

QString LoginCheck::hash() const {
    if (account && !account->passwordHash.isEmpty())
        return account->passwordHash;
    // Computed once, by whichever thread first needs it (thread-safe static).
    static const QString dummy = hashPassword(QStringLiteral("not a real password"));
    return dummy;
}

LoginCheck AuthService::loginCheck(const QString &handle) {
    return LoginCheck{m_storage.accountByHandle(handle)};
}

ApiResult<TokenGrant> AuthService::completeLogin(const LoginCheck &check, bool passwordMatches,
                                                 const QString &deviceName) {
    if (!check.account || check.account->passwordHash.isEmpty() || !passwordMatches)
        return ApiError{401, QStringLiteral("bad_credentials"),
                        QStringLiteral("The handle or the password is wrong.")};
    Session session;
    session.id = newServerId();
    session.createdAt = m_clock.nowMs();
    session.deviceName = deviceName;
    TokenGrant grant = issue(check.account->user, session);
    m_storage.insertSession(session);
    return grant;
}

ApiResult<TokenGrant> AuthService::login(const QString &handle, const QString &password) {
    const LoginCheck check = loginCheck(handle);
    return completeLogin(check, verifyPassword(check.hash(), password));
}

ApiResult<TokenGrant> AuthService::refresh(const QString &refreshToken) {
    const QByteArray presented = tokenHash(refreshToken);
    Transaction tx(m_storage);
    std::optional<Session> session = m_storage.sessionByRefreshHash(presented);
    if (!session) {
        // A spent token presented again: one of the two holders stole it. Which one cannot be
        // told, so the whole login family (its newest access and refresh tokens) ends.
        if (const std::optional<QString> family = m_storage.sessionOfSpentRefresh(presented)) {
            m_storage.deleteSession(*family);
            tx.commit();
            qCWarning(lcServerAuth)
                << "spent refresh token presented again; session" << *family << "revoked";
            return ApiError::unauthorized(QStringLiteral(
                "This refresh token was already used; the session has ended. Log in again."));
        }
    }
    if (!session || session->refreshExpiresAt <= m_clock.nowMs())
        return ApiError::unauthorized(
            QStringLiteral("The refresh token is unknown, spent or expired; log in again."));
    const std::optional<User> user = m_storage.userById(session->userId);
    if (!user)
        return ApiError::unauthorized(QStringLiteral("The account no longer exists."));
    // Rotation: both tokens are replaced, so the presented refresh token is spent; its hash is
    // kept so that presenting it again is recognized as theft.
    TokenGrant grant = issue(*user, *session);
    m_storage.updateSessionTokens(*session);
    m_storage.recordSpentRefresh(presented, session->id, m_clock.nowMs());
    tx.commit();
    return grant;
}

void AuthService::logout(const Caller &caller, const QString &refreshToken) {
    Transaction tx(m_storage);
    m_storage.deleteSession(caller.session.id);
    if (!refreshToken.isEmpty()) {
        const std::optional<Session> other =
            m_storage.sessionByRefreshHash(tokenHash(refreshToken));
        if (other && other->userId == caller.user.id)
            m_storage.deleteSession(other->id);
    }
    tx.commit();
}

ApiResult<Caller> AuthService::authenticate(const QByteArray &authorizationHeader) {
    const QByteArray prefix("bearer ");
    if (!authorizationHeader.toLower().startsWith(prefix))
        return ApiError::unauthorized(QStringLiteral("Log in first: this needs an access token."));
    const QString token = QString::fromLatin1(authorizationHeader.mid(prefix.size()).trimmed());
    const std::optional<Session> session = m_storage.sessionByAccessHash(tokenHash(token));
    if (!session)
        return ApiError::unauthorized(QStringLiteral("The access token is not known."));
    if (session->accessExpiresAt <= m_clock.nowMs())
        return ApiError::unauthorized(QStringLiteral("The access token has expired; refresh it."));
    const std::optional<User> user = m_storage.userById(session->userId);
    if (!user)
        return ApiError::unauthorized(QStringLiteral("The account no longer exists."));
    return Caller{*user, *session};
}

} // namespace lyceum::server
