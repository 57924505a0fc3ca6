#include "server/seed/demo_challenges.h"

#include "learning/challenge_rules.h"
#include "server/learning/challenge_store.h"
#include "server/storage/storage.h"

#include <QDateTime>

namespace lyceum::server {

namespace {

const char *const kCheckIns[] = {
    "今天学了 SQL 的 GROUP BY，终于分清了 WHERE 和 HAVING。Today: GROUP BY vs HAVING.",
    "Python 列表推导式练习 20 分钟。20 minutes of list comprehensions.",
    "把上周的笔记整理成了思维导图。Turned last week's notes into a mind map.",
    "读完了第三章，做了课后题。Finished chapter 3 and its exercises.",
    "跟着视频做了一个小图表。Made a small chart along with the video.",
};

} // namespace

void seedDemoChallenges(const demo::DemoCommunity &demo, Storage &storage, qint64 nowMs) {
    using challenges::Challenge;
    const QString spaceId = QStringLiteral("s-checkin");
    if (!storage.spaceById(spaceId))
        return;
    QString creatorId;
    QVector<QString> members;
    for (const User &u : demo.users) {
        if (u.role == Role::Moderator && creatorId.isEmpty())
            creatorId = u.id;
        if (u.role == Role::Learner && u.handle != QLatin1String("learner") && members.size() < 8)
            members << u.id;
    }
    if (creatorId.isEmpty())
        return;
    Challenge c;
    c.id = QStringLiteral("demo-21days");
    c.spaceId = spaceId;
    c.threadId = QStringLiteral("cht-") + c.id;
    c.creatorId = creatorId;
    c.title = QStringLiteral("21 天学习打卡 21-day study check-in");
    c.days = 21;
    c.utcOffsetMin = 8 * 60;
    const QDate today = QDateTime::fromMSecsSinceEpoch(
                            nowMs + qint64(c.utcOffsetMin) * challenges::kMinuteMs, Qt::UTC)
                            .date();
    c.startDate = today.addDays(-4); // today is day 5
    c.windowStartMin = 0;
    c.windowEndMin = 24 * 60;
    c.makeUpDays = 2;
    c.makeUpHours = 72;
    c.leaderboard = true;
    for (int day = 1; day <= c.days; ++day)
        c.prompts << QStringLiteral(
                         "第 %1 天：今天学了什么？卡在哪里？ Day %1: what did you study, "
                         "and where did you get stuck?")
                         .arg(day);
    c.createdAt = c.dayStartMs(1) - challenges::kDayMs;
    c.updatedAt = c.createdAt;

    Transaction tx(storage);
    ChallengeStore store(storage);
    Thread t;
    t.id = c.threadId;
    t.spaceId = spaceId;
    t.authorId = creatorId;
    t.title = c.title;
    t.pinned = true;
    t.createdAt = c.createdAt;
    Post intro;
    intro.id = QStringLiteral("chp-") + c.id;
    intro.threadId = t.id;
    intro.authorId = creatorId;
    intro.body = QStringLiteral("连续 21 天，每天在这里回复打卡。可以补卡 2 次（72 小时内）。\n\n"
                                "Reply here once a day for 21 days; two missed days may be made "
                                "up within 72 hours.");
    intro.createdAt = c.createdAt;
    QVector<Post> posts{intro};
    // Member i checks in on the days of a pattern: the first ones every day, later ones miss
    // some; member 2 made up day 2.
    for (int i = 0; i < members.size(); ++i) {
        for (int day = 1; day <= 5; ++day) {
            const bool madeUp = i == 2 && day == 2;
            if ((i >= 3 && (day + i) % 3 == 0) || (day == 5 && i % 2 == 1))
                continue;
            const qint64 written = qMin(nowMs - (i + 1) * challenges::kMinuteMs,
                                        c.dayStartMs(day) + (8 + i) * challenges::kHourMs +
                                            (madeUp ? challenges::kDayMs : 0));
            if (written < c.dayStartMs(day))
                continue;
            Post p;
            p.id = QStringLiteral("chk-demo-%1-%2").arg(i).arg(day);
            p.threadId = t.id;
            p.authorId = members.at(i);
            p.body = QString::fromUtf8(kCheckIns[(i + day) % 5]);
            p.createdAt = written;
            posts << p;
            store.insertCheckIn({c.id, members.at(i), day, p.id, written, written, madeUp});
        }
    }
    t.postCount = int(posts.size());
    t.lastActivityAt = posts.last().createdAt;
    storage.putThread(t);
    for (const Post &p : std::as_const(posts))
        storage.putPost(p);
    store.put(c);
    tx.commit();
}

} // namespace lyceum::server
