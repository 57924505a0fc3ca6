// Signing in to another account on the same profile (docs/architecture.md, "Session") against
// the real lyceum-server: the previous account's synced rows and its outbox (unsent work
// included) are wiped before the new account's first pull, so nothing of one account shows or
// is sent as the other; signing in again to the same account keeps both.
#include "client/discussions_service.h"
#include "client_helpers.h"
#include "server_process.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

CacheCounts counts(Client &client) {
    CacheCounts result;
    QEventLoop loop;
    client.fetchCounts(&loop, [&](CacheCounts c) {
        result = c;
        loop.quit();
    });
    loop.exec();
    return result;
}

ApiError login(Client &client, const QUrl &server, const QString &handle, const QString &password) {
    QSignalSpy spy(&client, &Client::loginFinished);
    client.login(server, handle, password, false);
    return waitError(spy);
}

ApiError pull(Client &client) {
    QSignalSpy spy(&client, &Client::syncFinished);
    client.syncNow();
    return waitError(spy);
}

QString firstOpenThread(Client &client) {
    QVector<ThreadSummary> threads;
    QEventLoop loop;
    client.discussions().fetchAllThreads(100, &loop, [&](QVector<ThreadSummary> t) {
        threads = std::move(t);
        loop.quit();
    });
    loop.exec();
    for (const ThreadSummary &t : std::as_const(threads)) {
        if (!t.thread.locked)
            return t.thread.id;
    }
    return {};
}

} // namespace

class TestAccountSwitch : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_profiles;

    Client::Options options(const QString &name) {
        Client::Options o;
        o.profileDir = m_profiles.filePath(name);
        o.useKeychain = false;
        o.live = false;
        o.autoFlush = false; // the reply written below stays unsent
        o.requestTimeoutMs = 15000;
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void sameAccountKeepsCacheAndOutbox() {
        Client client(options(QStringLiteral("same")));
        QVERIFY(openClient(client));
        const QString pw = m_server.password(QStringLiteral("learner"));
        QVERIFY(!login(client, m_server.url(), QStringLiteral("learner"), pw).isError());
        QVERIFY(!pull(client).isError());
        const QString thread = firstOpenThread(client);
        QVERIFY(!thread.isEmpty());
        QVERIFY(
            !client.discussions().createPost(thread, {}, QStringLiteral("kept 保留")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(counts(client).outbox, 1, kWait);
        const CacheCounts before = counts(client);
        // The same account again: nothing is dropped.
        QVERIFY(!login(client, m_server.url(), QStringLiteral("learner"), pw).isError());
        const CacheCounts after = counts(client);
        QCOMPARE(after.outbox, 1);
        QCOMPARE(after.posts, before.posts);
        QCOMPARE(after.threads, before.threads);
        QCOMPARE(after.cursor, before.cursor);
    }

    void anotherAccountWipesCacheAndOutbox() {
        Client client(options(QStringLiteral("switch")));
        QVERIFY(openClient(client));
        QVERIFY(!login(client, m_server.url(), QStringLiteral("learner"),
                       m_server.password(QStringLiteral("learner")))
                     .isError());
        QVERIFY(!pull(client).isError());
        const QString thread = firstOpenThread(client);
        QVERIFY(!thread.isEmpty());
        const QString body = QStringLiteral("learner's unsent reply 未发送");
        const QString post = client.discussions().createPost(thread, {}, body);
        QVERIFY(!post.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(counts(client).outbox, 1, kWait);
        const CacheCounts learnerRows = counts(client);
        QVERIFY(learnerRows.posts > 0 && learnerRows.threads > 0 && !learnerRows.cursor.isEmpty());
        QCOMPARE(fetchOutbox(client).first().entityId, post);

        // Another account on the same profile: the learner's rows and unsent work go at once,
        // before the creator's first pull.
        QSignalSpy changed(&client, &Client::cacheChanged);
        QVERIFY(!login(client, m_server.url(), QStringLiteral("creator"),
                       m_server.password(QStringLiteral("creator")))
                     .isError());
        QCOMPARE(client.handle(), QStringLiteral("creator"));
        QVERIFY(!changed.isEmpty()); // the views are told to read again
        const CacheCounts wiped = counts(client);
        QCOMPARE(wiped.outbox, 0);
        QCOMPARE(wiped.outboxFailed, 0);
        QCOMPARE(wiped.posts, 0);
        QCOMPARE(wiped.threads, 0);
        QCOMPARE(wiped.courses, 0);
        QVERIFY(wiped.cursor.isEmpty());
        QVERIFY(fetchOutbox(client).isEmpty());

        // The creator's pull is a full one; the learner's reply was never sent as anyone.
        QVERIFY(!pull(client).isError());
        QVERIFY(counts(client).posts > 0);
        const auto detail = fetchThread(client, thread);
        QVERIFY(detail);
        for (const PostView &v : std::as_const(detail->posts)) {
            QVERIFY(v.post.id != post);
            QVERIFY(v.post.body != body);
        }
        QSignalSpy flushed(&client, &Client::outboxFlushed);
        client.flushOutbox();
        QVERIFY(!waitError(flushed).isError());
        QCOMPARE(counts(client).outbox, 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountSwitch)
#include "tst_account_switch.moc"
