// A QTextDocument for untrusted Markdown (posts, course descriptions, lesson bodies):
// - parsed with the GitHub dialect and MarkdownNoHTML, so raw HTML stays literal text;
// - loadResource() never reads a file, a qrc entry or the network: every image becomes a small
//   drawn placeholder, every other resource is refused; the one exception is a community image
//   (lyceum-image:ID), taken from markdown/image_source.h and laid out again when it arrives;
// - anchors whose scheme is not followable (javascript:, file:, …) lose their link;
// - each code block becomes one object character sized as its box (markdown/code_block.h), over
//   which the view lays a scrollable code box; inline code gets a tint.
#pragma once

#include <QTextDocument>

namespace lyceum::ui {

class CodeBlockObject;

class SafeMarkdownDocument : public QTextDocument {
    Q_OBJECT
public:
    explicit SafeMarkdownDocument(QObject *parent = nullptr);

    void setUntrustedMarkdown(const QString &markdown);
    // Every resource URL the layout asked for (for tests and diagnostics).
    const QList<QUrl> &refusedResources() const { return m_refused; }

    // The code of each code block, in order.
    QStringList codeBlocks() const;

    static QImage imagePlaceholder();
    // Community images wider than this (the view's text width) are shown smaller.
    void fitImages(qreal width);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void dropUnsafeAnchors();
    void collapseCodeBlocks();
    void tintInlineCode();
    CodeBlockObject *m_codeObject = nullptr;
    void imageArrived(const QString &id);
    QList<QUrl> m_refused;
    QString m_markdown;
    qreal m_imageWidth = 0;
};

} // namespace lyceum::ui
