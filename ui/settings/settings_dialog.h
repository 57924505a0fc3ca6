// Settings: the UI language (System / 简体中文 / English, applied after a restart that the
// dialog offers), desktop notifications on or off, and the account (who is signed in where, how the
// session is kept, sign out).
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // currentLanguage: the language the UI runs in now.
    SettingsDialog(Client *client, const QString &currentLanguage, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    void accept() override;

Q_SIGNALS:
    void restartRequested();
    void signOutRequested();

private:
    Client *m_client;
    QComboBox *m_language;
    QCheckBox *m_notifications;
    QString m_currentLanguage;
};

} // namespace lyceum::ui
