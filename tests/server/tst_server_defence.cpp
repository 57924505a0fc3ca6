// The server defends itself (docs/security.md, "A server one client cannot exhaust"): bodies are
// refused by their announced or counted size before they are buffered, heads and idle
// connections have deadlines, connections are capped per address and in all, password checks
// run on a bounded pool and wrong passwords are throttled with 429 and Retry-After. Everything
// over real sockets on loopback against an in-process server; 127.0.0.2 is a second address.
#include "server/net/request_framing.h"
#include "server_harness.h"

#include <QDir>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>
#include <fcntl.h>
#include <set>
#include <sys/resource.h>

using namespace lyceum;
using namespace lyceum::test;
using server::RequestFraming;

namespace {

using Verdict = RequestFraming::Verdict;

Verdict frame(const QByteArray &bytes, qint64 *completed = nullptr, int maxBody = 1024) {
    RequestFraming framing({256, maxBody});
    const Verdict verdict = framing.feed(bytes);
    if (completed)
        *completed = framing.completedRequests();
    return verdict;
}

// A raw client socket on loopback, optionally from another local address.
struct RawClient {
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;

    RawClient(quint16 port, const QHostAddress &from = QHostAddress(QHostAddress::LocalHost)) {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, [this] { closed = true; });
        QObject::connect(&socket, &QTcpSocket::errorOccurred,
                         [this](QAbstractSocket::SocketError) { closed = true; });
        socket.bind(from);
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
    bool waitConnected() {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; },
                               5000);
    }
    bool waitFor(const QByteArray &text, int ms = 5000) {
        return QTest::qWaitFor([&] { return received.contains(text); }, ms);
    }
    bool waitClosed(int ms = 5000) {
        return QTest::qWaitFor([this] { return closed; }, ms);
    }
};

QByteArray loginJson(const QString &handle, const QString &password) {
    return QJsonDocument(QJsonObject{{QStringLiteral("handle"), handle},
                                     {QStringLiteral("password"), password}})
        .toJson(QJsonDocument::Compact);
}

QByteArray rawPost(const QByteArray &path, const QByteArray &body) {
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The smallest descriptor limit that leaves exactly one descriptor free for this process.
rlim_t limitWithOneFree() {
    std::set<int> open;
    const QStringList entries =
        QDir(QStringLiteral("/proc/self/fd"))
            .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        if (fcntl(e.toInt(), F_GETFD) != -1) // not the one the listing itself used
            open.insert(e.toInt());
    }
    for (rlim_t limit = 1;; ++limit) {
        const auto used = rlim_t(std::distance(open.begin(), open.lower_bound(int(limit))));
        if (limit - used == 1)
            return limit;
    }
}

const QByteArray kHealthRequest = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

bool healthAnswers(ServerHarness &s) {
    return s.get(QStringLiteral("/api/v1/health")).status == 200;
}

} // namespace

class TestServerDefence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void framingFindsRequestBoundaries() {
        qint64 done = 0;
        QCOMPARE(frame("GET / HTTP/1.1\r\nHost: a\r\n\r\n", &done), Verdict::Fine);
        QCOMPARE(done, 1);
        // Pipelined, with a body, and the leading blank lines QHttpServer skips.
        QCOMPARE(
            frame("\r\nPOST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET / HTTP/1.1\n\n", &done),
            Verdict::Fine);
        QCOMPARE(done, 2);
        QCOMPARE(frame("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                       "3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n",
                       &done),
                 Verdict::Fine);
        QCOMPARE(done, 1);
        // A body one byte at a time ends at the same place.
        RequestFraming bytewise({256, 1024});
        const QByteArray two = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "2\r\nab\r\n0\r\n\r\nGET / HTTP/1.1\r\n\r\n";
        for (char c : two)
            QCOMPARE(bytewise.feed(QByteArrayView(&c, 1)), Verdict::Fine);
        QCOMPARE(bytewise.completedRequests(), 2);
        QCOMPARE(bytewise.phase(), RequestFraming::Phase::Idle);
    }

    void framingRefusesWhatItCannotBound() {
        QCOMPARE(frame("POST / HTTP/1.1\r\nContent-Length: 2147483648\r\n\r\n"),
                 Verdict::BodyTooLarge);
        QCOMPARE(frame("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"),
                 Verdict::BadRequest);
        QCOMPARE(frame("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n" +
                       QByteArray(1024, 'x') + "\r\n1\r\n"),
                 Verdict::BodyTooLarge);
        QCOMPARE(frame("GET /" + QByteArray(300, 'a') + " HTTP/1.1\r\n\r\n"),
                 Verdict::HeadTooLarge);
        QCOMPARE(frame("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n"),
                 Verdict::BadRequest);
        QCOMPARE(
            frame("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"),
            Verdict::BadRequest);
        QCOMPARE(frame("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"),
                 Verdict::BadRequest);
        QCOMPARE(frame("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), Verdict::BadRequest);
        QCOMPARE(frame("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
                 Verdict::BadRequest);
        QCOMPARE(frame("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n"),
                 Verdict::BadRequest); // no CRLF after the chunk's data
        QCOMPARE(
            frame("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(2000, '1')),
            Verdict::BadRequest); // an endless chunk-size line
        // After an accepted WebSocket upgrade the bytes are frames; still bounded if they
        // keep coming through the HTTP path.
        qint64 done = 0;
        QCOMPARE(frame("GET /live HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n" +
                           QByteArray(100, 'f'),
                       &done),
                 Verdict::Fine);
        QCOMPARE(done, 1);
        QCOMPARE(frame("GET /live HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n" +
                       QByteArray(2000, 'f')),
                 Verdict::BodyTooLarge);
    }

    // Three connections announcing 2 GiB, and a chunked stream that never ends: each is refused
    // with 413 as soon as its size is known, and the server keeps answering others.
    void hugeBodiesAreRefusedBeforeTheyAreRead() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QByteArray head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Type: application/json\r\n";
        std::vector<std::unique_ptr<RawClient>> announced;
        for (int i = 0; i < 3; ++i) {
            announced.push_back(std::make_unique<RawClient>(s.port()));
            QVERIFY(announced.back()->waitConnected());
            announced.back()->socket.write(head + "Content-Length: 2147483648\r\n\r\n" +
                                           QByteArray(256 * 1024, 'x'));
        }
        RawClient chunked(s.port());
        QVERIFY(chunked.waitConnected());
        chunked.socket.write(head + "Transfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "40000\r\n" + QByteArray(0x40000, 'y') + "\r\n"; // 256 KiB
        for (int i = 0; i < 8 && !chunked.received.contains("413"); ++i) {
            chunked.socket.write(chunk);
            QTest::qWait(20);
        }
        for (auto &c : announced) {
            QVERIFY2(c->waitFor("\r\n\r\n"), c->received.constData());
            QVERIFY2(c->received.startsWith("HTTP/1.1 413 "), c->received.constData());
            QVERIFY(c->received.contains("\"body_too_large\""));
            QVERIFY(c->waitClosed());
        }
        QVERIFY2(chunked.waitFor("\r\n\r\n"), chunked.received.constData());
        QVERIFY2(chunked.received.startsWith("HTTP/1.1 413 "), chunked.received.constData());
        QVERIFY(chunked.waitClosed());
        QVERIFY(healthAnswers(s));
    }

    void chunkedAndKeptAliveRequestsStillWork() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        RawClient c(s.port());
        QVERIFY(c.waitConnected());
        const QByteArray body = loginJson(QStringLiteral("nobody"), QStringLiteral("whatever1"));
        const QByteArray size = QByteArray::number(body.size(), 16);
        c.socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Transfer-Encoding: chunked\r\n\r\n" +
                       size + "\r\n" + body + "\r\n0\r\n\r\n");
        QVERIFY2(c.waitFor("bad_credentials"), c.received.constData());
        c.received.clear();
        // The same connection, a second request: the front found where the first one ended.
        c.socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(c.waitFor("\"status\":\"ok\""), c.received.constData());
        QVERIFY(!c.closed);
        // Exactly 1 MiB (a media chunk's size) is still accepted.
        const HttpReply full =
            s.request("POST", QStringLiteral("/api/v1/auth/login"), QByteArray(1024 * 1024, ' '));
        QCOMPARE(full.status, 400);
        QCOMPARE(full.errorCode(), QStringLiteral("bad_json"));
    }

    void halfSentHeadAndIdleConnectionsAreClosed() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        server::FrontOptions options = s.http().front()->options();
        options.headTimeoutMs = 300;
        options.idleTimeoutMs = 600;
        s.http().front()->setOptions(options);
        RawClient half(s.port());
        QVERIFY(half.waitConnected());
        half.socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        RawClient silent(s.port());
        QVERIFY(silent.waitConnected());
        RawClient idle(s.port());
        QVERIFY(idle.waitConnected());
        idle.socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(idle.waitFor("\"status\":\"ok\""));
        QVERIFY(half.waitClosed());
        QVERIFY(half.received.isEmpty());
        QVERIFY(silent.waitClosed());
        QVERIFY(idle.waitClosed());
        QVERIFY(QTest::qWaitFor([&] { return s.http().front()->connectionCount() == 0; }, 5000));
        QVERIFY(healthAnswers(s));
    }

    void connectionsAreCappedPerAddressAndInAll() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        server::FrontOptions options = s.http().front()->options();
        options.maxConnectionsPerAddress = 3;
        options.maxConnections = 5;
        s.http().front()->setOptions(options);
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<RawClient>(s.port()));
            QVERIFY(held.back()->waitConnected());
        }
        QVERIFY(QTest::qWaitFor([&] { return s.http().front()->connectionCount() == 3; }));
        RawClient fourth(s.port());
        QVERIFY(fourth.waitFor("\r\n\r\n"));
        QVERIFY2(fourth.received.startsWith("HTTP/1.1 429 "), fourth.received.constData());
        QVERIFY(fourth.received.contains("Retry-After: 1"));
        QVERIFY(fourth.waitClosed());
        // Another address is not affected...
        const QHostAddress second(QStringLiteral("127.0.0.2"));
        RawClient other(s.port(), second);
        QVERIFY(other.waitConnected());
        other.socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(other.waitFor("\"status\":\"ok\""), other.received.constData());
        QCOMPARE(s.http().front()->connectionsFrom(second), 1);
        // ...until the total is reached.
        RawClient fifth(s.port(), second);
        QVERIFY(fifth.waitConnected());
        RawClient sixth(s.port(), second);
        QVERIFY(sixth.waitFor("\r\n\r\n"));
        QVERIFY2(sixth.received.startsWith("HTTP/1.1 503 "), sixth.received.constData());
        // A closed connection frees its place.
        held.front()->socket.abort();
        QVERIFY(QTest::qWaitFor([&] { return s.http().front()->connectionCount() == 4; }));
        QVERIFY(healthAnswers(s));
    }

    // With no descriptor left, accept fails: the front pauses and tries again a little later
    // (QTcpServer 6.4 alone retries in a tight loop without a word), so the server serves
    // again once descriptors are free.
    void acceptResumesAfterDescriptorsRunOut() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        RawClient first(s.port());
        QVERIFY(first.waitConnected());
        first.socket.write(kHealthRequest);
        QVERIFY(first.waitFor("\"status\":\"ok\""));
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        rlimit tight = saved;
        tight.rlim_cur = limitWithOneFree();
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &tight), 0);
        // The client's socket takes the last descriptor; the server's accept finds none.
        RawClient second(s.port());
        const bool failed =
            QTest::qWaitFor([&] { return s.http().front()->acceptErrors() > 0; }, 5000);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &saved), 0);
        QVERIFY(failed);
        QVERIFY(second.waitConnected());
        second.socket.write(kHealthRequest);
        QVERIFY2(second.waitFor("\"status\":\"ok\""), second.received.constData());
        QVERIFY(healthAnswers(s));
    }

    void wrongPasswordsAreThrottled() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(!s.createAndLogin(QStringLiteral("mei"), Role::Learner).isEmpty());
        const QString path = QStringLiteral("/api/v1/auth/login");
        const auto attempt = [&](const QString &handle, const QString &password) {
            return s.request("POST", path, loginJson(handle, password));
        };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(attempt(QStringLiteral("mei"), QStringLiteral("guess-%1").arg(i)).status, 401);
        HttpReply limited = attempt(QStringLiteral("mei"), QStringLiteral("guess-5"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        const int retryAfter = limited.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 15 * 60,
                 limited.headers.value("retry-after").constData());
        // Even the right password waits: otherwise guessing would go on.
        QCOMPARE(attempt(QStringLiteral("mei"), kPassword).status, 429);
        s.clock().advanceMs(qint64(retryAfter) * 1000);
        QCOMPARE(attempt(QStringLiteral("mei"), kPassword).status, 200);

        // Per address: many handles from one address.
        server::ThrottleOptions options = s.http().loginThrottle().options();
        options.maxFailuresPerAddress = 3;
        s.http().loginThrottle().setOptions(options);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(attempt(QStringLiteral("user%1").arg(i), QStringLiteral("password")).status,
                     401);
        limited = attempt(QStringLiteral("someone_else"), QStringLiteral("password"));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.value("retry-after").toInt() > 0);
    }

    // Several instances of one community: the failures are counted in the database, so guessing
    // cannot go on by moving to another instance (behind a proxy, each request may land anywhere).
    void wrongPasswordsCountOnEveryInstance() {
        ServerHarness a;
        QVERIFY2(a.ok(), qPrintable(a.error()));
        ServerHarness b(a.databaseUrl());
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QVERIFY(!a.createAndLogin(QStringLiteral("mei"), Role::Learner).isEmpty());
        const QString path = QStringLiteral("/api/v1/auth/login");
        for (int i = 0; i < 5; ++i) {
            ServerHarness &on = i % 2 == 0 ? a : b;
            QCOMPARE(on.request("POST", path,
                                loginJson(QStringLiteral("mei"), QStringLiteral("guess-%1").arg(i)))
                         .status,
                     401);
        }
        for (ServerHarness *on : {&a, &b}) {
            const HttpReply limited =
                on->request("POST", path, loginJson(QStringLiteral("mei"), kPassword));
            QCOMPARE(limited.status, 429);
            QVERIFY(limited.headers.value("retry-after").toInt() > 0);
        }
        // The window passes on b's clock: b lets the right password in, which clears the count
        // for a too.
        b.clock().advanceMs(15 * 60 * 1000);
        QCOMPARE(b.request("POST", path, loginJson(QStringLiteral("mei"), kPassword)).status, 200);
        QCOMPARE(a.request("POST", path, loginJson(QStringLiteral("mei"), kPassword)).status, 200);
    }

    // Eight clients guessing at once: password checks run off the request thread, so /health
    // is answered while they are still being checked.
    void healthAnswersDuringALoginFlood() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        server::ThrottleOptions options;
        options.maxInFlightPerAddress = 100;
        options.maxFailuresPerAddress = 1000;
        options.maxFailuresPerHandle = 1000;
        s.http().loginThrottle().setOptions(options);
        std::vector<std::unique_ptr<RawClient>> guessers;
        for (int i = 0; i < 16; ++i) {
            guessers.push_back(std::make_unique<RawClient>(s.port()));
            QVERIFY(guessers.back()->waitConnected());
        }
        for (int i = 0; i < 16; ++i)
            guessers[size_t(i)]->socket.write(
                rawPost("/api/v1/auth/login",
                        loginJson(QStringLiteral("victim"), QStringLiteral("guess-%1").arg(i))));
        QVERIFY(healthAnswers(s));
        const auto answered = [&] {
            return std::count_if(guessers.cbegin(), guessers.cend(),
                                 [](const auto &g) { return g->received.contains("\r\n\r\n"); });
        };
        QVERIFY2(answered() < 16, "every login was checked before /health was answered");
        QVERIFY(QTest::qWaitFor([&] { return answered() == 16; }, 30000));
        for (const auto &g : guessers)
            QVERIFY2(g->received.startsWith("HTTP/1.1 401 "), g->received.constData());
    }

    void fullHashingPoolAnswersBusy() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        s.http().passwordPool().setMaxPending(0);
        const HttpReply login = s.request("POST", QStringLiteral("/api/v1/auth/login"),
                                          loginJson(QStringLiteral("mei"), kPassword));
        QCOMPARE(login.status, 503);
        QCOMPARE(login.errorCode(), QStringLiteral("busy"));
        QCOMPARE(login.headers.value("retry-after"), QByteArray("1"));
        const HttpReply reg = s.post(QStringLiteral("/api/v1/auth/register"),
                                     {{QStringLiteral("handle"), QStringLiteral("newcomer")},
                                      {QStringLiteral("password"), kPassword},
                                      {QStringLiteral("display_name"), QStringLiteral("N")}});
        QCOMPARE(reg.status, 503);
        s.http().passwordPool().setMaxPending(8);
        const HttpReply again = s.post(QStringLiteral("/api/v1/auth/register"),
                                       {{QStringLiteral("handle"), QStringLiteral("newcomer")},
                                        {QStringLiteral("password"), kPassword},
                                        {QStringLiteral("display_name"), QStringLiteral("N")}});
        QCOMPARE(again.status, 201);
    }
};

QTEST_GUILESS_MAIN(TestServerDefence)
#include "tst_server_defence.moc"
