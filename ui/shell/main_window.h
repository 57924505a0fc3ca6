// The main window: sidebar, the pages (catalogue, course, discussions) and the status bar
// with the sync state. It owns no data: pages fetch through the Client.
// Offline (the last pull or send found no server) shows a banner above the pages, and a timer
// tries again until the server answers; the outbox panel opens from the status bar or with
// Ctrl+Shift+O.
// The window fits the screen: its default size comes from the screen's available geometry, its
// minimum is 800x560, and on narrow windows the sidebar shows icons only and Discussions puts
// its spaces into a menu. A language or theme change rebuilds the widgets at once (LanguageChange
// or theme::changes()), keeping the page, the open course and the open thread.
#pragma once

#include "client/client.h"
#include "domain/commerce.h"
#include "shell/navigation_history.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTimer;

namespace lyceum {
class Client;
struct ApiError;
} // namespace lyceum

namespace lyceum::ui {

class CataloguePage;
class CoursePage;
class DiscussionsPage;
class OutboxPanel;
class WalletPage;
class DownloadsPage;
class SearchPage;
class HomePage;
class LibraryPage;
class InboxPage;
class SavedPage;
class ModerationPage;
class StudioPage;
class CheckoutDialog;
class TrayNotifier;
class ModerationNoticeBar;
class Sidebar;
class SyncStatusWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Client *client, const QString &language, QWidget *parent = nullptr);

    void showCatalogue();
    void showDiscussions();
    void showWallet();
    void showDownloads();
    void showSearch(); // and focuses the field
    void showHome();
    void showLibrary();
    void showInbox();      // and focuses its list
    void showSaved();      // the saved posts, focused
    void showModeration(); // staff only
    void showStudio();     // creators and admins
    // Opens the checkout for a course; window-modal, returns at once.
    CheckoutDialog *startCheckout(const Course &course);
    CheckoutDialog *startTierCheckout(const Tier &tier); // a membership
    void chooseMembership();
    void openCourse(const QString &courseId);
    void openThread(const QString &threadId);
    // What lyceum:// links open (desktop/link_router.h): a lesson at a second (0: where the
    // learner stopped); a thread at a post is openThreadAt.
    void openLesson(const QString &courseId, const QString &lessonId, qint64 seconds);
    // The thread at one of its posts, scrolled to and highlighted (search hits, notices, links).
    void openThreadAt(const QString &threadId, const QString &postId);
    void openSettings();
    OutboxPanel *openOutbox(); // non-modal; shown and raised
    // Back to the place before the last move (Alt+Left, the course page's back button); the
    // catalogue when there is none.
    void goBack();
    const NavigationHistory &history() const { return m_history; }
    QWidget *currentPage() const;

    bool isOffline() const { return m_offline; }
    QLabel *offlineBanner() const { return m_offlineBanner; }
    OutboxPanel *outboxPanel() const { return m_outbox; }
    void setReconnectInterval(int ms);

    CataloguePage *cataloguePage() const { return m_catalogue; }
    CoursePage *coursePage() const { return m_course; }
    DiscussionsPage *discussionsPage() const { return m_discussions; }
    WalletPage *walletPage() const { return m_wallet; }
    DownloadsPage *downloadsPage() const { return m_downloads; }
    SearchPage *searchPage() const { return m_search; }
    HomePage *homePage() const { return m_home; }
    LibraryPage *libraryPage() const { return m_library; }
    InboxPage *inboxPage() const { return m_inbox; }
    SavedPage *savedPage() const { return m_saved; }
    ModerationPage *moderationPage() const { return m_moderation; }
    StudioPage *studioPage() const { return m_studio; }
    Sidebar *sidebar() const { return m_sidebar; }
    SyncStatusWidget *syncStatus() const { return m_sync; }
    TrayNotifier *notifier() const { return m_notifier; }
    ModerationNoticeBar *noticeBar() const { return m_noticeBar; }
    class SettingsDialog *openSettingsDialog(); // non-modal, for screenshots and tests

    // The size a new window takes on a screen with this available geometry.
    static QSize defaultSize(const QSize &available);
    static QSize minimumWindowSize() { return {800, 560}; }
    // Rebuilds the pages in the current language and theme, keeping where the user was. Called
    // (once, after the event loop turns) on LanguageChange and on a theme change.
    void rebuild();
    int rebuildCount() const { return m_rebuilds; }

Q_SIGNALS:
    void restartRequested();
    void signOutRequested();
    void quitRequested(); // from the tray menu

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Place {
        QWidget *page = nullptr;
        QString courseId;
        QString threadId;
    };
    void buildUi();
    void buildPages();
    QWidget *buildCentral();
    void connectPages();
    void connectClient();
    void addShortcuts();
    void fitToScreen();
    void scheduleRebuild();
    void applyWidth(int width);
    Place place() const;
    void restore(const Place &place);
    struct Move; // records the place a navigation leaves (main_window.cpp)
    QList<QWidget *> pageList() const;
    NavigationHistory::Place here() const;
    QString placeName(const NavigationHistory::Place &place) const;
    void updateBackButton();
    void updateUser();
    void showError(const ApiError &error);
    void setOffline(bool offline);

    Client *m_client;
    QString m_language;
    Sidebar *m_sidebar;
    ModerationNoticeBar *m_noticeBar;
    QStackedWidget *m_pages;
    CataloguePage *m_catalogue;
    CoursePage *m_course;
    DiscussionsPage *m_discussions;
    WalletPage *m_wallet;
    DownloadsPage *m_downloads;
    SearchPage *m_search;
    HomePage *m_home;
    LibraryPage *m_library = nullptr;
    InboxPage *m_inbox = nullptr;
    SavedPage *m_saved = nullptr;
    ModerationPage *m_moderation;
    StudioPage *m_studio;
    SyncStatusWidget *m_sync;
    QLabel *m_offlineBanner;
    QTimer *m_reconnect;
    OutboxPanel *m_outbox = nullptr;
    TrayNotifier *m_notifier;
    bool m_offline = false;
    bool m_rebuildPending = false;
    NavigationHistory m_history;
    int m_moving = 0;         // nested navigations: the outermost records
    bool m_restoring = false; // going back or rebuilding: nothing is recorded
    int m_rebuilds = 0;
    SyncStatus::State m_lastState = SyncStatus::State::Idle;
};

} // namespace lyceum::ui
