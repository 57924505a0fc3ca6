// The client core against the real lyceum-server child process with the fault proxy in between.
// Replies queued offline are flushed under one fault at a time (a dropped connection, a reset
// mid-headers and mid-body, a truncated response, a delay beyond the transfer timeout, a stall
// that is released) and retried until the outbox is empty. After each: every reply is on the
// server exactly once, the thread's post_count counts each once, the cache passes
// integrity_check and holds exactly what /sync shows the user.
#include "client/client.h"
#include "client/discussions_service.h"
#include "fault_proxy.h"
#include "faults_common.h"
#include "server_process.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace lyceum;
using namespace lyceum::test;

namespace {
const QString kPassword = QStringLiteral("fault-password-故障");
constexpr int kRepliesPerPlan = 5;
constexpr int kTimeoutMs = 2000;
} // namespace

class TestFaultsProxy : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<Client> m_client;
    QString m_handle;
    QString m_token;
    QString m_threadId;
    int m_basePostCount = 0;
    QStringList m_bodies; // every reply queued so far, all distinct

    QString cacheFile() const { return m_dir.filePath(QStringLiteral("profile/cache.sqlite")); }

    // Plans apply to new connections and Qt keeps HTTP connections alive: start afresh.
    void closeConnections() {
        m_proxy->closeAll();
        QVERIFY(QTest::qWaitFor([&] { return m_proxy->openConnections() == 0; }, 5000));
        QTest::qWait(50); // lets Qt notice the close before its next request
    }

    // Starts syncNow() (send the outbox, then pull); waitFor() collects its result.
    struct Pending {
        bool done = false;
        ApiError error;
        QMetaObject::Connection connection;
    };
    void startSync(Pending *p) {
        p->connection =
            connect(m_client.get(), &Client::syncFinished, this, [p](const ApiError &e) {
                p->done = true;
                p->error = e;
            });
        m_client->syncNow();
    }
    bool waitFor(Pending *p) {
        const bool done = QTest::qWaitFor([p] { return p->done; }, 60000);
        disconnect(p->connection);
        return done;
    }

    CacheCounts counts() {
        CacheCounts result;
        bool done = false;
        m_client->fetchCounts(this, [&](CacheCounts c) {
            result = c;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            result.outbox = -1; // no answer from the cache: fails every comparison
        return result;
    }

    // Server-side proof for everything queued so far, and the cache against the server.
    void verifyAgainstServer() {
        EntityView server;
        QString error;
        QVERIFY2(pullServerView(m_server.url(), m_token, &server, &error), qPrintable(error));
        const QMap<QString, int> counts = bodyCounts(server);
        for (const QString &body : std::as_const(m_bodies))
            QVERIFY2(counts.value(body) == 1,
                     qPrintable(QStringLiteral("%1 is on the server %2 times")
                                    .arg(body)
                                    .arg(counts.value(body))));
        QCOMPARE(postCountOf(server, m_threadId), m_basePostCount + int(m_bodies.size()));

        const CacheSnapshot cache = readCache(cacheFile());
        QVERIFY2(cache.error.isEmpty(), qPrintable(cache.error));
        QCOMPARE(cache.integrity, QStringLiteral("ok"));
        QCOMPARE(cache.outboxRows, 0);
        const QStringList diff = differences(server, cache.view);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        m_handle = uniqueHandle(QStringLiteral("proxy_"));
        QVERIFY(registerAccount(m_server.url(), m_handle, kPassword));
        m_token = accessToken(m_server.url(), m_handle, kPassword);
        QVERIFY(!m_token.isEmpty());
        m_threadId = openSpaceThread(m_server.url(), m_token);
        QVERIFY(!m_threadId.isEmpty());

        m_proxy = std::make_unique<FaultProxy>(QHostAddress(QHostAddress::LocalHost),
                                               quint16(m_server.url().port()));
        QVERIFY(m_proxy->listen());

        Client::Options options;
        options.profileDir = m_dir.filePath(QStringLiteral("profile"));
        options.useKeychain = false;
        options.autoFlush = false; // queue offline, flush when the test says so
        options.live = false;      // counts and faults the proxy's connections: no live socket
        options.requestTimeoutMs = kTimeoutMs;
        m_client = std::make_unique<Client>(options);
        bool opened = false;
        connect(m_client.get(), &Client::opened, this, [&] { opened = true; });
        m_client->open();
        QVERIFY(QTest::qWaitFor([&] { return opened || m_client->isOpen(); }, 20000));

        bool loggedIn = false;
        ApiError loginError;
        connect(m_client.get(), &Client::loginFinished, this, [&](const ApiError &e) {
            loginError = e;
            loggedIn = true;
        });
        m_client->login(m_proxy->url(), m_handle, kPassword, false);
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 30000));
        QVERIFY2(!loginError.isError(), qPrintable(loginError.message));

        Pending first;
        startSync(&first);
        QVERIFY(waitFor(&first));
        QVERIFY2(!first.error.isError(), qPrintable(first.error.message));

        EntityView server;
        QVERIFY2(pullServerView(m_server.url(), m_token, &server, &error), qPrintable(error));
        m_basePostCount = postCountOf(server, m_threadId);
    }

    void flushUnderFault_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("afterBytes");
        QTest::addColumn<int>("delayMs");
        using K = FaultPlan::Kind;
        QTest::newRow("drop") << int(K::Drop) << qint64(0) << 0;
        QTest::newRow("reset mid-headers") << int(K::ResetAfter) << qint64(20) << 0;
        QTest::newRow("reset mid-body") << int(K::ResetAfter) << qint64(250) << 0;
        QTest::newRow("truncated body") << int(K::TruncateAfter) << qint64(250) << 0;
        QTest::newRow("truncated headers") << int(K::TruncateAfter) << qint64(30) << 0;
        QTest::newRow("delay beyond timeout") << int(K::Delay) << qint64(0) << kTimeoutMs + 1000;
        QTest::newRow("stall then release") << int(K::Stall) << qint64(0) << 0;
    }

    void flushUnderFault() {
        QFETCH(int, kind);
        QFETCH(qint64, afterBytes);
        QFETCH(int, delayMs);
        const FaultPlan plan{FaultPlan::Kind(kind), delayMs, afterBytes};

        for (int i = 0; i < kRepliesPerPlan; ++i) {
            const QString body =
                QStringLiteral("%1 reply %2 回复")
                    .arg(QString::fromUtf8(QTest::currentDataTag()), QString::number(i));
            QVERIFY(!m_client->discussions().createPost(m_threadId, QString(), body).isEmpty());
            m_bodies << body;
        }
        QTRY_COMPARE_WITH_TIMEOUT(counts().outbox, kRepliesPerPlan, 10000);

        closeConnections();
        const int faultedBefore = m_proxy->faultedConnections();
        const int acceptedBefore = m_proxy->acceptedConnections();
        // Qt resends a request by itself when a fresh connection closes before any answer;
        // faulting the next three connections gets past that to the client's own error path.
        const bool once =
            plan.kind == FaultPlan::Kind::Stall || plan.kind == FaultPlan::Kind::Delay;
        const int faults = once ? 1 : 3;
        m_proxy->failNext(faults, plan);

        Pending attempt;
        startSync(&attempt);
        if (plan.kind == FaultPlan::Kind::Stall) {
            // Released well inside the transfer timeout: the stalled request then goes through.
            QVERIFY(QTest::qWaitFor([&] { return m_proxy->acceptedConnections() > acceptedBefore; },
                                    10000));
            QTest::qWait(200);
            m_proxy->setPlan(FaultPlan::passThrough(), FaultProxy::ApplyTo::OpenConnections);
        }
        QVERIFY(waitFor(&attempt));
        if (plan.kind == FaultPlan::Kind::Stall)
            QVERIFY2(!attempt.error.isError(), qPrintable(attempt.error.message));
        else
            QVERIFY(attempt.error.isError());

        const ApiError firstError = attempt.error;
        // Retry (as the app's backoff would) until everything is sent and pulled; bounded.
        int attempts = 1;
        while ((attempt.error.isError() || counts().outbox > 0) && attempts < 10) {
            attempt = Pending();
            startSync(&attempt);
            QVERIFY(waitFor(&attempt));
            ++attempts;
        }
        QVERIFY2(!attempt.error.isError(), qPrintable(attempt.error.message));
        QCOMPARE(m_proxy->faultedConnections(), faultedBefore + faults);
        qInfo("%s: first error \"%s\", done after %d attempts", QTest::currentDataTag(),
              qPrintable(firstError.message), attempts);
        const CacheCounts c = counts();
        QCOMPARE(c.outbox, 0);
        QCOMPARE(c.outboxFailed, 0);
        verifyAgainstServer();
    }

    // The client's cache after it is closed: the last word on integrity and equality.
    void cacheAfterClose() {
        m_client.reset();
        verifyAgainstServer();
    }
};

QTEST_GUILESS_MAIN(TestFaultsProxy)
#include "tst_faults_proxy.moc"
