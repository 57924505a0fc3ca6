// The changes feed over real HTTP: full and incremental pulls, paging, compaction, tombstones,
// per-reader filtering and foreign cursors.
#include "sync_fixture.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {
QJsonObject mutation(const QString &id, const QString &type, const QJsonObject &args) {
    return {
        {QStringLiteral("id"), id}, {QStringLiteral("type"), type}, {QStringLiteral("args"), args}};
}

HttpReply mutate(ServerHarness &s, const QString &token, const QJsonArray &mutations) {
    return s.post(QStringLiteral("/api/v1/mutations"),
                  {{QStringLiteral("client_id"), QStringLiteral("client-1")},
                   {QStringLiteral("mutations"), mutations}},
                  token);
}

QString op(const QJsonObject &change) {
    return change.value(QLatin1StringView("op")).toString();
}

QJsonObject data(const QJsonObject &change) {
    return change.value(QLatin1StringView("data")).toObject();
}
} // namespace

class TestServerSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullThenIncremental() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        QString cursor;
        const QJsonArray all = s.syncAll(f.learner, 1000, &cursor);
        QVERIFY(!findChange(all, QStringLiteral("space"), QStringLiteral("s1")).isEmpty());
        QVERIFY(!findChange(all, QStringLiteral("user"), f.learnerId).isEmpty());
        QCOMPARE(op(findChange(all, QStringLiteral("post"), QStringLiteral("p-space"))),
                 QStringLiteral("upsert"));
        QVERIFY(cursor.startsWith(s.storage().instanceId()));

        // Nothing new: an empty page that keeps the cursor.
        QString again = cursor;
        QCOMPARE(s.syncAll(f.learner, 1000, &again).size(), 0);
        QCOMPARE(again, cursor);

        s.clock().advanceMs(5000);
        const HttpReply r =
            mutate(s, f.learner,
                   {mutation(QStringLiteral("m1"), QStringLiteral("post.create"),
                             {{QStringLiteral("id"), QStringLiteral("p-new")},
                              {QStringLiteral("thread_id"), QStringLiteral("t-space")},
                              {QStringLiteral("body"), QStringLiteral("新回复 ✓")}})});
        QCOMPARE(r.status, 200);
        const QJsonArray delta = s.syncAll(f.learner, 1000, &cursor);
        QCOMPARE(delta.size(), 2); // the thread (post_count, last activity) and the post
        const QJsonObject thread =
            data(findChange(delta, QStringLiteral("thread"), QStringLiteral("t-space")));
        QCOMPARE(thread.value(QLatin1StringView("post_count")).toInt(), 2);
        QCOMPARE(thread.value(QLatin1StringView("last_activity_at")).toInteger(),
                 s.clock().nowMs());
        const QJsonObject post =
            data(findChange(delta, QStringLiteral("post"), QStringLiteral("p-new")));
        QCOMPARE(post.value(QLatin1StringView("body")).toString(), QStringLiteral("新回复 ✓"));
        QCOMPARE(post.value(QLatin1StringView("author_id")).toString(), f.learnerId);
    }

    void pagingCoversEverythingInOrder() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QJsonArray whole = s.syncAll(f.admin, 5000);
        const QJsonArray paged = s.syncAll(f.admin, 2);
        QCOMPARE(paged, whole);
        QVERIFY(whole.size() > 10);
        qint64 previous = 0;
        for (const QJsonValue &v : whole) {
            const qint64 seq = v.toObject().value(QLatin1StringView("seq")).toInteger();
            QVERIFY(seq > previous);
            previous = seq;
        }
        const HttpReply first = s.get(QStringLiteral("/api/v1/sync?limit=2"), f.admin);
        QCOMPARE(first.json().value(QLatin1StringView("changes")).toArray().size(), 2);
        QCOMPARE(first.json().value(QLatin1StringView("has_more")).toBool(), true);
    }

    void compactionKeepsLatestOnly() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        for (int i = 0; i < 3; ++i) {
            const HttpReply r =
                mutate(s, f.creator,
                       {mutation(QStringLiteral("edit-%1").arg(i), QStringLiteral("post.edit"),
                                 {{QStringLiteral("id"), QStringLiteral("p-space")},
                                  {QStringLiteral("body"), QStringLiteral("版本 %1").arg(i)}})});
            QCOMPARE(r.status, 200);
        }
        const QJsonArray all = s.syncAll(f.learner);
        int seen = 0;
        for (const QJsonValue &v : all) {
            if (v.toObject().value(QLatin1StringView("id")).toString() == QLatin1String("p-space"))
                ++seen;
        }
        QCOMPARE(seen, 1);
        const QJsonObject post = findChange(all, QStringLiteral("post"), QStringLiteral("p-space"));
        QCOMPARE(data(post).value(QLatin1StringView("body")).toString(), QStringLiteral("版本 2"));
        QVERIFY(data(post).value(QLatin1StringView("edited_at")).isDouble());
        // It moved to the end of the log.
        QCOMPARE(all.last().toObject(), post);
    }

    void tombstones() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QString thumbs = QStringLiteral("👍");
        QCOMPARE(mutate(s, f.learner,
                        {mutation(QStringLiteral("r1"), QStringLiteral("reaction.add"),
                                  {{QStringLiteral("post_id"), QStringLiteral("p-space")},
                                   {QStringLiteral("emoji"), thumbs}})})
                     .status,
                 200);
        QString cursor;
        const QJsonArray added = s.syncAll(f.learner, 1000, &cursor);
        const QString reactionId =
            QStringLiteral("p-space.") + f.learnerId + QStringLiteral(".thumbsup");
        const QJsonObject up = findChange(added, QStringLiteral("reaction"), reactionId);
        QCOMPARE(op(up), QStringLiteral("upsert"));
        QCOMPARE(data(up).value(QLatin1StringView("emoji")).toString(), thumbs);

        QCOMPARE(mutate(s, f.learner,
                        {mutation(QStringLiteral("r2"), QStringLiteral("reaction.remove"),
                                  {{QStringLiteral("post_id"), QStringLiteral("p-space")},
                                   {QStringLiteral("emoji"), thumbs}})})
                     .status,
                 200);
        const QJsonArray removed = s.syncAll(f.learner, 1000, &cursor);
        QCOMPARE(removed.size(), 1);
        const QJsonObject tomb = removed.first().toObject();
        QCOMPARE(op(tomb), QStringLiteral("delete"));
        QCOMPARE(tomb.value(QLatin1StringView("id")).toString(), reactionId);
        QVERIFY(!tomb.contains(QLatin1StringView("data")));
        // A first pass from the beginning skips tombstones: there is nothing to delete yet.
        QVERIFY(findChange(s.syncAll(f.learner), QStringLiteral("reaction"), reactionId).isEmpty());

        // But a delete that happens while a first pass is under way reaches it.
        QCOMPARE(mutate(s, f.learner,
                        {mutation(QStringLiteral("r3"), QStringLiteral("reaction.add"),
                                  {{QStringLiteral("post_id"), QStringLiteral("p-space")},
                                   {QStringLiteral("emoji"), thumbs}})})
                     .status,
                 200);
        const HttpReply firstPage = s.get(QStringLiteral("/api/v1/sync?limit=1"), f.moderator);
        QString passCursor = firstPage.json().value(QLatin1StringView("cursor")).toString();
        QCOMPARE(passCursor.count(u'.'), 2); // instance, seq, end of the pass
        QCOMPARE(mutate(s, f.learner,
                        {mutation(QStringLiteral("r4"), QStringLiteral("reaction.remove"),
                                  {{QStringLiteral("post_id"), QStringLiteral("p-space")},
                                   {QStringLiteral("emoji"), thumbs}})})
                     .status,
                 200);
        const QJsonArray rest = s.syncAll(f.moderator, 3, &passCursor);
        QCOMPARE(op(findChange(rest, QStringLiteral("reaction"), reactionId)),
                 QStringLiteral("delete"));
        QCOMPARE(passCursor.count(u'.'), 1); // the pass is over
    }

    void learnerNeverGetsPaidBody() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        // Every byte the learner can pull, page by page.
        QString cursor;
        for (int i = 0; i < 100; ++i) {
            const HttpReply r =
                s.get(QStringLiteral("/api/v1/sync?limit=1&cursor=") + cursor, f.learner);
            QCOMPARE(r.status, 200);
            QVERIFY(!r.body.contains(kPaidBody.toUtf8()));
            QVERIFY(!r.body.contains("draft body"));
            cursor = r.json().value(QLatin1StringView("cursor")).toString();
            if (!r.json().value(QLatin1StringView("has_more")).toBool())
                break;
        }
        QVERIFY(!s.get(QStringLiteral("/api/v1/me"), f.learner).body.contains(kPaidBody.toUtf8()));

        const QJsonArray all = s.syncAll(f.learner);
        const QJsonObject paid =
            data(findChange(all, QStringLiteral("lesson"), QStringLiteral("l-paid")));
        QCOMPARE(paid.value(QLatin1StringView("locked")).toBool(), true);
        QCOMPARE(paid.value(QLatin1StringView("body")).toString(), QString());
        QCOMPARE(paid.value(QLatin1StringView("title")).toString(), QStringLiteral("第一课"));
        const QJsonObject preview =
            data(findChange(all, QStringLiteral("lesson"), QStringLiteral("l-preview")));
        QCOMPARE(preview.value(QLatin1StringView("locked")).toBool(), false);
        QCOMPARE(preview.value(QLatin1StringView("body")).toString(),
                 QStringLiteral("preview body"));
        const QJsonObject open =
            data(findChange(all, QStringLiteral("lesson"), QStringLiteral("l-open")));
        QCOMPARE(open.value(QLatin1StringView("body")).toString(), QStringLiteral("free body"));

        // The draft course and everything under it are not shown.
        const QList<QPair<QString, QString>> hidden = {
            {QStringLiteral("course"), QStringLiteral("c-draft")},
            {QStringLiteral("lesson"), QStringLiteral("l-draft")},
            {QStringLiteral("thread"), QStringLiteral("t-draft")},
            {QStringLiteral("thread"), QStringLiteral("t-draft-lesson")},
            {QStringLiteral("post"), QStringLiteral("p-draft")},
            {QStringLiteral("post"), QStringLiteral("p-draft-lesson")}};
        for (const auto &h : hidden) {
            const QJsonObject c = findChange(all, h.first, h.second);
            // Not even its id: a first pass skips what the reader may not see.
            QVERIFY2(c.isEmpty(), qPrintable(h.second));
        }
    }

    void creatorStaffAndBuyersReadPaidLessons() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        for (const QString &token : {f.creator, f.moderator, f.admin, f.entitled}) {
            const QJsonArray all = s.syncAll(token);
            const QJsonObject paid =
                data(findChange(all, QStringLiteral("lesson"), QStringLiteral("l-paid")));
            QCOMPARE(paid.value(QLatin1StringView("locked")).toBool(), false);
            QCOMPARE(paid.value(QLatin1StringView("body")).toString(), kPaidBody);
        }
        // The draft course: its creator and staff see it, a buyer of another course does not.
        for (const QString &token : {f.creator, f.moderator, f.admin}) {
            const QJsonArray all = s.syncAll(token);
            QCOMPARE(op(findChange(all, QStringLiteral("course"), QStringLiteral("c-draft"))),
                     QStringLiteral("upsert"));
            QCOMPARE(data(findChange(all, QStringLiteral("lesson"), QStringLiteral("l-draft")))
                         .value(QLatin1StringView("body"))
                         .toString(),
                     QStringLiteral("draft body"));
            QCOMPARE(op(findChange(all, QStringLiteral("post"), QStringLiteral("p-draft-lesson"))),
                     QStringLiteral("upsert"));
        }
        QVERIFY(
            findChange(s.syncAll(f.entitled), QStringLiteral("course"), QStringLiteral("c-draft"))
                .value(QLatin1StringView("data"))
                .isUndefined());
    }

    void entitlementUnlocksOnNextPull() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        QString cursor;
        const QJsonArray before = s.syncAll(f.learner, 1000, &cursor);
        QCOMPARE(data(findChange(before, QStringLiteral("lesson"), QStringLiteral("l-paid")))
                     .value(QLatin1StringView("locked"))
                     .toBool(),
                 true);
        s.storage().grantEntitlement(f.learnerId, QStringLiteral("c-paid"), s.clock().nowMs());
        const QJsonArray after = s.syncAll(f.learner, 1000, &cursor);
        const QJsonObject paid =
            data(findChange(after, QStringLiteral("lesson"), QStringLiteral("l-paid")));
        QCOMPARE(paid.value(QLatin1StringView("locked")).toBool(), false);
        QCOMPARE(paid.value(QLatin1StringView("body")).toString(), kPaidBody);
        // Granting again changes nothing.
        const qint64 seq = s.storage().latestSeq();
        s.storage().grantEntitlement(f.learnerId, QStringLiteral("c-paid"), s.clock().nowMs());
        QCOMPARE(s.storage().latestSeq(), seq);
    }

    void cursorsAndLimits() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        HttpReply r = s.get(QStringLiteral("/api/v1/sync?cursor=someotherinstance.12"), f.learner);
        QCOMPARE(r.status, 410);
        QCOMPARE(r.errorCode(), QStringLiteral("cursor_expired"));
        for (const char *bad :
             {"cursor=garbage", "cursor=.5", "limit=0", "limit=5001", "limit=abc", "limit=-3"}) {
            r = s.get(QStringLiteral("/api/v1/sync?") + QString::fromLatin1(bad), f.learner);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        }
        QCOMPARE(s.get(QStringLiteral("/api/v1/sync?limit=5000&cursor="), f.learner).status, 200);
        QCOMPARE(s.get(QStringLiteral("/api/v1/sync")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
