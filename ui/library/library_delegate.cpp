#include "library/library_delegate.h"

#include "common/format.h"
#include "common/theme.h"
#include "library/library_model.h"

#include <QPainter>

namespace lyceum::ui {

LibraryDelegate::LibraryDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QSize LibraryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    const QFontMetrics metrics(option.font);
    return QSize(320, metrics.height() * 3 + 44);
}

void LibraryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(4.5, 4.5, -4.5, -4.5);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    painter->setPen(QPen(selected || focused ? theme::accent : theme::border, selected ? 2 : 1));
    painter->setBrush(option.state & QStyle::State_MouseOver ? theme::background : theme::surface);
    painter->drawRoundedRect(card, 10, 10);

    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF smallMetrics(small);
    const qreal left = card.left() + 16;
    const qreal right = card.right() - 16;
    qreal y = card.top() + 10;

    // Right: when it was last opened.
    const qint64 opened = index.data(LibraryModel::LastOpenedRole).toLongLong();
    const QString when =
        opened > 0 ? tr("Opened %1").arg(Format::relativeTime(opened)) : tr("Not opened yet");
    const qreal whenWidth = smallMetrics.horizontalAdvance(when);
    painter->setFont(small);
    painter->setPen(theme::mutedText);
    painter->drawText(QPointF(right - whenWidth, y + boldMetrics.ascent()), when);

    painter->setFont(bold);
    painter->setPen(theme::text);
    painter->drawText(QPointF(left, y + boldMetrics.ascent()),
                      boldMetrics.elidedText(index.data(LibraryModel::TitleRole).toString(),
                                             Qt::ElideRight, right - left - whenWidth - 16));
    y += boldMetrics.lineSpacing() + 4;

    // Owned or following, then the creator.
    const bool owned = index.data(LibraryModel::OwnedRole).toBool();
    const QString badge = owned ? tr("Owned") : tr("Following");
    const QRectF pill(left, y, smallMetrics.horizontalAdvance(badge) + 14,
                      smallMetrics.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(owned ? theme::current().successSoft : theme::accentSoft);
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setPen(owned ? theme::success : theme::accent);
    painter->setFont(small);
    painter->drawText(pill, Qt::AlignCenter, badge);
    painter->setPen(theme::mutedText);
    painter->drawText(QPointF(pill.right() + 8, y + 1 + smallMetrics.ascent()),
                      smallMetrics.elidedText(index.data(LibraryModel::CreatorNameRole).toString(),
                                              Qt::ElideRight, right - pill.right() - 8));
    y += pill.height() + 8;

    // Progress bar and what comes next.
    const qreal barWidth = std::min<qreal>(200, (right - left) / 3);
    const QRectF bar(left, y + smallMetrics.height() / 2 - 3, barWidth, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::border);
    painter->drawRoundedRect(bar, 3, 3);
    const double progress = index.data(LibraryModel::ProgressRole).toDouble();
    if (progress > 0) {
        painter->setBrush(theme::success);
        painter->drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * progress, 6), 3, 3);
    }
    painter->setPen(theme::text);
    painter->drawText(QPointF(bar.right() + 10, y + smallMetrics.ascent()),
                      smallMetrics.elidedText(index.data(LibraryModel::StatusTextRole).toString(),
                                              Qt::ElideRight, right - bar.right() - 10));
    painter->restore();
}

} // namespace lyceum::ui
