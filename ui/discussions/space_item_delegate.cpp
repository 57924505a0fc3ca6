#include "discussions/space_item_delegate.h"

#include "common/theme.h"
#include "discussions/space_list_model.h"

#include <QApplication>
#include <QPainter>

namespace lyceum::ui {

void SpaceItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    const int unread = index.data(SpaceListModel::UnreadRole).toInt();
    if (unread <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    small.setBold(true);
    const QFontMetrics metrics(small);
    const QString label = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
    const int pillWidth = qMax(20, metrics.horizontalAdvance(label) + 12);
    const int pillHeight = metrics.height() + 4;

    // The row as usual (selection, name), the name elided early to leave room for the pill.
    QStyleOptionViewItem row = option;
    initStyleOption(&row, index);
    const int room = option.rect.width() - 16 /* item padding */ - pillWidth - 10;
    row.text = QFontMetrics(row.font).elidedText(row.text, Qt::ElideRight, qMax(0, room));
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &row, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect pill(option.rect.right() - pillWidth - 6, option.rect.center().y() - pillHeight / 2,
                     pillWidth, pillHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::current().accent);
    painter->drawRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
    painter->setPen(theme::current().onAccent);
    painter->setFont(small);
    painter->drawText(pill, Qt::AlignCenter, label);
    painter->restore();
}

} // namespace lyceum::ui
