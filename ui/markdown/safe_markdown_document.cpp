#include "markdown/safe_markdown_document.h"

#include "common/theme.h"
#include "markdown/image_source.h"
#include "markdown/link_policy.h"

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
    connect(ImageSource::instance(), &ImageSource::imageArrived, this,
            &SafeMarkdownDocument::imageArrived);
}

void SafeMarkdownDocument::setUntrustedMarkdown(const QString &markdown) {
    m_markdown = markdown;
    setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                          QTextDocument::MarkdownNoHTML));
    dropUnsafeAnchors();
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
