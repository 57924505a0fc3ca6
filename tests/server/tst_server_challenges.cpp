// Check-in challenges (打卡) over real HTTP against an in-process server (SQLite, and PostgreSQL
// in the _pg run): a creator opens a challenge, members check in with replies in its thread, the
// server decides the day each counts for with its own clock (late offline check-ins, make-ups,
// the window), GET /challenges gives streaks, progress and the leaderboard, and hostile input is
// refused: forged and far days, future dates, duplicates, huge bodies, other members' ids, roles,
// bans, closed and members-only spaces.
#include "domain/mutation_defs.h"
#include "learning/challenge_rules.h"
#include "server/moderation/moderation_storage.h"
#include "server_harness.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;
namespace ch = lyceum::challenges;

namespace {

int g_mutation = 0;

QJsonObject mutate(ServerHarness &s, const QString &token, QLatin1StringView type,
                   const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("cm%1").arg(++g_mutation)},
                        {QStringLiteral("type"), QString(type)},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("c")},
                                {QStringLiteral("mutations"), QJsonArray{m}}},
                               token);
    return r.json().value(QLatin1StringView("results")).toArray().first().toObject();
}

QString outcome(const QJsonObject &result) {
    return result.value(QLatin1StringView("status")).toString() == QLatin1String("applied")
               ? QStringLiteral("applied")
               : result.value(QLatin1StringView("error"))
                     .toObject()
                     .value(QLatin1StringView("code"))
                     .toString();
}

// Day 1 is 2026-01-01 in UTC+8: it begins at 2025-12-31T16:00Z, eight hours before the
// harness's start (so the clock starts at 08:00 local on day 1). Window 06:00-23:00.
QJsonObject challengeArgs(const char *idText, const char *spaceText, int makeUpDays = 1,
                          bool leaderboard = true) {
    const QString id = QString::fromUtf8(idText);
    const QString spaceId = QString::fromUtf8(spaceText);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("space_id"), spaceId},
            {QStringLiteral("title"), QStringLiteral("21 天打卡 21 days")},
            {QStringLiteral("days"), 21},
            {QStringLiteral("start_date"), QStringLiteral("2026-01-01")},
            {QStringLiteral("utc_offset_min"), 480},
            {QStringLiteral("window_start_min"), 6 * 60},
            {QStringLiteral("window_end_min"), 23 * 60},
            {QStringLiteral("make_up_days"), makeUpDays},
            {QStringLiteral("make_up_hours"), 72},
            {QStringLiteral("leaderboard"), leaderboard},
            {QStringLiteral("prompts"), QJsonArray{QStringLiteral("第一天：写下目标"),
                                                   QStringLiteral("Day 2: one thing learnt")}}};
}

QJsonObject checkIn(const char *postId, const char *challengeId, QJsonValue day, qint64 writtenAt,
                    const QString &body = QStringLiteral("今天学了 SQL")) {
    return {{QStringLiteral("id"), QString::fromUtf8(postId)},
            {QStringLiteral("challenge_id"), QString::fromUtf8(challengeId)},
            {QStringLiteral("day"), day},
            {QStringLiteral("written_at"), writtenAt},
            {QStringLiteral("body"), body}};
}

void addSpace(ServerHarness &s, const QString &id, SpaceAudience reply, bool closed = false) {
    server::SeedData d;
    Space space{id, id, id, QStringLiteral("check-ins"), 9, SpaceAudience::Everyone, reply};
    space.closed = closed;
    d.spaces.append(space);
    s.storage().bulkInsert(d);
}

// Access tokens live 15 minutes; tests that move the clock by days sign in again.
QString fresh(ServerHarness &s, const char *handle) {
    return s.login(QString::fromUtf8(handle), kPassword)
        .value(QLatin1StringView("access_token"))
        .toString();
}

QJsonObject challengeFor(ServerHarness &s, const QString &token, const QString &id) {
    const HttpReply r = s.get(QStringLiteral("/api/v1/challenges"), token);
    if (r.status != 200)
        qWarning() << "GET /challenges:" << r.status << r.body;
    for (const QJsonValue &v : r.json().value(QLatin1StringView("challenges")).toArray()) {
        if (v.toObject().value(QLatin1StringView("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestServerChallenges : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void creatorOpensAndMembersCheckIn() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        addSpace(s, QStringLiteral("s-daily"), SpaceAudience::Everyone);
        QString creator = s.createAndLogin(QStringLiteral("teacher"), Role::Creator);
        QString aliceId;
        QString alice = s.createAndLogin(QStringLiteral("alice"), Role::Learner, &aliceId);
        QString bob = s.createAndLogin(QStringLiteral("bob"), Role::Learner);

        const QJsonObject opened = mutate(s, creator, ch::kPut, challengeArgs("c1", "s-daily"));
        QCOMPARE(outcome(opened), QStringLiteral("applied"));
        const QString threadId = opened.value(QLatin1StringView("thread_id")).toString();
        QCOMPARE(threadId, QStringLiteral("cht-c1"));
        QVERIFY(s.storage().threadById(threadId)->pinned);

        const qint64 now = s.clock().nowMs();
        const QJsonObject done = mutate(s, alice, ch::kCheckIn, checkIn("p-a1", "c1", 1, now));
        QCOMPARE(outcome(done), QStringLiteral("applied"));
        QCOMPARE(done.value(QLatin1StringView("day")).toInt(), 1);
        QCOMPARE(done.value(QLatin1StringView("made_up")).toBool(), false);
        // The check-in is a reply in the challenge's thread, in the feed like any post.
        QCOMPARE(s.storage().postById(QStringLiteral("p-a1"))->threadId, threadId);
        QCOMPARE(s.storage().postById(QStringLiteral("p-a1"))->authorId, aliceId);

        // Day 2 for both; alice's streak is 2, bob's 1.
        s.clock().advanceMs(ch::kDayMs);
        alice = fresh(s, "alice");
        bob = fresh(s, "bob");
        creator = fresh(s, "teacher");
        QCOMPARE(
            outcome(mutate(s, alice, ch::kCheckIn, checkIn("p-a2", "c1", 2, s.clock().nowMs()))),
            QStringLiteral("applied"));
        QCOMPARE(outcome(mutate(s, bob, ch::kCheckIn, checkIn("p-b2", "c1", 2, s.clock().nowMs()))),
                 QStringLiteral("applied"));
        const QJsonObject mine = challengeFor(s, alice, QStringLiteral("c1"));
        QCOMPARE(mine.value(QLatin1StringView("today")).toInt(), 2);
        QCOMPARE(mine.value(QLatin1StringView("my_streak")).toInt(), 2);
        QCOMPARE(mine.value(QLatin1StringView("my_checkins")).toArray().size(), 2);
        QCOMPARE(mine.value(QLatin1StringView("progress")).toArray(), (QJsonArray{1, 2}));
        QCOMPARE(mine.value(QLatin1StringView("participants")).toInt(), 2);
        const QJsonArray board = mine.value(QLatin1StringView("leaders")).toArray();
        QCOMPARE(board.size(), 2);
        QCOMPARE(board.at(0).toObject().value(QLatin1StringView("display_name")).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(board.at(0).toObject().value(QLatin1StringView("streak")).toInt(), 2);
        QCOMPARE(mine.value(QLatin1StringView("prompts")).toArray().at(0).toString(),
                 QStringLiteral("第一天：写下目标"));
        QCOMPARE(challengeFor(s, bob, QStringLiteral("c1"))
                     .value(QLatin1StringView("my_streak"))
                     .toInt(),
                 1);
        // The space filter.
        QCOMPARE(s.get(QStringLiteral("/api/v1/challenges?space_id=s-other"), bob)
                     .json()
                     .value(QLatin1StringView("challenges"))
                     .toArray()
                     .size(),
                 0);

        // The creator edits (title, leaderboard off): the leaderboard is gone for everyone.
        QJsonObject edit = challengeArgs("c1", "s-daily", 1, false);
        edit.insert(QStringLiteral("title"), QStringLiteral("新标题 New title"));
        QCOMPARE(outcome(mutate(s, creator, ch::kPut, edit)), QStringLiteral("applied"));
        const QJsonObject edited = challengeFor(s, alice, QStringLiteral("c1"));
        QCOMPARE(edited.value(QLatin1StringView("title")).toString(),
                 QStringLiteral("新标题 New title"));
        QVERIFY(!edited.value(QLatin1StringView("leaderboard")).toBool());
        QVERIFY(!edited.contains(QLatin1StringView("leaders")));
        QCOMPARE(edited.value(QLatin1StringView("thread_id")).toString(), threadId);

        // Closed: no more check-ins, and the thread is locked.
        QCOMPARE(outcome(mutate(s, creator, ch::kClose,
                                {{QStringLiteral("challenge_id"), QStringLiteral("c1")}})),
                 QStringLiteral("applied"));
        QVERIFY(s.storage().threadById(threadId)->locked);
        s.clock().advanceMs(ch::kDayMs);
        bob = fresh(s, "bob");
        QCOMPARE(outcome(mutate(s, bob, ch::kCheckIn, checkIn("p-b3", "c1", 3, s.clock().nowMs()))),
                 QStringLiteral("challenge_closed"));
    }

    void offlineCheckInsCountForTheirDayWithinBounds() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        addSpace(s, QStringLiteral("s-daily"), SpaceAudience::Everyone);
        const QString creator = s.createAndLogin(QStringLiteral("teacher"), Role::Creator);
        QString alice = s.createAndLogin(QStringLiteral("alice"), Role::Learner);
        s.createAndLogin(QStringLiteral("bob"), Role::Learner);
        QCOMPARE(outcome(mutate(s, creator, ch::kPut, challengeArgs("c1", "s-daily", 1))),
                 QStringLiteral("applied"));
        ch::Challenge c;
        c.startDate = QDate(2026, 1, 1);
        c.utcOffsetMin = 480;
        c.windowStartMin = 6 * 60;
        c.windowEndMin = 23 * 60;
        c.days = 21;
        const qint64 writtenDay1 = c.windowOpensMs(1) + ch::kHourMs; // 07:00 on day 1, offline
        // Received 47 hours after day 1's window closed: on time, for day 1.
        s.clock().setMs(c.windowClosesMs(1) + 47 * ch::kHourMs);
        alice = fresh(s, "alice");
        QJsonObject late = mutate(s, alice, ch::kCheckIn, checkIn("p-1", "c1", 1, writtenDay1));
        QCOMPARE(outcome(late), QStringLiteral("applied"));
        QCOMPARE(late.value(QLatin1StringView("made_up")).toBool(), false);
        // Day 2 written in its window but received 49 hours after it closed: past the grace,
        // it is the one allowed make-up.
        s.clock().setMs(c.windowClosesMs(2) + 49 * ch::kHourMs);
        alice = fresh(s, "alice");
        late = mutate(s, alice, ch::kCheckIn, checkIn("p-2", "c1", 2, c.windowOpensMs(2)));
        QCOMPARE(outcome(late), QStringLiteral("applied"));
        QCOMPARE(late.value(QLatin1StringView("made_up")).toBool(), true);
        // Day 3 written after its window: a make-up, but none is left.
        QCOMPARE(outcome(mutate(s, alice, ch::kCheckIn,
                                checkIn("p-3", "c1", 3, c.windowClosesMs(3) + ch::kHourMs))),
                 QStringLiteral("no_make_up_left"));
        // Far past: day 1 of a new member, 80 h after (make-up deadline 72 h).
        s.clock().setMs(c.windowClosesMs(1) + 80 * ch::kHourMs);
        QString bob = fresh(s, "bob");
        QCOMPARE(outcome(mutate(s, bob, ch::kCheckIn, checkIn("p-4", "c1", 1, writtenDay1))),
                 QStringLiteral("too_late"));
        // Before the day's window opened (05:00 local on day 5).
        s.clock().setMs(c.dayStartMs(5) + 5 * ch::kHourMs);
        bob = fresh(s, "bob");
        alice = fresh(s, "alice");
        QCOMPARE(outcome(mutate(s, bob, ch::kCheckIn, checkIn("p-5", "c1", 5, s.clock().nowMs()))),
                 QStringLiteral("outside_window"));
        QCOMPARE(challengeFor(s, alice, QStringLiteral("c1"))
                     .value(QLatin1StringView("my_checkins"))
                     .toArray()
                     .size(),
                 2);
    }

    void hostileCheckInsAreRefused() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        addSpace(s, QStringLiteral("s-daily"), SpaceAudience::Everyone);
        addSpace(s, QStringLiteral("s-paid"), SpaceAudience::Members);
        addSpace(s, QStringLiteral("s-closed"), SpaceAudience::Everyone, true);
        const QString creator = s.createAndLogin(QStringLiteral("teacher"), Role::Creator);
        QString aliceId, bobId;
        const QString alice = s.createAndLogin(QStringLiteral("alice"), Role::Learner, &aliceId);
        const QString bob = s.createAndLogin(QStringLiteral("bob"), Role::Learner, &bobId);
        QCOMPARE(outcome(mutate(s, creator, ch::kPut, challengeArgs("c1", "s-daily"))),
                 QStringLiteral("applied"));
        QCOMPARE(outcome(mutate(s, creator, ch::kPut, challengeArgs("c-paid", "s-paid"))),
                 QStringLiteral("applied"));
        QCOMPARE(outcome(mutate(s, creator, ch::kPut, challengeArgs("c-closed", "s-closed"))),
                 QStringLiteral("applied"));
        const qint64 now = s.clock().nowMs();
        const auto tryIn = [&](const QString &token, const QJsonObject &args) {
            return outcome(mutate(s, token, ch::kCheckIn, args));
        };
        // Forged days: outside the challenge, a future day, a day as text.
        QCOMPARE(tryIn(alice, checkIn("p-x1", "c1", 0, now)), QStringLiteral("invalid_field"));
        QCOMPARE(tryIn(alice, checkIn("p-x2", "c1", 22, now)), QStringLiteral("invalid_field"));
        QCOMPARE(tryIn(alice, checkIn("p-x3", "c1", 3, now)), QStringLiteral("future_day"));
        QCOMPARE(tryIn(alice, checkIn("p-x4", "c1", QStringLiteral("1"), now)),
                 QStringLiteral("invalid_field"));
        QCOMPARE(tryIn(alice, checkIn("p-x5", "c1", 100000000, now)),
                 QStringLiteral("invalid_field"));
        // Written in the future (a device clock ahead by a day), or long before the challenge.
        QCOMPARE(tryIn(alice, checkIn("p-x6", "c1", 1, now + ch::kDayMs)),
                 QStringLiteral("future_day"));
        QCOMPARE(tryIn(alice, checkIn("p-x7", "c1", 1, 0)), QStringLiteral("future_day"));
        QCOMPARE(tryIn(alice, checkIn("p-x8", "c1", 1, -9000000000000000LL)),
                 QStringLiteral("future_day"));
        // Bodies: empty, huge, not text.
        QCOMPARE(tryIn(alice, checkIn("p-x9", "c1", 1, now, QStringLiteral("   "))),
                 QStringLiteral("invalid_field"));
        QCOMPARE(tryIn(alice, checkIn("p-x10", "c1", 1, now,
                                      QString(mutations::kMaxPostBody + 1, QLatin1Char('a')))),
                 QStringLiteral("invalid_field"));
        QJsonObject noBody = checkIn("p-x11", "c1", 1, now);
        noBody.insert(QStringLiteral("body"), 5);
        QCOMPARE(tryIn(alice, noBody), QStringLiteral("invalid_field"));
        // Ids: a bad post id, an unknown challenge, another member's id (ignored: the caller
        // checks in for themselves).
        QCOMPARE(tryIn(alice, checkIn("bad id!", "c1", 1, now)), QStringLiteral("invalid_field"));
        QCOMPARE(tryIn(alice, checkIn("p-x12", "nope", 1, now)), QStringLiteral("not_found"));
        QJsonObject asBob = checkIn("p-a1", "c1", 1, now);
        asBob.insert(QStringLiteral("user_id"), bobId);
        QCOMPARE(tryIn(alice, asBob), QStringLiteral("applied"));
        QCOMPARE(challengeFor(s, bob, QStringLiteral("c1"))
                     .value(QLatin1StringView("my_checkins"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(s.storage().postById(QStringLiteral("p-a1"))->authorId, aliceId);
        // Twice for a day; a post id taken (bob reusing alice's).
        QCOMPARE(tryIn(alice, checkIn("p-a1b", "c1", 1, now)),
                 QStringLiteral("already_checked_in"));
        QCOMPARE(tryIn(bob, checkIn("p-a1", "c1", 1, now)), QStringLiteral("conflict"));
        // Spaces: members only (bob holds none of its courses), closed.
        QCOMPARE(tryIn(bob, checkIn("p-x13", "c-paid", 1, now)),
                 QStringLiteral("not_allowed_here"));
        QCOMPARE(tryIn(bob, checkIn("p-x14", "c-closed", 1, now)), QStringLiteral("space_closed"));
        // A ban stops check-ins.
        s.storage().moderation()->setBanned(bobId, true, now);
        QCOMPARE(tryIn(bob, checkIn("p-x15", "c1", 1, now)), QStringLiteral("banned"));
        // A refused check-in left no post behind.
        QVERIFY(!s.storage().postById(QStringLiteral("p-x3")));
        QVERIFY(!s.storage().postById(QStringLiteral("p-a1b")));
    }

    void onlyCreatorsAndStaffRunChallenges() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        addSpace(s, QStringLiteral("s-daily"), SpaceAudience::Everyone);
        const QString creator = s.createAndLogin(QStringLiteral("teacher"), Role::Creator);
        const QString other = s.createAndLogin(QStringLiteral("teacher2"), Role::Creator);
        const QString mod = s.createAndLogin(QStringLiteral("mod"), Role::Moderator);
        const QString alice = s.createAndLogin(QStringLiteral("alice"), Role::Learner);
        QCOMPARE(outcome(mutate(s, alice, ch::kPut, challengeArgs("c1", "s-daily"))),
                 QStringLiteral("forbidden"));
        QCOMPARE(outcome(mutate(s, creator, ch::kPut, challengeArgs("c1", "s-daily"))),
                 QStringLiteral("applied"));
        // Another creator may not edit or close it; a moderator may.
        QCOMPARE(outcome(mutate(s, other, ch::kPut, challengeArgs("c1", "s-daily"))),
                 QStringLiteral("forbidden"));
        QCOMPARE(outcome(mutate(s, other, ch::kClose,
                                {{QStringLiteral("challenge_id"), QStringLiteral("c1")}})),
                 QStringLiteral("forbidden"));
        QCOMPARE(outcome(mutate(s, alice, ch::kClose,
                                {{QStringLiteral("challenge_id"), QStringLiteral("c1")}})),
                 QStringLiteral("forbidden"));
        QCOMPARE(outcome(mutate(s, mod, ch::kPut, challengeArgs("c1", "s-daily", 2))),
                 QStringLiteral("applied"));
        // Hostile challenges: unknown space, bad fields, a space move, a taken thread id.
        QCOMPARE(outcome(mutate(s, creator, ch::kPut, challengeArgs("c2", "s-none"))),
                 QStringLiteral("not_found"));
        const auto with = [](QJsonObject o, const char *key, const QJsonValue &v) {
            o.insert(QLatin1String(key), v);
            return o;
        };
        const QJsonObject base = challengeArgs("c3", "s-daily");
        for (const QJsonObject &bad :
             {with(base, "days", 0), with(base, "days", 100000),
              with(base, "days", QStringLiteral("21")),
              with(base, "start_date", QStringLiteral("2026-02-30")),
              with(base, "start_date", QStringLiteral("yesterday")),
              with(base, "window_start_min", 1380), with(base, "window_end_min", 2000),
              with(base, "utc_offset_min", 100000), with(base, "make_up_days", 50),
              with(base, "make_up_hours", -1), with(base, "title", QString(200, QLatin1Char('x'))),
              with(base, "title", QString()), with(base, "id", QString(60, QLatin1Char('x'))),
              with(base, "prompts", QJsonArray{QString(600, QLatin1Char('x'))}),
              with(base, "prompts", QJsonArray{1, 2}),
              with(base, "leaderboard", QStringLiteral("yes"))})
            QVERIFY2(outcome(mutate(s, creator, ch::kPut, bad)) == QLatin1String("invalid_field"),
                     QJsonDocument(bad).toJson().constData());
        addSpace(s, QStringLiteral("s-two"), SpaceAudience::Everyone);
        QCOMPARE(outcome(mutate(s, mod, ch::kPut, challengeArgs("c1", "s-two"))),
                 QStringLiteral("conflict"));
        QCOMPARE(outcome(mutate(s, creator, ch::kClose, {{QStringLiteral("challenge_id"), 5}})),
                 QStringLiteral("invalid_field"));
        // GET /challenges refuses a malformed space id.
        QCOMPARE(s.get(QStringLiteral("/api/v1/challenges?space_id=a%20b"), alice).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestServerChallenges)
#include "tst_server_challenges.moc"
