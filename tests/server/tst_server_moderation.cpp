// Reports and moderation over real HTTP against an in-process server: anyone reports; only staff
// see the queue, ordered by reporters' past accuracy; an action changes what the feed serves,
// closes the item's reports and is logged with who, when and why; the same item acted on again
// by another moderator is refused as already resolved; undo restores; a banned user no longer
// writes.
#include "server/auth/auth_service.h"
#include "server/moderation/community_model.h"
#include "spam/spam_model.h"
#include "sync_fixture.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

int g_mutation = 0;

QString act(ServerHarness &s, const QString &token, const QString &type, const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("m%1").arg(++g_mutation)},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("c")},
                                {QStringLiteral("mutations"), QJsonArray{m}}},
                               token);
    if (r.status != 200)
        return QStringLiteral("http %1").arg(r.status);
    const QJsonObject res =
        r.json().value(QLatin1StringView("results")).toArray().first().toObject();
    if (res.value(QLatin1StringView("status")).toString() == QLatin1String("applied"))
        return QStringLiteral("applied");
    return res.value(QLatin1StringView("error"))
        .toObject()
        .value(QLatin1StringView("code"))
        .toString();
}

QString report(ServerHarness &s, const QString &token, const QString &kind, const QString &id,
               const QString &reason) {
    return act(s, token, QStringLiteral("report.create"),
               {{QStringLiteral("id"), QStringLiteral("r%1").arg(g_mutation + 1)},
                {QStringLiteral("target_kind"), kind},
                {QStringLiteral("target_id"), id},
                {QStringLiteral("reason"), reason},
                {QStringLiteral("note"), QStringLiteral("看起来像广告")}});
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

QJsonObject action(const char *kind, const char *id, const char *what) {
    return {{QStringLiteral("target_kind"), QLatin1String(kind)},
            {QStringLiteral("target_id"), QLatin1String(id)},
            {QStringLiteral("action"), QLatin1String(what)},
            {QStringLiteral("reason"), QStringLiteral("spam_links")}};
}

} // namespace

class TestServerModeration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reportActUndo() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        QCOMPARE(report(s, f.learner, QStringLiteral("post"), QStringLiteral("p-space"),
                        QStringLiteral("spam")),
                 QStringLiteral("applied"));
        QCOMPARE(report(s, f.entitled, QStringLiteral("post"), QStringLiteral("p-space"),
                        QStringLiteral("spam")),
                 QStringLiteral("applied"));
        // The same reporter again: nothing more in the queue.
        QCOMPARE(report(s, f.learner, QStringLiteral("post"), QStringLiteral("p-space"),
                        QStringLiteral("abuse")),
                 QStringLiteral("applied"));
        QCOMPARE(report(s, f.learner, QStringLiteral("thread"), QStringLiteral("t-space"),
                        QStringLiteral("off_topic")),
                 QStringLiteral("applied"));
        QCOMPARE(report(s, f.learner, QStringLiteral("post"), QStringLiteral("nope"),
                        QStringLiteral("spam")),
                 QStringLiteral("not_found"));
        QCOMPARE(report(s, f.learner, QStringLiteral("post"), QStringLiteral("p-space"),
                        QStringLiteral("because")),
                 QStringLiteral("invalid_field"));

        // Staff only.
        QCOMPARE(s.get(QStringLiteral("/api/v1/moderation/queue"), f.learner).status, 403);
        QCOMPARE(s.get(QStringLiteral("/api/v1/moderation/log"), f.creator).status, 403);
        const QJsonArray items = queue(s, f.moderator);
        QCOMPARE(items.size(), 2);
        const QJsonObject first = items.first().toObject();
        QCOMPARE(first.value(QLatin1StringView("target_id")).toString(), QStringLiteral("p-space"));
        QCOMPARE(first.value(QLatin1StringView("reports")).toArray().size(), 2);
        QCOMPARE(first.value(QLatin1StringView("text")).toString(), QStringLiteral("第一帖"));
        QCOMPARE(queue(s, f.moderator, QStringLiteral("?kind=thread")).size(), 1);
        QCOMPARE(queue(s, f.moderator, QStringLiteral("?reason=spam")).size(), 1);
        // The author's record beside it: who, how much they wrote, their latest replies, and
        // the reporters' names.
        const QJsonObject author = first.value(QLatin1StringView("author")).toObject();
        QCOMPARE(author.value(QLatin1StringView("id")).toString(), f.creatorId);
        QCOMPARE(author.value(QLatin1StringView("handle")).toString(), QStringLiteral("author"));
        QCOMPARE(author.value(QLatin1StringView("posts")).toInt(), 3);
        QCOMPARE(author.value(QLatin1StringView("removed")).toInt(), 0);
        QVERIFY(!author.value(QLatin1StringView("banned")).toBool());
        QCOMPARE(author.value(QLatin1StringView("recent")).toArray().size(), 3);
        QVERIFY(!first.value(QLatin1StringView("reports"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("reporter_name"))
                     .toString()
                     .isEmpty());
        // No model yet: no score, and asking for a minimum score leaves nothing.
        QVERIFY(!first.contains(QLatin1StringView("spam_score")));
        QCOMPARE(queue(s, f.moderator, QStringLiteral("?min_score=0.5")).size(), 0);
        QCOMPARE(notices(s, f.creator).size(), 0);

        // Not for learners; then a moderator deletes the post.
        QCOMPARE(act(s, f.learner, QStringLiteral("moderation.act"),
                     action("post", "p-space", "delete")),
                 QStringLiteral("forbidden"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"),
                     action("post", "p-space", "delete")),
                 QStringLiteral("applied"));
        QJsonObject post =
            findChange(s.syncAll(f.learner), QStringLiteral("post"), QStringLiteral("p-space"))
                .value(QLatin1StringView("data"))
                .toObject();
        QVERIFY(post.value(QLatin1StringView("deleted")).toBool());
        QVERIFY(post.value(QLatin1StringView("body")).toString().isEmpty());
        // Another moderator, offline meanwhile, approves the same: refused, not applied twice.
        QCOMPARE(
            act(s, f.admin, QStringLiteral("moderation.act"), action("post", "p-space", "approve")),
            QStringLiteral("already_resolved"));
        QCOMPARE(queue(s, f.moderator).size(), 1);
        // The author is told, with the templated reason; nobody else is.
        const QJsonArray told = notices(s, f.creator);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().toObject().value(QLatin1StringView("action")).toString(),
                 QStringLiteral("delete"));
        QCOMPARE(told.first().toObject().value(QLatin1StringView("reason")).toString(),
                 QStringLiteral("spam_links"));
        QVERIFY(!told.first().toObject().value(QLatin1StringView("title")).toString().isEmpty());
        QCOMPARE(notices(s, f.learner).size(), 0);
        QCOMPARE(queue(s, f.moderator)
                     .first()
                     .toObject()
                     .value(QLatin1StringView("author"))
                     .toObject()
                     .value(QLatin1StringView("removed"))
                     .toInt(),
                 1);

        // The audit log: who, what, why.
        const QJsonArray log = s.get(QStringLiteral("/api/v1/moderation/log"), f.admin)
                                   .json()
                                   .value(QLatin1StringView("actions"))
                                   .toArray();
        QCOMPARE(log.size(), 1);
        const QJsonObject entry = log.first().toObject();
        QCOMPARE(entry.value(QLatin1StringView("action")).toString(), QStringLiteral("delete"));
        QCOMPARE(entry.value(QLatin1StringView("reason")).toString(), QStringLiteral("spam_links"));
        QVERIFY(!entry.value(QLatin1StringView("moderator_id")).toString().isEmpty());
        QCOMPARE(entry.value(QLatin1StringView("moderator_name")).toString().isEmpty(), false);
        QVERIFY(entry.value(QLatin1StringView("moderator_name")).toString() !=
                entry.value(QLatin1StringView("moderator_id")).toString());
        QCOMPARE(entry.value(QLatin1StringView("target_title")).toString(),
                 told.first().toObject().value(QLatin1StringView("title")).toString());
        QCOMPARE(entry.value(QLatin1StringView("created_at")).toInteger(), ServerHarness::kStartMs);

        // Undo: the post is back, its reports open again; not twice.
        const QJsonObject undo{
            {QStringLiteral("action_id"), entry.value(QLatin1StringView("id")).toInteger()}};
        QCOMPARE(act(s, f.learner, QStringLiteral("moderation.undo"), undo),
                 QStringLiteral("forbidden"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.undo"), undo),
                 QStringLiteral("applied"));
        post = findChange(s.syncAll(f.learner), QStringLiteral("post"), QStringLiteral("p-space"))
                   .value(QLatin1StringView("data"))
                   .toObject();
        QVERIFY(!post.value(QLatin1StringView("deleted")).toBool());
        QCOMPARE(post.value(QLatin1StringView("body")).toString(), QStringLiteral("第一帖"));
        QCOMPARE(queue(s, f.moderator).size(), 2);
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.undo"), undo),
                 QStringLiteral("already_undone"));
        QCOMPARE(notices(s, f.creator).size(), 0); // undone: nothing to tell any more
    }

    void reliableReportersComeFirst() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        // History: the learner's report was upheld, the buyer's overruled.
        report(s, f.learner, QStringLiteral("thread"), QStringLiteral("t-space"),
               QStringLiteral("spam"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"),
                     action("thread", "t-space", "hide")),
                 QStringLiteral("applied"));
        report(s, f.entitled, QStringLiteral("post"), QStringLiteral("p-draft"),
               QStringLiteral("spam")); // not visible to a buyer: refused
        report(s, f.entitled, QStringLiteral("user"), f.creatorId, QStringLiteral("abuse"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"),
                     QJsonObject{{QStringLiteral("target_kind"), QStringLiteral("user")},
                                 {QStringLiteral("target_id"), f.creatorId},
                                 {QStringLiteral("action"), QStringLiteral("approve")}}),
                 QStringLiteral("applied"));
        // Now one report each, on two items: the reliable reporter's first.
        report(s, f.entitled, QStringLiteral("post"), QStringLiteral("p-space"),
               QStringLiteral("spam"));
        report(s, f.learner, QStringLiteral("user"), f.creatorId, QStringLiteral("spam"));
        const QJsonArray items = queue(s, f.moderator);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QLatin1StringView("target_kind")).toString(),
                 QStringLiteral("user"));
        const double reliable =
            items.at(0).toObject().value(QLatin1StringView("priority")).toDouble();
        const double doubtful =
            items.at(1).toObject().value(QLatin1StringView("priority")).toDouble();
        QVERIFY(reliable > doubtful);
        QCOMPARE(items.at(0)
                     .toObject()
                     .value(QLatin1StringView("reports"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("reporter_accuracy"))
                     .toDouble(),
                 2.0 / 3.0);
    }

    void bannedUsersNoLongerWrite() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QJsonObject reply{{QStringLiteral("id"), QStringLiteral("p-new")},
                                {QStringLiteral("thread_id"), QStringLiteral("t-space")},
                                {QStringLiteral("body"), QStringLiteral("买课加微信")}};
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"),
                     QJsonObject{{QStringLiteral("target_kind"), QStringLiteral("user")},
                                 {QStringLiteral("target_id"), f.learnerId},
                                 {QStringLiteral("action"), QStringLiteral("ban")},
                                 {QStringLiteral("reason"), QStringLiteral("spam_repeated")}}),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"), reply), QStringLiteral("banned"));
        QCOMPARE(act(s, f.learner, QStringLiteral("report.create"),
                     {{QStringLiteral("id"), QStringLiteral("rx")},
                      {QStringLiteral("target_kind"), QStringLiteral("post")},
                      {QStringLiteral("target_id"), QStringLiteral("p-space")},
                      {QStringLiteral("reason"), QStringLiteral("spam")}}),
                 QStringLiteral("banned"));
        // The ban undone: writing again.
        const qint64 id = s.get(QStringLiteral("/api/v1/moderation/log"), f.moderator)
                              .json()
                              .value(QLatin1StringView("actions"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QLatin1StringView("id"))
                              .toInteger();
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.undo"),
                     {{QStringLiteral("action_id"), id}}),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"), reply),
                 QStringLiteral("applied"));
    }

    void communityModelFromDecisions() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        server::SeedData d;
        const QStringList spammy{
            QStringLiteral("加微信 13812345678 免费领取课程红包"),
            QStringLiteral("限时特价 点击 http://cheap-course.example 领取"),
            QStringLiteral("Buy cheap courses now http://cheap-course.example")};
        const QStringList normal{QStringLiteral("请问第三课的作业怎么提交？"),
                                 QStringLiteral("窗口函数那一节讲得很清楚，谢谢老师"),
                                 QStringLiteral("How do I handle missing values in pandas?")};
        for (int i = 0; i < 2 * server::kMinExamples; ++i) {
            Post p;
            p.id = QStringLiteral("px%1").arg(i);
            p.threadId = QStringLiteral("t-space");
            p.authorId = f.learnerId;
            p.body = (i % 2 ? normal : spammy).at((i / 2) % 3) + QStringLiteral(" #%1").arg(i);
            d.posts << p;
        }
        s.storage().bulkInsert(d);
        QCOMPARE(s.get(QStringLiteral("/api/v1/spam/model"), f.learner).status, 404);
        for (int i = 0; i < 2 * server::kMinExamples; ++i) {
            const QString id = QStringLiteral("px%1").arg(i);
            QCOMPARE(report(s, f.entitled, QStringLiteral("post"), id, QStringLiteral("spam")),
                     QStringLiteral("applied"));
            QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"),
                         {{QStringLiteral("target_kind"), QStringLiteral("post")},
                          {QStringLiteral("target_id"), id},
                          {QStringLiteral("action"),
                           i % 2 ? QStringLiteral("approve") : QStringLiteral("delete")},
                          {QStringLiteral("reason"), QStringLiteral("spam_links")}}),
                     QStringLiteral("applied"));
        }
        // Every user gets it; it knows spam from the decisions.
        const HttpReply r = s.get(QStringLiteral("/api/v1/spam/model"), f.learner);
        QCOMPARE(r.status, 200);
        spam::SpamModel model;
        QString error;
        QVERIFY2(model.load(r.body, &error), qPrintable(error));
        QCOMPARE(model.spamExamples(), server::kMinExamples);
        QCOMPARE(model.hamExamples(), server::kMinExamples);
        QVERIFY(model.score(u"加微信领取红包 http://cheap-course.example") >
                model.score(u"请问作业怎么提交"));
        QVERIFY(model.isSpam(u"加微信 13900001111 免费领取红包 http://cheap-course.example"));
        QVERIFY(!model.isSpam(u"请问第三课的作业怎么提交？"));

        // The queue now carries the model's score: a spammy reply with one report comes before
        // a question with one report, and a minimum score keeps only it.
        server::SeedData more;
        Post ad;
        ad.id = QStringLiteral("p-ad");
        ad.threadId = QStringLiteral("t-space");
        ad.authorId = f.learnerId;
        ad.body = QStringLiteral("加微信 13900001111 免费领取红包 http://cheap-course.example");
        Post question = ad;
        question.id = QStringLiteral("p-q");
        question.body = QStringLiteral("请问第三课的作业怎么提交？");
        more.posts = {question, ad};
        s.storage().bulkInsert(more);
        QCOMPARE(
            report(s, f.entitled, QStringLiteral("post"), question.id, QStringLiteral("other")),
            QStringLiteral("applied"));
        QCOMPARE(report(s, f.entitled, QStringLiteral("post"), ad.id, QStringLiteral("other")),
                 QStringLiteral("applied"));
        const QJsonArray items = queue(s, f.moderator);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QLatin1StringView("target_id")).toString(), ad.id);
        QVERIFY(items.at(0).toObject().value(QLatin1StringView("spam_score")).toDouble() > 0.5);
        QVERIFY(items.at(1).toObject().value(QLatin1StringView("spam_score")).toDouble() < 0.5);
        const QJsonArray likely = queue(s, f.moderator, QStringLiteral("?min_score=0.5"));
        QCOMPARE(likely.size(), 1);
        // The author's record counts the moderators' removals.
        QCOMPARE(likely.first()
                     .toObject()
                     .value(QLatin1StringView("author"))
                     .toObject()
                     .value(QLatin1StringView("removed"))
                     .toInt(),
                 server::kMinExamples);
    }
};

QTEST_GUILESS_MAIN(TestServerModeration)
#include "tst_server_moderation.moc"
