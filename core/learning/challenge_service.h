// Check-in challenges in the client (docs/architecture.md, "Check-in challenges"): GET
// /challenges into the cache, reads from the cache, and every write through the outbox like
// posts (a check-in queued offline counts for the day it was written). SQL:
// learning/challenge_store.h.
#pragma once

#include "api/api_error.h"
#include "learning/challenge_store.h"

#include <QObject>
#include <functional>

namespace lyceum {

class SessionState;

class ChallengeService : public QObject {
    Q_OBJECT
public:
    explicit ChallengeService(SessionState &session, QObject *parent = nullptr);

    // The device's clock in ms since the epoch (tests move it).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    // Fetches GET /challenges (of the space, or every one) into the cache; cacheChanged on
    // success. Offline, the cache keeps what it had and done gets the error.
    void refresh(const QString &spaceId, QObject *context, std::function<void(ApiError)> done);
    void fetchChallenges(const QString &spaceId, QObject *context,
                         std::function<void(QVector<ChallengeView>)> done);
    // Queues a check-in for today (forDay 0) or a missed day; returns the post's id, empty
    // when nothing was queued (errorOccurred says why).
    QString checkIn(const QString &challengeId, const QString &body, int forDay = 0);
    // The creator's side: open or edit, close.
    void putChallenge(const challenges::Challenge &challenge);
    void closeChallenge(const QString &challengeId);
    void setReminder(const QString &challengeId, int minuteOfDay); // -1: off

private:
    SessionState &m_session;
    std::function<qint64()> m_clock;
};

} // namespace lyceum
