// Windows side of platform/process_control.h. Not built on this machine (docs:
// packaging/README.md); the desktop workflow builds it.
#include "platform/process_control.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <thread>
#include <windows.h>

namespace lyceum::platform {

namespace {
BOOL WINAPI onConsoleEvent(DWORD type) {
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        return TRUE;
    default:
        return FALSE;
    }
}
} // namespace

bool quitOnTerminationSignals() {
    return SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
}

void bindChildToParent(QProcess *process) {
    Q_UNUSED(process); // the child watches its stdin (quitWhenStdinCloses)
}

void quitWhenStdinCloses() {
    std::thread([] {
        HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
        char buffer[256];
        DWORD read = 0;
        while (ReadFile(in, buffer, sizeof buffer, &read, nullptr) && read > 0) {
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    }).detach();
}

bool processIsAlive(qint64 pid) {
    HANDLE handle = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!handle)
        return false;
    const bool alive = WaitForSingleObject(handle, 0) == WAIT_TIMEOUT;
    CloseHandle(handle);
    return alive;
}

QString processExecutableName(qint64 pid) {
    HANDLE handle = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!handle)
        return {};
    wchar_t path[MAX_PATH];
    DWORD size = MAX_PATH;
    QString name;
    if (QueryFullProcessImageNameW(handle, 0, path, &size))
        name = QFileInfo(QString::fromWCharArray(path, int(size))).completeBaseName();
    CloseHandle(handle);
    return name;
}

bool endProcess(qint64 pid, int waitMs) {
    HANDLE handle = OpenProcess(PROCESS_TERMINATE | SYNCHRONIZE, FALSE, DWORD(pid));
    if (!handle)
        return true;
    TerminateProcess(handle, 1);
    const bool gone = WaitForSingleObject(handle, DWORD(waitMs)) == WAIT_OBJECT_0;
    CloseHandle(handle);
    return gone;
}

} // namespace lyceum::platform
