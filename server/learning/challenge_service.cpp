#include "server/learning/challenge_service.h"

#include "domain/codec.h"
#include "domain/entities.h"
#include "domain/mutation_defs.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/learning/challenge_store.h"
#include "server/policy/rule_book.h"
#include "server/storage/storage.h"

#include <QJsonArray>

namespace lyceum::server {

using challenges::Challenge;

namespace {

ChallengeService::Outcome refuse(QString code, QString message) {
    return {0, std::move(code), std::move(message), {}};
}

ChallengeService::Outcome refuse(const ApiError &e) {
    return refuse(e.code, e.message);
}

QString threadIdOf(const QString &challengeId) {
    return QStringLiteral("cht-") + challengeId;
}

QString introOf(const Challenge &c) {
    const auto hm = [](int minutes) {
        return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    return QStringLiteral("**%1** · %2 days from %3, check in %4–%5 (UTC%6%7 min).\n\n"
                          "Reply here with your check-in for the day.")
        .arg(c.title)
        .arg(c.days)
        .arg(c.startDate.toString(Qt::ISODate), hm(c.windowStartMin), hm(c.windowEndMin),
             c.utcOffsetMin < 0 ? QStringLiteral("") : QStringLiteral("+"))
        .arg(c.utcOffsetMin);
}

QString refusalMessage(challenges::Verdict v) {
    using challenges::Verdict;
    switch (v) {
    case Verdict::BadDay:
        return QStringLiteral("That day is not a day of this challenge.");
    case Verdict::FutureDay:
        return QStringLiteral("That day has not begun yet.");
    case Verdict::OutsideWindow:
        return QStringLiteral("Check-ins for that day open later in the day.");
    case Verdict::TooLate:
        return QStringLiteral("It is too late to check in for that day.");
    case Verdict::NoMakeUpLeft:
        return QStringLiteral("You have made up as many days as this challenge allows.");
    default:
        return {};
    }
}

} // namespace

ChallengeService::ChallengeService(Storage &storage, const Clock &clock, const RuleBook &rules)
    : m_storage(storage)
    , m_clock(clock)
    , m_rules(rules) {}

ChallengeService::Outcome ChallengeService::put(const User &actor, const QJsonObject &args) {
    Result<Challenge> decoded = challenges::challengeFromJson(args);
    if (!decoded)
        return refuse(QStringLiteral("invalid_field"), decoded.error().message);
    Challenge c = std::move(decoded).value();
    if (!m_storage.spaceById(c.spaceId))
        return refuse(QStringLiteral("not_found"), QStringLiteral("No such space."));
    ChallengeStore store(m_storage);
    const std::optional<Challenge> before = store.byId(c.id);
    if (const Verdict v = m_rules.check(actor, Action::ManageChallenges,
                                        before ? Target::ownedBy(before->creatorId) : Target()))
        return refuse(*v);
    const qint64 now = m_clock.nowMs();
    qint64 seq = 0;
    if (before) {
        if (before->spaceId != c.spaceId)
            return refuse(QStringLiteral("conflict"),
                          QStringLiteral("A challenge stays in the space it was opened in."));
        c.threadId = before->threadId;
        c.creatorId = before->creatorId;
        c.createdAt = before->createdAt;
        c.closed = before->closed;
    } else {
        c.threadId = threadIdOf(c.id);
        const QString firstPostId = QStringLiteral("chp-") + c.id;
        if (m_storage.threadById(c.threadId) || m_storage.postById(firstPostId))
            return refuse(QStringLiteral("conflict"), QStringLiteral("This id is already taken."));
        c.creatorId = actor.id;
        c.createdAt = now;
        c.closed = false;
        Thread t;
        t.id = c.threadId;
        t.spaceId = c.spaceId;
        t.authorId = actor.id;
        t.title = c.title;
        t.pinned = true;
        t.postCount = 1;
        t.createdAt = now;
        t.lastActivityAt = now;
        m_storage.putThread(t);
        Post p;
        p.id = firstPostId;
        p.threadId = t.id;
        p.authorId = actor.id;
        p.body = introOf(c);
        p.createdAt = now;
        seq = m_storage.putPost(p);
    }
    c.updatedAt = now;
    store.put(c);
    return {seq, {}, {}, QJsonObject{{QStringLiteral("thread_id"), c.threadId}}};
}

ChallengeService::Outcome ChallengeService::close(const User &actor, const QJsonObject &args) {
    JsonReader r(args, QStringLiteral("challenge.close"));
    const QString id = r.id(QLatin1StringView("challenge_id"));
    if (!r.ok())
        return refuse(QStringLiteral("invalid_field"), r.error());
    ChallengeStore store(m_storage);
    std::optional<Challenge> c = store.byId(id);
    if (!c)
        return refuse(QStringLiteral("not_found"), QStringLiteral("No such challenge."));
    if (const Verdict v =
            m_rules.check(actor, Action::ManageChallenges, Target::ownedBy(c->creatorId)))
        return refuse(*v);
    if (c->closed)
        return {};
    c->closed = true;
    c->updatedAt = m_clock.nowMs();
    store.put(*c);
    qint64 seq = 0;
    if (std::optional<Thread> t = m_storage.threadById(c->threadId)) {
        t->locked = true; // no more check-ins, and the thread says so
        seq = m_storage.putThread(*t);
    }
    return {seq, {}, {}, {}};
}

ChallengeService::Outcome ChallengeService::checkInAllowed(const User &actor,
                                                           const QJsonObject &args, CheckInArgs *in,
                                                           Challenge *challenge, bool *madeUp) {
    JsonReader r(args, QStringLiteral("challenge.checkin"));
    in->postId = r.id(QLatin1StringView("id"));
    in->challengeId = r.id(QLatin1StringView("challenge_id"));
    in->day = r.int32(QLatin1StringView("day"));
    in->writtenAt = r.integer(QLatin1StringView("written_at"));
    in->body = r.string(QLatin1StringView("body")).trimmed();
    if (!r.ok())
        return refuse(QStringLiteral("invalid_field"), r.error());
    if (!mutations::isTextWithin(in->body, mutations::kMaxPostBody))
        return refuse(
            QStringLiteral("invalid_field"),
            QStringLiteral("body: a check-in is 1 to %1 characters.").arg(mutations::kMaxPostBody));
    ChallengeStore store(m_storage);
    const std::optional<Challenge> c = store.byId(in->challengeId);
    if (!c)
        return refuse(QStringLiteral("not_found"), QStringLiteral("No such challenge."));
    if (c->closed)
        return refuse(QStringLiteral("challenge_closed"),
                      QStringLiteral("This challenge is closed."));
    if (const Verdict v = m_rules.check(actor, Action::CheckIn, Target::space(c->spaceId)))
        return refuse(*v);
    if (store.hasCheckIn(c->id, actor.id, in->day))
        return refuse(QStringLiteral("already_checked_in"),
                      QStringLiteral("You have already checked in for that day."));
    const challenges::Verdict verdict = challenges::judge(
        *c, in->day, in->writtenAt, m_clock.nowMs(), store.madeUpCount(c->id, actor.id));
    if (!challenges::counts(verdict))
        return refuse(challenges::verdictCode(verdict), refusalMessage(verdict));
    *challenge = *c;
    *madeUp = verdict == challenges::Verdict::MadeUp;
    return {};
}

bool ChallengeService::recordCheckIn(const User &actor, const CheckInArgs &in, bool madeUp) {
    return ChallengeStore(m_storage).insertCheckIn(
        {in.challengeId, actor.id, in.day, in.postId, in.writtenAt, m_clock.nowMs(), madeUp});
}

QJsonObject ChallengeService::describe(const Challenge &c, const QString &me, qint64 now) {
    ChallengeStore store(m_storage);
    QJsonObject o = challenges::toJson(c);
    const int today = c.dayAt(now);
    o.insert(QStringLiteral("today"), today);
    QJsonArray mine;
    QSet<int> days;
    for (const CheckInRecord &r : store.checkInsOf(c.id, me)) {
        days.insert(r.day);
        mine.append(QJsonObject{{QStringLiteral("day"), r.day},
                                {QStringLiteral("post_id"), r.postId},
                                {QStringLiteral("written_at"), r.writtenAt},
                                {QStringLiteral("made_up"), r.madeUp}});
    }
    o.insert(QStringLiteral("my_checkins"), mine);
    o.insert(QStringLiteral("my_streak"), challenges::streak(days, today));
    const QHash<int, int> counts = store.countsByDay(c.id);
    QJsonArray progress;
    for (int day = 1; day <= qMin(today, c.days); ++day)
        progress.append(counts.value(day));
    o.insert(QStringLiteral("progress"), progress);
    o.insert(QStringLiteral("participants"), store.participants(c.id));
    if (c.leaderboard) {
        QJsonArray board;
        for (const auto &[userId, n] : store.leaders(c.id, 10)) {
            QSet<int> theirs;
            for (const CheckInRecord &r : store.checkInsOf(c.id, userId))
                theirs.insert(r.day);
            const std::optional<User> u = m_storage.userById(userId);
            board.append(
                QJsonObject{{QStringLiteral("user_id"), userId},
                            {QStringLiteral("display_name"), u ? u->displayName : QString()},
                            {QStringLiteral("checkins"), n},
                            {QStringLiteral("streak"), challenges::streak(theirs, today)}});
        }
        o.insert(QStringLiteral("leaders"), board);
    }
    return o;
}

ApiResult<QJsonObject> ChallengeService::list(const Caller &caller, const QString &spaceId) {
    if (!spaceId.isEmpty() && !isValidId(spaceId))
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("space_id is not a valid id."));
    const qint64 now = m_clock.nowMs();
    QJsonArray out;
    for (const Challenge &c : ChallengeStore(m_storage).list(spaceId, 200))
        out.append(describe(c, caller.user.id, now));
    return QJsonObject{{QStringLiteral("challenges"), out}, {QStringLiteral("now"), now}};
}

} // namespace lyceum::server
