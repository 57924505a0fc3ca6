// Time as the server sees it. Passed into every service so tests can move it (token expiry).
#pragma once

#include <QtGlobal>

namespace lyceum::server {

class Clock {
public:
    virtual ~Clock();
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

// A clock that stands still until told to move; for tests.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs)
        : m_now(startMs) {}
    qint64 nowMs() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now += ms; }
    void setMs(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

} // namespace lyceum::server
