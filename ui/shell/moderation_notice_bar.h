// A bar above the pages telling the user what moderators did to what they wrote, or to them (a
// warning, a ban), with the templated reason the moderator chose: the newest such action not yet
// dismissed, and how many more. Dismiss remembers them as seen (Client::dismissModerationNotices).
// A removal or a ban that stands can be appealed once, with a note (Appeal…); the outcome comes
// back as a notice.
#pragma once

#include <QFrame>
#include <functional>

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
    QPushButton *appealButton() const { return m_appeal; }
    // Asks for the appeal's note (a dialog by default; tests give the text).
    void setNoteAsker(std::function<QString()> asker) { m_askNote = std::move(asker); }
    // The sentence shown for one notice (in the current language).
    static QString sentence(const ModerationNotice &notice);

private:
    void update();
    void appeal();

    Client *m_client;
    QLabel *m_text;
    QPushButton *m_dismiss;
    QPushButton *m_appeal;
    qint64 m_appealable = 0; // the notice Appeal… is for
    std::function<QString()> m_askNote;
};

} // namespace lyceum::ui
