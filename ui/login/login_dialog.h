// Signing in to a community: server URL, handle, password and "remember me". The dialog calls
// Client::login and stays open, busy, until loginFinished; errors are shown in the dialog in
// the client's words. Signing in to another account when the profile's account has unsent work
// (which that login wipes) first says so and asks for a second press.
#pragma once

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lyceum {
class Client;
struct ApiError;
} // namespace lyceum

namespace lyceum::ui {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(Client *client, QWidget *parent = nullptr);

    void setServer(const QUrl &url);
    void setHandle(const QString &handle);
    void showMessage(const QString &text); // e.g. "Your session expired."

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *handleField() const { return m_handle; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *signInButton() const { return m_signIn; }
    // Opens the sign-up dialog (account/sign_up_dialog.h) for the address typed; the account it
    // creates is signed in to at once.
    QPushButton *signUpButton() const { return m_signUp; }
    QLabel *errorLabel() const { return m_error; }
    // Shown while the address is plain http to another machine (api/server_address.h).
    QLabel *plainHttpWarningLabel() const { return m_plainHttp; }

    // Parses what the user typed: "example.com" becomes https://example.com; http is kept for
    // explicit URLs (a local server).
    static QUrl normalizedServerUrl(const QString &text);

private:
    void signIn();
    void openSignUp();
    void finished(const ApiError &error);
    void setBusy(bool busy);
    void updateState();
    // After 429 rate_limited with Retry-After: counts down, with Sign in disabled until then.
    void startRetryCountdown(int seconds);
    void tickRetryCountdown();

    Client *m_client;
    QLineEdit *m_server;
    QLineEdit *m_handle;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QLabel *m_plainHttp;
    QLabel *m_error;
    QPushButton *m_signIn;
    QPushButton *m_signUp;
    QPushButton *m_cancel;
    bool m_busy = false;
    QString m_discardConfirmedFor; // "url#handle" whose sign-in discards unsent work
    QTimer m_retryTimer;
    int m_retrySeconds = 0; // left before signing in may be tried again
};

} // namespace lyceum::ui
