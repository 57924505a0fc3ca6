// The signed-in member's own account (docs/protocol.md, "Account"): the list of their sessions
// (devices), signing one or all others out, changing the password, and the posts they saved.
// Independent of HTTP; http/http_account.cpp calls it. Every call acts on the caller's own rows
// only: a session id or post of someone else is answered as not found.
#pragma once

#include "server/api_error.h"
#include "server/auth/auth_service.h"
#include "server/storage/storage.h"

#include <QJsonArray>

namespace lyceum::server {

inline constexpr int kMaxDeviceNameCharacters = 64;
inline constexpr int kMaxSavedPosts = 1000;

class AccountService {
public:
    explicit AccountService(Storage &storage)
        : m_storage(storage) {}

    // [{id, device_name, created_at, last_seen_at, current}], most recently seen first.
    QJsonArray sessions(const Caller &caller);
    // Ends one of the caller's other sessions; not_found for an unknown id or another user's.
    // The caller's own session is ended by POST /auth/logout, not here (bad_request).
    std::optional<ApiError> endSession(const Caller &caller, const QString &sessionId);
    // Ends every session of the caller but the current one; returns how many.
    int endOtherSessions(const Caller &caller);

    // Changing the password in steps, the hashing off the request thread (as login): the
    // stored hash to verify the current password against, then the new hash is stored and every
    // other session ends (the device that changed it stays signed in).
    std::optional<ApiError> checkNewPassword(const Caller &caller, const QString &newPassword);
    QString currentHash(const Caller &caller);
    ApiResult<int> completePasswordChange(const Caller &caller, bool currentMatches,
                                          const QString &newHash);

    // A device name as stored: unsafe characters were dropped by jsonBody; trimmed, at most
    // kMaxDeviceNameCharacters code points.
    static QString cleanDeviceName(const QString &name);

private:
    Storage &m_storage;
};

} // namespace lyceum::server
