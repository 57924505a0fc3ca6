// A read-only view of untrusted Markdown. Links open in the system browser only when the user
// clicks them and only for http/https/mailto (markdown/link_policy.h); the view itself never
// navigates. With autoHeight on, the view is exactly as tall as its content (posts in a thread).
#pragma once

#include <QTextBrowser>
#include <functional>

namespace lyceum::ui {

class SafeMarkdownDocument;
class CodeBlockView;

class MarkdownView : public QTextBrowser {
    Q_OBJECT
public:
    using LinkOpener = std::function<void(const QUrl &)>;

    explicit MarkdownView(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);
    SafeMarkdownDocument *safeDocument() const { return m_document; }
    // The boxes laid over the document's code blocks, in order.
    const QList<CodeBlockView *> &codeViews() const { return m_codeViews; }

    void setAutoHeight(bool on);
    // Replaces QDesktopServices::openUrl (tests).
    void setLinkOpener(LinkOpener opener) { m_opener = std::move(opener); }

    // Called for a clicked link: opens it when followable, else ignores it. Returns whether it
    // was handed to the opener.
    bool activateLink(const QUrl &url);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // QTextBrowser would read local files from its search paths; this refuses everything.
    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void fitHeight();
    void placeCodeBlocks();
    QList<CodeBlockView *> m_codeViews;
    bool m_placePending = false;
    SafeMarkdownDocument *m_document;
    LinkOpener m_opener;
    bool m_autoHeight = false;
};

} // namespace lyceum::ui
