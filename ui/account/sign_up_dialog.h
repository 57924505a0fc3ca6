// Creating an account from the sign-in dialog: the community's address, a handle, a display
// name, a password and its confirmation. The rules are said beside the fields before anything is
// sent (a handle is 3 to 32 of a-z, 0-9 and _; a password at least 10 characters); the
// server's own refusals (a taken handle, a password too easy to guess, and why) show in the
// dialog. On success accountCreated() hands the handle and password to the sign-in dialog,
// which signs in with them.
#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lyceum {
class Client;
struct ApiError;
} // namespace lyceum

namespace lyceum::ui {

class SignUpDialog : public QDialog {
    Q_OBJECT
public:
    SignUpDialog(Client *client, const QUrl &server, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *handleField() const { return m_handle; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QPushButton *createButton() const { return m_create; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *handleHint() const { return m_handleHint; }
    QLabel *passwordHint() const { return m_passwordHint; }

    // Why a handle or password cannot be used, before asking the server; empty when it can.
    static QString handleProblem(const QString &handle);
    static QString passwordProblem(const QString &password, const QString &confirm);

Q_SIGNALS:
    void accountCreated(const QUrl &server, const QString &handle, const QString &password);

private:
    void create();
    void finished(const ApiError &error);
    void updateState();
    void showError(const QString &text);

    Client *m_client;
    QLineEdit *m_server;
    QLineEdit *m_handle;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_handleHint;
    QLabel *m_passwordHint;
    QLabel *m_error;
    QPushButton *m_create;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace lyceum::ui
