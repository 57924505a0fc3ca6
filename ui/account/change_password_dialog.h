// Changing the password (Settings → Account): the current password, the new one and its
// confirmation. The server checks the current one like a sign-in (wrong ones count towards the
// same lockout) and the new one by the same strength rules as signing up; on success every
// other device is signed out and this one stays signed in, which the dialog says.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lyceum {
class Client;
struct ApiError;
} // namespace lyceum

namespace lyceum::ui {

class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Client *client, QWidget *parent = nullptr);

    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *confirmField() const { return m_confirm; }
    QPushButton *changeButton() const { return m_change; }
    QLabel *messageLabel() const { return m_message; }
    bool succeeded() const { return m_done; }

Q_SIGNALS:
    void finishedChange(bool ok); // after the server's answer (tests wait for it)

private:
    void change();
    void answered(const ApiError &error, int endedSessions);
    void updateState();

    Client *m_client;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_hint;
    QLabel *m_message;
    QPushButton *m_change;
    QPushButton *m_close;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace lyceum::ui
