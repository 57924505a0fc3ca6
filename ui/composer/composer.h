// Writing a post: a plain-text Markdown editor with Write/Preview tabs (the preview uses the
// same safe renderer as the thread), an optional "Replying to …" banner, and Send
// (Ctrl+Enter). The composer does not post anything itself: it emits submitted().
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QToolButton;

namespace lyceum::ui {

class MarkdownView;

class Composer : public QWidget {
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear(); // text, reply target and tab
    void focusEditor();

    void setReplyTarget(const QString &postId, const QString &authorName);
    void clearReplyTarget();
    QString replyTargetId() const { return m_replyTo; }
    // Editing one of the user's posts: the banner says so and Send saves the edit. Cleared by
    // clear() and by the banner's cancel button (which also empties the editor).
    void setEditTarget(const QString &postId, const QString &body);
    QString editTargetId() const { return m_editing; }

    // A locked thread: the editor is disabled and the reason shown instead.
    void setLocked(bool locked, const QString &reason = QString());
    void setSendButtonVisible(bool visible);
    void setPlaceholderText(const QString &text);
    void setMinimumEditorHeight(int height);
    void setMaximumEditorHeight(int height);

    bool canSend() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    QTabBar *tabs() const { return m_tabs; }
    MarkdownView *preview() const { return m_preview; }

Q_SIGNALS:
    void submitted(const QString &body, const QString &parentPostId);
    void textChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void updateState();

    QTabBar *m_tabs;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_editor;
    MarkdownView *m_preview;
    QWidget *m_replyBanner;
    QLabel *m_replyLabel;
    QToolButton *m_cancelReply;
    QLabel *m_hint;
    QLabel *m_lockedNote;
    QPushButton *m_send;
    QString m_replyTo;
    QString m_editing;
    bool m_locked = false;
};

} // namespace lyceum::ui
