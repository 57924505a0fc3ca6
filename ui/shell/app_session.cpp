#include "shell/app_session.h"

#include "catalogue/catalogue_page.h"
#include "client/client.h"
#include "demo/demo_launcher.h"
#include "desktop/link_router.h"
#include "desktop/profile_list.h"
#include "desktop/profile_switcher.h"
#include "login/login_dialog.h"
#include "shell/main_window.h"
#include "shell/screenshot_tour.h"
#include "shell/sidebar.h"
#include "shell/startup_probe.h"
#include "shell/startup_window.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace lyceum::ui {

AppSession::AppSession(StartupOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_startup(std::make_unique<StartupWindow>())
    , m_pendingLink(m_options.openLink) {
    connect(m_startup.get(), &StartupWindow::quitRequested, this, &AppSession::quitRequested);
    connect(m_startup.get(), &StartupWindow::retryRequested, this, &AppSession::start);
}

AppSession::~AppSession() {
    shutdown();
}

void AppSession::start() {
    m_main.reset();
    m_login.reset();
    m_client.reset();
    if (m_options.demo)
        startDemo();
    else
        startProfile();
}

void AppSession::shutdown() {
    if (m_launcher)
        m_launcher->stop();
}

void AppSession::createClient(const QString &profileDir, bool useKeychain) {
    Client::Options options{profileDir, useKeychain};
    // The demo keeps no keychain entry (its password is public), yet downloads like any profile.
    options.mediaKeyInProfile = !useKeychain && m_options.demo;
    m_client = std::make_unique<Client>(options);
    connect(m_client.get(), &Client::openFailed, this, [this](const ApiError &error) {
        fatal(tr("Lyceum could not open its local data."), error.message);
    });
}

void AppSession::startDemo() {
    m_startup->showProgress(tr("Starting the demo community…"));
    m_startup->show();
    const QString binary = m_options.serverBinary.isEmpty() ? DemoLauncher::defaultServerBinary()
                                                            : m_options.serverBinary;
    const QString dataDir =
        m_options.demoDataDir.isEmpty() ? DemoLauncher::defaultDataDir() : m_options.demoDataDir;
    m_launcher = std::make_unique<DemoLauncher>(binary, dataDir);
    connect(m_launcher.get(), &DemoLauncher::failed, this, [this](const QString &message) {
        fatal(tr("The demo community could not be started."), message);
    });
    connect(m_launcher.get(), &DemoLauncher::stoppedUnexpectedly, this,
            [this](const QString &message) {
                if (m_main)
                    m_main->hide();
                fatal(tr("The demo community stopped unexpectedly."), message);
            });
    connect(m_launcher.get(), &DemoLauncher::ready, this, &AppSession::demoServerReady);
    m_launcher->start();
}

void AppSession::demoServerReady(const QUrl &url) {
    m_demoUrl = url;
    m_startup->showProgress(tr("Signing in as the demo learner…"));
    const QString profileDir = m_options.demoProfileDir.isEmpty() ? DemoLauncher::demoProfileDir()
                                                                  : m_options.demoProfileDir;
    if (!QDir().mkpath(profileDir)) {
        fatal(tr("Lyceum could not create its profile folder."),
              QDir::toNativeSeparators(profileDir));
        return;
    }
    // The demo password is public, so its session never goes to the keychain.
    createClient(profileDir, false);
    connect(m_client.get(), &Client::opened, this, [this] {
        m_client->login(m_demoUrl, DemoLauncher::demoHandle(), DemoLauncher::demoPassword(), false);
    });
    connect(m_client.get(), &Client::loginFinished, this, [this](const ApiError &error) {
        if (m_main)
            return; // a later sign-in through the login dialog
        if (error.isError()) {
            fatal(tr("Signing in to the demo community failed."), error.message);
            return;
        }
        showMain();
    });
    m_client->open();
}

void AppSession::startProfile() {
    m_startup->showProgress(tr("Opening your profile…"));
    m_startup->show();
    if (!QDir().mkpath(m_options.profileDir)) {
        fatal(tr("Lyceum could not create its profile folder."),
              QDir::toNativeSeparators(m_options.profileDir));
        return;
    }
    createClient(m_options.profileDir, true);
    connect(m_client.get(), &Client::opened, this, [this] {
        if (m_client->serverUrl().isEmpty()) {
            showLogin();
            return;
        }
        m_startup->showProgress(tr("Restoring your session…"));
        m_client->restoreSession();
    });
    connect(m_client.get(), &Client::sessionRestored, this, [this](bool ok) {
        if (m_main)
            return;
        if (ok)
            showMain();
        else
            showLogin(tr("Please sign in again."));
    });
    m_client->open();
}

void AppSession::showLogin(const QString &message) {
    m_startup->hide();
    m_login = std::make_unique<LoginDialog>(m_client.get());
    if (m_options.demo && !m_demoUrl.isEmpty() && m_client->serverUrl().isEmpty())
        m_login->setServer(m_demoUrl);
    // A new profile opened for a link: the link's community is where to sign in.
    if (const auto link = parseLyceumLink(m_pendingLink);
        link && !m_options.demo && m_client->serverUrl().isEmpty())
        m_login->setServer(link->serverUrl());
    m_login->showMessage(message);
    connect(m_login.get(), &QDialog::accepted, this, [this] {
        m_login.release()->deleteLater();
        showMain();
    });
    connect(m_login.get(), &QDialog::rejected, this, [this] {
        if (!m_main || !m_main->isVisible())
            Q_EMIT quitRequested();
    });
    m_login->show();
}

void AppSession::showMain() {
    m_startup->hide();
    if (!m_main) {
        m_main = std::make_unique<MainWindow>(m_client.get(), m_options.language);
        connect(m_main.get(), &MainWindow::restartRequested, this, [this] {
            m_restart = true;
            Q_EMIT quitRequested();
        });
        connect(m_main.get(), &MainWindow::signOutRequested, this, &AppSession::signOut);
        connect(m_main.get(), &MainWindow::quitRequested, this, &AppSession::quitRequested);
        if (m_options.windowSize.isValid())
            m_main->resize(m_options.windowSize);
        attachDesktop();
    }
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    m_client->syncNow();
    if (!m_pendingLink.isEmpty())
        m_router->open(std::exchange(m_pendingLink, QString()));
    if (StartupProbe::requested()) {
        auto *probe = new StartupProbe(m_main->cataloguePage()->courseView(), this);
        connect(probe, &StartupProbe::finished, this, &AppSession::quitRequested);
    }
    if (!m_options.screenshotDir.isEmpty()) {
        auto *tour =
            new ScreenshotTour(m_main.get(), m_client.get(), m_options.screenshotDir, this);
        if (m_launcher)
            tour->setStopServer([this] { m_launcher->stop(); });
        connect(tour, &ScreenshotTour::finished, this, &AppSession::quitRequested);
        tour->start();
    }
}

QString AppSession::currentProfileDir() const {
    if (!m_options.demo)
        return m_options.profileDir;
    return m_options.demoProfileDir.isEmpty() ? DemoLauncher::demoProfileDir()
                                              : m_options.demoProfileDir;
}

// The link router, the community switcher in the sidebar, and remembering this profile.
void AppSession::attachDesktop() {
    QSettings settings;
    const QString demoDir = m_options.demoProfileDir.isEmpty() ? DemoLauncher::demoProfileDir()
                                                               : m_options.demoProfileDir;
    ProfileList profiles(&settings, demoDir);
    if (m_options.screenshotDir.isEmpty()) { // a screenshot tour leaves the user's list alone
        profiles.remember(currentProfileDir());
        profiles.setLast(currentProfileDir());
    }
    auto *switcher = new ProfileSwitcher(profiles.entries(), currentProfileDir());
    m_main->sidebar()->setProfileSwitcher(switcher);
    connect(switcher, &ProfileSwitcher::switchRequested, this,
            [this](const QString &dir, bool demo) { restartInto(dir, demo, QString()); });
    connect(switcher, &ProfileSwitcher::addRequested, this, [this, demoDir] {
        QSettings s;
        restartInto(ProfileList(&s, demoDir).newDirFor(QUrl(QStringLiteral("http://community"))),
                    false, QString());
    });
    m_router = std::make_unique<LinkRouter>(m_client.get(), m_main.get());
    connect(m_router.get(), &LinkRouter::otherCommunityRequested, this,
            [this, demoDir](const QString &link, const QUrl &server) {
                QSettings s;
                ProfileList list(&s, demoDir);
                QString dir;
                if (const auto parsed = parseLyceumLink(link))
                    dir = list.findForLink(*parsed);
                restartInto(dir.isEmpty() ? list.newDirFor(server) : dir, false, link);
            });
}

void AppSession::restartInto(const QString &profileDir, bool demo, const QString &link) {
    m_restartArgs = demo ? QStringList{QStringLiteral("--demo")}
                         : QStringList{QStringLiteral("--profile"), profileDir};
    if (!link.isEmpty())
        m_restartArgs << QStringLiteral("--open") << link;
    m_restart = true;
    Q_EMIT quitRequested();
}

void AppSession::openLink(const QString &link) {
    raiseWindow();
    if (m_router && m_main && m_main->isVisible())
        m_router->open(link);
    else
        m_pendingLink = link;
}

void AppSession::raiseWindow() {
    QWidget *window = m_main && m_main->isVisible() ? static_cast<QWidget *>(m_main.get())
                      : m_login                     ? static_cast<QWidget *>(m_login.get())
                                                    : static_cast<QWidget *>(m_startup.get());
    if (window->isMinimized())
        window->showNormal();
    window->raise();
    window->activateWindow();
}

void AppSession::signOut() {
    m_client->logout();
    m_main->hide();
    showLogin();
}

void AppSession::fatal(const QString &title, const QString &details) {
    if (m_login)
        m_login->hide();
    m_startup->showError(title, details);
    m_startup->show();
    m_startup->raise();
}

} // namespace lyceum::ui
