#include "server/runtime/shutdown_signals.h"

#include "platform/process_control.h"
#include "server/http/http_server.h"
#include "server/log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSocketNotifier>
#include <QTimer>
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace lyceum::server {

namespace {

// Polls until nothing is in flight or the deadline passes, then ends the event loop.
void drainThenQuit(HttpServer &server, int drainMs) {
    server.beginShutdown();
    qCInfo(lcServer) << "stopping: no new connections; live sockets told to reconnect;"
                     << server.inFlight() << "answers and closing sockets to finish";
    auto *poll = new QTimer(QCoreApplication::instance());
    const QDeadlineTimer deadline(drainMs);
    QObject::connect(poll, &QTimer::timeout, poll, [&server, poll, deadline] {
        const int left = server.inFlight();
        if (left > 0 && !deadline.hasExpired())
            return;
        if (left > 0)
            qCWarning(lcServer) << "stopping with" << left << "still in flight";
        poll->stop();
        QCoreApplication::exit(0);
    });
    poll->start(10);
}

#ifdef Q_OS_UNIX
int g_signalFds[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[0], &byte, 1);
}
#endif

} // namespace

bool stopGracefullyOnSignals(HttpServer &server, int drainMs) {
#ifdef Q_OS_UNIX
    if (g_signalFds[0] >= 0)
        return true;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) != 0)
        return false;
    auto *notifier =
        new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [&server, drainMs] {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFds[1], &byte, 1);
        static bool stopping = false;
        if (std::exchange(stopping, true)) {
            qCWarning(lcServer) << "second signal: stopping now";
            QCoreApplication::exit(0);
            return;
        }
        drainThenQuit(server, drainMs);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
#else
    // The console's control events end the process soon after they arrive: quit at once.
    Q_UNUSED(server);
    Q_UNUSED(drainMs);
    return platform::quitOnTerminationSignals();
#endif
}

} // namespace lyceum::server
