// Check-in challenges in the client's cache (step challenges.1): what GET /challenges answered,
// merged with the check-ins this device queued (outbox rows of challenge.checkin), and the
// member's reminder times. Runs on the cache worker.
#pragma once

#include "domain/result.h"
#include "learning/challenge_rules.h"

#include <QJsonArray>
#include <QVector>

namespace lyceum {

class CacheDatabase;

struct ChallengeDay {
    int day = 0;
    bool madeUp = false;
    bool pending = false; // queued, not yet confirmed by the server
    bool refused = false; // the server refused it (refusal says why); not counted
    QString refusal;
};

struct ChallengeLeader {
    QString userId;
    QString displayName;
    int checkIns = 0;
    int streak = 0;
};

struct ChallengeView {
    challenges::Challenge challenge;
    int today = 0; // by this device's clock
    QVector<ChallengeDay> mine;
    int myStreak = 0;
    bool checkedInToday = false;
    QVector<int> progress; // check-ins per day, day 1 first, up to today
    int participants = 0;
    QVector<ChallengeLeader> leaders; // empty when the creator turned the leaderboard off
    int reminderMinute = -1;          // -1: no reminder
    qint64 fetchedAt = 0;
    bool counted(int day) const; // checked in (pending or confirmed) for the day
};

namespace challengestore {

// Stores GET /challenges' list. A list for every space (spaceId empty) also drops the
// challenges that are gone.
Status saveFetched(CacheDatabase &db, const QString &spaceId, const QJsonArray &list, qint64 now);
// Every challenge (of the space, when given), newest first.
Result<QVector<ChallengeView>> read(CacheDatabase &db, const QString &spaceId, qint64 now);
// Queues a check-in for forDay (0: today by now; an earlier day: a make-up) with its post id,
// after the shared rule agrees; the check-in shows at once, marked pending.
Status checkIn(CacheDatabase &db, const QString &challengeId, const QString &postId,
               const QString &body, qint64 now, int forDay = 0);
// Queues challenge.put / challenge.close (the creator's side).
Status put(CacheDatabase &db, const challenges::Challenge &c);
Status close(CacheDatabase &db, const QString &challengeId);
Status setReminder(CacheDatabase &db, const QString &challengeId, int minute); // -1: off
// The outbox's discard: a queued check-in leaves the cached challenge.
bool revert(CacheDatabase &db, const QString &type, const QJsonObject &args, QString *error);

} // namespace challengestore
} // namespace lyceum
