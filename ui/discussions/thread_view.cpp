#include "discussions/thread_view.h"

#include "client/client.h"
#include "client/discussions_saved.h"
#include "client/discussions_service.h"
#include "client/moderation_service.h"
#include "common/format.h"
#include "composer/composer.h"
#include "desktop/link_router.h"
#include "discussions/post_list_model.h"
#include "discussions/post_list_view.h"
#include "discussions/post_widget.h"
#include "discussions/report_dialog.h"
#include "links/lyceum_link.h"
#include "moderation/moderation_page.h"

#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lyceum::ui {

ThreadView::ThreadView(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_posts(new PostListModel(client, this))
    , m_stack(new QStackedWidget(this))
    , m_emptyText(new QLabel(this))
    , m_title(new QLabel(this))
    , m_marks(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_reportThread(new QToolButton(this))
    , m_copyLink(new QToolButton(this))
    , m_list(new PostListView(
          m_posts, [this](int row, QWidget *host) { return makePostWidget(row, host); }, this))
    , m_composer(new Composer(this))
    , m_composerBox(nullptr)
    , m_replyRule(new QLabel(this))
    , m_reloadTimer(new QTimer(this))
    , m_reportNotice(new QLabel(this)) {
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
    m_meta->setWordWrap(true); // narrow: "· 3 replies" on a second line, never cut off

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
    m_copyLink->setObjectName(QStringLiteral("LinkButton"));
    m_copyLink->setProperty("action", QStringLiteral("copy-thread-link"));
    m_copyLink->setText(tr("Copy link"));
    m_copyLink->setToolTip(tr("Copy a lyceum:// link to this thread"));
    m_copyLink->hide();
    connect(m_copyLink, &QToolButton::clicked, this, [this] { copyLink({}); });
    metaRow->addWidget(m_copyLink);
    header->addWidget(m_title);
    header->addLayout(metaRow);
    m_reportNotice->setObjectName(QStringLiteral("ReportNotice"));
    m_reportNotice->setWordWrap(true);
    m_reportNotice->setAccessibleName(tr("Report sent"));
    m_reportNotice->hide();
    header->addWidget(m_reportNotice);

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
    m_composer->setGrowing(160); // one line that grows with the reply, not a fixed box
    m_composer->setMemberSource([this](const QString &prefix, auto answer) {
        m_client->discussions().fetchMembers(prefix, 8, m_composer,
                                             [answer](QVector<inboxstore::MemberName> found) {
                                                 QVector<Composer::Member> members;
                                                 for (const inboxstore::MemberName &m : found)
                                                     members.append({m.handle, m.displayName});
                                                 answer(members);
                                             });
    });
    composerLayout->addWidget(m_composer);

    auto *layout = new QVBoxLayout(thread);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
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
    connect(m_posts, &PostListModel::summaryChanged, this, &ThreadView::applySummary);
    connect(m_posts, &PostListModel::refreshed, this, &ThreadView::afterRefresh);
    connect(m_posts, &PostListModel::windowLoaded, this, [this] {
        if (!m_jumpTo.isEmpty())
            m_list->setHighlightedPost(std::exchange(m_jumpTo, QString()));
    });
    connect(m_posts, &PostListModel::threadMissing, this, [this] {
        m_shown = false;
        m_emptyText->setText(tr("This thread is no longer available."));
        m_stack->setCurrentIndex(0);
    });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100);
    connect(m_reloadTimer, &QTimer::timeout, this, &ThreadView::reload);
    connect(m_client, &Client::cacheChanged, this, [this] {
        if (!m_threadId.isEmpty())
            m_reloadTimer->start();
    });
    connect(&m_client->moderation(), &ModerationService::spamModelChanged, m_list,
            &PostListView::rebuildWidgets);
    connect(&SavedPosts::of(*m_client), &SavedPosts::changed, this, &ThreadView::fetchSaved);
    // New moderation notices may say why one of the user's posts was hidden.
    connect(&m_client->discussions(), &DiscussionsService::inboxChanged, this,
            &ThreadView::fetchModerated);
}

ThreadView::~ThreadView() = default;

void ThreadView::fetchModerated() {
    m_client->discussions().fetchModeratedPosts(this, [this](QHash<QString, QString> moderated) {
        const bool changed = moderated != m_moderatedPosts;
        m_moderatedPosts = std::move(moderated);
        if (changed && !m_threadId.isEmpty())
            m_list->rebuildWidgets();
    });
}

void ThreadView::fetchSaved() {
    SavedPosts::of(*m_client).fetchIds(this, [this](QSet<QString> saved) {
        m_savedPosts = std::move(saved);
        for (PostWidget *w : postWidgets())
            w->setSaved(m_savedPosts.contains(w->postId()));
    });
}

void ThreadView::openThread(const QString &threadId) {
    if (threadId == m_threadId)
        return;
    openThreadAt(threadId, QString());
}

void ThreadView::openThreadAt(const QString &threadId, const QString &postId) {
    if (threadId == m_threadId && !threadId.isEmpty()) {
        if (postId.isEmpty())
            return;
        const int row = m_posts->rowOf(postId);
        if (row >= 0) { // already held: no read
            m_list->scrollToRow(row);
            m_list->setHighlightedPost(postId);
            return;
        }
        m_jumpTo = postId;
        m_posts->openThread(threadId, postId);
        return;
    }
    m_threadId = threadId;
    m_resendOf.clear();
    m_scrollToPostId.clear();
    m_jumpTo = postId;
    m_unfoldedSpam.clear();
    m_shown = false;
    m_composer->clear();
    m_list->setHighlightedPost(QString());
    m_reportNotice->hide();
    m_posts->openThread(threadId, postId);
    m_client->moderation().fetchReported(QStringLiteral("post"), this,
                                         [this](QSet<QString> reported) {
                                             m_reportedPosts = std::move(reported);
                                             for (PostWidget *w : postWidgets()) {
                                                 if (m_reportedPosts.contains(w->postId()))
                                                     w->markReported();
                                             }
                                         });
    fetchModerated();
    fetchSaved();
    if (threadId.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_emptyText->setText(tr("Loading the thread…"));
    m_stack->setCurrentIndex(0);
}

QString ThreadView::highlightedPostId() const {
    return m_list->highlightedPost();
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
    return m_list->visibleWidgets();
}

void ThreadView::reload() {
    if (!m_threadId.isEmpty())
        m_posts->refresh();
}

void ThreadView::applySummary() {
    if (!m_posts->summary())
        return;
    const ThreadSummary &summary = *m_posts->summary();
    const Thread &thread = summary.thread;
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
    const int replies = qMax(0, m_posts->totalPosts() - 1);
    m_meta->setText(tr("Started by %1 · %2 · %n reply(s)", nullptr, replies)
                        .arg(summary.authorName, Format::relativeTime(thread.createdAt)));
    const std::optional<User> me = m_client->currentUser();
    m_threadTargets = {
        {tr("this thread"), QStringLiteral("thread"), thread.id},
        {tr("its author, %1").arg(summary.authorName), QStringLiteral("user"), thread.authorId}};
    m_reportThread->setVisible(!me || me->id != thread.authorId);
    m_copyLink->setVisible(!summary.pending);
    m_composer->setLocked(thread.locked, tr("This thread is locked: new replies are closed."));
    // A space that keeps replies to some: the reason instead of a composer that would be refused.
    const QString replyRefusal =
        thread.spaceId.isEmpty() || !m_replyGate ? QString() : m_replyGate(thread.spaceId);
    const bool mayReply = replyRefusal.isEmpty();
    const bool repliesChanged = mayReply != m_mayReply || thread.locked != m_locked;
    m_locked = thread.locked;
    m_mayReply = mayReply;
    m_replyRule->setText(replyRefusal);
    m_replyRule->setVisible(!replyRefusal.isEmpty());
    if (!m_shown || repliesChanged)
        m_composerBox->setVisible(replyRefusal.isEmpty());
    if (repliesChanged)
        m_list->rebuildWidgets(); // their Reply buttons follow the lock and the rule
    m_stack->setCurrentIndex(1);
    m_shown = true;
    markReadIfSeen();
    Q_EMIT threadLoaded(m_threadId);
}

// The user's new reply: scrolled to once the refresh brought it in; when it landed outside the
// rows held (a reply to the thread while reading its start), the window around it is loaded.
void ThreadView::afterRefresh() {
    if (m_scrollToPostId.isEmpty())
        return;
    const QString postId = std::exchange(m_scrollToPostId, QString());
    const int row = m_posts->rowOf(postId);
    if (row < 0) {
        m_posts->openThread(m_threadId, postId);
        return;
    }
    if (!m_list->widgetFor(postId))
        m_list->scrollToRow(row);
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

PostWidget *ThreadView::makePostWidget(int row, QWidget *parent) {
    const PostView *view = m_posts->postAt(row);
    const bool accepted = m_posts->index(row).data(PostListModel::IsAcceptedRole).toBool();
    const std::optional<User> me = m_client->currentUser();
    const bool mine = me && view->post.authorId == me->id;
    auto *widget = new PostWidget(*view, accepted, !m_locked && m_mayReply, mine, parent);
    const QString postId = view->post.id;
    connect(widget, &PostWidget::editRequested, this, &ThreadView::editPost);
    connect(widget, &PostWidget::deleteRequested, this, &ThreadView::deletePost);
    if (!mine && !m_unfoldedSpam.contains(postId) &&
        m_client->moderation().isLikelySpam(view->post.body)) {
        widget->collapseAsSpam();
        // Unfolded stays unfolded when the widget is made again (scrolled away and back).
        connect(widget->showSpamButton(), &QToolButton::clicked, this,
                [this, postId] { m_unfoldedSpam.insert(postId); });
    }
    const QVector<ReportDialog::Target> targets{
        {tr("this post"), QStringLiteral("post"), postId},
        {tr("its author, %1").arg(view->authorName), QStringLiteral("user"), view->post.authorId}};
    connect(widget, &PostWidget::reportRequested, this,
            [this, targets](const QString &) { openReport(targets); });
    if (m_reportedPosts.contains(postId))
        widget->markReported();
    if (mine && view->post.hidden && m_moderatedPosts.contains(postId))
        widget->setModerationReason(ModerationPage::templateLabel(m_moderatedPosts.value(postId)));
    connect(widget, &PostWidget::replyRequested, m_composer, &Composer::setReplyTarget);
    connect(widget, &PostWidget::reactionToggled, &m_client->discussions(),
            &DiscussionsService::toggleReaction);
    connect(widget, &PostWidget::editAndResendRequested, this, &ThreadView::editAndResend);
    connect(widget, &PostWidget::discardRequested, this, &ThreadView::discardFailed);
    connect(widget, &PostWidget::copyLinkRequested, this, &ThreadView::copyLink);
    widget->setSaved(m_savedPosts.contains(postId));
    connect(widget, &PostWidget::savedToggled, &SavedPosts::of(*m_client), &SavedPosts::setSaved);
    return widget;
}

void ThreadView::copyLink(const QString &postId) {
    if (m_threadId.isEmpty())
        return;
    copyLinkToClipboard(makeLyceumLink(
        m_client->serverUrl(), postId.isEmpty() ? LyceumLink::Kind::Thread : LyceumLink::Kind::Post,
        m_threadId, postId));
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
        return; // cacheChanged brings the edit in
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
}

PostWidget *ThreadView::postWidget(const QString &postId) const {
    return m_list->widgetFor(postId);
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
        // Feedback at once: the post says "Reported", and a sentence says what happens next.
        if (t.kind == QLatin1String("post")) {
            m_reportedPosts.insert(t.id);
            if (PostWidget *w = postWidget(t.id))
                w->markReported();
        }
        m_reportNotice->setText(tr("Reported. Thank you: the moderators will review it; "
                                   "nobody else sees who reported it."));
        m_reportNotice->show();
        QTimer::singleShot(8000, m_reportNotice, &QLabel::hide);
    });
    dialog->open();
}

} // namespace lyceum::ui
