// Throttled password guessing (docs/protocol.md, "Auth"): wrong passwords are counted per handle
// and per address (an IPv6 address by its /64) over a sliding window; once either count reaches
// its limit, logins for that handle or from that address are refused with 429 rate_limited and a
// Retry-After until the oldest counted failure leaves the window. A right password clears the
// handle's count. Each address may also have only a few password checks running at once, so one
// client cannot fill the hashing pool. Memory stays bounded: only the last `limit` failures of a
// key are kept, and keys with nothing left in the window are pruned.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace lyceum::server {

class Clock;

struct ThrottleOptions {
    qint64 windowMs = 15 * 60 * 1000;
    int maxFailuresPerHandle = 5;
    int maxFailuresPerAddress = 50;
    int maxInFlightPerAddress = 4;
};

class LoginThrottle {
public:
    explicit LoginThrottle(const Clock &clock)
        : m_clock(clock) {}

    const ThrottleOptions &options() const { return m_options; }
    void setOptions(const ThrottleOptions &options) { m_options = options; }

    // Seconds to wait before this handle may be tried from this address; 0: go ahead.
    // handle may be empty (registration): then only the address counts.
    int retryAfterSeconds(const QString &handle, const QByteArray &address);
    bool mayStart(const QByteArray &address) const;

    void started(const QByteArray &address);
    void finished(const QByteArray &address);
    void recordFailure(const QString &handle, const QByteArray &address);
    void recordSuccess(const QString &handle);

private:
    template<typename Key>
    int wait(QHash<Key, QVector<qint64>> &failures, const Key &key, int limit, qint64 now);
    template<typename Key>
    void add(QHash<Key, QVector<qint64>> &failures, const Key &key, int limit, qint64 now);
    void pruneIfLarge(qint64 now);

    const Clock &m_clock;
    ThrottleOptions m_options;
    QHash<QString, QVector<qint64>> m_byHandle;
    QHash<QByteArray, QVector<qint64>> m_byAddress;
    QHash<QByteArray, int> m_inFlight;
};

} // namespace lyceum::server
