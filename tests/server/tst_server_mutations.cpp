// POST /mutations over real HTTP: exactly-once application on retry, thread counters, and each
// rejection code of docs/protocol.md.
#include "sync_fixture.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {
QJsonObject mutation(const QString &id, const QString &type, const QJsonObject &args) {
    return {
        {QStringLiteral("id"), id}, {QStringLiteral("type"), type}, {QStringLiteral("args"), args}};
}

QJsonArray results(const HttpReply &r) {
    return r.json().value(QLatin1StringView("results")).toArray();
}

HttpReply send(ServerHarness &s, const QString &token, const QJsonArray &mutations,
               const QString &clientId = QStringLiteral("client-A")) {
    return s.post(
        QStringLiteral("/api/v1/mutations"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("mutations"), mutations}}, token);
}

// The error code of a single mutation's rejection, or "applied".
QString outcome(ServerHarness &s, const QString &token, const QString &id, const QString &type,
                const QJsonObject &args) {
    const HttpReply r = send(s, token, {mutation(id, type, args)});
    if (r.status != 200)
        return QStringLiteral("http %1").arg(r.status);
    const QJsonObject res = results(r).first().toObject();
    if (res.value(QLatin1StringView("status")).toString() == QLatin1String("applied"))
        return QStringLiteral("applied");
    return res.value(QLatin1StringView("error"))
        .toObject()
        .value(QLatin1StringView("code"))
        .toString();
}

QJsonObject newThread(const QString &id, const QString &postId) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), QStringLiteral("如何理解 goroutine？")},
            {QStringLiteral("kind"), QStringLiteral("question")},
            {QStringLiteral("body"), QStringLiteral("第一段。\n\n**Markdown** 🎉")},
            {QStringLiteral("first_post_id"), postId},
            {QStringLiteral("course_id"), QStringLiteral("c-paid")}};
}
} // namespace

class TestServerMutations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appliedOnceWhenRetried() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QJsonArray batch = {
            mutation(QStringLiteral("m1"), QStringLiteral("thread.create"),
                     newThread(QStringLiteral("t-new"), QStringLiteral("p-first"))),
            mutation(QStringLiteral("m2"), QStringLiteral("post.create"),
                     {{QStringLiteral("id"), QStringLiteral("p-reply")},
                      {QStringLiteral("thread_id"), QStringLiteral("t-new")},
                      {QStringLiteral("parent_id"), QStringLiteral("p-first")},
                      {QStringLiteral("body"), QStringLiteral("回复：用 channel。")}})};
        const HttpReply first = send(s, f.learner, batch);
        QCOMPARE(first.status, 200);
        const QJsonArray r1 = results(first);
        QCOMPARE(r1.size(), 2);
        QCOMPARE(r1.at(0).toObject().value(QLatin1StringView("status")).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(r1.at(0).toObject().value(QLatin1StringView("id")).toString(),
                 QStringLiteral("m1"));
        QVERIFY(r1.at(1).toObject().value(QLatin1StringView("seq")).toInteger() >
                r1.at(0).toObject().value(QLatin1StringView("seq")).toInteger());
        const qint64 seqAfterFirst = s.storage().latestSeq();

        // The same batch again (a retry after a lost answer): nothing is applied twice.
        s.clock().advanceMs(1000);
        const HttpReply retry = send(s, f.learner, batch);
        QCOMPARE(retry.status, 200);
        const QJsonArray r2 = results(retry);
        for (int i = 0; i < 2; ++i) {
            QJsonObject again = r2.at(i).toObject();
            QCOMPARE(again.value(QLatin1StringView("duplicate")).toBool(), true);
            again.remove(QStringLiteral("duplicate"));
            QCOMPARE(again, r1.at(i).toObject());
        }
        QCOMPARE(s.storage().latestSeq(), seqAfterFirst);
        const auto thread = s.storage().threadById(QStringLiteral("t-new"));
        QVERIFY(thread);
        QCOMPARE(thread->postCount, 2);
        QCOMPARE(thread->authorId, f.learnerId);
        QCOMPARE(thread->kind, ThreadKind::Question);
        // Text is stored exactly as sent.
        QCOMPARE(s.storage().postById(QStringLiteral("p-first"))->body,
                 QStringLiteral("第一段。\n\n**Markdown** 🎉"));
        QCOMPARE(thread->title, QStringLiteral("如何理解 goroutine？"));

        // Another client may use the same mutation id: it is a different mutation.
        const HttpReply other =
            send(s, f.learner,
                 {mutation(QStringLiteral("m1"), QStringLiteral("post.create"),
                           {{QStringLiteral("id"), QStringLiteral("p-other")},
                            {QStringLiteral("thread_id"), QStringLiteral("t-new")},
                            {QStringLiteral("body"), QStringLiteral("x")}})},
                 QStringLiteral("client-B"));
        QCOMPARE(results(other).first().toObject().value(QLatin1StringView("status")).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(s.storage().threadById(QStringLiteral("t-new"))->postCount, 3);

        // Another user with the same client and mutation ids gets their own mutation applied,
        // never the first user's recorded answer.
        const HttpReply foreign =
            send(s, f.entitled,
                 {mutation(QStringLiteral("m2"), QStringLiteral("post.create"),
                           {{QStringLiteral("id"), QStringLiteral("p-foreign")},
                            {QStringLiteral("thread_id"), QStringLiteral("t-new")},
                            {QStringLiteral("body"), QStringLiteral("另一个用户")}})});
        QCOMPARE(foreign.status, 200);
        const QJsonObject foreignResult = results(foreign).first().toObject();
        QCOMPARE(foreignResult.value(QLatin1StringView("status")).toString(),
                 QStringLiteral("applied"));
        QVERIFY(!foreignResult.contains(QLatin1StringView("duplicate")));
        QVERIFY(s.storage().postById(QStringLiteral("p-foreign")));
        QCOMPARE(s.storage().threadById(QStringLiteral("t-new"))->postCount, 4);
    }

    void rejectionsCarryCodes() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const auto post = [](const QString &id, const QString &thread, const QString &body) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("thread_id"), thread},
                               {QStringLiteral("body"), body}};
        };
        QCOMPARE(outcome(s, f.learner, QStringLiteral("a"), QStringLiteral("post.create"),
                         post(QStringLiteral("p1"), QStringLiteral("no-such-thread"),
                              QStringLiteral("x"))),
                 QStringLiteral("not_found"));
        QCOMPARE(outcome(s, f.learner, QStringLiteral("b"), QStringLiteral("post.create"),
                         post(QStringLiteral("p1"), QStringLiteral("t-space"), QString())),
                 QStringLiteral("invalid_field"));
        QCOMPARE(
            outcome(s, f.learner, QStringLiteral("c"), QStringLiteral("post.create"),
                    post(QStringLiteral("p1"), QStringLiteral("t-space"), QString(20001, u'字'))),
            QStringLiteral("invalid_field"));
        QCOMPARE(outcome(s, f.learner, QStringLiteral("d"), QStringLiteral("post.create"),
                         post(QStringLiteral("p-space"), QStringLiteral("t-space"),
                              QStringLiteral("x"))),
                 QStringLiteral("conflict"));
        QCOMPARE(outcome(s, f.learner, QStringLiteral("d2"), QStringLiteral("post.create"),
                         post(QStringLiteral("bad id!"), QStringLiteral("t-space"),
                              QStringLiteral("x"))),
                 QStringLiteral("invalid_field"));
        // Hidden content is not found for a learner.
        QCOMPARE(
            outcome(s, f.learner, QStringLiteral("e"), QStringLiteral("post.create"),
                    post(QStringLiteral("p2"), QStringLiteral("t-draft"), QStringLiteral("x"))),
            QStringLiteral("not_found"));

        // Locked thread.
        Thread locked = *s.storage().threadById(QStringLiteral("t-space"));
        locked.locked = true;
        s.storage().putThread(locked);
        QCOMPARE(
            outcome(s, f.learner, QStringLiteral("f"), QStringLiteral("post.create"),
                    post(QStringLiteral("p3"), QStringLiteral("t-space"), QStringLiteral("x"))),
            QStringLiteral("thread_locked"));

        // Not the author; then deleted.
        const QJsonObject edit{{QStringLiteral("id"), QStringLiteral("p-space")},
                               {QStringLiteral("body"), QStringLiteral("改")}};
        QCOMPARE(outcome(s, f.learner, QStringLiteral("g"), QStringLiteral("post.edit"), edit),
                 QStringLiteral("forbidden"));
        QCOMPARE(outcome(s, f.learner, QStringLiteral("h"), QStringLiteral("post.delete"),
                         {{QStringLiteral("id"), QStringLiteral("p-space")}}),
                 QStringLiteral("forbidden"));
        QCOMPARE(outcome(s, f.moderator, QStringLiteral("i"), QStringLiteral("post.delete"),
                         {{QStringLiteral("id"), QStringLiteral("p-space")}}),
                 QStringLiteral("applied"));
        const auto deleted = s.storage().postById(QStringLiteral("p-space"));
        QVERIFY(deleted->deleted);
        QCOMPARE(deleted->body, QString());
        QCOMPARE(outcome(s, f.creator, QStringLiteral("j"), QStringLiteral("post.edit"), edit),
                 QStringLiteral("post_deleted"));
        QCOMPARE(outcome(s, f.learner, QStringLiteral("k"), QStringLiteral("post.edit"),
                         {{QStringLiteral("id"), QStringLiteral("nope")},
                          {QStringLiteral("body"), QStringLiteral("x")}}),
                 QStringLiteral("not_found"));

        // Threads.
        QJsonObject t = newThread(QStringLiteral("t-space"), QStringLiteral("p-9"));
        QCOMPARE(outcome(s, f.learner, QStringLiteral("l"), QStringLiteral("thread.create"), t),
                 QStringLiteral("conflict"));
        t = newThread(QStringLiteral("t-9"), QStringLiteral("p-9"));
        t.insert(QStringLiteral("space_id"), QStringLiteral("s1")); // two parents
        QCOMPARE(outcome(s, f.learner, QStringLiteral("m"), QStringLiteral("thread.create"), t),
                 QStringLiteral("invalid_field"));
        t = newThread(QStringLiteral("t-9"), QStringLiteral("p-9"));
        t.insert(QStringLiteral("title"), QString(201, u'题'));
        QCOMPARE(outcome(s, f.learner, QStringLiteral("n"), QStringLiteral("thread.create"), t),
                 QStringLiteral("invalid_field"));
        t = newThread(QStringLiteral("t-9"), QStringLiteral("p-9"));
        t.insert(QStringLiteral("kind"), QStringLiteral("poll"));
        QCOMPARE(outcome(s, f.learner, QStringLiteral("o"), QStringLiteral("thread.create"), t),
                 QStringLiteral("invalid_field"));
        t = newThread(QStringLiteral("t-9"), QStringLiteral("p-9"));
        t.insert(QStringLiteral("course_id"), QStringLiteral("c-draft"));
        QCOMPARE(outcome(s, f.learner, QStringLiteral("p"), QStringLiteral("thread.create"), t),
                 QStringLiteral("not_found"));
        QCOMPARE(outcome(s, f.creator, QStringLiteral("q"), QStringLiteral("thread.create"), t),
                 QStringLiteral("applied"));

        // Reactions.
        QCOMPARE(outcome(s, f.learner, QStringLiteral("r"), QStringLiteral("reaction.add"),
                         {{QStringLiteral("post_id"), QStringLiteral("p-9")},
                          {QStringLiteral("emoji"), QStringLiteral("💩")}}),
                 QStringLiteral("invalid_field"));
        QCOMPARE(outcome(s, f.learner, QStringLiteral("s"), QStringLiteral("reaction.add"),
                         {{QStringLiteral("post_id"), QStringLiteral("nope")},
                          {QStringLiteral("emoji"), QStringLiteral("👀")}}),
                 QStringLiteral("not_found"));
        QCOMPARE(outcome(s, f.learner, QStringLiteral("u"), QStringLiteral("no.such.type"), {}),
                 QStringLiteral("invalid_field"));

        // A rejection is final: retrying it gives the same rejection, even once it would apply.
        QCOMPARE(outcome(s, f.learner, QStringLiteral("p"), QStringLiteral("thread.create"), t),
                 QStringLiteral("not_found"));
    }

    void malformedEnvelopes() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QString path = QStringLiteral("/api/v1/mutations");
        HttpReply r = s.post(path, {{QStringLiteral("mutations"), QJsonArray()}}, f.learner);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("missing_field"));
        r = s.post(path,
                   {{QStringLiteral("client_id"), 5}, {QStringLiteral("mutations"), QJsonArray()}},
                   f.learner);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        r = s.post(path,
                   {{QStringLiteral("client_id"), QStringLiteral("c")},
                    {QStringLiteral("mutations"), QStringLiteral("x")}},
                   f.learner);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        r = s.post(path,
                   {{QStringLiteral("client_id"), QStringLiteral("c")},
                    {QStringLiteral("mutations"), QJsonArray{1, 2}}},
                   f.learner);
        QCOMPARE(r.status, 400);
        r = s.post(path,
                   {{QStringLiteral("client_id"), QStringLiteral("c")},
                    {QStringLiteral("mutations"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                            {QStringLiteral("type"), QStringLiteral("post.delete")},
                                            {QStringLiteral("args"), QJsonArray()}}}}},
                   f.learner);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(mutation(QString::number(i), QStringLiteral("post.delete"),
                                    {{QStringLiteral("id"), QStringLiteral("p-space")}}));
        r = s.post(path,
                   {{QStringLiteral("client_id"), QStringLiteral("c")},
                    {QStringLiteral("mutations"), tooMany}},
                   f.creator);
        QCOMPARE(r.status, 400);
        // Nothing of a refused batch was applied.
        QVERIFY(!s.storage().postById(QStringLiteral("p-space"))->deleted);
        QCOMPARE(s.post(path, {}, QString()).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestServerMutations)
#include "tst_server_mutations.moc"
