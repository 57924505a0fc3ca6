// The status bar's sync state: "Syncing… 120 changes", "Synced 3 minutes ago", "Offline",
// "2 posts waiting to send", with a Sync now button. Clicking the text while changes wait or
// were not accepted asks for the outbox panel.
#pragma once

#include "client/client.h"

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace lyceum::ui {

class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setStatus(const SyncStatus &status);
    QString text() const;
    static QString describe(const SyncStatus &status, qint64 nowMs);
    // Offline also when a send found no server, even if the last pull did not say so.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

Q_SIGNALS:
    void syncRequested();
    void outboxRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    SyncStatus m_status;
    bool m_offline = false;
    QLabel *m_dot;
    QLabel *m_label;
    QToolButton *m_syncNow;
    QTimer *m_tick;
};

} // namespace lyceum::ui
