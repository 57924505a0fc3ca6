#include "shell/main_window.h"

#include "catalogue/catalogue_page.h"
#include "client/client.h"
#include "course/course_page.h"
#include "discussions/discussions_page.h"
#include "settings/settings_dialog.h"
#include "shell/sidebar.h"
#include "shell/sync_status_widget.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListView>
#include <QStackedWidget>
#include <QStatusBar>

namespace lyceum::ui {

MainWindow::MainWindow(Client *client, const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_language(language)
    , m_sidebar(new Sidebar(this))
    , m_pages(new QStackedWidget(this))
    , m_catalogue(new CataloguePage(client, this))
    , m_course(new CoursePage(client, this))
    , m_discussions(new DiscussionsPage(client, this))
    , m_sync(new SyncStatusWidget(this)) {
    setWindowTitle(tr("Lyceum"));
    setObjectName(QStringLiteral("MainWindow"));
    m_pages->addWidget(m_catalogue);
    m_pages->addWidget(m_course);
    m_pages->addWidget(m_discussions);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_sync);
    statusBar()->setSizeGripEnabled(false);
    m_sync->setStatus(m_client->syncStatus());

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
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { openSettings(); });
    addShortcut(QKeySequence::Find, [this] {
        showCatalogue();
        m_catalogue->focusSearch();
    });
    addShortcut(QKeySequence(Qt::Key_F5), [this] { m_client->syncNow(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] {
        showDiscussions();
        m_discussions->startNewThread();
    });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] {
        if (m_pages->currentWidget() == m_course)
            showCatalogue();
    });

    connect(m_sidebar, &Sidebar::pageRequested, this, [this](Sidebar::Page page) {
        if (page == Sidebar::Catalogue)
            showCatalogue();
        else
            showDiscussions();
    });
    connect(m_sidebar, &Sidebar::settingsRequested, this, &MainWindow::openSettings);
    connect(m_catalogue, &CataloguePage::courseActivated, this, &MainWindow::openCourse);
    connect(m_course, &CoursePage::backRequested, this, &MainWindow::showCatalogue);
    connect(m_course, &CoursePage::threadActivated, this, &MainWindow::openThread);
    connect(m_sync, &SyncStatusWidget::syncRequested, m_client, &Client::syncNow);
    connect(m_client, &Client::syncStatusChanged, m_sync, &SyncStatusWidget::setStatus);
    connect(m_client, &Client::errorOccurred, this, &MainWindow::showError);
    connect(m_client, &Client::loginFinished, this, &MainWindow::updateUser);
    connect(m_client, &Client::sessionRestored, this, &MainWindow::updateUser);
    connect(m_client, &Client::loggedOut, this, &MainWindow::updateUser);
    updateUser();
    resize(1180, 760);
    setMinimumSize(980, 620);
}

void MainWindow::showCatalogue() {
    m_sidebar->setCurrentPage(Sidebar::Catalogue);
    m_pages->setCurrentWidget(m_catalogue);
    m_catalogue->courseView()->setFocus();
}

void MainWindow::showDiscussions() {
    m_sidebar->setCurrentPage(Sidebar::Discussions);
    m_pages->setCurrentWidget(m_discussions);
    m_discussions->threadListView()->setFocus();
}

void MainWindow::openCourse(const QString &courseId) {
    if (courseId.isEmpty())
        return;
    m_sidebar->setCurrentPage(Sidebar::Catalogue);
    m_course->openCourse(courseId);
    m_pages->setCurrentWidget(m_course);
}

void MainWindow::openThread(const QString &threadId) {
    showDiscussions();
    m_discussions->openThread(threadId);
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

void MainWindow::updateUser() {
    const std::optional<User> user = m_client->currentUser();
    if (user)
        m_sidebar->setUser(user->displayName.isEmpty() ? user->handle : user->displayName,
                           user->handle);
    else
        m_sidebar->setUser(QString(), QString());
}

void MainWindow::showError(const ApiError &error) {
    if (!error.isError() || error.kind == ApiError::Kind::Cancelled)
        return;
    statusBar()->showMessage(error.message.isEmpty() ? tr("Something went wrong.") : error.message,
                             10 * 1000);
}

} // namespace lyceum::ui
