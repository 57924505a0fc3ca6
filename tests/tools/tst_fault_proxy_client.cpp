// The real ApiClient against a real in-process lyceum server with the fault proxy in between:
// what each network fault looks like to the client core. These pin down the error kinds the
// sync engine and outbox rely on to decide between retrying and giving up.

#include "api/api_client.h"
#include "fault_proxy.h"
#include "server/auth/credentials.h"
#include "server/embedded_server.h"
#include "server/storage/storage.h"
#include "sync/sync_page.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using lyceum::ApiClient;
using lyceum::ApiError;
using lyceum::test::FaultPlan;
using lyceum::test::FaultProxy;

namespace {
const QString kHandle = QStringLiteral("learner");
const QString kPassword = QStringLiteral("correct horse 马");

struct Outcome {
    bool done = false;
    ApiError error;
    QByteArray body;
};
} // namespace

class TestFaultProxyClient : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<lyceum::server::EmbeddedServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<ApiClient> m_client;

    Outcome login() {
        Outcome out;
        m_client->login(kHandle, kPassword, [&out](const ApiError &e, const lyceum::LoginResult &) {
            out.error = e;
            out.done = true;
        });
        waitFor(out);
        return out;
    }

    Outcome fetchSync() {
        Outcome out;
        m_client->fetchSyncPage(QString(), 1000, [&out](const ApiError &e, const QByteArray &b) {
            out.error = e;
            out.body = b;
            out.done = true;
        });
        waitFor(out);
        return out;
    }

    // Plans apply to new connections, and Qt keeps HTTP connections alive: start afresh.
    void closeConnections() {
        m_proxy->closeAll();
        for (int i = 0; i < 500 && m_proxy->openConnections() > 0; ++i)
            QTest::qWait(10);
        QTest::qWait(50); // lets Qt notice the close before its next request
    }

    static void waitFor(const Outcome &out) {
        for (int i = 0; i < 3000 && !out.done; ++i)
            QTest::qWait(10);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        lyceum::server::EmbeddedServer::Options options;
        options.dataDir = m_dir.path();
        m_server = std::make_unique<lyceum::server::EmbeddedServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        lyceum::User user;
        user.id = QStringLiteral("u_learner");
        user.handle = kHandle;
        user.displayName = QStringLiteral("学习者");
        QVERIFY(m_server->storage().insertUser(user, lyceum::server::hashPassword(kPassword)));
    }

    void init() {
        m_proxy =
            std::make_unique<FaultProxy>(QHostAddress(QHostAddress::LocalHost), m_server->port());
        QVERIFY(m_proxy->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setServer(m_proxy->url());
        m_client->setTransferTimeout(5000);
    }

    void cleanup() {
        m_client.reset();
        m_proxy.reset();
    }

    void passThroughWorks() {
        const Outcome in = login();
        QVERIFY(in.done);
        QVERIFY2(!in.error.isError(), qPrintable(in.error.message));
        const Outcome page = fetchSync();
        QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
        QString error;
        QVERIFY2(lyceum::decodeSyncPage(page.body, &error).has_value(), qPrintable(error));
        QCOMPARE(m_proxy->faultedConnections(), 0);
    }

    void droppedConnectionIsANetworkError() {
        m_proxy->setPlan(FaultPlan::drop());
        const Outcome out = login();
        QVERIFY(out.done);
        QCOMPARE(out.error.kind, ApiError::Kind::Network);
        QVERIFY(!out.error.message.isEmpty());
    }

    void resetBeforeTheHeadersIsANetworkError() {
        m_proxy->setPlan(FaultPlan::resetAfter(20));
        const Outcome out = login();
        QVERIFY(out.done);
        QCOMPARE(out.error.kind, ApiError::Kind::Network);
    }

    void truncatedBodyIsNotASuccess() {
        QVERIFY(!login().error.isError());
        closeConnections();
        const qint64 before = m_proxy->bytesToClient();
        const Outcome full = fetchSync();
        QVERIFY(!full.error.isError());
        const qint64 responseSize = m_proxy->bytesToClient() - before;
        QVERIFY(responseSize > full.body.size());

        // Headers (status 200, Content-Length) arrive; the body is cut 10 bytes short.
        closeConnections();
        m_proxy->setPlan(FaultPlan::truncateAfter(responseSize - 10));
        const Outcome cut = fetchSync();
        QVERIFY(cut.done);
        QVERIFY(cut.error.isError());
        QCOMPARE(cut.error.kind, ApiError::Kind::Network);
        QVERIFY(cut.body.isEmpty());
    }

    void delayBeyondTheTransferTimeoutIsATimeout() {
        m_client->setTransferTimeout(300);
        m_proxy->setPlan(FaultPlan::delay(1500));
        const Outcome out = login();
        QVERIFY(out.done);
        QCOMPARE(out.error.kind, ApiError::Kind::Timeout);
    }

    void stallIsATimeoutAndReleasingItRecovers() {
        m_client->setTransferTimeout(300);
        m_proxy->setPlan(FaultPlan::stall());
        const Outcome stalled = login();
        QVERIFY(stalled.done);
        QCOMPARE(stalled.error.kind, ApiError::Kind::Timeout);
        QTRY_COMPARE(m_proxy->openConnections(), 0);

        m_proxy->setPlan(FaultPlan::passThrough());
        m_client->setTransferTimeout(5000);
        const Outcome again = login();
        QVERIFY2(!again.error.isError(), qPrintable(again.error.message));
    }

    void qtRetriesAConnectionClosedBeforeAnyAnswer() {
        // Qt's HTTP client resends a request (even a POST) once on a new connection when the
        // connection closes before any byte of the answer: one drop goes unnoticed. The
        // server's mutation idempotency is what makes this safe for POST /mutations.
        m_proxy->failNext(1, FaultPlan::drop());
        const Outcome out = login();
        QVERIFY2(!out.error.isError(), qPrintable(out.error.message));
        QCOMPARE(m_proxy->acceptedConnections(), 2);
        QCOMPARE(m_proxy->faultedConnections(), 1);
    }

    void failNextThenRecover() {
        m_proxy->failNext(2, FaultPlan::drop());
        QCOMPARE(login().error.kind, ApiError::Kind::Network);
        QCOMPARE(m_proxy->pendingFailures(), 0);
        const Outcome next = login();
        QVERIFY2(!next.error.isError(), qPrintable(next.error.message));
        QCOMPARE(m_proxy->acceptedConnections(), 3);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxyClient)
#include "tst_fault_proxy_client.moc"
