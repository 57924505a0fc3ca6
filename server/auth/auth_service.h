// Accounts and sessions: register, login, refresh (rotation), logout, and resolving a bearer
// token to a user. Independent of HTTP; the routes in http/ call it.
#pragma once

#include "domain/entities.h"
#include "server/api_error.h"
#include "server/storage/storage.h"

namespace lyceum::server {

class Clock;

inline constexpr qint64 kAccessTokenLifetimeMs = 15 * 60 * 1000;
inline constexpr qint64 kRefreshTokenLifetimeMs = 30LL * 24 * 60 * 60 * 1000;

struct TokenGrant {
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
    User user;
};

// Who is calling: the user and the session their access token belongs to.
struct Caller {
    User user;
    Session session;
    bool isStaff() const { return user.role == Role::Moderator || user.role == Role::Admin; }
};

// The stored half of a login, read before the password is checked (on a worker thread).
struct LoginCheck {
    std::optional<AccountRecord> account;
    // What the password is checked against: the account's hash, or a dummy one for an unknown
    // handle, so that response times do not tell which handles exist.
    QString hash() const;
};

class AuthService {
public:
    AuthService(Storage &storage, const Clock &clock);

    ApiResult<User> registerUser(const QString &handle, const QString &password,
                                 const QString &displayName);
    ApiResult<TokenGrant> login(const QString &handle, const QString &password);

    // The same two calls in steps, so the password hashing can run off the request thread:
    // read (here), hash or verify (credentials.h, anywhere), then complete (here).
    LoginCheck loginCheck(const QString &handle);
    // deviceName: what the client calls itself, shown in the account's device list.
    ApiResult<TokenGrant> completeLogin(const LoginCheck &check, bool passwordMatches,
                                        const QString &deviceName = {});
    std::optional<ApiError> checkRegistration(const QString &handle, const QString &password,
                                              const QString &displayName);
    ApiResult<User> completeRegistration(const QString &handle, const QString &displayName,
                                         const QString &passwordHash);
    ApiResult<TokenGrant> refresh(const QString &refreshToken);
    // Ends the caller's session, and the one refreshToken belongs to if it is the caller's.
    void logout(const Caller &caller, const QString &refreshToken);
    // The caller behind an "Authorization" header value, or unauthorized.
    ApiResult<Caller> authenticate(const QByteArray &authorizationHeader);

    static bool isValidHandle(const QString &handle);

private:
    TokenGrant issue(const User &user, Session &session);

    Storage &m_storage;
    const Clock &m_clock;
};

} // namespace lyceum::server
