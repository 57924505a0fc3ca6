#include "server/runtime/shutdown_signals.h"

#include "platform/process_control.h"
#include "server/log.h"

#include <QCoreApplication>

namespace lyceum::server {

// SIGTERM/SIGINT on POSIX (a self-pipe), the console's control events on Windows: both live in
// core/platform/process_control_*.cpp, shared with the desktop client.
bool quitOnTerminationSignals() {
    if (!platform::quitOnTerminationSignals())
        return false;
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit,
                     [] { qCInfo(lcServer) << "shutting down"; });
    return true;
}

} // namespace lyceum::server
