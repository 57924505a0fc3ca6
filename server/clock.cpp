#include "server/clock.h"

#include <QDateTime>

namespace lyceum::server {

Clock::~Clock() = default;

qint64 SystemClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace lyceum::server
