// Starts the app the way the command line asks and owns what lives for the whole run:
// - demo (no profile, or --demo): DemoLauncher → Client on <AppData>/profiles/demo → sign in as
//   the demo learner → main window → sync; the child server stops when the session ends;
// - --profile DIR: open the profile, restore the saved session or show the login dialog.
#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QUrl>
#include <memory>

namespace lyceum {
class Client;
struct ApiError;
} // namespace lyceum

namespace lyceum::ui {

class DemoLauncher;
class LinkRouter;
class LoginDialog;
class MainWindow;
class StartupWindow;

struct StartupOptions {
    bool demo = true;
    QString profileDir;
    QString language;       // resolved UI language
    QString screenshotDir;  // non-empty: take the screenshot tour, then quit
    QSize windowSize;       // empty: default
    QString serverBinary;   // empty: next to the executable
    QString demoDataDir;    // empty: <AppData>/demo-server
    QString demoProfileDir; // empty: <AppData>/profiles/demo
    QString openLink;       // a lyceum:// link to open once the main window shows
};

class AppSession : public QObject {
    Q_OBJECT
public:
    explicit AppSession(StartupOptions options, QObject *parent = nullptr);
    ~AppSession() override;

    void start();
    // Stops the demo server; called before the process exits.
    void shutdown();
    bool restartRequested() const { return m_restart; }
    // Arguments for the restarted process when it must open another profile (the switcher, a
    // link into another community); empty: the same command line as this run.
    QStringList restartArguments() const { return m_restartArgs; }

    // A link handed over by a second process, or given on the command line: opened in the main
    // window (queued until it shows).
    void openLink(const QString &link);
    void raiseWindow();
    LinkRouter *linkRouter() const { return m_router.get(); }

    Client *client() const { return m_client.get(); }
    MainWindow *mainWindow() const { return m_main.get(); }

Q_SIGNALS:
    void quitRequested();

private:
    void startDemo();
    void startProfile();
    void createClient(const QString &profileDir, bool useKeychain);
    void demoServerReady(const QUrl &url);
    void showLogin(const QString &message = QString());
    void showMain();
    void fatal(const QString &title, const QString &details);
    void signOut();
    void attachDesktop();
    void restartInto(const QString &profileDir, bool demo, const QString &link);
    QString currentProfileDir() const;

    StartupOptions m_options;
    std::unique_ptr<StartupWindow> m_startup;
    std::unique_ptr<DemoLauncher> m_launcher;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<LinkRouter> m_router;
    QUrl m_demoUrl;
    QString m_pendingLink;
    QStringList m_restartArgs;
    bool m_restart = false;
};

} // namespace lyceum::ui
