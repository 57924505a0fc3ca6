// The signed-in member's account (docs/architecture.md, "Client core"; docs/protocol.md,
// "Account"): signing up, the devices signed in and signing them out, changing the password.
// The calls go straight to the server (they cannot wait in an outbox: each needs an answer).
#pragma once

#include "api/account_api.h"
#include "api/api_error.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace lyceum {

class Client;
class SessionState;

class AccountService : public QObject {
    Q_OBJECT
public:
    // Made by the Client (a child of it, one per session).
    AccountService(SessionState &session, QObject *parent);
    // The session's account service.
    static AccountService &of(Client &client);

    // A new learner account on server (not signed in: Client::login follows). Needs no open
    // profile. done runs on context's thread.
    void signUp(const QUrl &server, const QString &handle, const QString &displayName,
                const QString &password, QObject *context,
                std::function<void(const ApiError &)> done);

    void
    fetchDevices(QObject *context,
                 std::function<void(const ApiError &, QVector<accountapi::DeviceSession>)> done);
    void signOutDevice(const QString &sessionId, QObject *context,
                       std::function<void(const ApiError &)> done);
    void signOutOtherDevices(QObject *context, std::function<void(const ApiError &, int)> done);
    // The other devices are signed out by the server; this one stays signed in.
    void changePassword(const QString &current, const QString &next, QObject *context,
                        std::function<void(const ApiError &, int)> done);

private:
    bool signedIn(QObject *context, const std::function<void(const ApiError &)> &refuse);
    SessionState &m_session;
};

} // namespace lyceum
