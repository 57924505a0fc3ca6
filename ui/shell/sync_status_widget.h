// The status bar's sync state: "Syncing… 120 changes", "Synced 3 minutes ago", "Offline",
// "2 posts waiting to send", with a Sync now button.
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

Q_SIGNALS:
    void syncRequested();

private:
    void refresh();

    SyncStatus m_status;
    QLabel *m_dot;
    QLabel *m_label;
    QToolButton *m_syncNow;
    QTimer *m_tick;
};

} // namespace lyceum::ui
