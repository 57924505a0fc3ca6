#include "settings/settings_dialog.h"

#include "account/change_password_dialog.h"
#include "account/devices_dialog.h"
#include "client/client.h"
#include "common/theme.h"
#include "desktop/autostart.h"
#include "i18n/language.h"
#include "shell/tray_notifier.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lyceum::ui {

SettingsDialog::SettingsDialog(Client *client, const QString &currentLanguage, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_language(new QComboBox(this))
    , m_scheme(new QComboBox(this))
    , m_contrast(new QComboBox(this))
    , m_textSize(new QComboBox(this))
    , m_notifications(new QCheckBox(this))
    , m_speed(new QComboBox(this))
    , m_captions(new QCheckBox(this))
    , m_captionSize(new QComboBox(this))
    , m_downloadFolder(new QLineEdit(this))
    , m_currentLanguage(currentLanguage) {
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));

    auto *title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("PageTitle"));

    auto *notifications = new QLabel(tr("Notifications"), this);
    notifications->setObjectName(QStringLiteral("SectionTitle"));
    m_notifications->setObjectName(QStringLiteral("NotificationsBox"));
    m_notifications->setText(
        tr("&Notify me of replies and mentions while Lyceum is in the background"));
    m_notifications->setChecked(TrayNotifier::enabledInSettings());
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    theme::setRole(buttons->button(QDialogButtonBox::Ok), QStringLiteral("Primary"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    // The sections scroll between the title and the buttons: they no longer fit 700 px.
    auto *sections = new QWidget(this);
    auto *layout = new QVBoxLayout(sections);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(10);
    layout->addLayout(buildLanguage());
    layout->addSpacing(8);
    layout->addLayout(buildAppearance());
    layout->addSpacing(8);
    layout->addLayout(buildPlayer());
    layout->addSpacing(8);
    layout->addLayout(buildDownloads());
    layout->addSpacing(8);
    layout->addWidget(notifications);
    layout->addWidget(m_notifications);
    layout->addWidget(startAtLogin);
    layout->addSpacing(8);
    layout->addLayout(buildAccount());
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("SettingsSections"));
    scroll->setWidget(sections);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes through the fields; focus scrolls them in
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 16);
    outer->setSpacing(10);
    outer->addWidget(title);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);
    setMinimumWidth(540);
    resize(580, 640);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLayout *SettingsDialog::buildLanguage() {
    // Language names are shown in their own language so anyone can find theirs.
    m_language->setObjectName(QStringLiteral("LanguageBox"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language::savedChoice())));
    auto *section = new QLabel(tr("Language"), this);
    section->setObjectName(QStringLiteral("SectionTitle"));
    auto *form = new QFormLayout;
    form->addRow(section);
    form->addRow(tr("&Interface language"), m_language);
    return form;
}

QLayout *SettingsDialog::buildAppearance() {
    const theme::Appearance saved = theme::currentAppearance();
    m_scheme->setObjectName(QStringLiteral("SchemeBox"));
    m_scheme->addItem(tr("Follow the system"), int(theme::Scheme::System));
    m_scheme->addItem(tr("Light"), int(theme::Scheme::Light));
    m_scheme->addItem(tr("Dark"), int(theme::Scheme::Dark));
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(int(saved.scheme))));
    m_contrast->setObjectName(QStringLiteral("ContrastBox"));
    m_contrast->addItem(tr("Follow the system"), int(theme::Contrast::System));
    m_contrast->addItem(tr("Normal"), int(theme::Contrast::Normal));
    m_contrast->addItem(tr("High"), int(theme::Contrast::High));
    m_contrast->setCurrentIndex(qMax(0, m_contrast->findData(int(saved.contrast))));
    m_textSize->setObjectName(QStringLiteral("TextSizeBox"));
    for (const int percent : theme::textPercents())
        m_textSize->addItem(tr("%1 %").arg(percent), percent);
    m_textSize->setCurrentIndex(qMax(0, m_textSize->findData(saved.textPercent)));
    auto *section = new QLabel(tr("Appearance"), this);
    section->setObjectName(QStringLiteral("SectionTitle"));
    auto *form = new QFormLayout;
    form->addRow(section);
    form->addRow(tr("&Colours"), m_scheme);
    form->addRow(tr("High co&ntrast"), m_contrast);
    form->addRow(tr("&Text size"), m_textSize);
    return form;
}

QLayout *SettingsDialog::buildAccount() {
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
    // What it means for the learner, and what to do about it.
    auto *session = new QLabel(
        m_client->sessionPersistent()
            ? tr("Yes, on this computer, until you sign out.")
            : tr("Only until Lyceum quits: you will be asked to sign in again next time. To stay "
                 "signed in, sign out and sign in with “Remember me on this computer” ticked."),
        this);
    session->setWordWrap(true);
    session->setObjectName(QStringLiteral("Muted"));
    accountForm->addRow(account);
    accountForm->addRow(tr("Signed in as"), who);
    accountForm->addRow(tr("Server"), server);
    accountForm->addRow(tr("Stay signed in"), session);
    // The account itself (ui/account/): the password, and the devices signed in.
    auto *password = new QPushButton(tr("Change &password…"), this);
    password->setObjectName(QStringLiteral("ChangePasswordButton"));
    password->setEnabled(m_client->isLoggedIn());
    auto *devices = new QPushButton(tr("&Devices signed in…"), this);
    devices->setObjectName(QStringLiteral("DevicesButton"));
    devices->setEnabled(m_client->isLoggedIn());
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(password);
    accountButtons->addWidget(devices);
    accountButtons->addStretch();
    accountForm->addRow(QString(), accountButtons);
    connect(password, &QPushButton::clicked, this, [this] {
        auto *dialog = new ChangePasswordDialog(m_client, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(devices, &QPushButton::clicked, this, [this] {
        auto *dialog = new DevicesDialog(m_client, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *signOut = new QPushButton(tr("Sign out"), this);
    signOut->setEnabled(m_client->isLoggedIn());
    accountForm->addRow(QString(), signOut);
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
    return accountForm;
}

void SettingsDialog::applyAppearance() {
    theme::Appearance chosen;
    chosen.scheme = theme::Scheme(m_scheme->currentData().toInt());
    chosen.contrast = theme::Contrast(m_contrast->currentData().toInt());
    chosen.textPercent = m_textSize->currentData().toInt();
    const theme::Appearance &now = theme::currentAppearance();
    theme::saveAppearance(chosen);
    if (chosen.scheme == now.scheme && chosen.contrast == now.contrast &&
        chosen.textPercent == now.textPercent)
        return;
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        theme::apply(*app, m_currentLanguage, chosen);
}

void SettingsDialog::accept() {
    TrayNotifier::setEnabledInSettings(m_notifications->isChecked());
    applyPlayerAndDownloads();
    const QString chosen = m_language->currentData().toString();
    language::saveChoice(chosen);
    QDialog::accept();
    // Both apply at once: the main window rebuilds its pages where the user was.
    const QString effective = chosen.isEmpty() ? language::systemLanguage() : chosen;
    if (effective != m_currentLanguage) {
        if (language::switchTo(*QCoreApplication::instance(), effective))
            m_currentLanguage = effective;
    }
    applyAppearance();
}

} // namespace lyceum::ui
