#include "account/devices_dialog.h"

#include "api/api_error.h"
#include "client/client.h"
#include "client/session_account.h"
#include "common/format.h"
#include "text/unsafe_chars.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCurrentRole = Qt::UserRole + 2;
} // namespace

DevicesDialog::DevicesDialog(Client *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_signOut(new QPushButton(tr("Sign out this device"), this))
    , m_signOutOthers(new QPushButton(tr("Sign out all other devices"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    setWindowTitle(tr("Your devices"));
    setObjectName(QStringLiteral("DevicesDialog"));
    auto *title = new QLabel(tr("Devices signed in"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    auto *note = new QLabel(tr("Sign out a device you no longer use or do not recognise. It will "
                               "have to sign in again with your password."),
                            this);
    note->setObjectName(QStringLiteral("Muted"));
    note->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("DeviceList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Device"), tr("Last seen")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Devices signed in"));
    m_list->setAccessibleDescription(tr("Delete signs out the selected device"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_message->setObjectName(QStringLiteral("Muted"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_signOut->setObjectName(QStringLiteral("DeviceSignOut"));
    m_signOutOthers->setObjectName(QStringLiteral("DeviceSignOutOthers"));

    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence(Qt::Key_Delete));
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &DevicesDialog::signOutSelected);
    m_list->addAction(remove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_signOutOthers);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setMinimumSize(520, 360);
    setTabOrder(m_list, m_signOut);
    setTabOrder(m_signOut, m_signOutOthers);
    setTabOrder(m_signOutOthers, m_close);

    connect(m_signOut, &QPushButton::clicked, this, &DevicesDialog::signOutSelected);
    connect(m_signOutOthers, &QPushButton::clicked, this, &DevicesDialog::signOutOthers);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DevicesDialog::updateButtons);
    updateButtons();
    reload();
}

QString DevicesDialog::deviceLabel(const accountapi::DeviceSession &session) {
    const QString name = text::withoutUnsafeChars(session.deviceName).trimmed();
    const QString shown = name.isEmpty() ? tr("Unnamed device") : name;
    return session.current ? tr("%1 (this device)").arg(shown) : shown;
}

void DevicesDialog::reload() {
    m_message->setText(tr("Loading…"));
    AccountService::of(*m_client).fetchDevices(
        this, [this](const ApiError &error, QVector<accountapi::DeviceSession> sessions) {
            if (error.isError()) {
                m_message->setText(error.message);
                Q_EMIT loaded(-1);
                return;
            }
            showSessions(sessions);
        });
}

void DevicesDialog::showSessions(const QVector<accountapi::DeviceSession> &sessions) {
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(0, kIdRole).toString() : QString();
    m_list->clear();
    for (const accountapi::DeviceSession &s : sessions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, deviceLabel(s));
        item->setText(1, s.current ? tr("Now") : Format::relativeTime(s.lastSeenAt));
        item->setData(0, kIdRole, s.id);
        item->setData(0, kCurrentRole, s.current);
        if (s.current) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        if (s.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    const int others = int(sessions.size()) - 1;
    const QString count = others > 0 ? tr("%n other device(s) signed in.", nullptr, others)
                                     : tr("No other device is signed in.");
    m_message->setText(m_done.isEmpty() ? count : m_done + QLatin1Char(' ') + count);
    m_done.clear();
    updateButtons();
    Q_EMIT loaded(int(sessions.size()));
}

void DevicesDialog::updateButtons() {
    const QTreeWidgetItem *item = m_list->currentItem();
    m_signOut->setEnabled(item && !item->data(0, kCurrentRole).toBool());
    m_signOutOthers->setEnabled(m_list->topLevelItemCount() > 1);
}

void DevicesDialog::say(const ApiError &error, const QString &success) {
    if (error.isError()) {
        m_message->setText(error.message);
        return;
    }
    m_done = success;
    reload();
}

void DevicesDialog::signOutSelected() {
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(0, kCurrentRole).toBool())
        return;
    const QString name = item->text(0);
    AccountService::of(*m_client).signOutDevice(
        item->data(0, kIdRole).toString(), this,
        [this, name](const ApiError &error) { say(error, tr("%1 was signed out.").arg(name)); });
}

void DevicesDialog::signOutOthers() {
    AccountService::of(*m_client).signOutOtherDevices(
        this, [this](const ApiError &error, int ended) {
            say(error, tr("%n other device(s) were signed out.", nullptr, ended));
        });
}

} // namespace lyceum::ui
