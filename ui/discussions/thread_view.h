// One thread: its title and marks, its posts with nested replies indented, and the composer
// at the bottom (reply to the thread, or to a post via its Reply button). The posts are a
// window of the thread (PostListModel) shown by a PostListView, which holds widgets for a
// screenful of them only, so a thread of any length opens at once. Posting goes through
// Client::createPost, which writes to the cache and the outbox; on Client::cacheChanged the
// model reads its rows again and changes only the ones that differ, so the reply appears at once
// (one inserted row) and its state follows the outbox.
// A reply the server rejected offers "Edit and resend": its text and reply target go back to
// the composer, and the rejected change is dropped only once the new one is queued.
#pragma once

#include "discussions/report_dialog.h"

#include <QHash>
#include <QSet>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QToolButton;
class QStackedWidget;
class QTimer;

namespace lyceum {
class Client;
struct ThreadDetail;
} // namespace lyceum

namespace lyceum::ui {

class Composer;
class PostListModel;
class PostListView;
class PostWidget;

class ThreadView : public QWidget {
    Q_OBJECT
public:
    explicit ThreadView(Client *client, QWidget *parent = nullptr);
    ~ThreadView() override;

    void openThread(const QString &threadId);
    // Opens the thread at one of its posts (a search hit, a notice, a link): the window around
    // it, scrolled to it and highlighted. The thread's head when the post is not (or no longer)
    // in it.
    void openThreadAt(const QString &threadId, const QString &postId);
    void closeThread();
    QString threadId() const { return m_threadId; }

    Composer *composer() const { return m_composer; }
    PostListModel *postModel() const { return m_posts; }
    PostListView *postList() const { return m_list; }
    QList<PostWidget *> postWidgets() const;             // those on screen, top to bottom
    PostWidget *postWidget(const QString &postId) const; // nullptr when not on screen
    QString highlightedPostId() const;
    // "Copy link" in the header: a lyceum:// link to the thread (hidden until the server has it).
    QToolButton *copyLinkButton() const { return m_copyLink; }

    void editAndResend(const QString &postId);
    void discardFailed(const QString &postId); // asks first when the post has text
    QString resendingPostId() const { return m_resendOf; }
    // Asked before a rejected reply is dropped, or one of the user's posts deleted; true goes
    // ahead. Default: a message box.
    void setConfirmDiscard(std::function<bool(const QString &snippet)> confirm);
    void setConfirmDelete(std::function<bool(const QString &snippet)> confirm);
    // Asked with a space thread's space: why the user may not reply there (shown instead of the
    // composer), empty when they may. Unset: replies are always offered.
    void setReplyGate(std::function<QString(const QString &spaceId)> gate);
    bool composerShown() const;
    QLabel *replyRuleLabel() const { return m_replyRule; }
    // Said for a while after the user reported something (and the post marked "Reported").
    QLabel *reportNotice() const { return m_reportNotice; }
    QLabel *metaLabel() const { return m_meta; } // "Started by … · … · 3 replies"
    void editPost(const QString &postId); // puts the post's text in the composer to change it
    void deletePost(const QString &postId);

Q_SIGNALS:
    void threadLoaded(const QString &threadId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void markReadIfSeen();
    void applySummary();
    void afterRefresh();
    PostWidget *makePostWidget(int row, QWidget *parent);
    void copyLink(const QString &postId); // the thread when postId is empty
    void send(const QString &body, const QString &parentId);
    void dropRejected(const QString &postId);
    void editAndResendReply(const QString &postId);
    void openReport(const QVector<ReportDialog::Target> &targets);
    void fetchModerated(); // m_moderatedPosts, and the widgets again when it changed
    void fetchSaved();     // m_savedPosts, and the widgets' Save marks

    Client *m_client;
    PostListModel *m_posts;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    QLabel *m_title;
    QLabel *m_marks;
    QLabel *m_meta;
    QToolButton *m_reportThread; // the thread or its author; not on one's own
    QToolButton *m_copyLink;
    QVector<ReportDialog::Target> m_threadTargets;
    PostListView *m_list;
    Composer *m_composer;
    QWidget *m_composerBox;
    QLabel *m_replyRule;
    std::function<QString(const QString &)> m_replyGate;
    QTimer *m_reloadTimer;
    QString m_threadId;
    QString m_scrollToPostId; // the user's new reply, shown once it is in
    QString m_jumpTo;         // openThreadAt's post, until its window is in
    QSet<QString> m_unfoldedSpam;
    QSet<QString> m_reportedPosts; // reported from this device (moderationstore::reported)
    QHash<QString, QString> m_moderatedPosts; // the user's hidden posts -> the reason's code
    QSet<QString> m_savedPosts;               // the user's saved posts (savedstore)
    QLabel *m_reportNotice;
    QString m_resendOf;
    std::function<bool(const QString &)> m_confirmDiscard;
    std::function<bool(const QString &)> m_confirmDelete;
    bool m_locked = false;
    bool m_mayReply = true; // the space's reply rule includes the user
    bool m_shown = false;   // the thread's page is on the stack (its summary came in)
};

} // namespace lyceum::ui
