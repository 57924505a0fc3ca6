#include "discussions/thread_view.h"

#include "client/client.h"
#include "client/discussions_service.h"
#include "client/moderation_service.h"
#include "common/format.h"
#include "composer/composer.h"
#include "discussions/post_list_model.h"
#include "discussions/post_widget.h"
#include "discussions/report_dialog.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lyceum::ui {

ThreadView::ThreadView(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_posts(new PostListModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyText(new QLabel(this))
    , m_title(new QLabel(this))
    , m_marks(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_reportThread(new QToolButton(this))
    , m_scroll(new QScrollArea(this))
    , m_canvas(new QWidget)
    , m_postsLayout(new QVBoxLayout(m_canvas))
    , m_composer(new Composer(this))
    , m_composerBox(nullptr)
    , m_replyRule(new QLabel(this))
    , m_reloadTimer(new QTimer(this)) {
    m_emptyText->setObjectName(QStringLiteral("Muted"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setText(tr("Select a thread to read it."));

    m_title->setObjectName(QStringLiteral("PageTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_marks->setObjectName(QStringLiteral("Chip"));
    m_meta->setObjectName(QStringLiteral("Muted"));

    m_canvas->setObjectName(QStringLiteral("ThreadCanvas"));
    m_postsLayout->setContentsMargins(0, 0, 0, 8);
    m_postsLayout->setSpacing(0);
    m_postsLayout->addStretch();
    m_scroll->setObjectName(QStringLiteral("ThreadScroll"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::StrongFocus);

    auto *thread = new QWidget(this);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(20, 14, 20, 8);
    header->setSpacing(4);
    auto *metaRow = new QHBoxLayout;
    metaRow->addWidget(m_marks);
    metaRow->addWidget(m_meta, 1);
    m_reportThread->setObjectName(QStringLiteral("LinkButton"));
    m_reportThread->setProperty("action", QStringLiteral("report-thread"));
    m_reportThread->setText(tr("Report"));
    m_reportThread->setToolTip(tr("Tell the moderators about this thread or its author"));
    m_reportThread->hide();
    connect(m_reportThread, &QToolButton::clicked, this, [this] { openReport(m_threadTargets); });
    metaRow->addWidget(m_reportThread);
    header->addWidget(m_title);
    header->addLayout(metaRow);

    auto *composerBox = new QWidget(thread);
    m_composerBox = composerBox;
    composerBox->setObjectName(QStringLiteral("ComposerBox"));
    m_replyRule->setObjectName(QStringLiteral("Muted"));
    m_replyRule->setProperty("role", QStringLiteral("reply-rule"));
    m_replyRule->setWordWrap(true);
    m_replyRule->setContentsMargins(20, 8, 20, 12);
    m_replyRule->hide();
    auto *composerLayout = new QVBoxLayout(composerBox);
    composerLayout->setContentsMargins(16, 8, 16, 10);
    m_composer->setMinimumEditorHeight(64);
    m_composer->setMaximumEditorHeight(120);
    composerLayout->addWidget(m_composer);

    auto *layout = new QVBoxLayout(thread);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(composerBox);
    layout->addWidget(m_replyRule);

    m_stack->addWidget(m_emptyText);
    m_stack->addWidget(thread);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_composer, &Composer::submitted, this, &ThreadView::send);
    m_confirmDiscard = [this](const QString &snippet) {
        return QMessageBox::question(this, tr("Discard this reply?"),
                                     tr("“%1” was not accepted and will be removed from this "
                                        "computer.")
                                         .arg(snippet),
                                     QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Discard;
    };
    m_confirmDelete = [this](const QString &snippet) {
        return QMessageBox::question(
                   this, tr("Delete your post?"),
                   tr("Delete “%1”? Others will see that a post was deleted.").arg(snippet)) ==
               QMessageBox::Yes;
    };
    // One update of the model may change many rows; rebuild the widgets once per event-loop turn.
    const auto scheduleRebuild = [this] {
        if (m_rebuildScheduled)
            return;
        m_rebuildScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_rebuildScheduled = false;
            rebuildPosts();
        });
    };
    connect(m_posts, &QAbstractItemModel::modelReset, this, scheduleRebuild);
    connect(m_posts, &QAbstractItemModel::dataChanged, this, scheduleRebuild);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100);
    connect(m_reloadTimer, &QTimer::timeout, this, &ThreadView::reload);
    connect(m_client, &Client::cacheChanged, this, [this] {
        if (!m_threadId.isEmpty())
            m_reloadTimer->start();
    });
    connect(&m_client->moderation(), &ModerationService::spamModelChanged, this, scheduleRebuild);
}

ThreadView::~ThreadView() = default;

void ThreadView::openThread(const QString &threadId) {
    if (threadId == m_threadId)
        return;
    m_threadId = threadId;
    m_resendOf.clear();
    m_composer->clear();
    m_posts->clear();
    if (threadId.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_emptyText->setText(tr("Loading the thread…"));
    m_stack->setCurrentIndex(0);
    reload();
}

void ThreadView::setReplyGate(std::function<QString(const QString &spaceId)> gate) {
    m_replyGate = std::move(gate);
}

bool ThreadView::composerShown() const {
    return !m_composerBox->isHidden();
}

void ThreadView::closeThread() {
    openThread(QString());
    m_emptyText->setText(tr("Select a thread to read it."));
}

QList<PostWidget *> ThreadView::postWidgets() const {
    return m_canvas->findChildren<PostWidget *>(Qt::FindDirectChildrenOnly);
}

void ThreadView::reload() {
    if (m_threadId.isEmpty())
        return;
    const QString requested = m_threadId;
    m_client->discussions().fetchThread(requested, this,
                                        [this, requested](std::optional<ThreadDetail> detail) {
                                            if (requested == m_threadId)
                                                apply(detail);
                                        });
}

void ThreadView::apply(const std::optional<ThreadDetail> &detail) {
    if (!detail) {
        m_posts->clear();
        m_emptyText->setText(tr("This thread is no longer available."));
        m_stack->setCurrentIndex(0);
        return;
    }
    const Thread &thread = detail->summary.thread;
    m_title->setText(thread.title);
    QStringList marks;
    if (thread.pinned)
        marks << tr("Pinned");
    if (thread.kind == ThreadKind::Question)
        marks << (thread.acceptedPostId.isEmpty() ? tr("Question") : tr("Answered"));
    if (thread.locked)
        marks << tr("Locked");
    m_marks->setText(marks.join(QStringLiteral(" · ")));
    m_marks->setVisible(!marks.isEmpty());
    const int replies = qMax(0, int(detail->posts.size()) - 1);
    m_meta->setText(tr("Started by %1 · %2 · %n reply(s)", nullptr, replies)
                        .arg(detail->summary.authorName, Format::relativeTime(thread.createdAt)));
    m_locked = thread.locked;
    const std::optional<User> me = m_client->currentUser();
    m_threadTargets = {{tr("this thread"), QStringLiteral("thread"), thread.id},
                       {tr("its author, %1").arg(detail->summary.authorName),
                        QStringLiteral("user"), thread.authorId}};
    m_reportThread->setVisible(!me || me->id != thread.authorId);
    m_composer->setLocked(thread.locked, tr("This thread is locked: new replies are closed."));
    // A space that keeps replies to some: the reason instead of a composer that would be refused.
    const QString replyRefusal =
        thread.spaceId.isEmpty() || !m_replyGate ? QString() : m_replyGate(thread.spaceId);
    m_mayReply = replyRefusal.isEmpty();
    m_replyRule->setText(replyRefusal);
    m_replyRule->setVisible(!replyRefusal.isEmpty());
    m_composerBox->setVisible(replyRefusal.isEmpty());
    m_stack->setCurrentIndex(1);
    m_posts->setPosts(detail->posts, thread.acceptedPostId);
    markReadIfSeen();
    Q_EMIT threadLoaded(m_threadId);
}

void ThreadView::markReadIfSeen() {
    // Read means seen: the thread is on screen in the active window.
    if (m_threadId.isEmpty() || !isVisible() || !window()->isActiveWindow())
        return;
    m_client->discussions().markThreadRead(m_threadId);
}

void ThreadView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::ActivationChange && window()->isActiveWindow())
        markReadIfSeen();
    QWidget::changeEvent(event);
}

void ThreadView::rebuildPosts() {
    const int scrollValue = m_scroll->verticalScrollBar()->value();
    m_canvas->setUpdatesEnabled(false);
    for (PostWidget *widget : postWidgets())
        delete widget;
    PostWidget *scrollTarget = nullptr;
    const std::optional<User> me = m_client->currentUser();
    for (int row = 0; row < m_posts->rowCount(); ++row) {
        const PostView *view = m_posts->postAt(row);
        const bool accepted = m_posts->index(row).data(PostListModel::IsAcceptedRole).toBool();
        const bool mine = me && view->post.authorId == me->id;
        auto *widget = new PostWidget(*view, accepted, !m_locked && m_mayReply, mine, m_canvas);
        connect(widget, &PostWidget::editRequested, this, &ThreadView::editPost);
        connect(widget, &PostWidget::deleteRequested, this, &ThreadView::deletePost);
        if (!mine && m_client->moderation().isLikelySpam(view->post.body))
            widget->collapseAsSpam();
        const QVector<ReportDialog::Target> targets{
            {tr("this post"), QStringLiteral("post"), view->post.id},
            {tr("its author, %1").arg(view->authorName), QStringLiteral("user"),
             view->post.authorId}};
        connect(widget, &PostWidget::reportRequested, this,
                [this, targets](const QString &) { openReport(targets); });
        m_postsLayout->insertWidget(m_postsLayout->count() - 1, widget);
        connect(widget, &PostWidget::replyRequested, m_composer, &Composer::setReplyTarget);
        connect(widget, &PostWidget::reactionToggled, &m_client->discussions(),
                &DiscussionsService::toggleReaction);
        connect(widget, &PostWidget::editAndResendRequested, this, &ThreadView::editAndResend);
        connect(widget, &PostWidget::discardRequested, this, &ThreadView::discardFailed);
        if (view->post.id == m_scrollToPostId)
            scrollTarget = widget;
    }
    m_canvas->setUpdatesEnabled(true);
    if (scrollTarget) {
        // Cleared only once done: a rebuild before the timer (the outbox state of the new post
        // changing) deletes the widget, cancels the call, and tries again.
        QTimer::singleShot(0, scrollTarget, [this, scrollTarget] {
            // The scroll area learns the canvas's new height from a posted layout request.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            m_scroll->ensureWidgetVisible(scrollTarget, 0, 40);
            m_scrollToPostId.clear();
        });
    } else {
        QTimer::singleShot(
            0, this, [this, scrollValue] { m_scroll->verticalScrollBar()->setValue(scrollValue); });
    }
}

void ThreadView::send(const QString &body, const QString &parentId) {
    if (m_threadId.isEmpty())
        return;
    const QString editing = m_composer->editTargetId();
    if (!editing.isEmpty()) {
        // A refused edit being redone: the new edit replaces it.
        dropRejected(editing);
        m_client->discussions().editPost(editing, body);
        m_composer->clear();
        reload();
        return;
    }
    if (m_locked)
        return;
    const QString postId = m_client->discussions().createPost(m_threadId, parentId, body);
    if (postId.isEmpty())
        return; // errorOccurred tells the user; the text stays in the composer
    m_scrollToPostId = postId;
    m_composer->clear();
    if (!m_resendOf.isEmpty()) {
        dropRejected(m_resendOf); // the new reply is queued: the rejected one can go
        m_resendOf.clear();
    }
    reload();
}

PostWidget *ThreadView::postWidget(const QString &postId) const {
    for (PostWidget *widget : postWidgets()) {
        if (widget->postId() == postId)
            return widget;
    }
    return nullptr;
}

void ThreadView::setConfirmDiscard(std::function<bool(const QString &)> confirm) {
    m_confirmDiscard = std::move(confirm);
}

void ThreadView::setConfirmDelete(std::function<bool(const QString &)> confirm) {
    m_confirmDelete = std::move(confirm);
}

void ThreadView::editPost(const QString &postId) {
    for (int row = 0; row < m_posts->rowCount(); ++row) {
        const PostView *view = m_posts->postAt(row);
        if (view->post.id == postId) {
            m_composerBox->show(); // one's own post stays editable where replies are closed
            m_composer->setEditTarget(postId, view->post.body);
            return;
        }
    }
}

void ThreadView::deletePost(const QString &postId) {
    for (int row = 0; row < m_posts->rowCount(); ++row) {
        const PostView *view = m_posts->postAt(row);
        if (view->post.id == postId) {
            if (!m_confirmDelete(view->post.body.simplified().left(60)))
                return;
            if (m_composer->editTargetId() == postId)
                m_composer->clear();
            m_client->discussions().deletePost(postId);
            return;
        }
    }
}

void ThreadView::editAndResend(const QString &postId) {
    // A refused edit: its text is the outbox's (the post shows the server's version).
    for (int row = 0; row < m_posts->rowCount(); ++row) {
        const PostView *view = m_posts->postAt(row);
        if (view->post.id == postId && view->pendingType == QLatin1String("post.edit")) {
            m_composer->setEditTarget(postId, view->refusedEdit);
            return;
        }
    }
    editAndResendReply(postId);
}

void ThreadView::editAndResendReply(const QString &postId) {
    const PostView *rejected = nullptr;
    for (int row = 0; row < m_posts->rowCount(); ++row) {
        if (m_posts->postAt(row)->post.id == postId)
            rejected = m_posts->postAt(row);
    }
    if (!rejected)
        return;
    const QString parentId = rejected->post.parentId;
    const QString body = rejected->post.body;
    QString parentAuthor;
    for (int row = 0; row < m_posts->rowCount(); ++row) {
        if (m_posts->postAt(row)->post.id == parentId)
            parentAuthor = m_posts->postAt(row)->authorName;
    }
    m_composer->clear();
    m_composer->setText(body);
    if (!parentId.isEmpty() && !parentAuthor.isEmpty())
        m_composer->setReplyTarget(parentId, parentAuthor);
    m_composer->focusEditor();
    m_composer->editor()->moveCursor(QTextCursor::End);
    m_resendOf = postId;
}

void ThreadView::discardFailed(const QString &postId) {
    QString body;
    for (int row = 0; row < m_posts->rowCount(); ++row) {
        if (m_posts->postAt(row)->post.id == postId)
            body = m_posts->postAt(row)->post.body;
    }
    if (!body.trimmed().isEmpty() && !m_confirmDiscard(body.simplified().left(60)))
        return;
    if (m_resendOf == postId)
        m_resendOf.clear();
    dropRejected(postId);
}

void ThreadView::dropRejected(const QString &postId) {
    m_client->fetchOutbox(this, [this, postId](QVector<OutboxEntry> entries) {
        for (const OutboxEntry &entry : entries) {
            if (entry.entityId == postId && entry.state == OutboxState::Failed)
                m_client->discardOutbox(entry.seq);
        }
    });
}

void ThreadView::openReport(const QVector<ReportDialog::Target> &targets) {
    auto *dialog = new ReportDialog(targets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ReportDialog::Target t = dialog->target();
        m_client->moderation().report(t.kind, t.id, dialog->reason(), dialog->note());
    });
    dialog->open();
}

} // namespace lyceum::ui
