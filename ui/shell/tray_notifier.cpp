#include "shell/tray_notifier.h"

#include "client/discussions_service.h"
#include "common/icons.h"
#include "common/theme.h"
#include "desktop/tray_badge.h"

#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace lyceum::ui {

namespace {
const char *const kSettingsKey = "notifications/desktop";
}

TrayNotifier::TrayNotifier(Client *client, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window)
    , m_coalesce(new QTimer(this))
    , m_unreadRefresh(new QTimer(this)) {
    qRegisterMetaType<lyceum::NoticeText>();
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(1500);
    connect(m_coalesce, &QTimer::timeout, this, &TrayNotifier::flush);
    connect(&m_client->discussions(), &DiscussionsService::noticesArrived, this,
            &TrayNotifier::onNotices);
    // The unread count follows the cache (a sync commits in pages: one read after the burst).
    m_unreadRefresh->setSingleShot(true);
    m_unreadRefresh->setInterval(300);
    connect(m_client, &Client::cacheChanged, m_unreadRefresh, qOverload<>(&QTimer::start));
    connect(m_unreadRefresh, &QTimer::timeout, this, [this] {
        m_client->discussions().fetchUnreadBySpace(this,
                                                   [this](const QHash<QString, int> &bySpace) {
                                                       int total = 0;
                                                       for (const int n : bySpace)
                                                           total += n;
                                                       setUnreadCount(total);
                                                   });
    });
    m_unreadRefresh->start();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_baseIcon = qApp->windowIcon().isNull() ? makeIcon(IconKind::Reply, theme::accent, 32)
                                                 : qApp->windowIcon();
        m_tray->setIcon(m_baseIcon);
        m_tray->setToolTip(tr("Lyceum"));
        auto *menu = new QMenu(m_window);
        menu->addAction(tr("Show Lyceum"), this, &TrayNotifier::showWindow);
        menu->addSeparator();
        menu->addAction(tr("Quit"), this, &TrayNotifier::quitRequested);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        showWindow();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showWindow();
            if (!m_lastThreadId.isEmpty())
                Q_EMIT openThreadRequested(m_lastThreadId, m_lastPostId);
        });
        m_tray->show();
    }
}

void TrayNotifier::setUnreadCount(int unread) {
    m_unread = qMax(0, unread);
    if (!m_tray)
        return;
    m_tray->setIcon(iconWithUnreadBadge(m_baseIcon, m_unread));
    m_tray->setToolTip(m_unread > 0 ? tr("Lyceum: %n unread post(s)", nullptr, m_unread)
                                    : tr("Lyceum"));
}

bool TrayNotifier::enabledInSettings() {
    return QSettings().value(QLatin1String(kSettingsKey), true).toBool();
}

void TrayNotifier::setEnabledInSettings(bool enabled) {
    QSettings().setValue(QLatin1String(kSettingsKey), enabled);
}

bool TrayNotifier::trayVisible() const {
    return m_tray && m_tray->isVisible();
}

void TrayNotifier::setCoalesceMs(int ms) {
    m_coalesce->setInterval(ms);
}

void TrayNotifier::onNotices(const QVector<Notice> &notices) {
    // Only while the user is elsewhere: in the window, the unread badges tell.
    if (!enabledInSettings() || (m_window && m_window->isActiveWindow()))
        return;
    m_pending += notices;
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void TrayNotifier::flush() {
    if (m_pending.isEmpty())
        return;
    const NoticeText text = summarize(m_pending);
    m_pending.clear();
    if (m_window && m_window->isActiveWindow())
        return; // came back meanwhile
    m_lastThreadId = text.threadId;
    m_lastPostId = text.postId;
    if (m_tray)
        m_tray->showMessage(text.title, text.body, QSystemTrayIcon::Information, 8000);
    if (m_window)
        QApplication::alert(m_window); // the taskbar entry asks for attention too
    Q_EMIT noticeShown(text);
}

void TrayNotifier::showReminder(const QString &challengeId, const QString &title,
                                const QString &prompt) {
    Q_UNUSED(challengeId)
    if (!enabledInSettings())
        return;
    NoticeText text;
    text.title = tr("Time to check in: %1").arg(title);
    text.body = prompt.isEmpty() ? tr("You have not checked in today yet.") : prompt;
    if (m_tray)
        m_tray->showMessage(text.title, text.body, QSystemTrayIcon::Information, 8000);
    Q_EMIT noticeShown(text);
}

void TrayNotifier::showWindow() {
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace lyceum::ui
