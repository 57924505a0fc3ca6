#include "thread_check.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

namespace lyceum::threadcheck {

namespace {
thread_local int t_exempt = 0;

QMutex &handlerMutex() {
    static QMutex mutex;
    return mutex;
}

Handler &handlerSlot() {
    static Handler handler;
    return handler;
}
} // namespace

bool enabled() {
#ifdef LYCEUM_THREAD_CHECKS
    return true;
#else
    return false;
#endif
}

void notOnGuiThread(const char *where) {
#ifdef LYCEUM_THREAD_CHECKS
    if (t_exempt > 0)
        return;
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread() || !app->inherits("QGuiApplication"))
        return;
    Handler handler;
    {
        QMutexLocker lock(&handlerMutex());
        handler = handlerSlot();
    }
    if (handler) {
        handler(where);
        return;
    }
    qFatal("Disk or database work on the GUI thread: %s (docs/architecture.md, \"Threads\")",
           where);
#else
    Q_UNUSED(where)
#endif
}

Handler setHandler(Handler handler) {
    QMutexLocker lock(&handlerMutex());
    return std::exchange(handlerSlot(), std::move(handler));
}

Exempt::Exempt() {
    ++t_exempt;
}

Exempt::~Exempt() {
    --t_exempt;
}

} // namespace lyceum::threadcheck
