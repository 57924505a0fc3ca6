#include "markdown/markdown_view.h"

#include "markdown/link_policy.h"
#include "markdown/safe_markdown_document.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QResizeEvent>
#include <QScrollBar>

namespace lyceum::ui {

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
    , m_document(new SafeMarkdownDocument(this))
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); }) {
    setDocument(m_document);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { activateLink(url); });
    connect(m_document->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [this] { fitHeight(); });
}

void MarkdownView::setMarkdownText(const QString &markdown) {
    m_document->setUntrustedMarkdown(markdown);
    m_document->fitImages(viewport()->width());
    fitHeight();
}

void MarkdownView::setAutoHeight(bool on) {
    m_autoHeight = on;
    if (on) {
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // Inline in a page or a post: no box around the text.
        setObjectName(QStringLiteral("InlineMarkdown"));
        setStyleSheet(
            QStringLiteral("QTextBrowser { border: none; background: transparent; padding: 0; }"));
        viewport()->setAutoFillBackground(false);
    }
    fitHeight();
}

bool MarkdownView::activateLink(const QUrl &url) {
    if (!isFollowableLink(url))
        return false;
    m_opener(url);
    return true;
}

QSize MarkdownView::sizeHint() const {
    if (!m_autoHeight)
        return QTextBrowser::sizeHint();
    return QSize(QTextBrowser::sizeHint().width(), minimumSizeHint().height());
}

QSize MarkdownView::minimumSizeHint() const {
    if (!m_autoHeight)
        return QTextBrowser::minimumSizeHint();
    const int height = int(m_document->size().height()) + 2 * frameWidth() + 2;
    return QSize(50, height);
}

QVariant MarkdownView::loadResource(int type, const QUrl &name) {
    // QTextBrowser would read local files from its search paths; the document refuses instead.
    Q_UNUSED(type);
    Q_UNUSED(name);
    return QVariant();
}

void MarkdownView::resizeEvent(QResizeEvent *event) {
    QTextBrowser::resizeEvent(event);
    m_document->fitImages(viewport()->width());
    fitHeight();
}

void MarkdownView::fitHeight() {
    if (!m_autoHeight)
        return;
    m_document->setTextWidth(viewport()->width());
    const int height = int(m_document->size().height()) + 2 * frameWidth() + 2;
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace lyceum::ui
