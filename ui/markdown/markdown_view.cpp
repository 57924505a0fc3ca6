#include "markdown/markdown_view.h"

#include "markdown/code_block.h"
#include "markdown/link_policy.h"
#include "markdown/safe_markdown_document.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>

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
            [this] {
                fitHeight();
                // Not from inside the layout's own pass: once it has returned.
                if (!m_placePending) {
                    m_placePending = true;
                    QMetaObject::invokeMethod(
                        this,
                        [this] {
                            m_placePending = false;
                            placeCodeBlocks();
                        },
                        Qt::QueuedConnection);
                }
            });
}

void MarkdownView::setMarkdownText(const QString &markdown) {
    m_document->setUntrustedMarkdown(markdown);
    m_document->fitImages(viewport()->width());
    fitHeight();
    placeCodeBlocks();
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
    placeCodeBlocks();
}

void MarkdownView::scrollContentsBy(int dx, int dy) {
    QTextBrowser::scrollContentsBy(dx, dy);
    placeCodeBlocks();
}

void MarkdownView::placeCodeBlocks() {
    struct Object {
        int position;
        QTextCharFormat format;
    };
    QList<Object> objects;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.objectType() == codeblock::kObjectType)
                objects.append({it.fragment().position(), format});
        }
    }
    bool same = objects.size() == m_codeViews.size();
    for (qsizetype i = 0; same && i < objects.size(); ++i)
        same = m_codeViews.at(i)->code() ==
               objects.at(i).format.property(codeblock::kCodeProperty).toString();
    if (!same) {
        qDeleteAll(m_codeViews);
        m_codeViews.clear();
        for (const Object &object : std::as_const(objects)) {
            auto *view = new CodeBlockView(
                object.format.property(codeblock::kCodeProperty).toString(), viewport());
            view->show();
            m_codeViews.append(view);
        }
    }
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const QPoint scrolled(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QTextBlock block = m_document->findBlock(objects.at(i).position);
        layout->blockBoundingRect(block); // lays the block out
        const int offset = objects.at(i).position - block.position();
        const QTextLine line = block.layout()->lineForTextPosition(offset);
        if (!line.isValid())
            continue;
        const QSizeF size =
            layout->handlerForObject(codeblock::kObjectType)
                ->intrinsicSize(m_document, objects.at(i).position, objects.at(i).format);
        const QPointF origin = block.layout()->position();
        const QPointF topLeft(origin.x() + line.cursorToX(offset),
                              origin.y() + line.y() + line.ascent() - size.height());
        m_codeViews.at(i)->setGeometry(QRectF(topLeft, size).toAlignedRect().translated(-scrolled));
    }
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
