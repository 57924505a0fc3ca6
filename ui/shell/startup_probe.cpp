#include "shell/startup_probe.h"

#include "shell/main_window.h"

#include <QEvent>
#include <QFile>
#include <QListView>
#include <QTimer>
#include <cstdio>

namespace lyceum::ui {

namespace {
// VmRSS from /proc/self/status, in KiB; 0 when unavailable.
qint64 residentKib() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

bool StartupProbe::requested() {
    return qEnvironmentVariableIsSet("LYCEUM_STARTUP_PROBE");
}

StartupProbe::StartupProbe(QListView *catalogue, QObject *parent)
    : QObject(parent)
    , m_view(catalogue) {
    m_view->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event) {
    if (!m_painted && watched == m_view->viewport() && event->type() == QEvent::Paint &&
        m_view->model() && m_view->model()->rowCount() > 0) {
        m_painted = true;
        // The paint event is delivered before the widget paints; report right after it.
        QTimer::singleShot(0, this, [] {
            std::printf("startup-probe: catalogue painted\n");
            std::fflush(stdout);
        });
        QTimer::singleShot(2000, this, &StartupProbe::reportMemory);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::reportMemory() {
    std::printf("startup-probe: idle rss %lld KiB\n", static_cast<long long>(residentKib()));
    // Whether the window tells the user it is offline (the server could not be reached).
    if (const auto *window = qobject_cast<const MainWindow *>(m_view->window()))
        std::printf("startup-probe: offline %d\n", window->isOffline() ? 1 : 0);
    std::fflush(stdout);
    Q_EMIT finished();
}

} // namespace lyceum::ui
