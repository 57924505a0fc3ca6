// The fault-injecting proxy against a small in-test HTTP responder and echo server on
// loopback. Raw POSIX clients on a helper thread observe what a real client would: how many
// bytes arrived and whether the connection ended with FIN (recv() == 0) or RST (ECONNRESET).

#include "fault_proxy.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using lyceum::test::FaultPlan;
using lyceum::test::FaultProxy;

namespace {

// Answers every request (headers ending in an empty line) with a fixed HTTP response and then
// closes, or echoes every byte back.
class Upstream : public QObject {
public:
    enum class Mode { Http, Echo };

    Upstream(Mode mode, qsizetype bodySize)
        : m_mode(mode) {
        m_body.resize(bodySize);
        for (qsizetype i = 0; i < bodySize; ++i)
            m_body[i] = char('a' + i % 26);
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        m_clock.start();
    }
    bool listen() { return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray response() const {
        return QByteArrayLiteral(
                   "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ") +
               QByteArray::number(m_body.size()) +
               QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + m_body;
    }
    const QByteArray &body() const { return m_body; }
    int connections() const { return m_connections; }
    int open() const { return m_open; }
    qint64 received() const { return m_received; }
    // Milliseconds on this object's clock: now, and when the first byte arrived (-1: none).
    qint64 now() const { return m_clock.elapsed(); }
    qint64 firstByteAt() const { return m_firstByteAt; }

private:
    void accept() {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            ++m_connections;
            ++m_open;
            s->setParent(this);
            auto request = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, s, [this, s, request] {
                const QByteArray bytes = s->readAll();
                if (m_firstByteAt < 0 && !bytes.isEmpty())
                    m_firstByteAt = m_clock.elapsed();
                m_received += bytes.size();
                if (m_mode == Mode::Echo) {
                    s->write(bytes);
                    return;
                }
                request->append(bytes);
                if (request->contains("\r\n\r\n")) {
                    s->write(response());
                    s->disconnectFromHost();
                }
            });
            connect(s, &QTcpSocket::disconnected, s, [this, s] {
                --m_open;
                s->deleteLater();
            });
        }
    }

    Mode m_mode;
    QTcpServer m_server;
    QByteArray m_body;
    int m_connections = 0;
    int m_open = 0;
    qint64 m_received = 0;
    QElapsedTimer m_clock;
    qint64 m_firstByteAt = -1;
};

// A blocking client on its own thread, so the proxy keeps running on the test's thread.
struct RawResult {
    QByteArray bytes;
    bool connected = false;
    bool cleanEof = false; // recv() returned 0
    int error = 0;         // errno of the failing recv(), e.g. ECONNRESET
};

class RawClient {
public:
    RawClient(quint16 port, QByteArray request) {
        m_thread = std::thread([this, port, request] {
            run(port, request);
            m_done = true;
        });
    }
    ~RawClient() {
        if (m_thread.joinable())
            m_thread.join();
    }
    bool done() const { return m_done; }
    qint64 received() const { return m_received; }
    const RawResult &result() {
        if (m_thread.joinable())
            m_thread.join();
        return m_result;
    }

private:
    void run(quint16 port, const QByteArray &request) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return;
        timeval timeout{10, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0) {
            m_result.connected = true;
            if (!request.isEmpty())
                (void)::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL);
            char buffer[65536];
            for (;;) {
                const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
                if (n > 0) {
                    m_result.bytes.append(buffer, n);
                    m_received = m_result.bytes.size();
                    continue;
                }
                if (n == 0)
                    m_result.cleanEof = true;
                else
                    m_result.error = errno;
                break;
            }
        }
        ::close(fd);
    }

    RawResult m_result;
    std::atomic<bool> m_done{false};
    std::atomic<qint64> m_received{0};
    std::thread m_thread;
};

const QByteArray kRequest = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: test\r\n\r\n");

RawResult fetch(quint16 port, const QByteArray &request = kRequest) {
    RawClient client(port, request);
    // The client's own receive timeout (10 s) bounds this wait.
    QElapsedTimer timer;
    timer.start();
    while (!client.done() && timer.elapsed() < 15000)
        QTest::qWait(5);
    return client.result();
}

} // namespace

class TestFaultProxy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void passThroughForwardsEverything() {
        Upstream up(Upstream::Mode::Http, 5000);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        QVERIFY(proxy.port() != 0);

        const RawResult r = fetch(proxy.port());
        QVERIFY(r.connected);
        QCOMPARE(r.bytes, up.response());
        QVERIFY(r.cleanEof);
        QCOMPARE(proxy.bytesToServer(), qint64(kRequest.size()));
        QCOMPARE(proxy.bytesToClient(), qint64(up.response().size()));
        QCOMPARE(proxy.acceptedConnections(), 1);
        QCOMPARE(proxy.faultedConnections(), 0);
        QTRY_COMPARE(proxy.openConnections(), 0);
        QTRY_COMPARE(up.open(), 0);
    }

    void largeResponsePassesIntact() {
        Upstream up(Upstream::Mode::Http, 8 * 1024 * 1024);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        const RawResult r = fetch(proxy.port());
        QCOMPARE(r.bytes.size(), up.response().size());
        QVERIFY(r.bytes == up.response());
        QVERIFY(r.cleanEof);
    }

    void qtNetworkClientThroughProxy() {
        Upstream up(Upstream::Mode::Http, 1234);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        QNetworkAccessManager nam;
        QNetworkReply *ok = nam.get(QNetworkRequest(proxy.url()));
        QTRY_VERIFY_WITH_TIMEOUT(ok->isFinished(), 15000);
        QCOMPARE(ok->error(), QNetworkReply::NoError);
        QCOMPARE(ok->readAll(), up.body());
        ok->deleteLater();

        // A response cut inside its body must never look like a success to Qt's client.
        proxy.setPlan(FaultPlan::truncateAfter(up.response().size() - 100));
        QNetworkReply *cut = nam.get(QNetworkRequest(proxy.url()));
        QTRY_VERIFY_WITH_TIMEOUT(cut->isFinished(), 15000);
        QVERIFY2(cut->error() != QNetworkReply::NoError, qPrintable(cut->errorString()));
        cut->deleteLater();
    }

    void delayHoldsBothDirections() {
        Upstream up(Upstream::Mode::Echo, 0);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        proxy.setPlan(FaultPlan::delay(150));

        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), proxy.port());
        QVERIFY(socket.waitForConnected(5000));
        QElapsedTimer timer;
        timer.start();
        const qint64 sentAt = up.now();
        socket.write("ping");
        QTRY_COMPARE_WITH_TIMEOUT(socket.bytesAvailable(), qint64(4), 5000);
        // Lower bounds only: a loaded machine may add time, never take it away.
        QVERIFY2(up.firstByteAt() - sentAt >= 150,
                 qPrintable(QString::number(up.firstByteAt() - sentAt)));
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(socket.readAll(), QByteArrayLiteral("ping"));
        QCOMPARE(up.received(), qint64(4));
        socket.disconnectFromHost();
        QTRY_COMPARE(proxy.openConnections(), 0);
        QTRY_COMPARE(up.open(), 0);
    }

    void dropClosesWithoutContactingTheServer() {
        Upstream up(Upstream::Mode::Http, 100);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        proxy.setPlan(FaultPlan::drop());
        const RawResult r = fetch(proxy.port());
        QVERIFY(r.connected);
        QVERIFY(r.bytes.isEmpty());
        QCOMPARE(up.connections(), 0);
        QCOMPARE(proxy.faultedConnections(), 1);
        QTRY_COMPARE(proxy.openConnections(), 0);
    }

    void resetAfterBytesSendsRst() {
        Upstream up(Upstream::Mode::Http, 20000);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        proxy.setPlan(FaultPlan::resetAfter(700));
        const RawResult r = fetch(proxy.port());
        QCOMPARE(r.bytes, up.response().left(700));
        QVERIFY(!r.cleanEof);
        QCOMPARE(r.error, ECONNRESET);
        QTRY_COMPARE(proxy.openConnections(), 0);
        QTRY_COMPARE(up.open(), 0);
    }

    void resetAfterManyBytesDeliversThemFirst() {
        Upstream up(Upstream::Mode::Http, 6 * 1024 * 1024);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        const qint64 cut = 3 * 1024 * 1024 + 17;
        proxy.setPlan(FaultPlan::resetAfter(cut));
        const RawResult r = fetch(proxy.port());
        QCOMPARE(qint64(r.bytes.size()), cut);
        QVERIFY(r.bytes == up.response().left(cut));
        QCOMPARE(r.error, ECONNRESET);
    }

    void resetBeforeAnyResponseByte() {
        Upstream up(Upstream::Mode::Http, 100);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        proxy.setPlan(FaultPlan::resetAfter(0));
        const RawResult r = fetch(proxy.port());
        QVERIFY(r.bytes.isEmpty());
        QCOMPARE(r.error, ECONNRESET);
        // The request did reach the server: a reset while the answer is on its way.
        QCOMPARE(up.received(), qint64(kRequest.size()));
    }

    void truncateAfterBytesClosesCleanly() {
        Upstream up(Upstream::Mode::Http, 20000);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        proxy.setPlan(FaultPlan::truncateAfter(1500));
        const RawResult r = fetch(proxy.port());
        QCOMPARE(r.bytes, up.response().left(1500));
        QVERIFY(r.cleanEof);
        QCOMPARE(r.error, 0);
        QTRY_COMPARE(proxy.openConnections(), 0);
        QTRY_COMPARE(up.open(), 0);
    }

    void stallHoldsUntilReleased() {
        Upstream up(Upstream::Mode::Http, 3000);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        proxy.setPlan(FaultPlan::stall());
        RawClient client(proxy.port(), kRequest);
        QTRY_COMPARE(proxy.acceptedConnections(), 1);
        QTest::qWait(300);
        QVERIFY(!client.done());
        QCOMPARE(client.received(), qint64(0));
        QCOMPARE(proxy.bytesToServer(), qint64(0));
        QCOMPARE(up.received(), qint64(0));

        proxy.setPlan(FaultPlan::passThrough(), FaultProxy::ApplyTo::OpenConnections);
        QTRY_VERIFY_WITH_TIMEOUT(client.done(), 15000);
        const RawResult &r = client.result();
        QCOMPARE(r.bytes, up.response());
        QVERIFY(r.cleanEof);
        QTRY_COMPARE(proxy.openConnections(), 0);
    }

    void switchingToDropAbortsOpenConnections() {
        Upstream up(Upstream::Mode::Echo, 0);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), proxy.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("x");
        QTRY_COMPARE(socket.bytesAvailable(), qint64(1));
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        proxy.setPlan(FaultPlan::drop(), FaultProxy::ApplyTo::OpenConnections);
        QTRY_COMPARE(closed.count(), 1);
        QTRY_COMPARE(proxy.openConnections(), 0);
        QTRY_COMPARE(up.open(), 0);
    }

    void failNextCountsDown() {
        Upstream up(Upstream::Mode::Http, 500);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        proxy.failNext(2, FaultPlan::drop());
        proxy.failNext(1, FaultPlan::truncateAfter(10));
        QCOMPARE(proxy.pendingFailures(), 3);

        QVERIFY(fetch(proxy.port()).bytes.isEmpty());
        QVERIFY(fetch(proxy.port()).bytes.isEmpty());
        QCOMPARE(fetch(proxy.port()).bytes, up.response().left(10));
        QCOMPARE(proxy.pendingFailures(), 0);
        QCOMPARE(fetch(proxy.port()).bytes, up.response());
        QCOMPARE(proxy.acceptedConnections(), 4);
        QCOMPARE(proxy.faultedConnections(), 3);
        QCOMPARE(up.connections(), 2);
        QTRY_COMPARE(proxy.openConnections(), 0);
    }

    void planChangesFromAnotherThread() {
        Upstream up(Upstream::Mode::Http, 100);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        std::thread other([&proxy] {
            proxy.failNext(1, FaultPlan::drop());
            proxy.setPlan(FaultPlan::truncateAfter(5), FaultProxy::ApplyTo::OpenConnections);
        });
        other.join();
        QCOMPARE(proxy.plan().kind, FaultPlan::Kind::TruncateAfter);
        QVERIFY(fetch(proxy.port()).bytes.isEmpty());
        QCOMPARE(fetch(proxy.port()).bytes, up.response().left(5));
    }

    void unreachableTargetClosesTheClient() {
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
            deadPort = probe.serverPort();
        }
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), deadPort);
        QVERIFY(proxy.listen());
        const RawResult r = fetch(proxy.port());
        QVERIFY(r.connected);
        QVERIFY(r.bytes.isEmpty());
        QTRY_COMPARE(proxy.openConnections(), 0);
    }

    void destroyingTheProxyClosesEverything() {
        Upstream up(Upstream::Mode::Http, 100);
        QVERIFY(up.listen());
        auto proxy = std::make_unique<FaultProxy>(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy->listen());
        proxy->setPlan(FaultPlan::stall());
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 5; ++i)
            clients.push_back(std::make_unique<RawClient>(proxy->port(), kRequest));
        QTRY_COMPARE(proxy->openConnections(), 5);
        QTRY_COMPARE(up.connections(), 5);
        proxy.reset();
        for (auto &c : clients) {
            QTRY_VERIFY_WITH_TIMEOUT(c->done(), 15000);
            QVERIFY(c->result().bytes.isEmpty());
        }
        QTRY_COMPARE(up.open(), 0);
    }

    void clientGivingUpOnAStallFreesBothSides() {
        Upstream up(Upstream::Mode::Echo, 0);
        QVERIFY(up.listen());
        FaultProxy proxy(QHostAddress(QHostAddress::LocalHost), up.port());
        QVERIFY(proxy.listen());
        proxy.setPlan(FaultPlan::stall());
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress(QHostAddress::LocalHost), proxy.port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("lost");
            QTRY_COMPARE(up.connections(), 1);
            socket.abort();
        }
        QTRY_COMPARE(proxy.openConnections(), 0);
        QTRY_COMPARE(up.open(), 0);
        QCOMPARE(up.received(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_fault_proxy.moc"
