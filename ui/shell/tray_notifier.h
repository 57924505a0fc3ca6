// The tray icon and desktop notifications. When posts arrive that concern the user (replies to
// their threads or posts, mentions: Client::noticesArrived) while the main window is not the
// active window, one message tells of them, coalescing a burst (notices within a short window
// become one "3 new replies"). Clicking the message or the icon brings the window back, and
// the message opens the thread. The tray menu shows the window or quits.
//
// Without a system tray (isSystemTrayAvailable() false, e.g. offscreen) nothing is shown, but
// the decision is still made and reported through noticeShown, which is what tests observe.
// The user turns notifications off in Settings (QSettings key notifications/desktop).
#pragma once

#include "client/client.h"
#include "client/discussions_service.h"

#include <QIcon>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace lyceum::ui {

class TrayNotifier : public QObject {
    Q_OBJECT
public:
    TrayNotifier(Client *client, QWidget *window, QObject *parent = nullptr);

    static bool enabledInSettings();
    static void setEnabledInSettings(bool enabled);

    bool trayVisible() const;
    // The unread count drawn on the tray icon and said in its tooltip (desktop/tray_badge.h);
    // refreshed from the cache whenever it changes.
    void setUnreadCount(int unread);
    int unreadCount() const { return m_unread; }
    // Delay that gathers a burst into one message (tests shorten it).
    void setCoalesceMs(int ms);
    // A check-in challenge's daily reminder (learning/challenge_reminder.h), through the same
    // tray message and noticeShown; shown even while the window is active.
    void showReminder(const QString &challengeId, const QString &title, const QString &prompt);

Q_SIGNALS:
    // A notification was decided (and shown when there is a tray).
    void noticeShown(const lyceum::NoticeText &text);
    void openThreadRequested(const QString &threadId, const QString &postId);
    void quitRequested();

private:
    void onNotices(const QVector<Notice> &notices);
    void flush();
    void showWindow();

    Client *m_client;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_coalesce;
    QVector<Notice> m_pending;
    QString m_lastThreadId;
    QIcon m_baseIcon;
    QTimer *m_unreadRefresh;
    int m_unread = 0;
    QString m_lastPostId;
};

} // namespace lyceum::ui

Q_DECLARE_METATYPE(lyceum::NoticeText)
