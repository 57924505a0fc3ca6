#include "markdown/safe_markdown_document.h"

#include "common/theme.h"
#include "markdown/code_block.h"
#include "markdown/image_source.h"
#include "markdown/link_policy.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextImageFormat>

namespace lyceum::ui {

SafeMarkdownDocument::SafeMarkdownDocument(QObject *parent)
    : QTextDocument(parent) {
    setDocumentMargin(2);
    setUndoRedoEnabled(false);
    m_codeObject = new CodeBlockObject(this);
    connect(ImageSource::instance(), &ImageSource::imageArrived, this,
            &SafeMarkdownDocument::imageArrived);
}

void SafeMarkdownDocument::setUntrustedMarkdown(const QString &markdown) {
    m_markdown = markdown;
    documentLayout()->registerHandler(codeblock::kObjectType, m_codeObject);
    setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                          QTextDocument::MarkdownNoHTML));
    dropUnsafeAnchors();
    collapseCodeBlocks();
    tintInlineCode();
    if (markdown.contains(QLatin1String("lyceum-image:")))
        fitImages(m_imageWidth);
}

void SafeMarkdownDocument::fitImages(qreal width) {
    m_imageWidth = width;
    if (width <= 0)
        return;
    const qreal room = qMax<qreal>(32, width - 2 * documentMargin() - 4);
    // Collected first: changing a format may merge fragments under an iterator.
    QList<std::pair<int, QTextImageFormat>> changes;
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QUrl url(format.name());
            if (url.scheme() != QLatin1String("lyceum-image"))
                continue;
            const QImage image = resource(QTextDocument::ImageResource, url).value<QImage>();
            if (image.isNull() || image.width() <= 0)
                continue;
            const qreal w = qMin<qreal>(image.width(), room);
            if (qAbs(format.width() - w) < 0.5)
                continue;
            format.setWidth(w);
            format.setHeight(image.height() * w / image.width());
            changes.append({fragment.position(), format});
        }
    }
    QTextCursor cursor(this);
    for (const auto &[position, format] : std::as_const(changes)) {
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
}

QImage SafeMarkdownDocument::imagePlaceholder() {
    // Remote and local images are never loaded; a neutral frame marks where one was.
    QImage image(48, 36, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(theme::border.darker(115), 1.5));
    painter.setBrush(theme::background);
    painter.drawRoundedRect(QRectF(1, 1, 46, 34), 4, 4);
    painter.setPen(QPen(theme::mutedText, 1.5));
    painter.drawEllipse(QPointF(15, 12), 3, 3);
    painter.drawPolyline(QPolygonF(
        {QPointF(8, 29), QPointF(20, 18), QPointF(27, 24), QPointF(32, 20), QPointF(40, 29)}));
    return image;
}

void SafeMarkdownDocument::imageArrived(const QString &id) {
    if (m_markdown.contains(QStringLiteral("lyceum-image:") + id))
        setUntrustedMarkdown(m_markdown); // clears the cached placeholder and lays out again
}

QVariant SafeMarkdownDocument::loadResource(int type, const QUrl &name) {
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("lyceum-image")) {
        const QImage image = ImageSource::instance()->image(name.path());
        if (!image.isNull()) {
            addResource(type, name, image);
            return image;
        }
        // Not cached: asked again when the picture has arrived.
        return imagePlaceholder();
    }
    m_refused.append(name);
    if (type == QTextDocument::ImageResource) {
        const QImage placeholder = imagePlaceholder();
        // Cache it under this name so layout does not ask again.
        addResource(type, name, placeholder);
        return placeholder;
    }
    return QVariant();
}

namespace {
bool isCodeBlock(const QTextBlock &block) {
    return block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage) ||
           block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
}
} // namespace

void SafeMarkdownDocument::collapseCodeBlocks() {
    struct Code {
        int start;
        int end;
        QString text;
    };
    QList<Code> codes;
    for (QTextBlock block = begin(); block.isValid();) {
        if (!isCodeBlock(block)) {
            block = block.next();
            continue;
        }
        const int start = block.position();
        QStringList lines;
        QTextBlock last = block;
        for (; block.isValid() && isCodeBlock(block); block = block.next()) {
            lines << block.text();
            last = block;
        }
        while (lines.size() > 1 && lines.constLast().isEmpty())
            lines.removeLast();
        codes.append({start, last.position() + last.length() - 1, lines.join(QLatin1Char('\n'))});
    }
    // From the end, so the positions of the blocks before stay valid.
    QTextCursor cursor(this);
    for (qsizetype i = codes.size() - 1; i >= 0; --i) {
        cursor.setPosition(codes.at(i).start);
        cursor.setPosition(codes.at(i).end, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        QTextBlockFormat block = cursor.blockFormat();
        block.clearProperty(QTextFormat::BlockCodeLanguage);
        block.clearProperty(QTextFormat::BlockCodeFence);
        block.setNonBreakableLines(false);
        cursor.setBlockFormat(block);
        QTextCharFormat object;
        object.setObjectType(codeblock::kObjectType);
        object.setProperty(codeblock::kCodeProperty, codes.at(i).text);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

void SafeMarkdownDocument::tintInlineCode() {
    QList<std::pair<int, int>> spans;
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().fontFixedPitch() &&
                !fragment.charFormat().isImageFormat() &&
                fragment.charFormat().objectType() != codeblock::kObjectType)
                spans.append({fragment.position(), fragment.length()});
        }
    }
    QTextCursor cursor(this);
    QTextCharFormat tint;
    tint.setBackground(theme::current().accentSoft);
    for (const auto &[position, length] : std::as_const(spans)) {
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(tint);
    }
}

QStringList SafeMarkdownDocument::codeBlocks() const {
    QStringList out;
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.objectType() == codeblock::kObjectType)
                out << format.property(codeblock::kCodeProperty).toString();
        }
    }
    return out;
}

void SafeMarkdownDocument::dropUnsafeAnchors() {
    QTextCursor cursor(this);
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor())
                continue;
            const QUrl url(format.anchorHref());
            if (isFollowableLink(url))
                continue;
            QTextCharFormat plain = format;
            plain.setAnchor(false);
            plain.clearProperty(QTextFormat::AnchorHref);
            plain.setFontUnderline(false);
            plain.clearForeground();
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(plain);
        }
    }
}

} // namespace lyceum::ui
