#include "client/session_account.h"

#include "api/api_client.h"
#include "client/client.h"
#include "client/session_state.h"

#include <QPointer>

namespace lyceum {

namespace {
// Runs f on context's thread if context still exists (the answers come on the session's).
template<typename F> void onContext(QObject *context, F f) {
    QMetaObject::invokeMethod(context, std::move(f), Qt::AutoConnection);
}
} // namespace

AccountService::AccountService(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

AccountService &AccountService::of(Client &client) {
    return *client.findChild<AccountService *>(QString(), Qt::FindDirectChildrenOnly);
}

bool AccountService::signedIn(QObject *context,
                              const std::function<void(const ApiError &)> &refuse) {
    if (m_session.loggedIn && m_session.api->hasSession())
        return true;
    onContext(context, [refuse] { refuse(ApiError::notLoggedIn()); });
    return false;
}

void AccountService::signUp(const QUrl &server, const QString &handle, const QString &displayName,
                            const QString &password, QObject *context,
                            std::function<void(const ApiError &)> done) {
    // Not through the session's API client: that one keeps the profile's server and tokens.
    QPointer<QObject> guard(context);
    accountapi::registerAccount(this, server, handle, displayName, password,
                                [guard, done = std::move(done)](const ApiError &e) {
                                    if (guard)
                                        onContext(guard, [done, e] { done(e); });
                                });
}

void AccountService::fetchDevices(
    QObject *context,
    std::function<void(const ApiError &, QVector<accountapi::DeviceSession>)> done) {
    if (!signedIn(context, [done](const ApiError &e) { done(e, {}); }))
        return;
    QPointer<QObject> guard(context);
    accountapi::sessions(*m_session.api,
                         [guard, done = std::move(done)](
                             const ApiError &e, const QVector<accountapi::DeviceSession> &list) {
                             if (guard)
                                 onContext(guard, [done, e, list] { done(e, list); });
                         });
}

void AccountService::signOutDevice(const QString &sessionId, QObject *context,
                                   std::function<void(const ApiError &)> done) {
    if (!signedIn(context, done))
        return;
    QPointer<QObject> guard(context);
    accountapi::endSession(*m_session.api, sessionId,
                           [guard, done = std::move(done)](const ApiError &e) {
                               if (guard)
                                   onContext(guard, [done, e] { done(e); });
                           });
}

void AccountService::signOutOtherDevices(QObject *context,
                                         std::function<void(const ApiError &, int)> done) {
    if (!signedIn(context, [done](const ApiError &e) { done(e, 0); }))
        return;
    QPointer<QObject> guard(context);
    accountapi::endOtherSessions(*m_session.api,
                                 [guard, done = std::move(done)](const ApiError &e, int ended) {
                                     if (guard)
                                         onContext(guard, [done, e, ended] { done(e, ended); });
                                 });
}

void AccountService::changePassword(const QString &current, const QString &next, QObject *context,
                                    std::function<void(const ApiError &, int)> done) {
    if (!signedIn(context, [done](const ApiError &e) { done(e, 0); }))
        return;
    QPointer<QObject> guard(context);
    accountapi::changePassword(*m_session.api, current, next,
                               [guard, done = std::move(done)](const ApiError &e, int ended) {
                                   if (guard)
                                       onContext(guard, [done, e, ended] { done(e, ended); });
                               });
}

} // namespace lyceum
