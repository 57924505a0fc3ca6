#include "markdown/code_block.h"

#include "common/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTextDocument>
#include <QWheelEvent>
#include <cmath>

namespace lyceum::ui {

namespace codeblock {

QFont font() {
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(QApplication::font().pointSizeF() * 0.95);
    return mono;
}

namespace {
QStringList lines(const QString &code) {
    return code.split(QLatin1Char('\n'));
}

int textWidth(const QString &code) {
    const QFontMetricsF metrics(font());
    qreal widest = 0;
    for (const QString &line : lines(code))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return int(std::ceil(widest));
}
} // namespace

int naturalWidth(const QString &code) {
    return textWidth(code) + 2 * (kPadding + kFrame) + 2;
}

int boxHeight(const QString &code, qreal width) {
    const QFontMetricsF metrics(font());
    const int text = int(std::ceil(metrics.lineSpacing() * qreal(lines(code).size())));
    int height = text + 2 * (kPadding + kFrame);
    if (naturalWidth(code) > width)
        height += QApplication::style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return height;
}

} // namespace codeblock

QSizeF CodeBlockObject::intrinsicSize(QTextDocument *doc, int posInDocument,
                                      const QTextFormat &format) {
    Q_UNUSED(posInDocument);
    const QString code = format.property(codeblock::kCodeProperty).toString();
    // As wide as the text column (a box, not a line); before the document has a width, as wide
    // as the code.
    const qreal room = doc->textWidth() - 2 * doc->documentMargin() - 2;
    const qreal width = room > 0 ? room : qreal(codeblock::naturalWidth(code));
    return QSizeF(width, codeblock::boxHeight(code, width));
}

void CodeBlockObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc,
                                 int posInDocument, const QTextFormat &format) {
    Q_UNUSED(doc);
    Q_UNUSED(posInDocument);
    // Under a CodeBlockView this is covered; elsewhere (a printout) the box and the code as far
    // as it fits.
    painter->save();
    painter->setPen(theme::border);
    painter->setBrush(theme::background);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->setClipRect(rect.adjusted(codeblock::kFrame, codeblock::kFrame, -codeblock::kFrame,
                                       -codeblock::kFrame));
    painter->setFont(codeblock::font());
    painter->setPen(theme::text);
    const QFontMetricsF metrics(codeblock::font());
    qreal y = rect.top() + codeblock::kFrame + codeblock::kPadding + metrics.ascent();
    const QStringList lines =
        format.property(codeblock::kCodeProperty).toString().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        painter->drawText(QPointF(rect.left() + codeblock::kFrame + codeblock::kPadding, y), line);
        y += metrics.lineSpacing();
    }
    painter->restore();
}

CodeBlockView::CodeBlockView(const QString &code, QWidget *parent)
    : QScrollArea(parent)
    , m_code(code)
    , m_label(new QLabel(this)) {
    setObjectName(QStringLiteral("CodeBlock"));
    setAccessibleName(tr("Code"));
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::NoFocus);
    m_label->setObjectName(QStringLiteral("CodeText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setText(code);
    m_label->setFont(codeblock::font());
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->setContentsMargins(codeblock::kPadding, codeblock::kPadding, codeblock::kPadding,
                                codeblock::kPadding);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Selected and copied with the mouse; Tab passes it by, like the post's own text.
    m_label->setFocusPolicy(Qt::ClickFocus);
    m_label->setAccessibleName(tr("Code"));
    m_label->setCursor(Qt::IBeamCursor);
    m_label->setAutoFillBackground(false);
    setWidget(m_label);
    setWidgetResizable(false);
    m_label->adjustSize();
    viewport()->setAutoFillBackground(false);
}

void CodeBlockView::wheelEvent(QWheelEvent *event) {
    const QPoint delta = event->angleDelta();
    const bool sideways =
        qAbs(delta.x()) > qAbs(delta.y()) || event->modifiers().testFlag(Qt::ShiftModifier);
    if (sideways && horizontalScrollBar()->maximum() > 0) {
        QScrollArea::wheelEvent(event);
        return;
    }
    event->ignore(); // up and down: the page around the code scrolls
}

} // namespace lyceum::ui
