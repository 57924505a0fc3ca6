// MutationService: challenge.put, challenge.close and challenge.checkin (docs/protocol.md,
// "Challenges"). A check-in is a reply in the challenge's thread: it passes the challenge's
// checks (learning/challenge_service.h), then post.create's own (the space's rules, locks,
// filters), and its day is recorded in the same transaction.
#include "domain/mutation_defs.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/learning/challenge_service.h"
#include "server/mutations/mutation_service.h"

namespace lyceum::server {

MutationService::Outcome MutationService::challenge(const Caller &caller,
                                                    const Visibility &visibility,
                                                    QLatin1StringView type,
                                                    const QJsonObject &args) {
    ChallengeService service(m_storage, m_clock, m_rules);
    if (type == challenges::kPut || type == challenges::kClose) {
        const ChallengeService::Outcome o = type == challenges::kPut
                                                ? service.put(caller.user, args)
                                                : service.close(caller.user, args);
        return {o.seq, o.code, o.message, o.extra};
    }
    CheckInArgs in;
    challenges::Challenge c;
    bool madeUp = false;
    const ChallengeService::Outcome allowed =
        service.checkInAllowed(caller.user, args, &in, &c, &madeUp);
    if (!allowed.code.isEmpty())
        return reject(allowed.code, allowed.message);
    Outcome posted = postCreate(caller, visibility,
                                QJsonObject{{QStringLiteral("id"), in.postId},
                                            {QStringLiteral("thread_id"), c.threadId},
                                            {QStringLiteral("body"), in.body}});
    if (!posted.code.isEmpty())
        return posted;
    if (!service.recordCheckIn(caller.user, in, madeUp))
        return reject(QStringLiteral("already_checked_in"),
                      QStringLiteral("You have already checked in for that day."));
    posted.extra.insert(QStringLiteral("day"), in.day);
    posted.extra.insert(QStringLiteral("made_up"), madeUp);
    return posted;
}

} // namespace lyceum::server
