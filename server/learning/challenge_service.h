// Check-in challenges on the server (docs/architecture.md, "Check-in challenges"): opening,
// editing and closing one (challenge.put, challenge.close), the checks a check-in passes before
// its post is written (challenge.checkin, whose post goes through MutationService::postCreate),
// and GET /challenges. Every write asks the rule book.
#pragma once

#include "domain/entities.h"
#include "learning/challenge_rules.h"
#include "server/api_error.h"

#include <QJsonObject>

namespace lyceum::server {

class Storage;
class Clock;
class RuleBook;
struct Caller;

// A check-in's arguments, decoded.
struct CheckInArgs {
    QString postId;
    QString challengeId;
    int day = 0;
    qint64 writtenAt = 0;
    QString body;
};

class ChallengeService {
public:
    ChallengeService(Storage &storage, const Clock &clock, const RuleBook &rules);

    struct Outcome {
        qint64 seq = 0;
        QString code; // empty: applied
        QString message;
        QJsonObject extra;
    };
    Outcome put(const User &actor, const QJsonObject &args);
    Outcome close(const User &actor, const QJsonObject &args);
    // Decodes and checks a check-in; on success *challenge and *madeUp are set and the code is
    // empty (the caller then writes the post and calls recordCheckIn in the same transaction).
    Outcome checkInAllowed(const User &actor, const QJsonObject &args, CheckInArgs *in,
                           challenges::Challenge *challenge, bool *madeUp);
    // false when the day was taken meanwhile.
    bool recordCheckIn(const User &actor, const CheckInArgs &in, bool madeUp);

    // GET /challenges[?space_id=]: every challenge (of the space) with the caller's check-ins,
    // the group's progress and, when the creator keeps it on, the leaderboard.
    ApiResult<QJsonObject> list(const Caller &caller, const QString &spaceId);

private:
    QJsonObject describe(const challenges::Challenge &c, const QString &me, qint64 now);

    Storage &m_storage;
    const Clock &m_clock;
    const RuleBook &m_rules;
};

} // namespace lyceum::server
