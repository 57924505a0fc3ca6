// POSIX side of platform/process_control.h (Linux, macOS, the BSDs).
#include "platform/process_control.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSocketNotifier>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace lyceum::platform {

namespace {
int g_signalFds[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[0], &byte, 1);
}

// The process state letter from /proc/PID/stat ('Z' zombie, 'X' dead); 0 when unknown.
char linuxProcessState(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close >= 0 && close + 2 < text.size() ? text.at(close + 2) : 0;
}
} // namespace

bool quitOnTerminationSignals() {
    if (g_signalFds[0] >= 0)
        return true;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    auto *notifier =
        new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [notifier] {
        notifier->setEnabled(false);
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::exit(0); // firmer than quit(): a window cannot refuse it
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}

void bindChildToParent(QProcess *process) {
#ifdef Q_OS_LINUX
    const pid_t parent = ::getpid();
    process->setChildProcessModifier([parent] {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // the parent died before the line above took effect
            ::_exit(1);
    });
#else
    Q_UNUSED(process);
#endif
}

void quitWhenStdinCloses() {
    std::thread([] {
        char buffer[256];
        while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    }).detach();
}

bool processIsAlive(qint64 pid) {
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
#ifdef Q_OS_LINUX
    const char state = linuxProcessState(pid);
    if (state == 'Z' || state == 'X')
        return false;
#endif
    return true;
}

QString processExecutableName(qint64 pid) {
#ifdef Q_OS_LINUX
    const QString target = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid));
    QString name = QFileInfo(target).fileName();
    if (name.endsWith(QLatin1String(" (deleted)"))) // the package was upgraded under it
        name.chop(10);
    return name;
#else
    Q_UNUSED(pid);
    return {};
#endif
}

bool endProcess(qint64 pid, int waitMs) {
    if (!processIsAlive(pid))
        return true;
    ::kill(pid_t(pid), SIGTERM);
    QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired()) {
        if (!processIsAlive(pid))
            return true;
        QThread::msleep(20);
    }
    ::kill(pid_t(pid), SIGKILL);
    QDeadlineTimer killed(2000);
    while (!killed.hasExpired() && processIsAlive(pid))
        QThread::msleep(20);
    return !processIsAlive(pid);
}

} // namespace lyceum::platform
