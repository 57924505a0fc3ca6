#include "shell/sync_status_widget.h"

#include "common/format.h"
#include "common/icons.h"
#include "common/theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QTimer>
#include <QToolButton>

namespace lyceum::ui {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this))
    , m_syncNow(new QToolButton(this))
    , m_tick(new QTimer(this)) {
    setObjectName(QStringLiteral("SyncStatus"));
    m_dot->setFixedSize(10, 10);
    m_label->setObjectName(QStringLiteral("SyncStatusText"));
    m_syncNow->setIcon(makeIcon(IconKind::Sync, theme::mutedText, 14));
    m_syncNow->setAutoRaise(true);
    m_syncNow->setToolTip(tr("Sync now (F5)"));
    m_syncNow->setAccessibleName(tr("Sync now"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    layout->addWidget(m_syncNow);
    m_label->installEventFilter(this);
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::syncRequested);
    // "Synced n minutes ago" must age while nothing happens.
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_tick->start();
    refresh();
}

void SyncStatusWidget::setStatus(const SyncStatus &status) {
    m_status = status;
    refresh();
}

void SyncStatusWidget::setOffline(bool offline) {
    m_offline = offline;
    refresh();
}

bool SyncStatusWidget::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        Q_EMIT outboxRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString SyncStatusWidget::text() const {
    return m_label->text();
}

QString SyncStatusWidget::describe(const SyncStatus &status, qint64 nowMs) {
    QString main;
    switch (status.state) {
    case SyncStatus::State::Syncing:
        main = status.received > 0 ? tr("Syncing… %n change(s)", nullptr, int(status.received))
                                   : tr("Syncing…");
        break;
    case SyncStatus::State::Offline:
        main = tr("Offline");
        break;
    case SyncStatus::State::Error:
        main = status.message.isEmpty() ? tr("Sync failed")
                                        : tr("Sync failed: %1").arg(status.message);
        break;
    case SyncStatus::State::Idle:
        main = status.lastSyncedAt > 0
                   ? tr("Synced %1").arg(Format::relativeTime(status.lastSyncedAt, nowMs))
                   : tr("Not synced yet");
        break;
    }
    QStringList parts{main};
    if (status.outboxWaiting > 0)
        parts << tr("%n post(s) waiting to send", nullptr, status.outboxWaiting);
    if (status.outboxFailed > 0)
        parts << tr("%n post(s) not accepted", nullptr, status.outboxFailed);
    if (status.searchWaiting > 0) {
        const qint64 all = status.searchIndexed + status.searchWaiting;
        parts << tr("Indexing for search: %1 %").arg(status.searchIndexed * 100 / all);
    }
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusWidget::refresh() {
    SyncStatus shown = m_status;
    if (m_offline && shown.state != SyncStatus::State::Syncing)
        shown.state = SyncStatus::State::Offline;
    m_label->setText(describe(shown, QDateTime::currentMSecsSinceEpoch()));
    const bool outbox = m_status.outboxWaiting > 0 || m_status.outboxFailed > 0;
    m_label->setCursor(outbox ? Qt::PointingHandCursor : Qt::ArrowCursor);
    m_label->setToolTip(outbox ? tr("Show what is waiting to be sent (Ctrl+Shift+O)") : QString());
    QColor color = theme::success;
    switch (shown.state) {
    case SyncStatus::State::Syncing:
        color = theme::accent;
        break;
    case SyncStatus::State::Offline:
        color = theme::mutedText;
        break;
    case SyncStatus::State::Error:
        color = theme::danger;
        break;
    case SyncStatus::State::Idle:
        color = m_status.outboxFailed > 0    ? theme::danger
                : m_status.outboxWaiting > 0 ? theme::warning
                                             : theme::success;
        break;
    }
    m_dot->setStyleSheet(QStringLiteral("background: %1; border-radius: 5px;").arg(color.name()));
    m_syncNow->setEnabled(m_status.state != SyncStatus::State::Syncing);
}

} // namespace lyceum::ui
