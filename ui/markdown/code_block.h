// Code blocks of untrusted Markdown. A fenced block's lines never wrap, and a QTextDocument has
// no scrolling of its own for one block, so a long line ran past the view (and, scrolled to the
// cursor, lost its start). The document instead holds one object character per code block
// (CodeBlockObject: a monospace box as wide as the text, as tall as the lines), and the view lays
// a CodeBlockView over it: a read-only, unwrapped text box with its own horizontal scroll bar.
#pragma once

#include <QObject>
#include <QScrollArea>
#include <QTextObjectInterface>

class QLabel;

namespace lyceum::ui {

namespace codeblock {
// The object type of a code block's character, and the property holding its code.
inline constexpr int kObjectType = QTextFormat::UserObject + 1;
inline constexpr int kCodeProperty = QTextFormat::UserProperty + 1;

QFont font();
// The box's height for this code: its lines, the padding, the frame and room for a horizontal
// scroll bar when the longest line is wider than the box's inside at `width`.
int boxHeight(const QString &code, qreal width);
// The width of the code's text with the padding and the frame.
int naturalWidth(const QString &code);
inline constexpr int kPadding = 8;
inline constexpr int kFrame = 1;
} // namespace codeblock

// Sizes (and, where no view lays a CodeBlockView over it, paints) a code block's character.
class CodeBlockObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using QObject::QObject;
    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;
};

// The box a MarkdownView shows over a code block: monospace, a code background, no wrapping,
// a horizontal scroll bar when a line is wider than the box, text selectable and copyable. A
// vertical wheel goes to the page around it; Shift+wheel or a sideways wheel scrolls the code.
class CodeBlockView : public QScrollArea {
    Q_OBJECT
public:
    CodeBlockView(const QString &code, QWidget *parent);
    QString code() const { return m_code; }
    QLabel *label() const { return m_label; }

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    QString m_code;
    QLabel *m_label;
};

} // namespace lyceum::ui
