// Throttled password guessing (docs/protocol.md, "Auth"): wrong passwords are counted per handle
// and per address (an IPv6 address by its /64) over a sliding window; once either count reaches
// its limit, logins for that handle or from that address are refused with 429 rate_limited and a
// Retry-After until the oldest counted failure leaves the window. A right password clears the
// handle's count. Each address may also have only a few password checks running at once, so one
// client cannot fill the hashing pool (counted in this process: it is about this process's pool).
// The failures live in the database (table login_failures), so the limits hold across every
// instance of a community; rows older than the window are deleted as new ones arrive.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace lyceum::server {

class Clock;
class Storage;

struct ThrottleOptions {
    qint64 windowMs = 15 * 60 * 1000;
    int maxFailuresPerHandle = 5;
    int maxFailuresPerAddress = 50;
    int maxInFlightPerAddress = 4;
};

class LoginThrottle {
public:
    LoginThrottle(const Clock &clock, Storage &storage)
        : m_clock(clock)
        , m_storage(storage) {}

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
    int wait(const QString &key, int limit, qint64 now);
    // A handle is whatever a client sent (it may be long): stored as its SHA-256.
    static QString handleKey(const QString &handle);
    static QString addressKey(const QByteArray &address);

    const Clock &m_clock;
    Storage &m_storage;
    ThrottleOptions m_options;
    QHash<QByteArray, int> m_inFlight;
};

} // namespace lyceum::server
