#include "discussions/discussions_page.h"

#include "client/client.h"
#include "client/discussions_service.h"
#include "client/moderation_service.h"
#include "common/elided_label.h"
#include "common/icons.h"
#include "common/theme.h"
#include "composer/new_thread_dialog.h"
#include "discussions/post_list_model.h"
#include "discussions/space_item_delegate.h"
#include "discussions/space_list_model.h"
#include "discussions/thread_item_delegate.h"
#include "discussions/thread_list_model.h"
#include "discussions/thread_view.h"
#include "learning/challenge_panel.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {
constexpr int kSpacesWidth = 210;
constexpr int kThreadsWidth = 340;
} // namespace

DiscussionsPage::DiscussionsPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_spaces(new SpaceListModel(this))
    , m_threads(new ThreadListModel(this))
    , m_spaceView(new QListView(this))
    , m_threadView(new QListView(this))
    , m_spaceTitle(new ElidedLabel(this))
    , m_spaceDescription(new QLabel(this))
    , m_threadsEmpty(new QLabel(this))
    , m_newThread(new QPushButton(tr("New thread"), this))
    , m_challenge(new ChallengeEntry(client, this))
    , m_postingRule(new QLabel(this))
    , m_spaceMenu(new QToolButton(this))
    , m_thread(new ThreadView(client, this))
    , m_splitter(new QSplitter(this))
    , m_reloadTimer(new QTimer(this)) {
    m_spacesPane = buildSpacesPane();
    QWidget *threadsPane = buildThreadsPane();
    QWidget *threadPane = buildThreadPane();
    m_splitter->addWidget(m_spacesPane);
    m_splitter->addWidget(threadsPane);
    m_splitter->addWidget(threadPane);
    m_splitter->setChildrenCollapsible(false);
    // Room for names: a space name of about 12 Chinese characters, a thread title of about 20
    // (longer ones elide, with the whole name in the tooltip).
    m_spacesPane->setMinimumWidth(170);
    threadsPane->setMinimumWidth(280);
    threadPane->setMinimumWidth(380);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({kSpacesWidth, kThreadsWidth, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 12, 12);
    layout->addWidget(m_splitter);

    // Reading order: spaces (or their menu), the space's header, its threads, the thread.
    setTabOrder(m_spaceView, m_spaceMenu);
    setTabOrder(m_spaceMenu, m_newThread);
    setTabOrder(m_newThread, m_threadView);
    connectSignals();
    updateThreadHeader();
    reload();
}

QWidget *DiscussionsPage::buildSpacesPane() {
    auto *spacesPane = new QWidget(this);
    auto *spacesTitle = new QLabel(tr("Discussions"), spacesPane);
    spacesTitle->setObjectName(QStringLiteral("PageTitle"));
    m_spaceView->setObjectName(QStringLiteral("SpaceList"));
    m_spaceView->setModel(m_spaces);
    m_spaceView->setItemDelegate(new SpaceItemDelegate(m_spaceView));
    m_spaceView->setAccessibleName(tr("Spaces"));
    m_spaceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_spaceView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_spaceView->setTextElideMode(Qt::ElideRight);
    auto *spacesLayout = new QVBoxLayout(spacesPane);
    spacesLayout->setContentsMargins(20, 20, 8, 12);
    spacesLayout->addWidget(spacesTitle);
    spacesLayout->addWidget(m_spaceView, 1);
    return spacesPane;
}

QWidget *DiscussionsPage::buildThreadsPane() {
    auto *threadsPane = new QWidget(this);
    m_spaceTitle->setObjectName(QStringLiteral("SectionTitle"));
    m_spaceDescription->setObjectName(QStringLiteral("Muted"));
    m_spaceDescription->setWordWrap(true);
    m_newThread->setObjectName(QStringLiteral("Primary"));
    m_newThread->setIcon(makeIcon(IconKind::Plus, theme::current().onAccent, 14));
    m_newThread->setToolTip(tr("Start a thread in this space (Ctrl+N)"));
    m_newThread->setAccessibleDescription(m_newThread->toolTip());
    // Narrow windows: the spaces list folds into this menu.
    m_spaceMenu->setObjectName(QStringLiteral("SpaceMenuButton"));
    // The arrow is part of the text: the style's own indicator overlapped it ("Spaces⌄").
    m_spaceMenu->setText(tr("Spaces") + QStringLiteral(" ▾"));
    m_spaceMenu->setAccessibleName(tr("Choose a space"));
    m_spaceMenu->setPopupMode(QToolButton::InstantPopup);
    m_spaceMenu->setMenu(new QMenu(m_spaceMenu));
    m_spaceMenu->hide();
    m_threadView->setObjectName(QStringLiteral("ThreadList"));
    m_threadView->setModel(m_threads);
    m_threadView->setItemDelegate(new ThreadItemDelegate(m_threadView));
    m_threadView->setAccessibleName(tr("Threads"));
    m_threadView->setMouseTracking(true);
    m_threadView->setUniformItemSizes(true);
    m_threadView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_postingRule->setObjectName(QStringLiteral("Muted"));
    m_postingRule->setProperty("role", QStringLiteral("posting-rule"));
    m_postingRule->setWordWrap(true);
    m_postingRule->hide();
    m_threadsEmpty->setObjectName(QStringLiteral("Muted"));
    m_threadsEmpty->setWordWrap(true);
    m_threadsEmpty->setAlignment(Qt::AlignCenter);
    // The space's name has a line of its own: beside the menu and New thread it kept about
    // eight characters at 1024 px.
    auto *threadsActions = new QHBoxLayout;
    threadsActions->addWidget(m_spaceMenu);
    threadsActions->addStretch();
    threadsActions->addWidget(m_newThread);
    auto *threadsLayout = new QVBoxLayout(threadsPane);
    threadsLayout->setContentsMargins(8, 24, 8, 12);
    threadsLayout->addWidget(m_spaceTitle);
    threadsLayout->addLayout(threadsActions);
    threadsLayout->addWidget(m_spaceDescription);
    threadsLayout->addWidget(m_challenge);
    threadsLayout->addWidget(m_postingRule);
    threadsLayout->addWidget(m_threadView, 1);
    threadsLayout->addWidget(m_threadsEmpty);
    return threadsPane;
}

QWidget *DiscussionsPage::buildThreadPane() {
    auto *threadPane = new QFrame(this);
    threadPane->setObjectName(QStringLiteral("Card"));
    auto *threadLayout = new QVBoxLayout(threadPane);
    threadLayout->setContentsMargins(1, 1, 1, 1);
    threadLayout->addWidget(m_thread);
    m_thread->setReplyGate([this](const QString &spaceId) { return replyRefusal(spaceId); });
    // The thread view's scroll area takes focus (to scroll by keyboard): give it a name.
    if (auto *posts = m_thread->findChild<QAbstractScrollArea *>(QStringLiteral("ThreadPosts")))
        posts->setAccessibleName(tr("Posts"));
    return threadPane;
}

void DiscussionsPage::connectSignals() {
    connect(m_spaceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { reloadThreads(); });
    connect(m_threadView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_thread->openThread(current.data(ThreadListModel::IdRole).toString());
            });
    // Assistive technologies pick an item by selecting it (AT-SPI's action on a list item), which
    // moves no current index: follow the selection too.
    for (QListView *view : {m_spaceView, m_threadView}) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, view,
                [view](const QItemSelection &selected) {
                    if (selected.indexes().size() == 1 &&
                        selected.indexes().first() != view->currentIndex())
                        view->setCurrentIndex(selected.indexes().first());
                });
    }
    connect(m_newThread, &QPushButton::clicked, this, &DiscussionsPage::startNewThread);
    // A thread opened from elsewhere (search, a notice, a link) brings its space along.
    connect(m_thread, &ThreadView::threadLoaded, this, [this](const QString &threadId) {
        if (threadId != m_followSpaceOf)
            return;
        m_followSpaceOf.clear();
        const auto summary = m_thread->postModel()->summary();
        if (!summary || summary->thread.spaceId.isEmpty())
            return;
        if (summary->thread.spaceId != currentSpaceId())
            selectSpace(summary->thread.spaceId);
    });
    connect(m_spaceMenu->menu(), &QMenu::aboutToShow, this, &DiscussionsPage::fillSpaceMenu);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(120);
    connect(m_reloadTimer, &QTimer::timeout, this, &DiscussionsPage::reload);
    connect(m_client, &Client::cacheChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(&m_client->discussions(), &DiscussionsService::unreadChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
}

void DiscussionsPage::setCompact(bool compact) {
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_spacesPane->setVisible(!compact);
    m_spaceMenu->setVisible(compact);
    if (isVisible())
        sizePanes();
}

void DiscussionsPage::sizePanes() {
    // The thread list keeps its width; the open thread takes what the spaces leave.
    const int total = m_splitter->width();
    if (total <= 0)
        return;
    const int spaces = m_compact ? 0 : kSpacesWidth;
    m_splitter->setSizes({spaces, kThreadsWidth, qMax(1, total - spaces - kThreadsWidth)});
    m_panesSized = true;
}

void DiscussionsPage::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (!m_panesSized) // the first real width; later the learner's own split stays
        sizePanes();
}

void DiscussionsPage::fillSpaceMenu() {
    QMenu *menu = m_spaceMenu->menu();
    menu->clear();
    const QString current = currentSpaceId();
    for (int row = 0; row < m_spaces->rowCount(); ++row) {
        const QModelIndex index = m_spaces->index(row);
        const QString id = index.data(SpaceListModel::IdRole).toString();
        QAction *action = menu->addAction(index.data(SpaceListModel::NameRole).toString(), this,
                                          [this, id] { selectSpace(id); });
        action->setCheckable(true);
        action->setChecked(id == current);
    }
}

void DiscussionsPage::reload() {
    m_client->discussions().fetchUnreadBySpace(
        this, [this](QHash<QString, int> unread) { m_spaces->setUnread(unread); });
    m_client->discussions().fetchMemberSpaces(this, [this](QSet<QString> member) {
        m_memberSpaces = std::move(member);
        updateThreadHeader();
    });
    m_client->discussions().fetchSpaces(this, [this](QVector<Space> spaces) {
        const QString current = currentSpaceId();
        m_spaceRules.clear();
        for (const Space &space : std::as_const(spaces)) {
            m_spaceRules.insert(space.id, space);
            if (space.slowModeS > 0)
                m_client->moderation().fetchLastOwnPostInSpace(space.id, this,
                                                               [this, id = space.id](qint64 at) {
                                                                   m_lastOwnPost.insert(id, at);
                                                                   updateThreadHeader();
                                                               });
        }
        m_spaces->setSpaces(spaces);
        int row = m_spaces->rowOf(current);
        if (row < 0 && m_spaces->rowCount() > 0)
            row = 0;
        if (row >= 0 && m_spaceView->currentIndex().row() != row)
            m_spaceView->setCurrentIndex(m_spaces->index(row));
        else
            reloadThreads();
    });
}

QString DiscussionsPage::currentSpaceId() const {
    return m_spaceView->currentIndex().data(SpaceListModel::IdRole).toString();
}

QString DiscussionsPage::currentSpaceName() const {
    return m_spaceView->currentIndex().data(SpaceListModel::NameRole).toString();
}

void DiscussionsPage::reloadThreads() {
    updateThreadHeader();
    const QString spaceId = currentSpaceId();
    if (spaceId.isEmpty()) {
        m_threads->clear();
        return;
    }
    m_client->discussions().fetchSpaceThreads(
        spaceId, this, [this, spaceId](QVector<ThreadSummary> threads) {
            if (spaceId != currentSpaceId())
                return;
            const QString open = m_thread->threadId();
            m_threads->setThreads(threads);
            const int row = m_threads->rowOf(open);
            if (row >= 0 && m_threadView->currentIndex().row() != row) {
                const QSignalBlocker blocker(m_threadView->selectionModel());
                m_threadView->setCurrentIndex(m_threads->index(row));
            }
            m_threadsEmpty->setText(tr("No threads here yet. Start the first one."));
            m_threadsEmpty->setVisible(threads.isEmpty());
        });
}

void DiscussionsPage::updateThreadHeader() {
    const QString name = currentSpaceName();
    m_spaceTitle->setFullText(name.isEmpty() ? tr("Threads") : name);
    m_spaceTitle->setToolTip(name);
    const QString description =
        m_spaceView->currentIndex().data(SpaceListModel::DescriptionRole).toString();
    m_spaceDescription->setText(description);
    m_spaceDescription->setVisible(!description.isEmpty());
    m_newThread->setEnabled(!currentSpaceId().isEmpty());
    m_challenge->setSpace(currentSpaceId());
    const QString refusal = startThreadsRefusal(currentSpaceId());
    m_newThread->setVisible(refusal.isEmpty());
    m_postingRule->setText(refusal);
    m_postingRule->setVisible(!refusal.isEmpty());
}

namespace {
// Whether the signed-in user belongs to the audience; nullopt when nobody is signed in.
bool includes(const Client *client, SpaceAudience audience, bool member) {
    const std::optional<User> me = client->currentUser();
    return !me || spaceAudienceIncludes(audience, me->role, member);
}
} // namespace

QString DiscussionsPage::spaceRuleRefusal(const QString &spaceId) const {
    const auto it = m_spaceRules.constFind(spaceId);
    const std::optional<User> me = m_client->currentUser();
    if (it == m_spaceRules.constEnd() || !me)
        return {};
    if (spaceClosedTo(*it, me->role))
        return tr("This space is closed: you can read it, but only the community's team posts "
                  "here.");
    const int wait = slowModeWaitS(*it, me->role, m_lastOwnPost.value(spaceId),
                                   QDateTime::currentMSecsSinceEpoch());
    if (wait <= 0)
        return {};
    // Asked again when the wait is over.
    QTimer::singleShot(wait * 1000 + 200, const_cast<DiscussionsPage *>(this),
                       &DiscussionsPage::updateThreadHeader);
    return tr("Slow mode: one post every %n second(s) here.", nullptr, it->slowModeS) +
           QLatin1Char(' ') + tr("You can post again in %n second(s).", nullptr, wait);
}

QString DiscussionsPage::startThreadsRefusal(const QString &spaceId) const {
    if (const QString rule = spaceRuleRefusal(spaceId); !rule.isEmpty())
        return rule;
    const auto it = m_spaceRules.constFind(spaceId);
    if (it == m_spaceRules.constEnd() ||
        includes(m_client, it->startThreads, m_memberSpaces.contains(spaceId)))
        return {};
    return it->startThreads == SpaceAudience::Staff
               ? tr("Only the community's team (teachers, moderators and admins) starts threads "
                    "in this space.")
               : tr("Only members of this space's courses can start threads here.");
}

QString DiscussionsPage::replyRefusal(const QString &spaceId) const {
    if (const QString rule = spaceRuleRefusal(spaceId); !rule.isEmpty())
        return rule;
    const auto it = m_spaceRules.constFind(spaceId);
    if (it == m_spaceRules.constEnd() ||
        includes(m_client, it->reply, m_memberSpaces.contains(spaceId)))
        return {};
    return it->reply == SpaceAudience::Staff
               ? tr("Only the community's team (teachers, moderators and admins) replies in this "
                    "space.")
               : tr("Only members of this space's courses can reply here.");
}

void DiscussionsPage::openThread(const QString &threadId) {
    openThreadAt(threadId, QString());
}

void DiscussionsPage::openThreadAt(const QString &threadId, const QString &postId) {
    m_followSpaceOf = threadId; // once it is in: its space in the list, its thread selected
    // The thread first (the view then knows it), then the list's selection without reopening.
    m_thread->openThreadAt(threadId, postId);
    const int row = m_threads->rowOf(threadId);
    if (row >= 0) {
        const QSignalBlocker blocker(m_threadView->selectionModel());
        m_threadView->setCurrentIndex(m_threads->index(row));
    } else {
        m_threadView->clearSelection();
    }
}

void DiscussionsPage::selectSpace(const QString &spaceId) {
    const int row = m_spaces->rowOf(spaceId);
    if (row >= 0)
        m_spaceView->setCurrentIndex(m_spaces->index(row));
}

void DiscussionsPage::startNewThread() {
    const QString spaceId = currentSpaceId();
    if (spaceId.isEmpty() || !startThreadsRefusal(spaceId).isEmpty())
        return;
    NewThreadDialog dialog(currentSpaceName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString threadId = m_client->discussions().createThread(
        spaceId, QString(), QString(), dialog.title(), dialog.kind(), dialog.body());
    if (threadId.isEmpty())
        return; // the client reported why through errorOccurred
    m_thread->openThread(threadId);
    reloadThreads();
}

} // namespace lyceum::ui
