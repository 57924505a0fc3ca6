// The outbox: a write is the optimistic row and the outbox row in one transaction; rows go out
// oldest first; applied rows are done, rejected rows keep the user's text with the reason, and
// undecided rows go back to waiting (also after a crash while sending).
#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/sync_store.h"
#include "cache/transaction.h"
#include "core_fixtures.h"
#include "outbox/local_mutations.h"
#include "outbox/outbox_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

class TestOutbox : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<CacheDatabase> openDb() {
        auto db = std::make_unique<CacheDatabase>(QStringLiteral("outbox-%1").arg(++m_n));
        QString error;
        if (!db->open(m_dir.filePath(QStringLiteral("o%1.sqlite").arg(m_n)), &error))
            qFatal("open failed: %s", qPrintable(error));
        if (!syncstore::applyPage(
                *db,
                {upsert(EntityType::Thread, makeThread(QStringLiteral("t1"), QStringLiteral("s1"))),
                 upsert(EntityType::User, makeUser(QStringLiteral("u1"), QStringLiteral("Me")))},
                {}, QStringLiteral("c"), true, &error))
            qFatal("seed failed: %s", qPrintable(error));
        return db;
    }

    static MutationResult applied(const QString &id, bool duplicate = false) {
        MutationResult r;
        r.id = id;
        r.duplicate = duplicate;
        return r;
    }

private Q_SLOTS:
    void writeIsRowPlusOutboxInOrder() {
        auto db = openDb();
        QString error;
        for (int i = 0; i < 3; ++i)
            QVERIFY2(succeeded(localmutations::createPost(
                                   *db, makePost(QStringLiteral("p%1").arg(i), QStringLiteral("t1"),
                                                 {}, 100 + i)),
                               &error),
                     qPrintable(error));
        const auto entries = outboxstore::list(*db);
        QCOMPARE(entries.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(entries[i].entityId, QStringLiteral("p%1").arg(i));
            QCOMPARE(entries[i].type, QStringLiteral("post.create"));
            QCOMPARE(entries[i].state, OutboxState::Waiting);
        }
        const auto t = cachereader::thread(*db, QStringLiteral("t1"), QStringLiteral("u1")).value();
        QCOMPARE(t->posts.size(), 3);
        QCOMPARE(t->posts[0].pending, std::optional(OutboxState::Waiting));
        QCOMPARE(t->summary.thread.postCount, 3); // the fixture thread starts at 0
        QVector<outboxstore::Outgoing> batch;
        QVERIFY(outboxstore::takeBatch(*db, 2, &batch, &error));
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch[0].args.value(QLatin1String("id")).toString(), QStringLiteral("p0"));
        QCOMPARE(batch[1].args.value(QLatin1String("id")).toString(), QStringLiteral("p1"));
        QCOMPARE(batch[0].toWire().value(QLatin1String("type")).toString(),
                 QStringLiteral("post.create"));
    }

    void failedWriteLeavesNothing() {
        auto db = openDb();
        QString error;
        QVERIFY(!succeeded(
            localmutations::createPost(
                *db, makePost(QStringLiteral("px"), QStringLiteral("no-such-thread"), {}, 1)),
            &error));
        QVERIFY(error.contains(QLatin1String("not found")));
        QCOMPARE(cachereader::counts(*db).value().posts, 0);
        QCOMPARE(outboxstore::list(*db).size(), 0);
    }

    void stateTransitions() {
        auto db = openDb();
        QString error;
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                succeeded(localmutations::createPost(*db, makePost(QStringLiteral("p%1").arg(i),
                                                                   QStringLiteral("t1"), {}, i)),
                          &error));
        QVector<outboxstore::Outgoing> batch;
        QVERIFY(outboxstore::takeBatch(*db, 100, &batch, &error));
        QCOMPARE(batch.size(), 4);
        QCOMPARE(outboxstore::count(*db, OutboxState::Sending), 4);
        // Taking again while sending yields nothing: no double send.
        QVector<outboxstore::Outgoing> again;
        QVERIFY(outboxstore::takeBatch(*db, 100, &again, &error));
        QVERIFY(again.isEmpty());

        MutationResult rejected;
        rejected.id = batch[1].mutationId;
        rejected.status = MutationResult::Status::Rejected;
        rejected.errorCode = QStringLiteral("thread_locked");
        rejected.errorMessage = QStringLiteral("The thread is locked.");
        // p0 applied, p1 rejected, p2 duplicate, p3 without result -> waiting
        QVERIFY(outboxstore::recordResults(
            *db, batch,
            {applied(batch[0].mutationId), rejected, applied(batch[2].mutationId, true)}, &error));
        const auto entries = outboxstore::list(*db);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].entityId, QStringLiteral("p1"));
        QCOMPARE(entries[0].state, OutboxState::Failed);
        // Known codes are explained in the client's own (translated) words.
        QCOMPARE(entries[0].errorMessage,
                 QStringLiteral("The thread was locked before this arrived."));
        QVERIFY(entries[0].argsJson.contains(QLatin1String("body of p1"))); // user's text kept
        QCOMPARE(entries[1].entityId, QStringLiteral("p3"));
        QCOMPARE(entries[1].state, OutboxState::Waiting);

        const auto t = cachereader::thread(*db, QStringLiteral("t1"), QStringLiteral("u1")).value();
        QCOMPARE(t->posts[0].pending, std::nullopt); // done
        QCOMPARE(t->posts[1].pending, std::optional(OutboxState::Failed));
        QCOMPARE(t->posts[1].failure, QStringLiteral("The thread was locked before this arrived."));

        // A network error: the batch goes back to waiting, in order.
        QVERIFY(outboxstore::takeBatch(*db, 100, &batch, &error));
        QCOMPARE(batch.size(), 1);
        QVERIFY(outboxstore::release(*db, batch, &error));
        QCOMPARE(outboxstore::count(*db, OutboxState::Waiting), 1);
        // A crash while sending: reset on open.
        QVERIFY(outboxstore::takeBatch(*db, 100, &batch, &error));
        QVERIFY(outboxstore::resetSending(*db, &error));
        QCOMPARE(outboxstore::count(*db, OutboxState::Waiting), 1);
        QCOMPARE(outboxstore::list(*db).last().attempts, 3); // one per batch taken
    }

    void reactionToggles() {
        auto db = openDb();
        QString error;
        const QString emoji = allowedEmoji().first();
        QVERIFY(succeeded(localmutations::createPost(
                              *db, makePost(QStringLiteral("p1"), QStringLiteral("t1"), {}, 1)),
                          &error));
        QVERIFY2(succeeded(localmutations::toggleReaction(*db, QStringLiteral("p1"),
                                                          QStringLiteral("u1"), emoji, 5),
                           &error),
                 qPrintable(error));
        auto t = cachereader::thread(*db, QStringLiteral("t1"), QStringLiteral("u1")).value();
        QCOMPARE(t->posts[0].reactions.size(), 1);
        QVERIFY(t->posts[0].reactions[0].mine);
        QCOMPARE(t->posts[0].pending, std::optional(OutboxState::Waiting)); // its post.create
        QVERIFY(succeeded(localmutations::toggleReaction(*db, QStringLiteral("p1"),
                                                         QStringLiteral("u1"), emoji, 6),
                          &error));
        t = cachereader::thread(*db, QStringLiteral("t1"), QStringLiteral("u1")).value();
        QVERIFY(t->posts[0].reactions.isEmpty());
        const auto entries = outboxstore::list(*db);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[1].type, QStringLiteral("reaction.add"));
        QCOMPARE(entries[2].type, QStringLiteral("reaction.remove"));
        QVERIFY(
            !succeeded(localmutations::toggleReaction(*db, QStringLiteral("p1"),
                                                      QStringLiteral("u1"), QStringLiteral("x"), 7),
                       &error));
    }

    void threadCreate() {
        auto db = openDb();
        QString error;
        Thread t = makeThread(QStringLiteral("tn"), {});
        t.courseId = QStringLiteral("c1");
        QVERIFY(
            succeeded(localmutations::createThread(
                          *db, t, makePost(QStringLiteral("first"), QStringLiteral("tn"), {}, 1)),
                      &error));
        const auto threads = cachereader::courseThreads(*db, QStringLiteral("c1")).value();
        QCOMPARE(threads.size(), 1);
        QVERIFY(threads[0].pending);
        const auto entries = outboxstore::list(*db);
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries[0].argsJson.contains(QLatin1String("\"course_id\":\"c1\"")));
        QVERIFY(entries[0].argsJson.contains(QLatin1String("\"first_post_id\":\"first\"")));
    }

    void retryAndDiscard() {
        auto db = openDb();
        QString error;
        QVERIFY(succeeded(localmutations::createPost(
                              *db, makePost(QStringLiteral("p1"), QStringLiteral("t1"), {}, 1)),
                          &error));
        QVERIFY(succeeded(localmutations::createPost(
                              *db, makePost(QStringLiteral("p2"), QStringLiteral("t1"), {}, 2)),
                          &error));
        QVector<outboxstore::Outgoing> batch;
        QVERIFY(outboxstore::takeBatch(*db, 1, &batch, &error));
        MutationResult rejected;
        rejected.id = batch[0].mutationId;
        rejected.status = MutationResult::Status::Rejected;
        rejected.errorCode = QStringLiteral("invalid_field");
        QVERIFY(outboxstore::recordResults(*db, batch, {rejected}, &error));
        const qint64 failedSeq = batch[0].seq;
        QVERIFY(!outboxstore::discard(*db, 999, &error)); // unknown row
        // Retry: failed -> waiting, reason cleared; only failed rows can be retried.
        QVERIFY2(outboxstore::retry(*db, failedSeq, &error), qPrintable(error));
        QCOMPARE(outboxstore::list(*db).first().state, OutboxState::Waiting);
        QVERIFY(outboxstore::list(*db).first().errorMessage.isEmpty());
        QVERIFY(!outboxstore::retry(*db, failedSeq, &error));
        // Discard: the row and its optimistic post go, the thread's count follows.
        QVERIFY2(outboxstore::discard(*db, failedSeq, &error), qPrintable(error));
        const auto t = cachereader::thread(*db, QStringLiteral("t1"), QStringLiteral("u1")).value();
        QCOMPARE(t->posts.size(), 1);
        QCOMPARE(t->posts[0].post.id, QStringLiteral("p2"));
        QCOMPARE(t->summary.thread.postCount, 1);
        QCOMPARE(outboxstore::list(*db).size(), 1);
        // Reactions toggle back.
        const QString emoji = allowedEmoji().first();
        QVERIFY(succeeded(localmutations::toggleReaction(*db, QStringLiteral("p2"),
                                                         QStringLiteral("u1"), emoji, 5),
                          &error));
        const qint64 addSeq = outboxstore::list(*db).last().seq;
        QVERIFY(outboxstore::discard(*db, addSeq, &error));
        QVERIFY(cachereader::thread(*db, QStringLiteral("t1"), QStringLiteral("u1"))
                    .value()
                    ->posts[0]
                    .reactions.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
