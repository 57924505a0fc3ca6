#include "account/sign_up_dialog.h"

#include "api/api_error.h"
#include "client/client.h"
#include "client/session_account.h"
#include "login/login_dialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {
constexpr int kMinPassword = 10; // the server's kMinPasswordCharacters
constexpr int kMaxName = 100;

QLabel *hintLabel(QWidget *parent, const char *name) {
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

SignUpDialog::SignUpDialog(Client *client, const QUrl &server, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_server(new QLineEdit(this))
    , m_handle(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_handleHint(hintLabel(this, "SignUpHandleHint"))
    , m_passwordHint(hintLabel(this, "SignUpPasswordHint"))
    , m_error(hintLabel(this, "ErrorText"))
    , m_create(new QPushButton(tr("Create account"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(tr("Create an account"));
    setObjectName(QStringLiteral("SignUpDialog"));
    auto *title = new QLabel(tr("Create your account"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    auto *subtitle = new QLabel(tr("Join the community as a learner. You can buy courses and "
                                   "take part in discussions once you are in."),
                                this);
    subtitle->setObjectName(QStringLiteral("Muted"));
    subtitle->setWordWrap(true);

    m_server->setObjectName(QStringLiteral("SignUpServer"));
    m_server->setText(server.toString());
    m_server->setPlaceholderText(tr("https://community.example.com"));
    m_handle->setObjectName(QStringLiteral("SignUpHandle"));
    m_handle->setPlaceholderText(tr("your_handle"));
    m_handle->setMaxLength(64);
    m_handle->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhPreferLowercase);
    m_name->setObjectName(QStringLiteral("SignUpName"));
    m_name->setPlaceholderText(tr("How others see you, e.g. 王小明"));
    m_name->setMaxLength(kMaxName);
    m_password->setObjectName(QStringLiteral("SignUpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("SignUpConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_handleHint->setObjectName(QStringLiteral("Muted"));
    m_handleHint->setProperty("hint", QStringLiteral("handle"));
    m_passwordHint->setObjectName(QStringLiteral("Muted"));
    m_passwordHint->setProperty("hint", QStringLiteral("password"));
    m_error->hide();
    m_create->setObjectName(QStringLiteral("Primary"));
    m_create->setDefault(true);

    auto *form = new QFormLayout;
    form->setSpacing(8);
    form->addRow(tr("&Server"), m_server);
    form->addRow(tr("&Handle"), m_handle);
    form->addRow(QString(), m_handleHint);
    form->addRow(tr("&Display name"), m_name);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("&Confirm password"), m_confirm);
    form->addRow(QString(), m_passwordHint);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);
    // Room for the hints under the fields, wrapped to two lines in either language.
    setMinimumSize(540, 500);

    setTabOrder(m_server, m_handle);
    setTabOrder(m_handle, m_name);
    setTabOrder(m_name, m_password);
    setTabOrder(m_password, m_confirm);
    setTabOrder(m_confirm, m_create);
    setTabOrder(m_create, m_cancel);
    for (QLineEdit *field : {m_server, m_handle, m_name, m_password, m_confirm})
        connect(field, &QLineEdit::textChanged, this, &SignUpDialog::updateState);
    connect(m_create, &QPushButton::clicked, this, &SignUpDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_handle->setFocus();
    updateState();
}

QString SignUpDialog::handleProblem(const QString &handle) {
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9_]*$"));
    if (!allowed.match(handle).hasMatch())
        return tr("Use only small letters a–z, digits and _ (no capitals, spaces or other "
                  "scripts).");
    if (handle.size() < 3 || handle.size() > 32)
        return tr("A handle is 3 to 32 characters long.");
    return {};
}

QString SignUpDialog::passwordProblem(const QString &password, const QString &confirm) {
    if (password.size() < kMinPassword)
        return tr("At least %1 characters.").arg(kMinPassword);
    if (password.toUtf8().size() > 256)
        return tr("At most 256 bytes.");
    if (confirm != password)
        return tr("The two passwords are not the same.");
    return {};
}

void SignUpDialog::updateState() {
    const QString handle = m_handle->text();
    const QString handleIssue = handleProblem(handle);
    m_handleHint->setText(handle.isEmpty() || handleIssue.isEmpty()
                              ? tr("3 to 32 characters: a–z, 0–9 and _. Others will mention you "
                                   "as @handle.")
                              : handleIssue);
    m_handleHint->setProperty("problem", !handle.isEmpty() && !handleIssue.isEmpty());
    const QString passwordIssue = passwordProblem(m_password->text(), m_confirm->text());
    m_passwordHint->setText(
        m_password->text().isEmpty() || passwordIssue.isEmpty()
            ? tr("At least %1 characters; not a dictionary word and not based on your handle or "
                 "name.")
                  .arg(kMinPassword)
            : passwordIssue);
    m_create->setEnabled(!m_busy && handleIssue.isEmpty() && !handle.isEmpty() &&
                         !m_name->text().trimmed().isEmpty() && passwordIssue.isEmpty() &&
                         LoginDialog::normalizedServerUrl(m_server->text()).isValid());
}

void SignUpDialog::showError(const QString &text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SignUpDialog::create() {
    if (m_busy || !m_create->isEnabled())
        return;
    const QUrl url = LoginDialog::normalizedServerUrl(m_server->text());
    m_busy = true;
    m_create->setText(tr("Creating…"));
    showError(QString());
    updateState();
    AccountService::of(*m_client).signUp(url, m_handle->text(), m_name->text().trimmed(),
                                         m_password->text(), this,
                                         [this](const ApiError &error) { finished(error); });
}

void SignUpDialog::finished(const ApiError &error) {
    m_busy = false;
    m_create->setText(tr("Create account"));
    updateState();
    if (!error.isError()) {
        Q_EMIT accountCreated(LoginDialog::normalizedServerUrl(m_server->text()), m_handle->text(),
                              m_password->text());
        accept();
        return;
    }
    if (error.code == QLatin1String("handle_taken")) {
        showError(tr("The handle @%1 is taken: choose another.").arg(m_handle->text()));
        m_handle->setFocus();
        m_handle->selectAll();
        return;
    }
    if (error.code == QLatin1String("weak_password")) {
        showError(error.message); // why, in the reader's language (ApiClient::weakPasswordMessage)
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    showError(error.message.isEmpty()
                  ? tr("The account could not be created. Check the address and your connection.")
                  : error.message);
}

} // namespace lyceum::ui
