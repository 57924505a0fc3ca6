#include "catalogue/course_card_delegate.h"

#include "catalogue/course_list_model.h"
#include "common/icons.h"
#include "common/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace lyceum::ui {

CourseCardDelegate::CourseCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QSize CourseCardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const {
    Q_UNUSED(option);
    Q_UNUSED(index);
    return m_cellSize;
}

// Draws up to maxLines of text wrapped in width, eliding the last line.
static int drawWrapped(QPainter *painter, const QFont &font, const QString &text, QPointF origin,
                       qreal width, int maxLines, qreal maxHeight = 1e6) {
    QTextLayout layout(text, font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    const QFontMetricsF metrics(font);
    qreal y = 0;
    int lines = 0;
    layout.beginLayout();
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        // CJK glyphs from a fallback font make a line taller than the primary font says.
        const qreal height = qMax(metrics.lineSpacing(), line.height());
        const bool lastFitting = y + 2 * height > maxHeight;
        ++lines;
        if ((lines == maxLines || lastFitting) &&
            line.textStart() + line.textLength() < text.size()) {
            const QString rest = text.mid(line.textStart());
            painter->setFont(font);
            painter->drawText(QPointF(origin.x(), origin.y() + y + line.ascent()),
                              metrics.elidedText(rest, Qt::ElideRight, width));
            y += height;
            maxLines = lines; // the loop below skips this line: it is drawn elided here
            break;
        }
        line.setPosition(QPointF(0, y));
        y += height;
        if (lastFitting)
            break;
    }
    layout.endLayout();
    for (int i = 0; i < layout.lineCount() && i < maxLines; ++i) {
        const QTextLine line = layout.lineAt(i);
        if (i == maxLines - 1 && line.textStart() + line.textLength() < text.size())
            break; // drawn elided above
        line.draw(painter, origin);
    }
    return int(y);
}

static QRectF drawPill(QPainter *painter, const QFont &font, const QString &text, QPointF topLeft,
                       const QColor &background, const QColor &foreground) {
    const QFontMetricsF metrics(font);
    const QRectF rect(topLeft, QSizeF(metrics.horizontalAdvance(text) + 14, metrics.height() + 4));
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setPen(foreground);
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignCenter, text);
    return rect;
}

void CourseCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    const QRectF card = QRectF(option.rect).adjusted(6.5, 6.5, -6.5, -6.5);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = option.state & QStyle::State_HasFocus;

    // Card with a soft shadow.
    painter->setPen(Qt::NoPen);
    QColor shadow = theme::current().shadow;
    shadow.setAlpha(hovered ? shadow.alpha() * 2 : shadow.alpha());
    painter->setBrush(shadow);
    painter->drawRoundedRect(card.translated(0, 2), 12, 12);
    painter->setBrush(theme::surface);
    painter->setPen(QPen(selected || focused ? theme::accent : theme::border, selected ? 2 : 1));
    painter->drawRoundedRect(card, 12, 12);

    const QString topic = index.data(CourseListModel::TopicRole).toString();
    const QColor topicColor = theme::tagColor(topic);
    // A coloured strip on the left ties the card to its topic.
    QPainterPath strip;
    strip.addRoundedRect(QRectF(card.left(), card.top(), 6, card.height()), 3, 3);
    painter->fillPath(strip, topicColor);

    const qreal left = card.left() + 18;
    const qreal width = card.width() - 32;
    qreal y = card.top() + 14;

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    QFont bold = option.font;
    bold.setPointSizeF(option.font.pointSizeF() * 1.12);
    bold.setWeight(QFont::DemiBold);

    if (!topic.isEmpty()) {
        QColor chipBackground = topicColor;
        chipBackground.setAlpha(30);
        y = drawPill(painter, small, topic, QPointF(left, y), chipBackground,
                     topicColor.darker(120))
                .bottom() +
            8;
    }

    painter->setPen(theme::text);
    y += drawWrapped(painter, bold, index.data(CourseListModel::TitleRole).toString(),
                     QPointF(left, y), width, 2);
    y += 2;

    painter->setFont(small);
    painter->setPen(theme::mutedText);
    const QFontMetricsF smallMetrics(small);
    painter->drawText(
        QPointF(left, y + smallMetrics.ascent()),
        smallMetrics.elidedText(index.data(CourseListModel::CreatorNameRole).toString(),
                                Qt::ElideRight, width));
    y += smallMetrics.lineSpacing() + 4;

    const qreal footerTop = card.bottom() - 36;
    const QString summary = index.data(CourseListModel::SummaryRole).toString();
    const qreal summaryHeight = footerTop - y - 4;
    if (summaryHeight >= smallMetrics.lineSpacing() && !summary.isEmpty()) {
        painter->setPen(theme::mutedText);
        drawWrapped(painter, small, summary, QPointF(left, y), width, 4, summaryHeight);
    }

    // Footer: price, lessons, free-preview badge.
    painter->setPen(QPen(theme::border, 1));
    painter->drawLine(QPointF(card.left() + 12, footerTop), QPointF(card.right() - 12, footerTop));
    const qreal footerY = footerTop + 8;
    const bool free = index.data(CourseListModel::IsFreeRole).toBool();
    // A course the user bought says "Owned" where the price was.
    const bool owned = index.data(CourseListModel::OwnedRole).toBool();
    QFont priceFont = option.font;
    priceFont.setWeight(QFont::Bold);
    const QRectF price = drawPill(
        painter, priceFont,
        owned ? tr("Owned") : index.data(CourseListModel::PriceTextRole).toString(),
        QPointF(left, footerY), free || owned ? theme::current().successSoft : theme::accentSoft,
        free || owned ? theme::success : theme::accent);

    const int lessons = index.data(CourseListModel::LessonCountRole).toInt();
    const QString lessonText = tr("%n lesson(s)", nullptr, lessons);
    painter->setFont(small);
    painter->setPen(theme::mutedText);
    qreal x = price.right() + 10;
    painter->drawText(QRectF(x, price.top(), width, price.height()), Qt::AlignVCenter, lessonText);
    x += smallMetrics.horizontalAdvance(lessonText) + 10;

    const int previews = index.data(CourseListModel::FreePreviewCountRole).toInt();
    if (previews > 0 && !free && !owned) {
        // "Free preview" with its icon; only the icon when a narrow card has no room for it.
        const QString badge = tr("Free preview");
        const qreal iconSize = price.height() - 8;
        qreal badgeWidth = smallMetrics.horizontalAdvance(badge) + iconSize + 15;
        bool withText = card.right() - 14 - badgeWidth > x;
        if (!withText)
            badgeWidth = iconSize + 12;
        const qreal badgeLeft = card.right() - 14 - badgeWidth;
        if (badgeLeft > x - 6) {
            const QRectF badgeRect(badgeLeft, price.top() + 1, badgeWidth, price.height() - 2);
            painter->setPen(Qt::NoPen);
            painter->setBrush(theme::current().warningSoft);
            painter->drawRoundedRect(badgeRect, badgeRect.height() / 2, badgeRect.height() / 2);
            paintIcon(painter,
                      QRectF(badgeRect.left() + 6, badgeRect.top() + 3, iconSize, iconSize),
                      IconKind::Play, theme::warning);
            if (withText) {
                painter->setPen(theme::warning.darker(115));
                painter->drawText(badgeRect.adjusted(iconSize + 9, 0, 0, 0), Qt::AlignVCenter,
                                  badge);
            }
        }
    }
    painter->restore();
}

} // namespace lyceum::ui
