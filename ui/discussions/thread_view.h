// One thread: its title and marks, every post with nested replies indented, and the composer
// at the bottom (reply to the thread, or to a post via its Reply button). Posting goes through
// Client::createPost, which writes to the cache and the outbox; the view re-fetches on
// Client::cacheChanged, so the reply appears at once and its state follows the outbox.
// A reply the server rejected offers "Edit and resend": its text and reply target go back to
// the composer, and the rejected change is dropped only once the new one is queued.
#pragma once

#include "discussions/report_dialog.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QScrollArea;
class QToolButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace lyceum {
class Client;
struct ThreadDetail;
} // namespace lyceum

namespace lyceum::ui {

class Composer;
class PostListModel;
class PostWidget;

class ThreadView : public QWidget {
    Q_OBJECT
public:
    explicit ThreadView(Client *client, QWidget *parent = nullptr);
    ~ThreadView() override;

    void openThread(const QString &threadId);
    void closeThread();
    QString threadId() const { return m_threadId; }

    Composer *composer() const { return m_composer; }
    PostListModel *postModel() const { return m_posts; }
    QList<PostWidget *> postWidgets() const;
    PostWidget *postWidget(const QString &postId) const;

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
    void editPost(const QString &postId); // puts the post's text in the composer to change it
    void deletePost(const QString &postId);

Q_SIGNALS:
    void threadLoaded(const QString &threadId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void markReadIfSeen();
    void apply(const std::optional<ThreadDetail> &detail);
    void rebuildPosts();
    void send(const QString &body, const QString &parentId);
    void dropRejected(const QString &postId);
    void editAndResendReply(const QString &postId);
    void openReport(const QVector<ReportDialog::Target> &targets);

    Client *m_client;
    PostListModel *m_posts;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    QLabel *m_title;
    QLabel *m_marks;
    QLabel *m_meta;
    QToolButton *m_reportThread; // the thread or its author; not on one's own
    QVector<ReportDialog::Target> m_threadTargets;
    QScrollArea *m_scroll;
    QWidget *m_canvas;
    QVBoxLayout *m_postsLayout;
    Composer *m_composer;
    QWidget *m_composerBox;
    QLabel *m_replyRule;
    std::function<QString(const QString &)> m_replyGate;
    QTimer *m_reloadTimer;
    QString m_threadId;
    QString m_scrollToPostId;
    QString m_resendOf;
    std::function<bool(const QString &)> m_confirmDiscard;
    std::function<bool(const QString &)> m_confirmDelete;
    bool m_locked = false;
    bool m_mayReply = true; // the space's reply rule includes the user
    bool m_rebuildScheduled = false;
};

} // namespace lyceum::ui
