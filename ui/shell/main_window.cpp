#include "shell/main_window.h"

#include "catalogue/catalogue_page.h"
#include "client/client.h"
#include "client/commerce_service.h"
#include "commerce/checkout_dialog.h"
#include "commerce/wallet_page.h"
#include "common/format.h"
#include "common/theme.h"
#include "course/course_page.h"
#include "discussions/discussions_page.h"
#include "discussions/thread_view.h"
#include "downloads/downloads_page.h"
#include "home/home_page.h"
#include "i18n/language.h"
#include "inbox/inbox_page.h"
#include "learning/challenge_panel.h"
#include "library/library_page.h"
#include "markdown/image_source.h"
#include "moderation/moderation_page.h"
#include "outbox/outbox_panel.h"
#include "saved/saved_page.h"
#include "search/search_page.h"
#include "settings/settings_dialog.h"
#include "shell/moderation_notice_bar.h"
#include "shell/sidebar.h"
#include "shell/sync_status_widget.h"
#include "shell/tray_notifier.h"
#include "studio/studio_page.h"

#include <QAction>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QResizeEvent>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lyceum::ui {

// A navigation in progress: on leaving the outermost one, the place it left is recorded.
struct MainWindow::Move {
    explicit Move(MainWindow *window)
        : m_window(window)
        , m_from(window->here()) {
        ++m_window->m_moving;
    }
    ~Move() {
        if (--m_window->m_moving == 0 && !m_window->m_restoring)
            m_window->m_history.left(m_from, m_window->here());
        m_window->updateBackButton();
    }
    Move(const Move &) = delete;
    Move &operator=(const Move &) = delete;

private:
    MainWindow *m_window;
    NavigationHistory::Place m_from;
};

MainWindow::MainWindow(Client *client, const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_language(language)
    , m_reconnect(new QTimer(this))
    , m_notifier(new TrayNotifier(client, this, this)) {
    setObjectName(QStringLiteral("MainWindow"));
    ImageSource::instance()->setClient(client);
    buildUi();
    addShortcuts();
    connectClient();
    connect(m_notifier, &TrayNotifier::openThreadRequested, this, &MainWindow::openThreadAt);
    connect(m_notifier, &TrayNotifier::quitRequested, this, &MainWindow::quitRequested);
    attachChallengeReminders(client, m_notifier);
    connect(theme::changes(), &theme::Changes::changed, this, &MainWindow::scheduleRebuild);
    setOffline(m_client->syncStatus().state == SyncStatus::State::Offline);
    updateUser();
    fitToScreen();
}

QSize MainWindow::defaultSize(const QSize &available) {
    // Most of the screen, up to a comfortable reading size; never under the minimum.
    const QSize wanted(qMin(1280, available.width() * 9 / 10),
                       qMin(840, available.height() * 9 / 10));
    return wanted.expandedTo(minimumWindowSize())
        .boundedTo(available.isEmpty() ? wanted : available.expandedTo(minimumWindowSize()));
}

void MainWindow::fitToScreen() {
    setMinimumSize(minimumWindowSize());
    const QScreen *screen = this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(defaultSize(available.size()));
    move(available.center() - rect().center());
}

void MainWindow::buildUi() {
    setWindowTitle(tr("Lyceum"));
    m_sidebar = new Sidebar(this);
    m_sync = new SyncStatusWidget(this);
    m_offlineBanner = new QLabel(this);
    buildPages();
    setCentralWidget(buildCentral());
    statusBar()->addPermanentWidget(m_sync);
    statusBar()->setSizeGripEnabled(false);
    m_sync->setStatus(m_client->syncStatus());
    m_sync->setOffline(m_offline);
    m_offlineBanner->setVisible(m_offline);
    connectPages();
    applyWidth(width());
}

void MainWindow::buildPages() {
    m_pages = new QStackedWidget(this);
    m_catalogue = new CataloguePage(m_client, this);
    m_course = new CoursePage(m_client, this);
    m_discussions = new DiscussionsPage(m_client, this);
    m_wallet = new WalletPage(m_client, this);
    m_downloads = new DownloadsPage(m_client, this);
    m_search = new SearchPage(m_client, this);
    m_home = new HomePage(m_client, this);
    m_moderation = new ModerationPage(m_client, this);
    m_studio = new StudioPage(m_client, this);
    for (QWidget *page :
         std::initializer_list<QWidget *>{m_catalogue, m_course, m_discussions, m_wallet,
                                          m_downloads, m_search, m_home, m_moderation, m_studio})
        m_pages->addWidget(page);
    m_library = new LibraryPage(m_client, this);
    m_pages->addWidget(m_library);
    m_inbox = new InboxPage(m_client, this);
    m_pages->addWidget(m_inbox);
    m_saved = new SavedPage(m_client, this);
    m_pages->addWidget(m_saved);
}

QWidget *MainWindow::buildCentral() {
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->setSpacing(0);
    m_offlineBanner->setObjectName(QStringLiteral("OfflineBanner"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setText(tr("You're offline — reading from this computer; what you write is "
                                "sent when you're back online."));
    m_offlineBanner->setAccessibleName(tr("Offline"));
    m_offlineBanner->hide();
    m_noticeBar = new ModerationNoticeBar(m_client, central);
    pageColumn->addWidget(m_noticeBar);
    pageColumn->addWidget(m_offlineBanner);
    pageColumn->addWidget(m_pages, 1);
    layout->addLayout(pageColumn, 1);
    return central;
}

void MainWindow::addShortcuts() {
    const auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { showCatalogue(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_2), [this] { showDiscussions(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_3), [this] { showWallet(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_5), [this] { showDownloads(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), [this] { showSearch(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { showHome(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_7), [this] { showLibrary(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_4), [this] { showModeration(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_6), [this] { showStudio(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { openSettings(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { showInbox(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { showSaved(); });
    addShortcut(QKeySequence::Find, [this] {
        showCatalogue();
        m_catalogue->focusSearch();
    });
    addShortcut(QKeySequence(Qt::Key_F5), [this] { m_client->syncNow(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { openOutbox(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] {
        showDiscussions();
        m_discussions->startNewThread();
    });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] {
        if (m_history.canGoBack() || m_pages->currentWidget() == m_course)
            goBack();
    });
}

// What the widgets built by buildUi() send; they are rebuilt with them.
void MainWindow::connectPages() {
    connect(m_sidebar, &Sidebar::pageRequested, this, [this](Sidebar::Page page) {
        switch (page) {
        case Sidebar::Catalogue:
            return showCatalogue();
        case Sidebar::Wallet:
            return showWallet();
        case Sidebar::Downloads:
            return showDownloads();
        case Sidebar::Search:
            return showSearch();
        case Sidebar::Home:
            return showHome();
        case Sidebar::Library:
            return showLibrary();
        case Sidebar::Moderation:
            return showModeration();
        case Sidebar::Studio:
            return showStudio();
        case Sidebar::Inbox:
            return showInbox();
        case Sidebar::Saved:
            return showSaved();
        case Sidebar::Discussions:
            break;
        }
        showDiscussions();
    });
    connect(m_sidebar, &Sidebar::settingsRequested, this, &MainWindow::openSettings);
    connect(m_catalogue, &CataloguePage::courseActivated, this, &MainWindow::openCourse);
    connect(m_search, &SearchPage::courseRequested, this, &MainWindow::openCourse);
    connect(m_home, &HomePage::courseRequested, this, &MainWindow::openCourse);
    connect(m_home, &HomePage::lessonRequested, this,
            [this](const QString &courseId, const QString &lessonId) {
                const Move move(this);
                m_sidebar->setCurrentPage(Sidebar::Catalogue);
                m_course->openCourseAtLesson(courseId, lessonId);
                m_pages->setCurrentWidget(m_course);
            });
    connect(m_search, &SearchPage::threadRequested, this, &MainWindow::openThreadAt);
    connect(m_moderation, &ModerationPage::threadRequested, this, &MainWindow::openThreadAt);
    connect(m_library, &LibraryPage::courseRequested, this, &MainWindow::openCourse);
    connect(m_home, &HomePage::threadRequested, this, &MainWindow::openThreadAt);
    connect(m_library, &LibraryPage::lessonRequested, this,
            [this](const QString &courseId, const QString &lessonId) {
                openLesson(courseId, lessonId, 0);
            });
    connect(m_inbox, &InboxPage::threadRequested, this, &MainWindow::openThreadAt);
    connect(m_inbox, &InboxPage::lessonRequested, this,
            [this](const QString &courseId, const QString &lessonId) {
                openLesson(courseId, lessonId, 0);
            });
    connect(m_inbox, &InboxPage::unreadCountChanged, m_sidebar, &Sidebar::setInboxUnread);
    connect(m_saved, &SavedPage::threadRequested, this, &MainWindow::openThreadAt);
    m_sidebar->setInboxUnread(std::max(0, m_inbox->unreadCount()));
    connect(m_course, &CoursePage::backRequested, this, &MainWindow::goBack);
    connect(m_course, &CoursePage::threadActivated, this, &MainWindow::openThread);
    connect(m_course, &CoursePage::buyRequested, this,
            [this](const Course &course) { startCheckout(course); });
    connect(m_course, &CoursePage::membershipRequested, this, &MainWindow::chooseMembership);
    connect(m_course, &CoursePage::tierRequested, this, &MainWindow::startTierCheckout);
    connect(m_sync, &SyncStatusWidget::syncRequested, m_client, &Client::syncNow);
    connect(m_client, &Client::syncStatusChanged, m_sync, &SyncStatusWidget::setStatus);
    connect(m_sync, &SyncStatusWidget::outboxRequested, this, [this] { openOutbox(); });
}

// What the client sends to the window; made once, the slots read the current widgets.
void MainWindow::connectClient() {
    // A state change made outside a pull (the live channel losing or regaining the server).
    connect(m_client, &Client::syncStatusChanged, this, [this](const SyncStatus &status) {
        if (status.state == SyncStatus::State::Offline)
            setOffline(true);
        else if (status.state == SyncStatus::State::Idle &&
                 m_lastState == SyncStatus::State::Offline)
            setOffline(false);
        m_lastState = status.state;
    });
    // The live channel is up: the server is reachable (it flushes the outbox on connect).
    connect(m_client, &Client::liveStateChanged, this, [this](bool live) {
        if (live)
            setOffline(false);
    });
    // The pull says offline or back; a send that finds no server says offline too, since
    // writing while offline does not pull.
    connect(m_client, &Client::syncFinished, this, [this](const ApiError &error) {
        if (!error.isError())
            setOffline(false);
        else if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
            setOffline(true);
    });
    connect(m_client, &Client::outboxFlushed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
            setOffline(true);
    });
    m_reconnect->setInterval(15 * 1000);
    connect(m_reconnect, &QTimer::timeout, this, [this] {
        if (m_client->syncStatus().state != SyncStatus::State::Syncing)
            m_client->syncNow(); // sends the outbox in order first, then pulls
    });
    connect(m_client, &Client::errorOccurred, this, &MainWindow::showError);
    connect(m_client, &Client::loginFinished, this, &MainWindow::updateUser);
    connect(m_client, &Client::sessionRestored, this, &MainWindow::updateUser);
    connect(m_client, &Client::loggedOut, this, &MainWindow::updateUser);
}

void MainWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        scheduleRebuild();
}

void MainWindow::resizeEvent(QResizeEvent *event) {
    QMainWindow::resizeEvent(event);
    applyWidth(event->size().width());
}

// Narrow windows: the sidebar keeps its icons only; Discussions folds its spaces into a menu.
void MainWindow::applyWidth(int width) {
    m_sidebar->setCompact(width < 1000);
    m_discussions->setCompact(width < 1120);
}

void MainWindow::scheduleRebuild() {
    // Installing a translation sends several LanguageChange events; rebuild once, after them.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildPending = false;
        rebuild();
    });
}

QWidget *MainWindow::currentPage() const {
    return m_pages->currentWidget();
}

QList<QWidget *> MainWindow::pageList() const {
    return {m_catalogue, m_course,     m_discussions, m_wallet,  m_downloads, m_search,
            m_home,      m_moderation, m_studio,      m_library, m_inbox,     m_saved};
}

NavigationHistory::Place MainWindow::here() const {
    const Place p = place();
    return {int(pageList().indexOf(p.page)), p.courseId, p.threadId};
}

QString MainWindow::placeName(const NavigationHistory::Place &p) const {
    const QWidget *page = pageList().value(p.page);
    if (page == m_home)
        return tr("Home");
    if (page == m_search)
        return tr("Search");
    if (page == m_discussions)
        return tr("Discussions");
    if (page == m_wallet)
        return tr("Wallet");
    if (page == m_downloads)
        return tr("Downloads");
    if (page == m_moderation)
        return tr("Moderation");
    if (page == m_studio)
        return tr("Studio");
    if (page == m_library)
        return tr("My library");
    if (page == m_inbox)
        return tr("Inbox");
    if (page == m_saved)
        return tr("Saved");
    if (page == m_course)
        return tr("Previous course");
    return tr("Catalogue");
}

void MainWindow::updateBackButton() {
    m_course->setBackTarget(m_history.canGoBack() ? placeName(m_history.previous())
                                                  : tr("Catalogue"));
}

void MainWindow::goBack() {
    if (!m_history.canGoBack()) {
        showCatalogue();
        return;
    }
    const NavigationHistory::Place to = m_history.takePrevious();
    Place p;
    p.page = pageList().value(to.page, m_catalogue);
    p.courseId = to.courseId;
    p.threadId = to.threadId;
    m_restoring = true;
    restore(p);
    m_restoring = false;
    updateBackButton();
}

MainWindow::Place MainWindow::place() const {
    Place p;
    p.page = m_pages->currentWidget();
    if (p.page == m_course)
        p.courseId = m_course->courseId();
    if (p.page == m_discussions)
        p.threadId = m_discussions->threadView()->threadId();
    return p;
}

void MainWindow::restore(const Place &p) {
    if (!p.courseId.isEmpty())
        openCourse(p.courseId);
    else if (!p.threadId.isEmpty())
        openThread(p.threadId);
    else if (p.page == m_discussions)
        showDiscussions();
    else if (p.page == m_wallet)
        showWallet();
    else if (p.page == m_downloads)
        showDownloads();
    else if (p.page == m_search)
        showSearch();
    else if (p.page == m_home)
        showHome();
    else if (p.page == m_moderation)
        showModeration();
    else if (p.page == m_studio)
        showStudio();
    else if (p.page == m_library)
        showLibrary();
    else if (p.page == m_inbox)
        showInbox();
    else if (p.page == m_saved)
        showSaved();
    else
        showCatalogue();
}

void MainWindow::rebuild() {
    const Place before = place();
    // Map the old page to its kind before the widgets go.
    const int kind = int(pageList().indexOf(before.page));
    statusBar()->removeWidget(m_sync);
    delete m_sync;
    delete m_outbox;
    m_outbox = nullptr;
    if (!language::current().isEmpty())
        m_language = language::current();
    buildUi(); // setCentralWidget() deletes the old pages
    updateUser();
    Place after = before;
    after.page = kind >= 0 ? pageList().at(kind) : m_catalogue;
    m_restoring = true;
    restore(after);
    m_restoring = false;
    updateBackButton();
    ++m_rebuilds;
}

void MainWindow::showCatalogue() {
    const Move move(this);
    m_sidebar->setCurrentPage(Sidebar::Catalogue);
    m_pages->setCurrentWidget(m_catalogue);
    m_catalogue->courseView()->setFocus();
}

void MainWindow::showDiscussions() {
    const Move move(this);
    m_sidebar->setCurrentPage(Sidebar::Discussions);
    m_pages->setCurrentWidget(m_discussions);
    m_discussions->threadListView()->setFocus();
}

void MainWindow::showDownloads() {
    const Move move(this);
    m_sidebar->setCurrentPage(Sidebar::Downloads);
    m_pages->setCurrentWidget(m_downloads);
    m_downloads->refresh();
    m_downloads->list()->setFocus();
}

void MainWindow::showWallet() {
    const Move move(this);
    m_sidebar->setCurrentPage(Sidebar::Wallet);
    m_pages->setCurrentWidget(m_wallet);
    m_wallet->orders()->setFocus();
}

void MainWindow::showModeration() {
    const Move move(this);
    const auto user = m_client->currentUser();
    if (!user || (user->role != Role::Moderator && user->role != Role::Admin))
        return;
    m_sidebar->setCurrentPage(Sidebar::Moderation);
    m_pages->setCurrentWidget(m_moderation);
    m_moderation->refresh();
    m_moderation->list()->setFocus();
}

void MainWindow::showStudio() {
    const Move move(this);
    const auto user = m_client->currentUser();
    if (!user || (user->role != Role::Creator && user->role != Role::Admin))
        return;
    m_sidebar->setCurrentPage(Sidebar::Studio);
    m_pages->setCurrentWidget(m_studio);
    m_studio->reload();
    m_studio->list()->setFocus();
}

void MainWindow::showHome() {
    const Move move(this);
    m_sidebar->setCurrentPage(Sidebar::Home);
    m_pages->setCurrentWidget(m_home);
    m_home->reload();
    m_home->setFocus();
}

void MainWindow::showLibrary() {
    const Move move(this);
    m_sidebar->setCurrentPage(Sidebar::Library);
    m_pages->setCurrentWidget(m_library);
    m_library->reload();
    m_library->list()->setFocus();
}

void MainWindow::showInbox() {
    const Move move(this);
    m_sidebar->setCurrentPage(Sidebar::Inbox);
    m_pages->setCurrentWidget(m_inbox);
    m_inbox->reload();
    m_inbox->focusList();
}

void MainWindow::showSaved() {
    const Move move(this);
    m_sidebar->setCurrentPage(Sidebar::Saved);
    m_pages->setCurrentWidget(m_saved);
    m_saved->reload();
    m_saved->focusList();
}

void MainWindow::showSearch() {
    const Move move(this);
    m_sidebar->setCurrentPage(Sidebar::Search);
    m_pages->setCurrentWidget(m_search);
    m_search->focusField();
}

CheckoutDialog *MainWindow::startCheckout(const Course &course) {
    CheckoutDialog::Item item;
    item.courseId = course.id;
    item.title = course.title;
    item.price = course.price;
    item.currency = course.currency;
    auto *dialog = new CheckoutDialog(m_client, item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // "Start learning": the course at its next lesson, as soon as the purchase reaches the cache.
    connect(dialog, &CheckoutDialog::startLearningRequested, this, [this, id = course.id] {
        m_sidebar->setCurrentPage(Sidebar::Catalogue);
        m_course->startLearning(id);
        m_pages->setCurrentWidget(m_course);
    });
    dialog->open();
    return dialog;
}

CheckoutDialog *MainWindow::startTierCheckout(const Tier &t) {
    CheckoutDialog::Item item;
    item.tierId = t.id;
    item.title = Format::localized(t.names, t.name);
    item.price = t.price;
    item.currency = t.currency;
    item.interval = t.interval;
    auto *dialog = new CheckoutDialog(m_client, item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::chooseMembership() {
    m_client->commerce().fetchStore(this, [this](const ApiError &e, const QVector<Tier> &tiers) {
        if (e.isError() || tiers.isEmpty()) {
            showError(e.isError() ? e
                                  : ApiError::make(ApiError::Kind::Http,
                                                   tr("This community offers no membership.")));
            return;
        }
        QMenu menu(this);
        for (const Tier &t : tiers) {
            const QString label =
                tr("%1 — %2 per %3")
                    .arg(Format::localized(t.names, t.name), Format::price(t.price, t.currency),
                         t.interval == QLatin1String("year") ? tr("year") : tr("month"));
            menu.addAction(label, this, [this, t] { startTierCheckout(t); });
        }
        menu.exec(QCursor::pos());
    });
}

void MainWindow::openCourse(const QString &courseId) {
    if (courseId.isEmpty())
        return;
    const Move move(this);
    m_sidebar->setCurrentPage(Sidebar::Catalogue);
    m_course->openCourse(courseId);
    m_pages->setCurrentWidget(m_course);
}

void MainWindow::openThread(const QString &threadId) {
    openThreadAt(threadId, QString());
}

void MainWindow::openThreadAt(const QString &threadId, const QString &postId) {
    const Move move(this);
    showDiscussions();
    m_discussions->openThreadAt(threadId, postId);
}

void MainWindow::openLesson(const QString &courseId, const QString &lessonId, qint64 seconds) {
    const Move move(this);
    m_sidebar->setCurrentPage(Sidebar::Catalogue);
    m_course->openCourseAtLesson(courseId, lessonId, seconds);
    m_pages->setCurrentWidget(m_course);
}

SettingsDialog *MainWindow::openSettingsDialog() {
    auto *dialog = new SettingsDialog(m_client, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::restartRequested, this, &MainWindow::restartRequested);
    connect(dialog, &SettingsDialog::signOutRequested, this, &MainWindow::signOutRequested);
    return dialog;
}

void MainWindow::openSettings() {
    SettingsDialog *dialog = openSettingsDialog();
    dialog->open();
}

OutboxPanel *MainWindow::openOutbox() {
    if (!m_outbox)
        m_outbox = new OutboxPanel(m_client, this);
    m_outbox->refresh();
    m_outbox->show();
    m_outbox->raise();
    m_outbox->activateWindow();
    return m_outbox;
}

void MainWindow::setReconnectInterval(int ms) {
    m_reconnect->setInterval(ms);
}

void MainWindow::setOffline(bool offline) {
    m_offline = offline;
    m_offlineBanner->setVisible(offline);
    m_sync->setOffline(offline);
    if (offline && !m_reconnect->isActive())
        m_reconnect->start();
    else if (!offline)
        m_reconnect->stop();
}

void MainWindow::updateUser() {
    const std::optional<User> user = m_client->currentUser();
    if (user)
        m_sidebar->setUser(user->displayName.isEmpty() ? user->handle : user->displayName,
                           user->handle);
    else
        m_sidebar->setUser(QString(), QString());
    m_sidebar->setModerationVisible(user &&
                                    (user->role == Role::Moderator || user->role == Role::Admin));
    m_sidebar->setStudioVisible(user && (user->role == Role::Creator || user->role == Role::Admin));
}

void MainWindow::showError(const ApiError &error) {
    if (!error.isError() || error.kind == ApiError::Kind::Cancelled)
        return;
    statusBar()->showMessage(error.message.isEmpty() ? tr("Something went wrong.") : error.message,
                             10 * 1000);
}

} // namespace lyceum::ui
