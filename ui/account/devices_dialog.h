// The devices signed in to the account (Settings → Account → Devices…): each with its name, when
// it was last seen and "This device"; sign out the selected one (Delete) or all others. A device
// signed out here can no longer refresh its session: its next request asks it to sign in again.
#pragma once

#include "api/account_api.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lyceum {
class Client;
struct ApiError;
} // namespace lyceum

namespace lyceum::ui {

class DevicesDialog : public QDialog {
    Q_OBJECT
public:
    explicit DevicesDialog(Client *client, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *signOutButton() const { return m_signOut; }
    QPushButton *signOutOthersButton() const { return m_signOutOthers; }
    QLabel *messageLabel() const { return m_message; }
    void reload();

    // A device's line: its name, or a stand-in when it gave none.
    static QString deviceLabel(const accountapi::DeviceSession &session);

Q_SIGNALS:
    void loaded(int devices); // the list shows the server's answer (tests wait for it)

private:
    void showSessions(const QVector<accountapi::DeviceSession> &sessions);
    void signOutSelected();
    void signOutOthers();
    void say(const ApiError &error, const QString &success);
    void updateButtons();

    Client *m_client;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_signOut;
    QPushButton *m_signOutOthers;
    QPushButton *m_close;
    QString m_done; // what the last sign-out did, said once the list is read again
};

} // namespace lyceum::ui
