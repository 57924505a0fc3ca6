#include "desktop/tray_badge.h"

#include "common/theme.h"

#include <QPainter>

namespace lyceum::ui {

QString unreadBadgeText(int unread) {
    if (unread <= 0)
        return {};
    return unread > 99 ? QStringLiteral("99+") : QString::number(unread);
}

QIcon iconWithUnreadBadge(const QIcon &base, int unread) {
    const QString text = unreadBadgeText(unread);
    if (text.isEmpty())
        return base;
    QIcon badged;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        // QIcon never scales a pixmap up: draw on one of exactly this size.
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        {
            QPainter copy(&pixmap);
            base.paint(&copy, QRect(0, 0, size, size));
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * (text.size() > 2 ? 0.75 : 0.62);
        const QRectF badge(size - d, 0, d, d);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme::danger);
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(d * (text.size() > 2 ? 0.42 : 0.6))));
        painter.setFont(font);
        painter.setPen(theme::current().onAccent);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        badged.addPixmap(pixmap);
    }
    return badged;
}

} // namespace lyceum::ui
