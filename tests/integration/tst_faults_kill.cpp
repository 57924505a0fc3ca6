// Crashes in the middle of work, with lyceum-cli as a child process against the real server:
// the server SIGKILLed mid-flush and restarted on the same data and port, the client SIGKILLed
// mid-sync and mid-flush and run again. After each: the cache passes integrity_check, every
// queued reply is on the server exactly once, and the cache equals what /sync shows the user.
#include "cli_runner.h"
#include "fault_proxy.h"
#include "faults_common.h"
#include "server_process.h"

#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace lyceum::test;

namespace {

const QString kPassword = QStringLiteral("kill-password-崩溃");

// A profile of lyceum-cli logged in as a fresh account of server (reached through via).
struct Account {
    QString handle;
    QString token; // for the server's view, over HTTP
    QString profile;
    QString threadId;
    int basePostCount = 0;
    QStringList bodies;

    QStringList base() const { return {QStringLiteral("--profile"), profile}; }
    QString cacheFile() const { return profile + QStringLiteral("/cache.sqlite"); }
};

} // namespace

class TestFaultsKill : public QObject {
    Q_OBJECT
    QTemporaryDir m_profiles;

    void setUpAccount(const QUrl &server, const QUrl &via, const QString &prefix, Account *a) {
        a->handle = uniqueHandle(prefix);
        QVERIFY(registerAccount(server, a->handle, kPassword));
        a->token = accessToken(server, a->handle, kPassword);
        QVERIFY(!a->token.isEmpty());
        a->profile = m_profiles.filePath(a->handle);
        const CliRun r =
            runCli({QStringLiteral("--server"), via.toString(), QStringLiteral("--profile"),
                    a->profile, QStringLiteral("login"), QStringLiteral("--user"), a->handle,
                    QStringLiteral("--password-stdin")},
                   kPassword.toUtf8() + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
    }

    // Queues n replies offline with lyceum-cli post (no network involved).
    void queueReplies(Account *a, const QUrl &server, int n) {
        a->threadId = openSpaceThread(server, a->token);
        QVERIFY(!a->threadId.isEmpty());
        EntityView view;
        QString error;
        QVERIFY2(pullServerView(server, a->token, &view, &error), qPrintable(error));
        a->basePostCount = postCountOf(view, a->threadId);
        const CliRun synced = runCli(a->base() + QStringList{QStringLiteral("sync")});
        QVERIFY2(synced.code == 0, synced.err.constData()); // `post` needs the thread cached
        for (int i = 0; i < n; ++i) {
            const QString body = a->handle + QStringLiteral(" queued %1 排队").arg(i);
            const CliRun r =
                runCli(a->base() + QStringList{QStringLiteral("post"), QStringLiteral("--thread"),
                                               a->threadId, QStringLiteral("--body"), body});
            QVERIFY2(r.code == 0, r.err.constData());
            a->bodies << body;
        }
        QCOMPARE(readCache(a->cacheFile()).outboxRows, n);
    }

    // Every queued reply exactly once on the server; the cache intact and equal to /sync.
    void verify(const QUrl &server, const Account &a) {
        EntityView view;
        QString error;
        QVERIFY2(pullServerView(server, a.token, &view, &error), qPrintable(error));
        const QMap<QString, int> counts = bodyCounts(view);
        for (const QString &body : a.bodies)
            QVERIFY2(counts.value(body) == 1,
                     qPrintable(QStringLiteral("%1 is on the server %2 times")
                                    .arg(body)
                                    .arg(counts.value(body))));
        if (!a.threadId.isEmpty())
            QCOMPARE(postCountOf(view, a.threadId), a.basePostCount + int(a.bodies.size()));
        const CacheSnapshot cache = readCache(a.cacheFile());
        QVERIFY2(cache.error.isEmpty(), qPrintable(cache.error));
        QCOMPARE(cache.integrity, QStringLiteral("ok"));
        QCOMPARE(cache.outboxRows, 0);
        const QStringList diff = differences(view, cache.view);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }

    // Flushes until the CLI says the outbox is empty (bounded).
    void flushUntilDone(const Account &a) {
        CliRun r;
        for (int i = 0; i < 3 && r.code != 0; ++i)
            r = runCli(a.base() + QStringList{QStringLiteral("flush")});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    // Starts `lyceum-cli flush` with the proxy delaying every chunk by delayMs, and returns once
    // the mutations request (well over 3 KB) has been forwarded to the server, or with
    // untilApplied once the server shows every queued reply (its answer is still held back).
    void startFlush(const Account &a, const QUrl &server, FaultProxy *proxy, QProcess *flush,
                    int delayMs, bool untilApplied) {
        proxy->closeAll();
        proxy->setPlan(FaultPlan::delay(delayMs));
        const qint64 before = proxy->bytesToServer();
        flush->start(QStringLiteral(LYCEUM_CLI_BIN),
                     a.base() + QStringList{QStringLiteral("flush")});
        QVERIFY(flush->waitForStarted(10000));
        QVERIFY2(QTest::qWaitFor([&] { return proxy->bytesToServer() - before > 3000; }, 30000),
                 "the mutations request never reached the server");
        if (!untilApplied)
            return;
        const auto applied = [&] {
            EntityView view;
            QString error;
            if (!pullServerView(server, a.token, &view, &error))
                return false;
            const QMap<QString, int> counts = bodyCounts(view);
            for (const QString &body : a.bodies) {
                if (counts.value(body) == 0)
                    return false;
            }
            return true;
        };
        QVERIFY2(QTest::qWaitFor(applied, 30000), "the server never applied the mutations");
        QVERIFY2(flush->state() == QProcess::Running, "the flush got its answer too early");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_profiles.isValid());
        QString problem;
        if (!keyringAvailable(&problem)) {
            if (qEnvironmentVariableIntValue("LYCEUM_REQUIRE_KEYRING") == 1)
                QFAIL(qPrintable(QStringLiteral("No Secret Service keyring: ") + problem));
            QSKIP("no Secret Service on the session bus (set LYCEUM_REQUIRE_KEYRING=1 to fail)");
        }
    }

    // The server dies (SIGKILL) once the mutations request reached it (applied or not, a race)
    // or once it applied them and before its answer got out; it comes back on the same data dir
    // and port, and the next flush sends the same mutation ids: each applies once.
    void serverKilledMidFlush_data() {
        QTest::addColumn<bool>("untilApplied");
        QTest::newRow("request reached the server") << false;
        QTest::newRow("applied, answer not yet sent") << true;
    }

    void serverKilledMidFlush() {
        QFETCH(bool, untilApplied);
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        const QUrl direct = server.url();
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), quint16(direct.port()));
        QVERIFY(proxy.listen());
        Account a;
        setUpAccount(direct, proxy.url(), QStringLiteral("restart_"), &a);
        if (QTest::currentTestFailed())
            return;
        queueReplies(&a, direct, 40);
        if (QTest::currentTestFailed())
            return;

        QProcess flush;
        startFlush(a, direct, &proxy, &flush, untilApplied ? 2000 : 300, untilApplied);
        if (QTest::currentTestFailed())
            return;
        server.kill();
        QVERIFY(QTest::qWaitFor([&] { return flush.state() == QProcess::NotRunning; }, 30000));
        QVERIFY(flush.exitStatus() == QProcess::NormalExit);
        QCOMPARE(flush.exitCode(), 1); // the pull after the send cannot reach a dead server

        const CacheSnapshot afterCrash = readCache(a.cacheFile());
        QCOMPARE(afterCrash.integrity, QStringLiteral("ok"));

        QVERIFY2(server.start({QStringLiteral("--demo")},
                              QStringLiteral("127.0.0.1:%1").arg(direct.port()), &error),
                 qPrintable(error));
        QCOMPARE(server.url().port(), direct.port());
        proxy.setPlan(FaultPlan::passThrough());
        flushUntilDone(a);
        if (QTest::currentTestFailed())
            return;
        verify(direct, a);
    }

    // lyceum-cli sync SIGKILLed after its first pages are stored resumes from the stored cursor
    // and ends with exactly what the server shows, no row twice.
    void clientKilledMidSync() {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--generate"), QStringLiteral("2000,20000")},
                              QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        Account a;
        setUpAccount(server.url(), server.url(), QStringLiteral("resync_"), &a);
        if (QTest::currentTestFailed())
            return;

        QProcess sync;
        sync.start(QStringLiteral(LYCEUM_CLI_BIN),
                   a.base() + QStringList{QStringLiteral("--page-size"), QStringLiteral("500"),
                                          QStringLiteral("sync")});
        QVERIFY(sync.waitForStarted(10000));
        const bool cursorStored = QTest::qWaitFor(
            [&] {
                return sync.state() != QProcess::Running ||
                       !readCache(a.cacheFile(), false).cursor.isEmpty();
            },
            60000);
        QVERIFY(cursorStored);
        QVERIFY2(sync.state() == QProcess::Running, "the sync ended before it could be killed");
        sync.kill(); // SIGKILL
        QVERIFY(QTest::qWaitFor([&] { return sync.state() == QProcess::NotRunning; }, 10000));

        const CacheSnapshot partial = readCache(a.cacheFile());
        QVERIFY2(partial.error.isEmpty(), qPrintable(partial.error));
        QCOMPARE(partial.integrity, QStringLiteral("ok"));
        QVERIFY(!partial.cursor.isEmpty());

        const CliRun resumed = runCli(a.base() + QStringList{QStringLiteral("sync")});
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        verify(server.url(), a);
        const CacheSnapshot done = readCache(a.cacheFile());
        QVERIFY(done.view.value(QStringLiteral("posts")).size() > 10000);
        QVERIFY(partial.view.value(QStringLiteral("posts")).size() <
                done.view.value(QStringLiteral("posts")).size());
    }

    // lyceum-cli flush SIGKILLed after the server applied its 50 mutations (the answer is held
    // back by the proxy); the next flush resends the same ids and each applies once.
    void clientKilledMidFlush() {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), quint16(server.url().port()));
        QVERIFY(proxy.listen());
        Account a;
        setUpAccount(server.url(), proxy.url(), QStringLiteral("reflush_"), &a);
        if (QTest::currentTestFailed())
            return;
        queueReplies(&a, server.url(), 50);
        if (QTest::currentTestFailed())
            return;

        QProcess flush;
        startFlush(a, server.url(), &proxy, &flush, 2000, true);
        if (QTest::currentTestFailed())
            return;
        flush.kill(); // SIGKILL: the server applied the batch, the client never heard
        QVERIFY(QTest::qWaitFor([&] { return flush.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(flush.exitStatus(), QProcess::CrashExit);

        const CacheSnapshot afterCrash = readCache(a.cacheFile());
        QCOMPARE(afterCrash.integrity, QStringLiteral("ok"));
        QCOMPARE(afterCrash.outboxRows, 50); // undecided as far as the client knows

        proxy.setPlan(FaultPlan::passThrough());
        flushUntilDone(a);
        if (QTest::currentTestFailed())
            return;
        verify(server.url(), a);
    }
};

QTEST_GUILESS_MAIN(TestFaultsKill)
#include "tst_faults_kill.moc"
