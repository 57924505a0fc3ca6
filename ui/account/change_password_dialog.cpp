#include "account/change_password_dialog.h"

#include "account/sign_up_dialog.h"
#include "api/api_error.h"
#include "client/client.h"
#include "client/session_account.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lyceum::ui {

ChangePasswordDialog::ChangePasswordDialog(Client *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_message(new QLabel(this))
    , m_change(new QPushButton(tr("Change password"), this))
    , m_close(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(tr("Change password"));
    setObjectName(QStringLiteral("ChangePasswordDialog"));
    auto *title = new QLabel(tr("Change your password"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    auto *note =
        new QLabel(tr("Your other devices will be signed out; this one stays signed in."), this);
    note->setObjectName(QStringLiteral("Muted"));
    note->setWordWrap(true);
    for (QLineEdit *field : {m_current, m_new, m_confirm})
        field->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("CurrentPassword"));
    m_new->setObjectName(QStringLiteral("NewPassword"));
    m_confirm->setObjectName(QStringLiteral("ConfirmPassword"));
    m_hint->setObjectName(QStringLiteral("Muted"));
    m_hint->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("ErrorText"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_change->setObjectName(QStringLiteral("Primary"));
    m_change->setDefault(true);

    auto *form = new QFormLayout;
    form->setSpacing(8);
    form->addRow(tr("C&urrent password"), m_current);
    form->addRow(tr("&New password"), m_new);
    form->addRow(tr("&Confirm new password"), m_confirm);
    form->addRow(QString(), m_hint);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_close);
    buttons->addWidget(m_change);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumSize(500, 340); // room for the wrapped hint and the answer
    setTabOrder(m_current, m_new);
    setTabOrder(m_new, m_confirm);
    setTabOrder(m_confirm, m_change);
    setTabOrder(m_change, m_close);

    for (QLineEdit *field : {m_current, m_new, m_confirm})
        connect(field, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::change);
    connect(m_close, &QPushButton::clicked, this, [this] { m_done ? accept() : reject(); });
    m_current->setFocus();
    updateState();
}

void ChangePasswordDialog::updateState() {
    const QString problem = SignUpDialog::passwordProblem(m_new->text(), m_confirm->text());
    m_hint->setText(m_new->text().isEmpty() || problem.isEmpty()
                        ? tr("At least 10 characters; not a dictionary word and not based on "
                             "your handle or name.")
                        : problem);
    m_change->setEnabled(!m_busy && !m_done && !m_current->text().isEmpty() && problem.isEmpty());
}

void ChangePasswordDialog::change() {
    if (!m_change->isEnabled())
        return;
    m_busy = true;
    m_message->hide();
    m_change->setText(tr("Changing…"));
    updateState();
    AccountService::of(*m_client).changePassword(
        m_current->text(), m_new->text(), this,
        [this](const ApiError &error, int ended) { answered(error, ended); });
}

void ChangePasswordDialog::answered(const ApiError &error, int endedSessions) {
    m_busy = false;
    m_change->setText(tr("Change password"));
    if (error.isError()) {
        m_message->setText(error.message);
        m_message->show();
        QLineEdit *field = error.code == QLatin1String("weak_password") ? m_new : m_current;
        field->setFocus();
        field->selectAll();
        updateState();
        Q_EMIT finishedChange(false);
        return;
    }
    m_done = true;
    for (QLineEdit *field : {m_current, m_new, m_confirm}) {
        field->clear();
        field->setEnabled(false);
    }
    m_message->setObjectName(QStringLiteral("Muted"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setText(endedSessions > 0
                           ? tr("Your password was changed. %n other device(s) were signed out.",
                                nullptr, endedSessions)
                           : tr("Your password was changed."));
    m_message->show();
    m_close->setText(tr("Close"));
    m_close->setFocus();
    updateState();
    Q_EMIT finishedChange(true);
}

} // namespace lyceum::ui
