#include "server/auth/account_service.h"

#include "server/auth/password_strength.h"
#include "server/log.h"

#include <QJsonObject>
#include <algorithm>

namespace lyceum::server {

QJsonArray AccountService::sessions(const Caller &caller) {
    QJsonArray out;
    for (const Session &s : m_storage.sessionsOfUser(caller.user.id)) {
        out.append(QJsonObject{{QStringLiteral("id"), s.id},
                               {QStringLiteral("device_name"), s.deviceName},
                               {QStringLiteral("created_at"), s.createdAt},
                               {QStringLiteral("last_seen_at"), qMax(s.lastSeenAt, s.createdAt)},
                               {QStringLiteral("current"), s.id == caller.session.id}});
    }
    return out;
}

std::optional<ApiError> AccountService::endSession(const Caller &caller, const QString &sessionId) {
    if (sessionId == caller.session.id)
        return ApiError::badRequest(QStringLiteral("current_session"),
                                    QStringLiteral("This is the session making the request: sign "
                                                   "out with /auth/logout."));
    Transaction tx(m_storage);
    const QVector<Session> own = m_storage.sessionsOfUser(caller.user.id);
    const bool mine =
        std::any_of(own.begin(), own.end(), [&](const Session &s) { return s.id == sessionId; });
    if (!mine)
        return ApiError::notFound(QStringLiteral("You have no such session."));
    m_storage.deleteSession(sessionId);
    tx.commit();
    qCInfo(lcServerAuth) << "session ended from another device";
    return std::nullopt;
}

int AccountService::endOtherSessions(const Caller &caller) {
    Transaction tx(m_storage);
    const int ended = m_storage.deleteOtherSessions(caller.user.id, caller.session.id);
    tx.commit();
    return ended;
}

std::optional<ApiError> AccountService::checkNewPassword(const Caller &caller,
                                                         const QString &newPassword) {
    if (newPassword.toUtf8().size() > 256)
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("A password is at most 256 bytes long."));
    const PasswordVerdict verdict =
        checkPasswordStrength(newPassword, caller.user.handle, caller.user.displayName);
    if (verdict.strong)
        return std::nullopt;
    if (verdict.reason == QLatin1String("unavailable"))
        return ApiError{503, QStringLiteral("unavailable"), verdict.message};
    return ApiError{400, QStringLiteral("weak_password"), verdict.message, verdict.reason};
}

QString AccountService::currentHash(const Caller &caller) {
    const std::optional<AccountRecord> account = m_storage.accountByHandle(caller.user.handle);
    return account ? account->passwordHash : QString();
}

ApiResult<int> AccountService::completePasswordChange(const Caller &caller, bool currentMatches,
                                                      const QString &newHash) {
    if (!currentMatches)
        return ApiError{403, QStringLiteral("bad_credentials"),
                        QStringLiteral("The current password is wrong.")};
    if (newHash.isEmpty())
        return ApiError{500, QStringLiteral("internal"),
                        QStringLiteral("The password could not be hashed.")};
    Transaction tx(m_storage);
    m_storage.setPasswordHash(caller.user.id, newHash);
    const int ended = m_storage.deleteOtherSessions(caller.user.id, caller.session.id);
    tx.commit();
    qCInfo(lcServerAuth) << "password changed;" << ended << "other sessions ended";
    return ended;
}

QString AccountService::cleanDeviceName(const QString &name) {
    QString out = name.simplified();
    const QList<uint> points = out.toUcs4();
    if (points.size() > kMaxDeviceNameCharacters)
        out = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()),
                                kMaxDeviceNameCharacters)
                  .trimmed();
    return out;
}

} // namespace lyceum::server
