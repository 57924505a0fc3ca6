#include "learning/challenge_reminder.h"

#include <QTimer>

namespace lyceum {

using challenges::kMinuteMs;

std::optional<qint64> nextReminderAt(const ChallengeView &view, qint64 from) {
    const challenges::Challenge &c = view.challenge;
    if (view.reminderMinute < 0 || c.closed || c.days <= 0)
        return std::nullopt;
    for (int day = qMax(1, c.dayAt(from)); day <= c.days; ++day) {
        const qint64 at = c.dayStartMs(day) + qint64(view.reminderMinute) * kMinuteMs;
        if (at >= from && !view.counted(day))
            return at;
    }
    return std::nullopt;
}

ChallengeReminders::ChallengeReminders(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ChallengeReminders::checkDue);
}

void ChallengeReminders::setChallenges(const QVector<ChallengeView> &views) {
    if (m_armedFrom == 0)
        m_armedFrom = m_clock(); // no reminder for a time that passed before the app started
    m_views = views;
    arm();
}

void ChallengeReminders::checkDue() {
    const qint64 now = m_clock();
    for (const ChallengeView &v : std::as_const(m_views)) {
        const std::optional<qint64> at = nextReminderAt(v, m_armedFrom);
        if (!at || *at > now)
            continue;
        const int day = v.challenge.dayAt(*at);
        const QString key = v.challenge.id + QLatin1Char('/') + QString::number(day);
        if (m_fired.contains(key))
            continue;
        m_fired.insert(key);
        Q_EMIT reminderDue(v.challenge.id, v.challenge.title, v.challenge.prompt(day));
    }
    m_armedFrom = now + 1;
    arm();
}

void ChallengeReminders::arm() {
    m_nextDue = 0;
    for (const ChallengeView &v : std::as_const(m_views)) {
        const std::optional<qint64> at = nextReminderAt(v, m_armedFrom);
        if (at && (m_nextDue == 0 || *at < m_nextDue))
            m_nextDue = *at;
    }
    if (m_nextDue == 0) {
        m_timer->stop();
        return;
    }
    // Timers drift over hours and a sleeping laptop stops them: wake at most every 10 minutes
    // and look again.
    const qint64 wait = qBound(qint64(0), m_nextDue - m_clock(), qint64(10 * 60 * 1000));
    m_timer->start(int(wait));
}

} // namespace lyceum
