// Writing a post: a plain-text Markdown editor with Write/Preview tabs (the preview uses the
// same safe renderer as the thread), an optional "Replying to …" banner, and Send
// (Ctrl+Enter). The composer does not post anything itself: it emits submitted().
// Growing (the reply box under a thread): one line beside Send that grows with its text up to a
// limit, Preview a toggle beside Send. Typing @ offers the members whose handle (or name) starts
// with what follows, from a member source (the cache); Up/Down choose, Enter or Tab insert
// "@handle ", Escape closes the list.
#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QListView;
class QStandardItemModel;
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
    ~Composer() override;

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
    // One line that grows with the text up to maxHeight pixels (then scrolls).
    void setGrowing(int maxHeight);
    bool isGrowing() const { return m_growMax > 0; }

    // Where @ completion finds members: called with what follows the @, it answers (possibly
    // later) with (handle, display name) pairs. Unset: no completion.
    struct Member {
        QString handle;
        QString name;
    };
    using MemberSource =
        std::function<void(const QString &prefix, std::function<void(QVector<Member>)> answer)>;
    void setMemberSource(MemberSource source);
    // The list of members offered while typing @ (nullptr until first offered).
    QListView *memberList() const;
    bool membersShown() const;

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
    void fitHeight();
    void offerMembers();
    void showMembers(const QVector<Member> &members);
    void hideMembers();
    void insertMember(const QString &handle);
    bool memberKey(int key); // a key while the list shows: true when it was the list's
    // The "@prefix" being typed before the cursor: its start (the @) or -1.
    qsizetype mentionStart(QString *prefix) const;

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
    QToolButton *m_previewToggle = nullptr;
    QPointer<QListView> m_memberList; // a child of the window, so it may rise above the composer
    QStandardItemModel *m_members;
    MemberSource m_memberSource;
    quint64 m_memberQuery = 0;
    bool m_inserting = false;
    int m_growMax = 0;
    QString m_replyTo;
    QString m_editing;
    bool m_locked = false;
};

} // namespace lyceum::ui
