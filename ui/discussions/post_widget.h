// One post in a thread view: avatar, author, time, delivery state, the Markdown body, reaction
// chips and a Reply button. A reply the server did not accept shows the reason with "Edit and
// resend" and "Discard". Nested replies are indented by their depth.
#pragma once

#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace lyceum {
struct PostView;
}

namespace lyceum::ui {

class MarkdownView;

class PostWidget : public QFrame {
    Q_OBJECT
public:
    static constexpr int indentPerLevel = 28;
    static constexpr int maxIndentLevels = 5;

    // mine: the user wrote it, so Edit and Delete are offered.
    PostWidget(const PostView &view, bool accepted, bool replyAllowed, bool mine = false,
               QWidget *parent = nullptr);

    QString postId() const { return m_postId; }
    QToolButton *replyButton() const { return m_reply; }
    // Opens the reaction row (ReactionBar) popped up under it; nullptr when the post takes none.
    QToolButton *reactButton() const { return m_react; }
    MarkdownView *body() const { return m_body; }
    QToolButton *editAndResendButton() const { return m_resend; }
    QToolButton *discardButton() const { return m_discard; }
    // Folds the text away behind "Hidden as possible spam" and a Show button (the community's
    // spam model flagged it); Show unfolds it.
    void collapseAsSpam();
    // A post of the user's a moderator hid: the reason, worded (shown to its author only).
    void setModerationReason(const QString &reason);
    // What a deleted post says instead of its text ("Hidden by a moderator." or "This post was
    // deleted."); nullptr for a post that is there.
    QLabel *deletedNote() const { return m_deletedNote; }
    // The user reported this post: the Report button gives way to a "Reported" mark.
    void markReported();
    bool isMarkedReported() const { return m_reportedMark != nullptr; }
    bool isCollapsed() const { return m_spamBar && m_spamBar->isVisible(); }
    QToolButton *showSpamButton() const { return m_showSpam; }
    // "Copy link to this post" in the post's context menu (right click, the Menu key or
    // Shift+F10 on any of its buttons); null for a post the server does not have yet.
    QAction *copyLinkAction() const { return m_copyLink; }
    // The replies under this post (in the thread view's rows): "Hide replies" while they show,
    // "Show N replies" while folded away; no button when it has none.
    void setReplyFold(int replies, bool folded);
    QToolButton *foldButton() const { return m_fold; }
    // Saved posts (bookmarks): the Save button in the footer and "Save post" in the context
    // menu (also Ctrl+S while the focus is in the post) say whether the user saved it; both are
    // null for a post the server does not have yet.
    void setSaved(bool saved);
    bool isSaved() const { return m_saved; }
    QToolButton *saveButton() const { return m_save; }
    QAction *saveAction() const { return m_saveAction; }

Q_SIGNALS:
    void replyRequested(const QString &postId, const QString &authorName);
    void reactionToggled(const QString &postId, const QString &emoji);
    void editAndResendRequested(const QString &postId);
    void discardRequested(const QString &postId);
    void editRequested(const QString &postId);
    void deleteRequested(const QString &postId);
    void reportRequested(const QString &postId);
    void copyLinkRequested(const QString &postId);
    void foldToggled(const QString &postId);
    void savedToggled(const QString &postId, bool save);

private:
    QString m_postId;
    MarkdownView *m_body = nullptr;
    QToolButton *m_reply = nullptr;
    QToolButton *m_react = nullptr;
    QToolButton *m_report = nullptr;
    QLabel *m_reportedMark = nullptr;
    QLabel *m_deletedNote = nullptr;
    bool m_hidden = false;
    QLayout *m_footer = nullptr;
    QToolButton *m_resend = nullptr;
    QToolButton *m_discard = nullptr;
    QWidget *m_spamBar = nullptr;
    QToolButton *m_showSpam = nullptr;
    QAction *m_copyLink = nullptr;
    QToolButton *m_fold = nullptr;
    QToolButton *m_save = nullptr;
    QAction *m_saveAction = nullptr;
    bool m_saved = false;
    int m_foldReplies = 0;
    bool m_folded = false;
};

} // namespace lyceum::ui
