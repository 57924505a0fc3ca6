// Settings: the UI language (System / 简体中文 / English) and the appearance (colours: system,
// light or dark; high contrast; text size), all applied at once when saved; desktop
// notifications on or off; and the account (who is signed in where, how the session is kept,
// sign out).
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLayout;

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
    QComboBox *schemeBox() const { return m_scheme; }
    QComboBox *contrastBox() const { return m_contrast; }
    QComboBox *textSizeBox() const { return m_textSize; }
    void accept() override;

Q_SIGNALS:
    void restartRequested(); // no longer sent: language and theme apply at once
    void signOutRequested();

private:
    QLayout *buildLanguage();
    QLayout *buildAppearance();
    QLayout *buildAccount();
    void applyAppearance();

    Client *m_client;
    QComboBox *m_language;
    QComboBox *m_scheme;
    QComboBox *m_contrast;
    QComboBox *m_textSize;
    QCheckBox *m_notifications;
    QString m_currentLanguage;
};

} // namespace lyceum::ui
