// A bar above the pages telling the user what moderators did to what they wrote, or to them (a
// warning, a ban), with the templated reason the moderator chose: the newest such action not yet
// dismissed, and how many more. Dismiss remembers them as seen (Client::dismissModerationNotices).
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace lyceum {
class Client;
struct ModerationNotice;
} // namespace lyceum

namespace lyceum::ui {

class ModerationNoticeBar : public QFrame {
    Q_OBJECT
public:
    explicit ModerationNoticeBar(Client *client, QWidget *parent = nullptr);
    QLabel *text() const { return m_text; }
    QPushButton *dismissButton() const { return m_dismiss; }
    // The sentence shown for one notice (in the current language).
    static QString sentence(const ModerationNotice &notice);

private:
    void update();

    Client *m_client;
    QLabel *m_text;
    QPushButton *m_dismiss;
};

} // namespace lyceum::ui
