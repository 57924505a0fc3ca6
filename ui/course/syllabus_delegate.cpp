#include "course/syllabus_delegate.h"

#include "common/icons.h"
#include "common/theme.h"
#include "course/syllabus_model.h"

#include <QPainter>

namespace lyceum::ui {

SyllabusDelegate::SyllabusDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QSize SyllabusDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    const int heading = index.data(SyllabusModel::SectionTitleRole).toString().isEmpty()
                            ? 0
                            : QFontMetrics(option.font).height() + 14;
    return QSize(200, QFontMetrics(option.font).height() + 20 + heading);
}

void SyllabusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect rect = option.rect.adjusted(4, 2, -4, -2);
    // A section's heading above its first lesson.
    if (const QString heading = index.data(SyllabusModel::SectionTitleRole).toString();
        !heading.isEmpty()) {
        const int h = QFontMetrics(option.font).height() + 14;
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(theme::text);
        const QRect headingRect(rect.left() + 8, rect.top(), rect.width() - 16, h);
        painter->drawText(
            headingRect, Qt::AlignLeft | Qt::AlignBottom,
            QFontMetrics(bold).elidedText(heading, Qt::ElideRight, headingRect.width()));
        rect.setTop(rect.top() + h);
    }
    const bool selected = option.state & QStyle::State_Selected;
    if (selected || option.state & QStyle::State_MouseOver) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? theme::accentSoft : theme::background);
        painter->drawRoundedRect(rect, 8, 8);
    }
    const bool locked = index.data(SyllabusModel::LockedRole).toBool();
    const bool preview = index.data(SyllabusModel::PreviewBadgeRole).toBool();
    const bool done = index.data(SyllabusModel::DoneRole).toBool();
    const QFontMetrics metrics(option.font);

    // Number in a circle; a done lesson gets a tick on the success colour instead.
    const QRect number(rect.left() + 8, rect.center().y() - 11, 22, 22);
    painter->setPen(Qt::NoPen);
    painter->setBrush(done ? theme::success : locked ? theme::background : theme::accentSoft);
    painter->drawEllipse(number);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    painter->setFont(small);
    if (done) {
        paintIcon(painter, QRectF(number).adjusted(5, 5, -5, -5), IconKind::Check,
                  theme::current().onAccent);
    } else {
        painter->setPen(locked ? theme::mutedText : theme::accent);
        painter->drawText(number, Qt::AlignCenter,
                          index.data(SyllabusModel::PositionRole).toString());
    }

    // Right side: duration and mark.
    int right = rect.right() - 10;
    const QString duration = index.data(SyllabusModel::DurationTextRole).toString();
    const QFontMetrics smallMetrics(small);
    if (!duration.isEmpty()) {
        const int w = smallMetrics.horizontalAdvance(duration);
        painter->setPen(theme::mutedText);
        painter->drawText(QRect(right - w, rect.top(), w, rect.height()), Qt::AlignVCenter,
                          duration);
        right -= w + 12;
    }
    if (locked) {
        paintIcon(painter, QRectF(right - 16, rect.center().y() - 8, 16, 16), IconKind::Lock,
                  theme::mutedText);
        right -= 16 + 10;
    } else if (preview) {
        const QString text = tr("Free preview");
        const int w = smallMetrics.horizontalAdvance(text) + 16;
        const QRect pill(right - w, rect.center().y() - smallMetrics.height() / 2 - 2, w,
                         smallMetrics.height() + 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme::current().successSoft);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(theme::success);
        painter->drawText(pill, Qt::AlignCenter, text);
        right -= w + 10;
    }

    painter->setFont(option.font);
    painter->setPen(locked ? theme::mutedText : theme::text);
    const QRect titleRect(number.right() + 12, rect.top(), right - number.right() - 16,
                          rect.height());
    painter->drawText(titleRect, Qt::AlignVCenter,
                      metrics.elidedText(index.data(SyllabusModel::TitleRole).toString(),
                                         Qt::ElideRight, titleRect.width()));
    painter->restore();
}

} // namespace lyceum::ui
