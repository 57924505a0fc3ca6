#include "server/auth/login_throttle.h"

#include "server/clock.h"
#include "server/storage/storage.h"

#include <QCryptographicHash>

namespace lyceum::server {

QString LoginThrottle::handleKey(const QString &handle) {
    return QStringLiteral("h:") +
           QString::fromLatin1(
               QCryptographicHash::hash(handle.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString LoginThrottle::addressKey(const QByteArray &address) {
    return QStringLiteral("a:") + QString::fromLatin1(address.toHex());
}

int LoginThrottle::wait(const QString &key, int limit, qint64 now) {
    if (limit <= 0)
        return 0;
    const QVector<qint64> times =
        m_storage.loginFailuresSince(key, now - m_options.windowMs, limit);
    if (times.size() < limit)
        return 0;
    // The count falls under the limit when the oldest counted failure leaves the window.
    const qint64 waitMs = times.first() + m_options.windowMs - now;
    return int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

int LoginThrottle::retryAfterSeconds(const QString &handle, const QByteArray &address) {
    const qint64 now = m_clock.nowMs();
    const int byAddress = wait(addressKey(address), m_options.maxFailuresPerAddress, now);
    const int byHandle =
        handle.isEmpty() ? 0 : wait(handleKey(handle), m_options.maxFailuresPerHandle, now);
    return qMax(byAddress, byHandle);
}

bool LoginThrottle::mayStart(const QByteArray &address) const {
    return m_inFlight.value(address) < m_options.maxInFlightPerAddress;
}

void LoginThrottle::started(const QByteArray &address) {
    ++m_inFlight[address];
}

void LoginThrottle::finished(const QByteArray &address) {
    const auto it = m_inFlight.find(address);
    if (it != m_inFlight.end() && --*it <= 0)
        m_inFlight.erase(it);
}

void LoginThrottle::recordFailure(const QString &handle, const QByteArray &address) {
    const qint64 now = m_clock.nowMs();
    const qint64 forget = now - m_options.windowMs;
    m_storage.recordLoginFailure(addressKey(address), now, forget);
    if (!handle.isEmpty())
        m_storage.recordLoginFailure(handleKey(handle), now, forget);
}

void LoginThrottle::recordSuccess(const QString &handle) {
    m_storage.clearLoginFailures(handleKey(handle));
}

} // namespace lyceum::server
