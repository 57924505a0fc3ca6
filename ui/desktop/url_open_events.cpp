#include "desktop/url_open_events.h"

#include <QFileOpenEvent>

namespace lyceum::ui {

bool UrlOpenEvents::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FileOpen) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme() == QLatin1String("lyceum")) {
            Q_EMIT linkOpened(url.toString(QUrl::FullyEncoded));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lyceum::ui
