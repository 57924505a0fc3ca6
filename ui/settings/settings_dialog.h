// Settings: the UI language (System / 简体中文 / English) and the appearance (colours: system,
// light or dark; high contrast; text size), all applied at once when saved; the player's
// defaults (speed, captions, caption size) and the download folder (settings_dialog_media.cpp);
// desktop notifications on or off; and the account (who is signed in where, whether they stay
// signed in, sign out).
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLayout;
class QLineEdit;

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
    QComboBox *defaultSpeedBox() const { return m_speed; }
    QCheckBox *defaultCaptionsBox() const { return m_captions; }
    QComboBox *captionSizeBox() const { return m_captionSize; }
    QLineEdit *downloadFolderEdit() const { return m_downloadFolder; }
    void accept() override;

Q_SIGNALS:
    void restartRequested(); // no longer sent: language and theme apply at once
    void signOutRequested();

private:
    QLayout *buildLanguage();
    QLayout *buildAppearance();
    QLayout *buildAccount();
    QLayout *buildPlayer();
    QLayout *buildDownloads();
    void applyAppearance();
    void applyPlayerAndDownloads();

    Client *m_client;
    QComboBox *m_language;
    QComboBox *m_scheme;
    QComboBox *m_contrast;
    QComboBox *m_textSize;
    QCheckBox *m_notifications;
    QComboBox *m_speed;
    QCheckBox *m_captions;
    QComboBox *m_captionSize;
    QLineEdit *m_downloadFolder;
    QString m_currentLanguage;
};

} // namespace lyceum::ui
