#include "login/login_dialog.h"

#include "account/sign_up_dialog.h"
#include "api/server_address.h"
#include "client/client.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lyceum::ui {

LoginDialog::LoginDialog(Client *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_server(new QLineEdit(this))
    , m_handle(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_keychainNote(new QLabel(this))
    , m_plainHttp(new QLabel(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_signUp(new QPushButton(tr("Create an account…"), this))
    , m_cancel(new QPushButton(tr("Quit"), this)) {
    setWindowTitle(tr("Sign in to Lyceum"));
    setObjectName(QStringLiteral("LoginDialog"));

    auto *brand = new QLabel(tr("Lyceum"), this);
    brand->setObjectName(QStringLiteral("PageTitle"));
    auto *subtitle = new QLabel(tr("Sign in to your learning community."), this);
    subtitle->setObjectName(QStringLiteral("Muted"));

    m_server->setObjectName(QStringLiteral("LoginServer"));
    m_server->setPlaceholderText(tr("https://community.example.com"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_handle->setObjectName(QStringLiteral("LoginHandle"));
    m_handle->setPlaceholderText(tr("your_handle"));
    m_handle->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhPreferLowercase);
    m_password->setObjectName(QStringLiteral("LoginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("LoginRemember"));
    m_remember->setChecked(true);

    m_keychainNote->setObjectName(QStringLiteral("Muted"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_plainHttp->setObjectName(QStringLiteral("WarningText"));
    m_plainHttp->setWordWrap(true);
    m_plainHttp->hide();
    m_error->setObjectName(QStringLiteral("ErrorText"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_signIn->setObjectName(QStringLiteral("Primary"));
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setSpacing(10);
    form->addRow(tr("&Server"), m_server);
    form->addRow(tr("&Handle"), m_handle);
    form->addRow(tr("&Password"), m_password);
    form->addRow(QString(), m_remember);

    m_signUp->setObjectName(QStringLiteral("LoginSignUp"));
    m_signUp->setToolTip(tr("New here? Create an account on this community"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signUp);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(12);
    layout->addWidget(brand);
    layout->addWidget(subtitle);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_plainHttp);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumWidth(440);

    setTabOrder(m_server, m_handle);
    setTabOrder(m_handle, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_signIn);
    setTabOrder(m_signIn, m_cancel);
    setTabOrder(m_cancel, m_signUp);

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_signUp, &QPushButton::clicked, this, &LoginDialog::openSignUp);
    connect(m_server, &QLineEdit::textChanged, this, &LoginDialog::updateState);
    connect(m_handle, &QLineEdit::textChanged, this, &LoginDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateState);
    connect(m_client, &Client::loginFinished, this, &LoginDialog::finished);
    connect(&m_retryTimer, &QTimer::timeout, this, &LoginDialog::tickRetryCountdown);

    if (m_client->isOpen() && !m_client->sessionPersistent()) {
        m_keychainNote->setText(
            tr("No keychain is available, so you will need to sign in again next time. %1")
                .arg(m_client->keychainProblem()));
        m_keychainNote->show();
        // Nothing can be remembered without a keychain: say so rather than offer it.
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
    }
    if (!m_client->serverUrl().isEmpty())
        setServer(m_client->serverUrl());
    if (!m_client->handle().isEmpty())
        setHandle(m_client->handle());
    updateState();
}

void LoginDialog::setServer(const QUrl &url) {
    m_server->setText(url.toString());
}

void LoginDialog::setHandle(const QString &handle) {
    m_handle->setText(handle);
    if (!handle.isEmpty())
        m_password->setFocus();
}

void LoginDialog::showMessage(const QString &text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QUrl LoginDialog::normalizedServerUrl(const QString &text) {
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return QUrl();
    return url;
}

void LoginDialog::signIn() {
    if (m_busy)
        return;
    const QUrl url = normalizedServerUrl(m_server->text());
    if (!url.isValid()) {
        showMessage(tr("Enter the address of your community, for example "
                       "https://community.example.com."));
        m_server->setFocus();
        return;
    }
    // Another account on this profile wipes the current account's cache and outbox: its
    // unsent work is offered first (sign in as that account to send it), and goes only when
    // Sign in is pressed again for the same other account.
    const QString handle = m_handle->text().trimmed();
    const SyncStatus status = m_client->syncStatus();
    const int unsent = status.outboxWaiting + status.outboxFailed;
    const bool another = !m_client->handle().isEmpty() &&
                         (handle.compare(m_client->handle(), Qt::CaseInsensitive) != 0 ||
                          url.adjusted(QUrl::StripTrailingSlash) !=
                              m_client->serverUrl().adjusted(QUrl::StripTrailingSlash));
    const QString target = url.toString() + u'#' + handle.toLower();
    if (another && unsent > 0 && m_discardConfirmedFor != target) {
        m_discardConfirmedFor = target;
        showMessage(tr("%n change(s) written as %1 have not been sent yet. Signing in as another "
                       "account deletes them from this computer. To keep them, sign in as %1 "
                       "and let them send; to go on, press \"Discard and sign in\".",
                       nullptr, unsent)
                        .arg(m_client->handle()));
        m_signIn->setText(tr("Discard and sign in"));
        return;
    }
    showMessage(QString());
    setBusy(true);
    m_client->login(url, handle, m_password->text(), m_remember->isChecked());
}

void LoginDialog::openSignUp() {
    auto *dialog = new SignUpDialog(m_client, normalizedServerUrl(m_server->text()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignUpDialog::accountCreated, this,
            [this](const QUrl &server, const QString &handle, const QString &password) {
                setServer(server);
                m_handle->setText(handle);
                m_password->setText(password);
                showMessage(QString());
                signIn();
            });
    dialog->open();
}

void LoginDialog::finished(const ApiError &error) {
    if (!m_busy)
        return;
    setBusy(false);
    if (!error.isError()) {
        m_password->clear();
        accept();
        return;
    }
    if (error.code == QLatin1String("rate_limited") && error.retryAfterSeconds > 0) {
        startRetryCountdown(error.retryAfterSeconds);
        return;
    }
    QString message = error.message;
    if (message.isEmpty())
        message = error.kind == ApiError::Kind::Unauthorized
                      ? tr("The handle or the password is wrong.")
                      : tr("Signing in failed. Check the server address and your connection.");
    showMessage(message);
    m_password->selectAll();
    m_password->setFocus();
}

void LoginDialog::setBusy(bool busy) {
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_handle->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signUp->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_client->sessionPersistent());
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    updateState();
}

void LoginDialog::startRetryCountdown(int seconds) {
    m_retrySeconds = seconds;
    m_retryTimer.start(1000);
    tickRetryCountdown();
}

void LoginDialog::tickRetryCountdown() {
    if (m_retrySeconds <= 0) {
        m_retryTimer.stop();
        showMessage(QString());
        updateState();
        return;
    }
    showMessage(tr("Too many attempts, try again in %1 s.").arg(m_retrySeconds));
    --m_retrySeconds;
    updateState();
}

void LoginDialog::updateState() {
    const QString warning = plainHttpWarning(normalizedServerUrl(m_server->text()));
    m_plainHttp->setText(warning);
    m_plainHttp->setVisible(!warning.isEmpty());
    // A confirmation to discard unsent work holds only for the account it was asked about.
    const QString target = normalizedServerUrl(m_server->text()).toString() + u'#' +
                           m_handle->text().trimmed().toLower();
    if (!m_discardConfirmedFor.isEmpty() && target != m_discardConfirmedFor) {
        m_discardConfirmedFor.clear();
        showMessage(QString());
    }
    if (!m_busy)
        m_signIn->setText(m_discardConfirmedFor.isEmpty() ? tr("Sign in")
                                                          : tr("Discard and sign in"));
    m_signIn->setEnabled(!m_busy && !m_retryTimer.isActive() &&
                         !m_server->text().trimmed().isEmpty() &&
                         !m_handle->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

} // namespace lyceum::ui
