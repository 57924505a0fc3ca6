// What moderators set and what authors answer, over real HTTP against an in-process server:
// space rules (slow mode, closed spaces) set by space.rules and enforced by the rule book; keyword
// filters that block or hold (Chinese aware, width folded, a pattern that cannot stall the
// server) and their test; appeals (once per action, in the queue as kind appeal, the outcome
// told to the author); the People reads; members held for approval. Each with hostile input.
#include "server/moderation/moderation_storage.h"
#include "sync_fixture.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

int g_mutation = 0;

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}

QJsonObject mutate(ServerHarness &s, const QString &token, const QString &type,
                   const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("mr%1").arg(++g_mutation)},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("c")},
                                {QStringLiteral("mutations"), QJsonArray{m}}},
                               token);
    return r.json().value(QLatin1StringView("results")).toArray().first().toObject();
}

QString outcome(const QJsonObject &result) {
    return str(result, "status") == QLatin1String("applied")
               ? QStringLiteral("applied")
               : str(result.value(QLatin1StringView("error")).toObject(), "code");
}

QString act(ServerHarness &s, const QString &token, const QString &type, const QJsonObject &args) {
    return outcome(mutate(s, token, type, args));
}

QJsonObject rules(const QString &space, const char *start, const char *reply, qint64 slow,
                  bool closed) {
    return {{QStringLiteral("space_id"), space},
            {QStringLiteral("start_threads"), QLatin1String(start)},
            {QStringLiteral("reply"), QLatin1String(reply)},
            {QStringLiteral("slow_mode_s"), slow},
            {QStringLiteral("closed"), closed}};
}

QJsonObject reply(const QString &id, const QString &body = QStringLiteral("回复 reply")) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("thread_id"), QStringLiteral("t-space")},
            {QStringLiteral("body"), body}};
}

QJsonObject newThread(const QString &id, const QString &title, const QString &body) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("kind"), QStringLiteral("discussion")},
            {QStringLiteral("body"), body},
            {QStringLiteral("first_post_id"), QString(id + QStringLiteral("-p"))},
            {QStringLiteral("space_id"), QStringLiteral("s1")}};
}

QJsonObject filter(const QString &pattern, const char *mode, const char *effect) {
    return {{QStringLiteral("pattern"), pattern},
            {QStringLiteral("mode"), QLatin1String(mode)},
            {QStringLiteral("effect"), QLatin1String(effect)}};
}

QJsonArray queue(ServerHarness &s, const QString &token, const QString &query = {}) {
    return s.get(QStringLiteral("/api/v1/moderation/queue") + query, token)
        .json()
        .value(QLatin1StringView("items"))
        .toArray();
}

QJsonArray notices(ServerHarness &s, const QString &token) {
    return s.get(QStringLiteral("/api/v1/moderation/notices"), token)
        .json()
        .value(QLatin1StringView("notices"))
        .toArray();
}

// The learner's reply p-x, reported and deleted by the moderator; the action's id.
qint64 deletedReply(ServerHarness &s, const SyncFixture &f, const QString &id) {
    if (act(s, f.learner, QStringLiteral("post.create"), reply(id)) != QLatin1String("applied"))
        return 0;
    act(s, f.entitled, QStringLiteral("report.create"),
        {{QStringLiteral("id"), QString(QStringLiteral("r-") + id)},
         {QStringLiteral("target_kind"), QStringLiteral("post")},
         {QStringLiteral("target_id"), id},
         {QStringLiteral("reason"), QStringLiteral("abuse")}});
    if (act(s, f.moderator, QStringLiteral("moderation.act"),
            {{QStringLiteral("target_kind"), QStringLiteral("post")},
             {QStringLiteral("target_id"), id},
             {QStringLiteral("action"), QStringLiteral("delete")},
             {QStringLiteral("reason"), QStringLiteral("abuse_language")}}) !=
        QLatin1String("applied"))
        return 0;
    const auto log = s.storage().moderation()->actions(1);
    return log.isEmpty() ? 0 : log.first().id;
}

} // namespace

class TestServerModerationRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void slowModeAndClosedSpacesAreSetByModeratorsAndEnforced() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QString rule = QStringLiteral("space.rules");
        QCOMPARE(
            act(s, f.learner, rule, rules(QStringLiteral("s1"), "everyone", "everyone", 60, false)),
            QStringLiteral("forbidden"));
        QCOMPARE(
            act(s, f.creator, rule, rules(QStringLiteral("s1"), "everyone", "everyone", 60, false)),
            QStringLiteral("forbidden"));
        QCOMPARE(act(s, f.moderator, rule,
                     rules(QStringLiteral("s1"), "everyone", "everyone", 60, false)),
                 QStringLiteral("applied"));
        // Readers learn the rules from the feed.
        const QJsonObject space =
            findChange(s.syncAll(f.learner), QStringLiteral("space"), QStringLiteral("s1"))
                .value(QLatin1StringView("data"))
                .toObject();
        QCOMPARE(space.value(QLatin1StringView("slow_mode_s")).toInt(), 60);
        QCOMPARE(space.value(QLatin1StringView("closed")).toBool(), false);

        // One post per minute for a member; the team is not slowed.
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"), reply(QStringLiteral("a1"))),
                 QStringLiteral("applied"));
        const QJsonObject slowed =
            mutate(s, f.learner, QStringLiteral("post.create"), reply(QStringLiteral("a2")));
        QCOMPARE(outcome(slowed), QStringLiteral("slow_mode"));
        QVERIFY(str(slowed.value(QLatin1StringView("error")).toObject(), "message")
                    .contains(QLatin1String("60 s")));
        QCOMPARE(act(s, f.learner, QStringLiteral("thread.create"),
                     newThread(QStringLiteral("t-a"), QStringLiteral("新"), QStringLiteral("x"))),
                 QStringLiteral("slow_mode"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("post.create"), reply(QStringLiteral("m1"))),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("post.create"), reply(QStringLiteral("m2"))),
                 QStringLiteral("applied"));
        s.clock().advanceMs(59 * 1000);
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"), reply(QStringLiteral("a3"))),
                 QStringLiteral("slow_mode"));
        s.clock().advanceMs(1000);
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"), reply(QStringLiteral("a4"))),
                 QStringLiteral("applied"));

        // Closed: readable, but only the team posts.
        QCOMPARE(
            act(s, f.moderator, rule, rules(QStringLiteral("s1"), "everyone", "everyone", 0, true)),
            QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"), reply(QStringLiteral("a5"))),
                 QStringLiteral("space_closed"));
        QCOMPARE(act(s, f.entitled, QStringLiteral("thread.create"),
                     newThread(QStringLiteral("t-b"), QStringLiteral("新"), QStringLiteral("x"))),
                 QStringLiteral("space_closed"));
        QCOMPARE(act(s, f.creator, QStringLiteral("post.create"), reply(QStringLiteral("c1"))),
                 QStringLiteral("applied"));
        // The change is in the audit log.
        QCOMPARE(s.storage().moderation()->actions(1).first().action,
                 QStringLiteral("space_rules"));
    }

    void hostileSpaceRulesAreRefusedAndChangeNothing() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QString rule = QStringLiteral("space.rules");
        const QList<QJsonObject> bad{
            rules(QStringLiteral("s1"), "everyone", "everyone", -1, false),
            rules(QStringLiteral("s1"), "everyone", "everyone", 86401, false),
            rules(QStringLiteral("s1"), "Members", "everyone", 0, false),
            rules(QStringLiteral("s1"), "everyone", "staff; DROP TABLE spaces", 0, false),
            rules(QStringLiteral("../s1"), "everyone", "everyone", 0, false),
            QJsonObject{{QStringLiteral("space_id"), QStringLiteral("s1")}},
            QJsonObject{{QStringLiteral("space_id"), QStringLiteral("s1")},
                        {QStringLiteral("start_threads"), QStringLiteral("everyone")},
                        {QStringLiteral("reply"), QStringLiteral("everyone")},
                        {QStringLiteral("slow_mode_s"), QStringLiteral("60")},
                        {QStringLiteral("closed"), false}},
            QJsonObject{{QStringLiteral("space_id"), QStringLiteral("s1")},
                        {QStringLiteral("start_threads"), QStringLiteral("everyone")},
                        {QStringLiteral("reply"), QStringLiteral("everyone")},
                        {QStringLiteral("slow_mode_s"), 1.5},
                        {QStringLiteral("closed"), QStringLiteral("yes")}},
        };
        for (const QJsonObject &args : bad)
            QCOMPARE(act(s, f.moderator, rule, args), QStringLiteral("invalid_field"));
        QCOMPARE(act(s, f.moderator, rule,
                     rules(QStringLiteral("nope"), "everyone", "everyone", 0, false)),
                 QStringLiteral("not_found"));
        const Space space = *s.storage().spaceById(QStringLiteral("s1"));
        QCOMPARE(space.slowModeS, 0);
        QCOMPARE(space.closed, false);
        QCOMPARE(space.startThreads, SpaceAudience::Everyone);
        // A banned moderator sets nothing.
        s.storage().moderation()->setBanned(QStringLiteral("u-mod"), true, s.clock().nowMs());
        QCOMPARE(act(s, f.moderator, rule, rules(QStringLiteral("s1"), "staff", "staff", 10, true)),
                 QStringLiteral("banned"));
    }

    void keywordFiltersBlockOrHoldChineseAwareAndWidthFolded() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QString put = QStringLiteral("filter.put");
        QCOMPARE(act(s, f.learner, put, filter(QStringLiteral("微信"), "word", "hold")),
                 QStringLiteral("forbidden"));
        QCOMPARE(act(s, f.moderator, put, filter(QStringLiteral("加微信"), "word", "hold")),
                 QStringLiteral("applied"));
        // Full-width in the filter, half-width in the post (and the other way round).
        QCOMPARE(act(s, f.moderator, put, filter(QStringLiteral("ＳＰＡＭ"), "word", "block")),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.moderator, put, filter(QStringLiteral("v?x*号"), "pattern", "block")),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"),
                     reply(QStringLiteral("b1"), QStringLiteral("this is spam!"))),
                 QStringLiteral("filtered"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"),
                     reply(QStringLiteral("b2"), QStringLiteral("加我Ｖ．Ｘ：123号"))),
                 QStringLiteral("filtered"));
        QVERIFY(!s.storage().postById(QStringLiteral("b1")));
        // No word boundaries in Chinese: inside a sentence it is found.
        const QJsonObject held =
            mutate(s, f.learner, QStringLiteral("post.create"),
                   reply(QStringLiteral("h1"), QStringLiteral("快来加微信领取资料")));
        QCOMPARE(outcome(held), QStringLiteral("applied"));
        QVERIFY(held.value(QLatin1StringView("held")).toBool());
        QVERIFY(!s.storage().postById(QStringLiteral("h1")));
        QCOMPARE(
            act(s, f.learner, QStringLiteral("thread.create"),
                newThread(QStringLiteral("t-h"), QStringLiteral("加微信"), QStringLiteral("正文"))),
            QStringLiteral("applied"));
        QVERIFY(!s.storage().threadById(QStringLiteral("t-h")));
        // Text that only looks alike passes.
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"),
                     reply(QStringLiteral("ok1"), QStringLiteral("微 信 is fine, so is spa m"))),
                 QStringLiteral("applied"));
        // The team is not filtered.
        QCOMPARE(act(s, f.moderator, QStringLiteral("post.create"),
                     reply(QStringLiteral("m1"), QStringLiteral("不要加微信"))),
                 QStringLiteral("applied"));

        // Both held items are in the queue, and only them with ?kind=held.
        const QJsonArray items = queue(s, f.moderator, QStringLiteral("?kind=held"));
        QCOMPARE(items.size(), 2);
        QStringList ids;
        for (const QJsonValue &v : items) {
            QCOMPARE(str(v.toObject(), "target_kind"), QStringLiteral("held"));
            ids << str(v.toObject(), "target_id");
            QCOMPARE(str(v.toObject().value(QLatin1StringView("held")).toObject(), "matched"),
                     QStringLiteral("加微信"));
        }
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("h1"), QStringLiteral("t-h-p")}));
        // Published as its author, or rejected; once.
        const QString decide = QStringLiteral("held.decide");
        QCOMPARE(act(s, f.learner, decide,
                     {{QStringLiteral("post_id"), QStringLiteral("h1")},
                      {QStringLiteral("publish"), true}}),
                 QStringLiteral("forbidden"));
        QCOMPARE(act(s, f.moderator, decide,
                     {{QStringLiteral("post_id"), QStringLiteral("h1")},
                      {QStringLiteral("publish"), true}}),
                 QStringLiteral("applied"));
        QCOMPARE(s.storage().postById(QStringLiteral("h1"))->authorId, f.learnerId);
        QCOMPARE(act(s, f.admin, decide,
                     {{QStringLiteral("post_id"), QStringLiteral("h1")},
                      {QStringLiteral("publish"), false}}),
                 QStringLiteral("already_resolved"));
        QCOMPARE(act(s, f.moderator, decide,
                     {{QStringLiteral("post_id"), QStringLiteral("t-h-p")},
                      {QStringLiteral("publish"), false}}),
                 QStringLiteral("applied"));
        QVERIFY(!s.storage().threadById(QStringLiteral("t-h")));
        QCOMPARE(queue(s, f.moderator, QStringLiteral("?kind=held")).size(), 0);
        QCOMPARE(str(notices(s, f.learner).first().toObject(), "action"),
                 QStringLiteral("reject_held"));
        // Filters are listed and removed.
        const QJsonArray list = s.get(QStringLiteral("/api/v1/moderation/filters"), f.moderator)
                                    .json()
                                    .value(QLatin1StringView("filters"))
                                    .toArray();
        QCOMPARE(list.size(), 3);
        const qint64 first = list.first().toObject().value(QLatin1StringView("id")).toInteger();
        QCOMPARE(act(s, f.moderator, QStringLiteral("filter.delete"),
                     {{QStringLiteral("filter_id"), first}}),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("filter.delete"),
                     {{QStringLiteral("filter_id"), first}}),
                 QStringLiteral("not_found"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"),
                     reply(QStringLiteral("h2"), QStringLiteral("加微信"))),
                 QStringLiteral("applied"));
        QVERIFY(s.storage().postById(QStringLiteral("h2")));
    }

    void hostileFiltersAreRefusedAndAPathologicalPatternStaysCheap() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QString put = QStringLiteral("filter.put");
        const QList<QJsonObject> bad{
            filter(QString(101, QLatin1Char('x')), "word", "block"),
            filter(QStringLiteral("a*b*c*d*e*f*g*h*i*"), "pattern", "block"),
            filter(QStringLiteral("**?*"), "pattern", "hold"),
            filter(QStringLiteral("   "), "word", "hold"),
            filter(QStringLiteral("(a+)+$"), "regex", "block"),
            filter(QStringLiteral("x"), "word", "delete"),
            QJsonObject{{QStringLiteral("pattern"), 42},
                        {QStringLiteral("mode"), QStringLiteral("word")},
                        {QStringLiteral("effect"), QStringLiteral("hold")}},
        };
        for (const QJsonObject &args : bad)
            QCOMPARE(act(s, f.moderator, put, args), QStringLiteral("invalid_field"));
        QCOMPARE(s.storage().moderation()->keywordFilters().size(), 0);
        QCOMPARE(act(s, f.moderator, QStringLiteral("filter.delete"),
                     {{QStringLiteral("filter_id"), QStringLiteral("1 OR 1=1")}}),
                 QStringLiteral("invalid_field"));

        // The classic catastrophic-backtracking shapes: a regular expression engine would take
        // exponential time on (a+)+ or many stars against a long run of a's with no b. Here a
        // regex is just text, and stars cost at most text × pattern.
        const QString longRun(19000, QLatin1Char('a'));
        QCOMPARE(
            act(s, f.learner, QStringLiteral("post.create"), reply(QStringLiteral("run"), longRun)),
            QStringLiteral("applied"));
        QCOMPARE(
            act(s, f.moderator, put, filter(QStringLiteral("a*a*a*a*a*a*a*b"), "pattern", "block")),
            QStringLiteral("applied"));
        QCOMPARE(act(s, f.moderator, put, filter(QStringLiteral("(a+)+$"), "word", "block")),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"),
                     reply(QStringLiteral("run2"), longRun + QStringLiteral("c"))),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"),
                     reply(QStringLiteral("run3"), longRun + QStringLiteral("b"))),
                 QStringLiteral("filtered"));

        // The test box: what a filter would catch among recent posts, nothing saved.
        const HttpReply test = s.get(
            QStringLiteral("/api/v1/moderation/filters/test?mode=pattern&pattern=a*a*a*a*a*a*a*c"),
            f.moderator);
        QCOMPARE(test.status, 200);
        QCOMPARE(test.json().value(QLatin1StringView("matches")).toArray().size(), 1);
        QCOMPARE(str(test.json().value(QLatin1StringView("matches")).toArray().first().toObject(),
                     "post_id"),
                 QStringLiteral("run2"));
        QVERIFY(test.json().value(QLatin1StringView("checked")).toInt() >= 3);
        const HttpReply cjk = s.get(
            QStringLiteral("/api/v1/moderation/filters/test?mode=word&pattern=%E7%AC%AC%E4%B8%80"),
            f.moderator);
        QCOMPARE(cjk.json().value(QLatin1StringView("matches")).toArray().size(), 3); // 第一帖
        QCOMPARE(s.get(QStringLiteral("/api/v1/moderation/filters/test?mode=regex&pattern=a"),
                       f.moderator)
                     .status,
                 400);
        QCOMPARE(s.get(QStringLiteral("/api/v1/moderation/filters/test?mode=word&pattern=") +
                           QString(101, QLatin1Char('z')),
                       f.moderator)
                     .errorCode(),
                 QStringLiteral("invalid_field"));
        QCOMPARE(
            s.get(QStringLiteral("/api/v1/moderation/filters/test?mode=word&pattern=a"), f.learner)
                .status,
            403);
        QCOMPARE(s.storage().moderation()->keywordFilters().size(), 2);
    }

    void anAppealIsFiledOnceQueuedAsAppealAndItsOutcomeToldToTheAuthor() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const qint64 removal = deletedReply(s, f, QStringLiteral("x1"));
        QVERIFY(removal > 0);
        QJsonObject notice = notices(s, f.learner).first().toObject();
        QCOMPARE(notice.value(QLatin1StringView("id")).toInteger(), removal);
        QVERIFY(notice.value(QLatin1StringView("appealable")).toBool());
        const QString appeal = QStringLiteral("appeal.create");
        const auto args = [](qint64 id, const QString &note) {
            return QJsonObject{{QStringLiteral("action_id"), id}, {QStringLiteral("note"), note}};
        };
        // Hostile: nobody else's action, no empty or over-long note, no wrong types.
        QCOMPARE(act(s, f.entitled, appeal, args(removal, QStringLiteral("不是我的"))),
                 QStringLiteral("not_found"));
        QCOMPARE(act(s, f.learner, appeal, args(removal, QStringLiteral("  "))),
                 QStringLiteral("invalid_field"));
        QCOMPARE(act(s, f.learner, appeal, args(removal, QString(1001, QLatin1Char('n')))),
                 QStringLiteral("invalid_field"));
        QCOMPARE(act(s, f.learner, appeal,
                     {{QStringLiteral("action_id"), QStringLiteral("1")},
                      {QStringLiteral("note"), QStringLiteral("x")}}),
                 QStringLiteral("invalid_field"));
        QCOMPARE(act(s, f.learner, appeal, args(999999, QStringLiteral("x"))),
                 QStringLiteral("not_found"));
        QCOMPARE(act(s, f.learner, appeal, args(removal, QStringLiteral("我只是引用了别人的话"))),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, appeal, args(removal, QStringLiteral("再说一次"))),
                 QStringLiteral("already_appealed"));
        notice = notices(s, f.learner).first().toObject();
        QVERIFY(!notice.value(QLatin1StringView("appealable")).toBool());
        QCOMPARE(str(notice, "appeal"), QStringLiteral("open"));

        // In the queue as kind appeal, with the original action; ?kind=appeal filters.
        const QJsonArray appeals = queue(s, f.moderator, QStringLiteral("?kind=appeal"));
        QCOMPARE(appeals.size(), 1);
        const QJsonObject item = appeals.first().toObject();
        QCOMPARE(str(item, "target_kind"), QStringLiteral("appeal"));
        QCOMPARE(str(item, "author_id"), f.learnerId);
        QCOMPARE(str(item, "text"), QStringLiteral("我只是引用了别人的话"));
        const QJsonObject original = item.value(QLatin1StringView("appeal"))
                                         .toObject()
                                         .value(QLatin1StringView("action"))
                                         .toObject();
        QCOMPARE(original.value(QLatin1StringView("id")).toInteger(), removal);
        QCOMPARE(str(original, "action"), QStringLiteral("delete"));
        QCOMPARE(str(item, "thread_id"), QStringLiteral("t-space"));
        QVERIFY(queue(s, f.moderator).size() >= 1);
        for (const QJsonValue &v : queue(s, f.moderator, QStringLiteral("?kind=post")))
            QVERIFY(str(v.toObject(), "target_kind") != QLatin1String("appeal"));

        // Granted: the post is back, the author is told, the appeal leaves the queue.
        const qint64 appealId = item.value(QLatin1StringView("target_id")).toString().toLongLong();
        const QString decide = QStringLiteral("appeal.decide");
        QCOMPARE(act(s, f.learner, decide,
                     {{QStringLiteral("appeal_id"), appealId},
                      {QStringLiteral("outcome"), QStringLiteral("grant")}}),
                 QStringLiteral("forbidden"));
        QCOMPARE(act(s, f.moderator, decide,
                     {{QStringLiteral("appeal_id"), appealId},
                      {QStringLiteral("outcome"), QStringLiteral("maybe")}}),
                 QStringLiteral("invalid_field"));
        QCOMPARE(act(s, f.moderator, decide,
                     {{QStringLiteral("appeal_id"), appealId},
                      {QStringLiteral("outcome"), QStringLiteral("grant")},
                      {QStringLiteral("note"), QStringLiteral("引用没问题")}}),
                 QStringLiteral("applied"));
        QVERIFY(!s.storage().postById(QStringLiteral("x1"))->deleted);
        QCOMPARE(act(s, f.admin, decide,
                     {{QStringLiteral("appeal_id"), appealId},
                      {QStringLiteral("outcome"), QStringLiteral("uphold")}}),
                 QStringLiteral("already_resolved"));
        QCOMPARE(queue(s, f.moderator, QStringLiteral("?kind=appeal")).size(), 0);
        const QJsonArray told = notices(s, f.learner);
        QCOMPARE(str(told.first().toObject(), "action"), QStringLiteral("appeal_granted"));
        QCOMPARE(str(told.first().toObject(), "note"), QStringLiteral("引用没问题"));
        for (const QJsonValue &v : told) // the removal was undone: no longer a notice
            QVERIFY(v.toObject().value(QLatin1StringView("id")).toInteger() != removal);
    }

    void aBannedMemberAppealsAndAnUpheldBanStands() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"),
                     {{QStringLiteral("target_kind"), QStringLiteral("user")},
                      {QStringLiteral("target_id"), f.learnerId},
                      {QStringLiteral("action"), QStringLiteral("ban")},
                      {QStringLiteral("reason"), QStringLiteral("spam_links")}}),
                 QStringLiteral("applied"));
        const qint64 banId = s.storage().moderation()->actions(1).first().id;
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"), reply(QStringLiteral("z"))),
                 QStringLiteral("banned"));
        // A warning is not appealable; the ban is, even while banned.
        QCOMPARE(act(s, f.learner, QStringLiteral("appeal.create"),
                     {{QStringLiteral("action_id"), banId},
                      {QStringLiteral("note"), QStringLiteral("请再看看")}}),
                 QStringLiteral("applied"));
        const qint64 appealId = queue(s, f.moderator, QStringLiteral("?kind=appeal"))
                                    .first()
                                    .toObject()
                                    .value(QLatin1StringView("target_id"))
                                    .toString()
                                    .toLongLong();
        QCOMPARE(act(s, f.moderator, QStringLiteral("appeal.decide"),
                     {{QStringLiteral("appeal_id"), appealId},
                      {QStringLiteral("outcome"), QStringLiteral("uphold")}}),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"), reply(QStringLiteral("z2"))),
                 QStringLiteral("banned"));
        const QJsonArray told = notices(s, f.learner);
        QCOMPARE(str(told.first().toObject(), "action"), QStringLiteral("appeal_upheld"));
        QCOMPARE(str(told.at(1).toObject(), "appeal"), QStringLiteral("upheld"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"),
                     {{QStringLiteral("target_kind"), QStringLiteral("user")},
                      {QStringLiteral("target_id"), f.creatorId},
                      {QStringLiteral("action"), QStringLiteral("warn")},
                      {QStringLiteral("reason"), QStringLiteral("rules")}}),
                 QStringLiteral("applied"));
        QCOMPARE(
            act(s, f.creator, QStringLiteral("appeal.create"),
                {{QStringLiteral("action_id"), s.storage().moderation()->actions(1).first().id},
                 {QStringLiteral("note"), QStringLiteral("x")}}),
            QStringLiteral("not_appealable"));
    }

    void peopleAreLookedUpWithTheirRecord() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        QVERIFY(deletedReply(s, f, QStringLiteral("y1")) > 0);
        const HttpReply found =
            s.get(QStringLiteral("/api/v1/moderation/people?q=LEARN"), f.moderator);
        QCOMPARE(found.status, 200);
        const QJsonArray people = found.json().value(QLatin1StringView("people")).toArray();
        QCOMPARE(people.size(), 1);
        QCOMPARE(str(people.first().toObject(), "id"), f.learnerId);
        // LIKE's wildcards are text here.
        for (const char *q : {"%25", "_", "%27%20OR%201=1--"})
            QCOMPARE(s.get(QStringLiteral("/api/v1/moderation/people?q=") + QLatin1String(q),
                           f.moderator)
                         .json()
                         .value(QLatin1StringView("people"))
                         .toArray()
                         .size(),
                     0);
        QCOMPARE(s.get(QStringLiteral("/api/v1/moderation/people?q=a"), f.learner).status, 403);
        const HttpReply member =
            s.get(QStringLiteral("/api/v1/moderation/member?id=") + f.learnerId, f.moderator);
        QCOMPARE(member.status, 200);
        const QJsonObject m = member.json();
        QCOMPARE(m.value(QLatin1StringView("reports")).toArray().size(), 1);
        QCOMPARE(str(m.value(QLatin1StringView("actions")).toArray().first().toObject(), "action"),
                 QStringLiteral("delete"));
        QCOMPARE(m.value(QLatin1StringView("record"))
                     .toObject()
                     .value(QLatin1StringView("removed"))
                     .toInt(),
                 1);
        QCOMPARE(s.get(QStringLiteral("/api/v1/moderation/member?id=nobody"), f.moderator).status,
                 404);
    }

    void newMembersWaitForApprovalWhenTheCommunityWantsIt() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QString settings = QStringLiteral("community.settings");
        s.clock().advanceMs(1000); // the fixture's members joined before approval was on
        QCOMPARE(act(s, f.learner, settings, {{QStringLiteral("approve_members"), true}}),
                 QStringLiteral("forbidden"));
        QCOMPARE(act(s, f.moderator, settings, {{QStringLiteral("approve_members"), 1}}),
                 QStringLiteral("invalid_field"));
        QCOMPARE(act(s, f.moderator, settings, {{QStringLiteral("approve_members"), true}}),
                 QStringLiteral("applied"));
        QVERIFY(s.get(QStringLiteral("/api/v1/moderation/settings"), f.moderator)
                    .json()
                    .value(QLatin1StringView("approve_members"))
                    .toBool());
        s.clock().advanceMs(1000);
        QString newId;
        const QString newcomer = s.createAndLogin(QStringLiteral("newbie"), Role::Learner, &newId);
        QCOMPARE(act(s, newcomer, QStringLiteral("post.create"), reply(QStringLiteral("n1"))),
                 QStringLiteral("awaiting_approval"));
        // Members from before are not held.
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"), reply(QStringLiteral("o1"))),
                 QStringLiteral("applied"));
        const QJsonArray waiting = queue(s, f.moderator, QStringLiteral("?kind=member"));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(str(waiting.first().toObject(), "target_id"), newId);
        QCOMPARE(act(s, f.moderator, QStringLiteral("member.decide"),
                     {{QStringLiteral("user_id"), QStringLiteral("../etc")},
                      {QStringLiteral("approve"), true}}),
                 QStringLiteral("invalid_field"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("member.decide"),
                     {{QStringLiteral("user_id"), newId}, {QStringLiteral("approve"), true}}),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, newcomer, QStringLiteral("post.create"), reply(QStringLiteral("n2"))),
                 QStringLiteral("applied"));
        QCOMPARE(queue(s, f.moderator, QStringLiteral("?kind=member")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerModerationRules)
#include "tst_server_moderation_rules.moc"
