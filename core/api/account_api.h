// Typed calls of the member's own account (docs/protocol.md, "Account", "Saved posts"): the
// devices signed in, signing them out, changing the password, and the saved posts' list.
// Saving and unsaving go through the outbox (saved.add, saved.remove), not here.
#pragma once

#include "api/api_error.h"

#include <QString>
#include <QVector>
#include <functional>

class QObject;
class QUrl;

namespace lyceum {
class ApiClient;
}

namespace lyceum::accountapi {

struct DeviceSession {
    QString id;
    QString deviceName; // what the device called itself at login; may be empty
    qint64 createdAt = 0;
    qint64 lastSeenAt = 0;
    bool current = false; // the session of this device
};

struct SavedRef {
    QString postId;
    qint64 savedAt = 0;
};

inline constexpr int kMaxSessionsRead = 200; // a larger answer is cut here
inline constexpr int kMaxSavedRead = 1000;

// What a login calls this device: the host's name and the system's ("ming-pc · Debian GNU/Linux
// 12"), shown in the account's device list (the login sends it as device_name).
QString deviceName();

// POST /auth/register: a new learner account on server (no tokens: sign in after it). Sent
// without the session's tokens, under the limits of an ordinary call; the request belongs to
// owner (gone with it).
void registerAccount(QObject *owner, const QUrl &server, const QString &handle,
                     const QString &displayName, const QString &password,
                     std::function<void(const ApiError &)> done);

// GET /auth/sessions
void sessions(ApiClient &api,
              std::function<void(const ApiError &, const QVector<DeviceSession> &)> done);
// POST /auth/sessions/end
void endSession(ApiClient &api, const QString &sessionId,
                std::function<void(const ApiError &)> done);
// POST /auth/sessions/end-others: how many ended.
void endOtherSessions(ApiClient &api, std::function<void(const ApiError &, int)> done);
// POST /auth/password: how many other sessions ended. A wrong current password is
// Kind::Http with code bad_credentials and its own message.
void changePassword(ApiClient &api, const QString &current, const QString &next,
                    std::function<void(const ApiError &, int)> done);
// GET /me/saved, newest first.
void saved(ApiClient &api, std::function<void(const ApiError &, const QVector<SavedRef> &)> done);

} // namespace lyceum::accountapi
