#include "discussions/thread_item_delegate.h"

#include "common/format.h"
#include "common/icons.h"
#include "common/theme.h"
#include "discussions/thread_list_model.h"

#include <QPainter>

namespace lyceum::ui {

ThreadItemDelegate::ThreadItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QSize ThreadItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    const QFontMetrics metrics(option.font);
    return QSize(220, metrics.height() * 2 + 26);
}

void ThreadItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect.adjusted(4, 2, -4, -2);
    const bool selected = option.state & QStyle::State_Selected;
    if (selected || option.state & QStyle::State_MouseOver) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? theme::accentSoft : theme::background);
        painter->drawRoundedRect(rect, 8, 8);
    }
    if (option.state & QStyle::State_HasFocus && selected) {
        painter->setPen(QPen(theme::accent, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    }

    const QFontMetrics metrics(option.font);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const int lineTop = rect.top() + 8;
    int left = rect.left() + 10;
    int right = rect.right() - 10;

    // Reply-count bubble on the right.
    const int replies = index.data(ThreadListModel::ReplyCountRole).toInt();
    const QString count = QString::number(replies);
    const int bubbleWidth = qMax(24, smallMetrics.horizontalAdvance(count) + 14);
    const QRect bubble(right - bubbleWidth, lineTop, bubbleWidth, smallMetrics.height() + 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(replies > 0 ? theme::accentSoft : theme::background);
    painter->drawRoundedRect(bubble, bubble.height() / 2.0, bubble.height() / 2.0);
    painter->setPen(replies > 0 ? theme::accent : theme::mutedText);
    painter->setFont(small);
    painter->drawText(bubble, Qt::AlignCenter, count);
    right = bubble.left() - 8;

    // Unread: a filled pill left of the reply count, and the title in bold.
    const int unread = index.data(ThreadListModel::UnreadRole).toInt();
    if (unread > 0) {
        const QString label = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int pillWidth = qMax(20, smallMetrics.horizontalAdvance(label) + 12);
        const QRect pill(right - pillWidth, lineTop, pillWidth, smallMetrics.height() + 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme::current().accent);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(theme::current().onAccent);
        painter->setFont(small);
        painter->drawText(pill, Qt::AlignCenter, label);
        right = pill.left() - 8;
    }

    // Marks before the title.
    const int iconSize = metrics.height() - 2;
    const auto mark = [&](IconKind kind, const QColor &color) {
        paintIcon(painter, QRectF(left, lineTop + 1, iconSize, iconSize), kind, color);
        left += iconSize + 4;
    };
    if (index.data(ThreadListModel::PinnedRole).toBool())
        mark(IconKind::Pin, theme::warning);
    if (index.data(ThreadListModel::IsQuestionRole).toBool())
        mark(index.data(ThreadListModel::IsAnsweredRole).toBool() ? IconKind::Check
                                                                  : IconKind::Question,
             index.data(ThreadListModel::IsAnsweredRole).toBool() ? theme::success : theme::accent);
    if (index.data(ThreadListModel::LockedRole).toBool())
        mark(IconKind::Lock, theme::mutedText);

    QFont titleFont = option.font;
    titleFont.setWeight(unread > 0 ? QFont::Bold : QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(theme::text);
    const QFontMetrics titleMetrics(titleFont);
    painter->drawText(QRect(left, lineTop, right - left, metrics.height()), Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(ThreadListModel::TitleRole).toString(),
                                              Qt::ElideRight, right - left));

    // Second line: author · time (· sending…).
    QString meta = index.data(ThreadListModel::AuthorNameRole).toString() % QStringLiteral(" · ") %
                   Format::relativeTime(index.data(ThreadListModel::LastActivityRole).toLongLong());
    if (index.data(ThreadListModel::PendingRole).toBool())
        meta += QStringLiteral(" · ") % tr("not sent yet");
    painter->setFont(small);
    painter->setPen(theme::mutedText);
    const int metaLeft = rect.left() + 10;
    painter->drawText(QRect(metaLeft, lineTop + metrics.height() + 4, rect.right() - 10 - metaLeft,
                            smallMetrics.height()),
                      Qt::AlignVCenter,
                      smallMetrics.elidedText(meta, Qt::ElideRight, rect.right() - 10 - metaLeft));
    painter->restore();
}

} // namespace lyceum::ui
