// A space's check-in challenge (docs/architecture.md, "Check-in challenges"): today's prompt and
// the check-in composer, my streak, a month calendar of my check-ins (made-up days marked), the
// group's progress, the leaderboard (absent when the creator turned it off) and my reminder
// time. Creators and staff open, edit and close challenges from here. ChallengeEntry is the
// button in the space's header that says how the challenge stands and opens the panel.
#pragma once

#include "client/client.h"
#include "learning/challenge_store.h"

#include <QDialog>
#include <QPushButton>

class QCalendarWidget;
class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTimeEdit;

namespace lyceum::ui {

class ChallengePanel : public QWidget {
    Q_OBJECT
public:
    ChallengePanel(Client *client, QWidget *parent = nullptr);

    // Shows the space's newest challenge (fetching the space's challenges from the server).
    void setSpace(const QString &spaceId);
    const ChallengeView &current() const { return m_view; }
    bool hasChallenge() const { return !m_view.challenge.id.isEmpty(); }

    QPlainTextEdit *composer() const { return m_composer; }
    QPushButton *checkInButton() const { return m_checkIn; }
    QCalendarWidget *calendar() const { return m_calendar; }
    QListWidget *leaderboard() const { return m_leaders; }
    QLabel *streakLabel() const { return m_streak; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *promptLabel() const { return m_prompt; }
    QCheckBox *reminderBox() const { return m_remind; }
    QTimeEdit *reminderTime() const { return m_remindAt; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *closeButton() const { return m_close; }

    // Opens the creator's dialog (a new challenge, or the current one); for tests, the dialog
    // is handed to inspect before it runs.
    void openEditor(bool fresh);

Q_SIGNALS:
    void shown(); // the view was filled from the cache
    void editorOpened(QDialog *dialog);

private:
    void connectSignals();
    void reload();
    void showViews(const QVector<ChallengeView> &views);
    void fillCalendar();
    void checkIn();
    void saveReminder();
    bool mayManage() const;

    Client *m_client;
    QString m_spaceId;
    ChallengeView m_view;
    QLabel *m_title;
    QLabel *m_dayLine;
    QLabel *m_prompt;
    QLabel *m_streak;
    QLabel *m_empty;
    QPlainTextEdit *m_composer;
    QPushButton *m_checkIn;
    QLabel *m_status;
    QCalendarWidget *m_calendar;
    QLabel *m_progress;
    QLabel *m_leadersTitle;
    QListWidget *m_leaders;
    QCheckBox *m_remind;
    QTimeEdit *m_remindAt;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_close;
    QWidget *m_body;
};

// The header button of a space with a challenge ("打卡 · day 5/21"), or for staff a way to open
// one; clicking opens a window with the panel.
class ChallengeEntry : public QPushButton {
    Q_OBJECT
public:
    ChallengeEntry(Client *client, QWidget *parent = nullptr);
    void setSpace(const QString &spaceId);
    QDialog *challengeWindow() const { return m_window; }

private:
    void refreshLabel();
    void openWindow();

    Client *m_client;
    QString m_spaceId;
    QDialog *m_window = nullptr;
};

} // namespace lyceum::ui

namespace lyceum {
class ChallengeReminders;
}

namespace lyceum::ui {
class TrayNotifier;
// The member's daily reminders: read from the cache whenever it changes, shown through the
// tray notifier at their time (real clock).
ChallengeReminders *attachChallengeReminders(Client *client, TrayNotifier *notifier);
} // namespace lyceum::ui
