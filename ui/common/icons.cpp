#include "common/icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace lyceum::ui {

void paintIcon(QPainter *painter, const QRectF &rect, IconKind kind, const QColor &color) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Icons are designed on a 24x24 grid.
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / 24.0, rect.height() / 24.0);
    QPen pen(color, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    switch (kind) {
    case IconKind::Catalogue:
        painter->drawRoundedRect(QRectF(3, 3, 7.5, 7.5), 1.5, 1.5);
        painter->drawRoundedRect(QRectF(13.5, 3, 7.5, 7.5), 1.5, 1.5);
        painter->drawRoundedRect(QRectF(3, 13.5, 7.5, 7.5), 1.5, 1.5);
        painter->drawRoundedRect(QRectF(13.5, 13.5, 7.5, 7.5), 1.5, 1.5);
        break;
    case IconKind::Library:
        painter->drawRoundedRect(QRectF(4, 4, 4, 16), 1, 1);
        painter->drawRoundedRect(QRectF(10, 6, 4, 14), 1, 1);
        painter->drawLine(QPointF(16.5, 7.5), QPointF(20.5, 19.5));
        painter->drawLine(QPointF(16.5, 7.5), QPointF(19, 6.7));
        painter->drawLine(QPointF(19, 6.7), QPointF(22.5, 18.8));
        painter->drawLine(QPointF(2.5, 21), QPointF(21.5, 21));
        break;
    case IconKind::Discussions: {
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(3, 4, 18, 13), 3.5, 3.5);
        painter->drawPath(bubble);
        painter->drawLine(QPointF(8, 17), QPointF(6.5, 21));
        painter->drawLine(QPointF(6.5, 21), QPointF(12, 17));
        painter->drawLine(QPointF(7.5, 9), QPointF(16.5, 9));
        painter->drawLine(QPointF(7.5, 12.5), QPointF(13.5, 12.5));
        break;
    }
    case IconKind::Settings: {
        painter->drawEllipse(QPointF(12, 12), 3, 3);
        for (int i = 0; i < 8; ++i) {
            painter->save();
            painter->translate(12, 12);
            painter->rotate(i * 45.0);
            painter->drawLine(QPointF(0, -6.5), QPointF(0, -9.5));
            painter->restore();
        }
        painter->drawEllipse(QPointF(12, 12), 6.5, 6.5);
        break;
    }
    case IconKind::Lock:
        painter->drawRoundedRect(QRectF(5, 11, 14, 10), 2, 2);
        painter->drawArc(QRectF(8, 4, 8, 12), 0, 180 * 16);
        painter->drawLine(QPointF(8, 10), QPointF(8, 11));
        painter->drawLine(QPointF(16, 10), QPointF(16, 11));
        break;
    case IconKind::Play: {
        painter->drawEllipse(QPointF(12, 12), 9, 9);
        QPainterPath tri;
        tri.moveTo(10, 8);
        tri.lineTo(16, 12);
        tri.lineTo(10, 16);
        tri.closeSubpath();
        painter->setBrush(color);
        painter->drawPath(tri);
        break;
    }
    case IconKind::Pin:
        painter->drawLine(QPointF(12, 15), QPointF(12, 21));
        painter->drawLine(QPointF(6, 15), QPointF(18, 15));
        painter->drawLine(QPointF(8, 15), QPointF(9, 4));
        painter->drawLine(QPointF(16, 15), QPointF(15, 4));
        painter->drawLine(QPointF(8, 4), QPointF(16, 4));
        break;
    case IconKind::Question: {
        painter->drawEllipse(QPointF(12, 12), 9, 9);
        QPainterPath q;
        q.moveTo(9.5, 9.5);
        q.cubicTo(9.5, 6.5, 14.5, 6.5, 14.5, 9.5);
        q.cubicTo(14.5, 11.5, 12, 11.5, 12, 14);
        painter->drawPath(q);
        painter->drawPoint(QPointF(12, 17.2));
        break;
    }
    case IconKind::Search:
        painter->drawEllipse(QPointF(10.5, 10.5), 6.5, 6.5);
        painter->drawLine(QPointF(15.5, 15.5), QPointF(20.5, 20.5));
        break;
    case IconKind::Reply: {
        QPainterPath path;
        path.moveTo(20, 19);
        path.cubicTo(20, 12, 15, 9.5, 9, 9.5);
        painter->drawPath(path);
        painter->drawLine(QPointF(9, 9.5), QPointF(13, 5.5));
        painter->drawLine(QPointF(9, 9.5), QPointF(13, 13.5));
        break;
    }
    case IconKind::Back:
        painter->drawLine(QPointF(19, 12), QPointF(5, 12));
        painter->drawLine(QPointF(5, 12), QPointF(11, 6));
        painter->drawLine(QPointF(5, 12), QPointF(11, 18));
        break;
    case IconKind::Plus:
        painter->drawLine(QPointF(12, 5), QPointF(12, 19));
        painter->drawLine(QPointF(5, 12), QPointF(19, 12));
        break;
    case IconKind::Sync:
        painter->drawArc(QRectF(4, 4, 16, 16), 30 * 16, 150 * 16);
        painter->drawArc(QRectF(4, 4, 16, 16), 210 * 16, 150 * 16);
        painter->drawLine(QPointF(18.9, 8), QPointF(19.5, 3.5));
        painter->drawLine(QPointF(18.9, 8), QPointF(14.5, 7.5));
        painter->drawLine(QPointF(5.1, 16), QPointF(4.5, 20.5));
        painter->drawLine(QPointF(5.1, 16), QPointF(9.5, 16.5));
        break;
    case IconKind::Check:
        painter->drawLine(QPointF(5, 12.5), QPointF(10, 17.5));
        painter->drawLine(QPointF(10, 17.5), QPointF(19, 7));
        break;
    case IconKind::Home:
        painter->drawPolyline(QPolygonF({QPointF(3, 11.5), QPointF(12, 3.5), QPointF(21, 11.5)}));
        painter->drawPolyline(QPolygonF(
            {QPointF(5.5, 9.5), QPointF(5.5, 20.5), QPointF(18.5, 20.5), QPointF(18.5, 9.5)}));
        painter->drawRect(QRectF(10, 14, 4, 6.5));
        break;
    case IconKind::Download:
        painter->drawLine(QPointF(12, 3.5), QPointF(12, 15));
        painter->drawPolyline(QPolygonF({QPointF(7, 10), QPointF(12, 15), QPointF(17, 10)}));
        painter->drawPolyline(
            QPolygonF({QPointF(4, 15.5), QPointF(4, 20), QPointF(20, 20), QPointF(20, 15.5)}));
        break;
    case IconKind::Wallet:
        painter->drawRoundedRect(QRectF(3, 6, 18, 14), 2.5, 2.5);
        painter->drawLine(QPointF(5.5, 6), QPointF(16, 3));
        painter->drawRoundedRect(QRectF(14, 11, 7, 5), 1.5, 1.5);
        painter->drawPoint(QPointF(16.8, 13.5));
        break;
    case IconKind::Shield: {
        QPainterPath shield;
        shield.moveTo(12, 3);
        shield.lineTo(19.5, 6);
        shield.cubicTo(19.5, 13, 17, 18, 12, 21);
        shield.cubicTo(7, 18, 4.5, 13, 4.5, 6);
        shield.closeSubpath();
        painter->drawPath(shield);
        painter->drawLine(QPointF(8.5, 12), QPointF(11, 14.5));
        painter->drawLine(QPointF(11, 14.5), QPointF(15.5, 9.5));
        break;
    }
    }
    painter->restore();
}

QIcon makeIcon(IconKind kind, const QColor &color, int size) {
    QIcon icon;
    for (const int scale : {1, 2}) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintIcon(&painter, QRectF(0, 0, size, size), kind, color);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace lyceum::ui
