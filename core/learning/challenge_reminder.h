// The member's daily reminder for a challenge (docs/architecture.md, "Check-in challenges"):
// at the minute they chose, in the challenge's time zone, on a day of the challenge they have
// not checked in yet. The clock is passed in, so tests move it instead of waiting; the UI shows
// reminderDue through the tray (ui/shell/tray_notifier.h).
#pragma once

#include "learning/challenge_store.h"

#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

class QTimer;

namespace lyceum {

// When the reminder of the view falls next, at or after from (ms since the epoch): the chosen
// minute of today or a later day of the challenge not checked in; nullopt when none is left
// (no reminder set, closed, ended).
std::optional<qint64> nextReminderAt(const ChallengeView &view, qint64 from);

class ChallengeReminders : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;
    explicit ChallengeReminders(Clock clock, QObject *parent = nullptr);

    // The challenges as last read; re-arms the timer for the earliest reminder.
    void setChallenges(const QVector<ChallengeView> &views);
    // Emits reminderDue for each reminder whose time has come (once per challenge and day,
    // skipped when the member checked in meanwhile), then re-arms. The timer calls it; tests
    // call it after moving their clock.
    void checkDue();
    // The next time checkDue has something to do; 0: nothing armed.
    qint64 nextDueAt() const { return m_nextDue; }

Q_SIGNALS:
    void reminderDue(const QString &challengeId, const QString &title, const QString &prompt);

private:
    void arm();

    Clock m_clock;
    QVector<ChallengeView> m_views;
    QSet<QString> m_fired; // "<challenge id>/<day>"
    QTimer *m_timer;
    qint64 m_nextDue = 0;
    qint64 m_armedFrom = 0; // reminders before this were due before the views were known
};

} // namespace lyceum
