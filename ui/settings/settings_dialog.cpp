#include "settings/settings_dialog.h"

#include "client/client.h"
#include "common/theme.h"
#include "desktop/autostart.h"
#include "i18n/language.h"
#include "shell/tray_notifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace lyceum::ui {

SettingsDialog::SettingsDialog(Client *client, const QString &currentLanguage, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_language(new QComboBox(this))
    , m_notifications(new QCheckBox(this))
    , m_currentLanguage(currentLanguage) {
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));

    auto *title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("PageTitle"));

    // Language names are shown in their own language so anyone can find theirs.
    m_language->setObjectName(QStringLiteral("LanguageBox"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language::savedChoice())));
    auto *languageNote = new QLabel(tr("A new language applies after Lyceum restarts."), this);
    languageNote->setObjectName(QStringLiteral("Muted"));
    languageNote->setWordWrap(true);

    auto *appearance = new QLabel(tr("Language"), this);
    appearance->setObjectName(QStringLiteral("SectionTitle"));
    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("&Interface language"), m_language);
    languageForm->addRow(QString(), languageNote);

    auto *notifications = new QLabel(tr("Notifications"), this);
    notifications->setObjectName(QStringLiteral("SectionTitle"));
    m_notifications->setObjectName(QStringLiteral("NotificationsBox"));
    m_notifications->setText(
        tr("&Notify me of replies and mentions while Lyceum is in the background"));
    m_notifications->setChecked(TrayNotifier::enabledInSettings());
    // A long sentence: let it wrap instead of widening the dialog.
    m_notifications->setStyleSheet(QStringLiteral("QCheckBox { spacing: 8px; }"));
    auto *startAtLogin = new QCheckBox(tr("&Start Lyceum when I sign in to this computer"), this);
    startAtLogin->setObjectName(QStringLiteral("StartAtLoginBox"));
    startAtLogin->setChecked(autostart::isEnabled());
    connect(startAtLogin, &QCheckBox::toggled, this, [this, startAtLogin](bool on) {
        QString error;
        if (!autostart::setEnabled(on, &error)) {
            QSignalBlocker block(startAtLogin);
            startAtLogin->setChecked(!on);
            QMessageBox::warning(this, tr("Start at login"), error);
        }
    });

    auto *account = new QLabel(tr("Account"), this);
    account->setObjectName(QStringLiteral("SectionTitle"));
    auto *accountForm = new QFormLayout;
    const std::optional<User> user = m_client->currentUser();
    auto *who = new QLabel(user ? user->displayName % QStringLiteral(" (@") % user->handle %
                                      QLatin1Char(')')
                                : tr("Not signed in"),
                           this);
    who->setTextFormat(Qt::PlainText);
    auto *server = new QLabel(m_client->serverUrl().toDisplayString(), this);
    server->setTextFormat(Qt::PlainText);
    server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *session = new QLabel(m_client->sessionPersistent()
                                   ? tr("Kept in the system keychain.")
                                   : tr("Kept in memory only: you sign in again after a restart."),
                               this);
    session->setWordWrap(true);
    session->setObjectName(QStringLiteral("Muted"));
    accountForm->addRow(tr("Signed in as"), who);
    accountForm->addRow(tr("Server"), server);
    accountForm->addRow(tr("Session"), session);
    auto *signOut = new QPushButton(tr("Sign out"), this);
    signOut->setEnabled(m_client->isLoggedIn());
    accountForm->addRow(QString(), signOut);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    theme::setRole(buttons->button(QDialogButtonBox::Ok), QStringLiteral("Primary"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(appearance);
    layout->addLayout(languageForm);
    layout->addSpacing(8);
    layout->addWidget(notifications);
    layout->addWidget(m_notifications);
    layout->addWidget(startAtLogin);
    layout->addSpacing(8);
    layout->addWidget(account);
    layout->addLayout(accountForm);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(signOut, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Sign out"),
            tr("Sign out of this community? Your downloaded content stays on this computer."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        QDialog::reject();
        Q_EMIT signOutRequested();
    });
}

void SettingsDialog::accept() {
    TrayNotifier::setEnabledInSettings(m_notifications->isChecked());
    const QString chosen = m_language->currentData().toString();
    const bool changed = chosen != language::savedChoice();
    language::saveChoice(chosen);
    QDialog::accept();
    const QString effective = chosen.isEmpty() ? language::systemLanguage() : chosen;
    if (!changed || effective == m_currentLanguage)
        return;
    QMessageBox box(QMessageBox::Question, tr("Restart Lyceum"),
                    tr("Restart Lyceum now to switch the language?"), QMessageBox::NoButton,
                    parentWidget());
    QPushButton *now = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == now)
        Q_EMIT restartRequested();
}

} // namespace lyceum::ui
