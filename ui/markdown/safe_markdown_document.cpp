#include "markdown/safe_markdown_document.h"

#include "common/theme.h"
#include "markdown/link_policy.h"

#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>

namespace lyceum::ui {

SafeMarkdownDocument::SafeMarkdownDocument(QObject *parent)
    : QTextDocument(parent) {
    setDocumentMargin(2);
    setUndoRedoEnabled(false);
}

void SafeMarkdownDocument::setUntrustedMarkdown(const QString &markdown) {
    setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                          QTextDocument::MarkdownNoHTML));
    dropUnsafeAnchors();
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

QVariant SafeMarkdownDocument::loadResource(int type, const QUrl &name) {
    m_refused.append(name);
    if (type == QTextDocument::ImageResource) {
        const QImage placeholder = imagePlaceholder();
        // Cache it under this name so layout does not ask again.
        addResource(type, name, placeholder);
        return placeholder;
    }
    return QVariant();
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
