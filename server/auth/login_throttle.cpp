#include "server/auth/login_throttle.h"

#include "server/clock.h"

namespace lyceum::server {

namespace {
constexpr qsizetype kPruneAbove = 10000; // keys; pruning walks them all
}

template<typename Key>
int LoginThrottle::wait(QHash<Key, QVector<qint64>> &failures, const Key &key, int limit,
                        qint64 now) {
    const auto it = failures.find(key);
    if (it == failures.end() || limit <= 0)
        return 0;
    QVector<qint64> &times = *it;
    while (!times.isEmpty() && times.first() + m_options.windowMs <= now)
        times.removeFirst();
    if (times.isEmpty()) {
        failures.erase(it);
        return 0;
    }
    if (times.size() < limit)
        return 0;
    // The count falls under the limit when the oldest kept failure leaves the window.
    const qint64 waitMs = times.first() + m_options.windowMs - now;
    return int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

template<typename Key>
void LoginThrottle::add(QHash<Key, QVector<qint64>> &failures, const Key &key, int limit,
                        qint64 now) {
    QVector<qint64> &times = failures[key];
    times.append(now);
    while (times.size() > qMax(1, limit))
        times.removeFirst();
}

int LoginThrottle::retryAfterSeconds(const QString &handle, const QByteArray &address) {
    const qint64 now = m_clock.nowMs();
    pruneIfLarge(now);
    const int byAddress = wait(m_byAddress, address, m_options.maxFailuresPerAddress, now);
    const int byHandle =
        handle.isEmpty() ? 0 : wait(m_byHandle, handle, m_options.maxFailuresPerHandle, now);
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
    add(m_byAddress, address, m_options.maxFailuresPerAddress, now);
    if (!handle.isEmpty())
        add(m_byHandle, handle, m_options.maxFailuresPerHandle, now);
}

void LoginThrottle::recordSuccess(const QString &handle) {
    m_byHandle.remove(handle);
}

void LoginThrottle::pruneIfLarge(qint64 now) {
    const auto prune = [this, now](auto &failures) {
        if (failures.size() <= kPruneAbove)
            return;
        for (auto it = failures.begin(); it != failures.end();) {
            if (it->isEmpty() || it->last() + m_options.windowMs <= now)
                it = failures.erase(it);
            else
                ++it;
        }
    };
    prune(m_byHandle);
    prune(m_byAddress);
}

} // namespace lyceum::server
