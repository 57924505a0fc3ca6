// The server under the attacks of docs/security.md ("A server one client cannot exhaust"), all
// on loopback against a lyceum-server child process, each bounded in bytes and time:
// 1. bodies: three connections announcing 2 GiB and a chunked stream that never ends, each
//    pushing up to --body-mib MiB (reconnecting when refused), while /health is timed; prints
//    the server's peak RSS (VmHWM) and what the attackers managed to send;
// 2. logins: eight clients from eight loopback addresses guessing passwords of random handles
//    for --seconds; prints /health latency before and during, and password checks per second;
// 3. idle sockets: --idle connections (from several 127.0.1.x addresses, under the per-address
//    cap) that made one request and stay open; /health latency and RSS with them open.
//
//   bench_server_attack [--quick] [--body-mib 200] [--seconds 10] [--idle 1000]
#include "bench_support.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace lyceum;

namespace {

// VmRSS or VmHWM of a process, in MiB.
double memoryMiB(qint64 pid, const char *field) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() /
                   1024.0;
    }
    return -1;
}

void raiseFileLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

QByteArray loginRequest(const QString &handle, const QString &password) {
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("handle"), handle},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    return "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
           "application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

const QByteArray kHealth = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

// One keep-alive connection that times GET /health, one request after the other.
class HealthProbe {
public:
    explicit HealthProbe(quint16 port) {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { onRead(); });
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        bench::waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                       10000);
    }
    void start() {
        m_running = true;
        send();
    }
    void stop() { m_running = false; }
    bool idle() const { return !m_inFlight; }
    std::vector<double> takeSamples() { return std::exchange(m_samplesMs, {}); }

private:
    void send() {
        m_inFlight = true;
        m_buffer.clear();
        m_timer.start();
        m_socket.write(kHealth);
    }
    void onRead() {
        m_buffer += m_socket.readAll();
        if (!m_buffer.contains("\"status\":\"ok\""))
            return;
        m_samplesMs.push_back(double(m_timer.nsecsElapsed()) / 1e6);
        m_inFlight = false;
        if (m_running)
            send();
    }
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    std::vector<double> m_samplesMs;
    bool m_running = false;
    bool m_inFlight = false;
};

QString summary(std::vector<double> samples) {
    if (samples.empty())
        return QStringLiteral("no samples");
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples[size_t(q * double(samples.size() - 1))]; };
    return QStringLiteral("n=%1 median %2 ms p90 %3 ms p99 %4 ms max %5 ms")
        .arg(samples.size())
        .arg(at(0.5), 0, 'f', 2)
        .arg(at(0.9), 0, 'f', 2)
        .arg(at(0.99), 0, 'f', 2)
        .arg(samples.back(), 0, 'f', 2);
}

// Times /health for ms milliseconds while the attack (already started) goes on.
std::vector<double> probeFor(HealthProbe &probe, int ms) {
    probe.start();
    QElapsedTimer t;
    t.start();
    bench::waitFor([&] { return t.elapsed() >= ms; }, ms + 60000);
    probe.stop();
    bench::waitFor([&] { return probe.idle(); }, 60000);
    return probe.takeSamples();
}

// Sends a huge body (announced by Content-Length, or chunked and endless) until refused, then
// reconnects; at most budget bytes in all, never more than 1 MiB waiting in its own buffer.
class BodyAttacker {
public:
    BodyAttacker(quint16 port, bool chunked, qint64 budget)
        : m_port(port)
        , m_chunked(chunked)
        , m_budget(budget) {
        connectAgain();
    }
    qint64 sent() const { return m_sent; }
    int refusals() const { return m_refusals; }
    bool done() const { return m_sent >= m_budget; }

private:
    void connectAgain() {
        if (done())
            return;
        m_socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = m_socket.get();
        QObject::connect(s, &QTcpSocket::connected, [this] { onConnected(); });
        QObject::connect(s, &QTcpSocket::bytesWritten, [this] { pump(); });
        QObject::connect(s, &QTcpSocket::readyRead, [this, s] {
            if (s->readAll().contains(" 413 "))
                ++m_refusals;
        });
        QObject::connect(s, &QTcpSocket::disconnected, s, [this, s] {
            s->deleteLater();
            (void)m_socket.release();
            connectAgain();
        });
        s->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    }
    void onConnected() {
        const QByteArray head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                                (m_chunked ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                                           : QByteArray("Content-Length: 2147483648\r\n\r\n"));
        m_socket->write(head);
        pump();
    }
    void pump() {
        QTcpSocket *s = m_socket.get();
        static const QByteArray piece(64 * 1024, 'x');
        static const QByteArray chunk = "10000\r\n" + piece + "\r\n";
        while (s && s->state() == QAbstractSocket::ConnectedState && !done() &&
               s->bytesToWrite() < 1024 * 1024) {
            const QByteArray &bytes = m_chunked ? chunk : piece;
            s->write(bytes);
            m_sent += bytes.size();
        }
    }
    quint16 m_port;
    bool m_chunked;
    qint64 m_budget;
    qint64 m_sent = 0;
    int m_refusals = 0;
    std::unique_ptr<QTcpSocket> m_socket;
};

// Guesses passwords of random handles from one loopback address, one request at a time.
class Guesser {
public:
    Guesser(quint16 port, const QHostAddress &from) {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { onRead(); });
        m_socket.bind(from);
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
    void start() {
        m_running = true;
        send();
    }
    void stop() { m_running = false; }
    int checked() const { return m_checked; }
    int throttled() const { return m_throttled; }

private:
    void send() {
        m_buffer.clear();
        m_socket.write(
            loginRequest(QStringLiteral("g_") + QUuid::createUuid().toString(QUuid::Id128).left(12),
                         QStringLiteral("guess-password")));
    }
    void onRead() {
        m_buffer += m_socket.readAll();
        if (!m_buffer.contains("}"))
            return;
        if (m_buffer.startsWith("HTTP/1.1 401"))
            ++m_checked;
        else
            ++m_throttled;
        if (m_running)
            send();
    }
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_running = false;
    int m_checked = 0;
    int m_throttled = 0;
};

void bodyAttack(quint16 port, qint64 pid, qint64 budgetMiB, int seconds) {
    std::printf("== bodies: 3 x Content-Length 2 GiB + 1 endless chunked, up to %lld MiB "
                "each\n",
                budgetMiB);
    HealthProbe probe(port);
    std::vector<std::unique_ptr<BodyAttacker>> attackers;
    for (int i = 0; i < 4; ++i)
        attackers.push_back(std::make_unique<BodyAttacker>(port, i == 3, budgetMiB << 20));
    const std::vector<double> during = probeFor(probe, seconds * 1000);
    qint64 sent = 0;
    int refusals = 0;
    for (const auto &a : attackers) {
        sent += a->sent();
        refusals += a->refusals();
    }
    std::printf("attackers sent %.1f MiB, refused with 413 %d times\n", double(sent) / 1048576.0,
                refusals);
    std::printf("/health during: %s\n", qPrintable(summary(during)));
    std::printf("server RSS now %.1f MiB, peak %.1f MiB\n", memoryMiB(pid, "VmRSS:"),
                memoryMiB(pid, "VmHWM:"));
}

void loginFlood(quint16 port, int seconds) {
    std::printf("== logins: 8 clients on 127.0.0.11-18 guessing for %d s\n", seconds);
    HealthProbe probe(port);
    const std::vector<double> before = probeFor(probe, 1000);
    std::vector<std::unique_ptr<Guesser>> guessers;
    for (int i = 0; i < 8; ++i)
        guessers.push_back(std::make_unique<Guesser>(
            port, QHostAddress(QStringLiteral("127.0.0.%1").arg(11 + i))));
    for (auto &g : guessers)
        g->start();
    const std::vector<double> during = probeFor(probe, seconds * 1000);
    for (auto &g : guessers)
        g->stop();
    int checked = 0;
    int throttled = 0;
    for (const auto &g : guessers) {
        checked += g->checked();
        throttled += g->throttled();
    }
    std::printf("/health before: %s\n", qPrintable(summary(before)));
    std::printf("/health during: %s\n", qPrintable(summary(during)));
    std::printf("password checks: %d in %d s (%.1f/s); refused without a check: %d\n", checked,
                seconds, double(checked) / seconds, throttled);
}

void idleSockets(quint16 port, qint64 pid, int count) {
    std::printf("== idle: %d keep-alive sockets that made one request each\n", count);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    int answered = 0;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        QObject::connect(s, &QTcpSocket::readyRead, [s, &answered] {
            if (s->readAll().contains("\"ok\""))
                ++answered;
        });
        s->bind(QHostAddress(QStringLiteral("127.0.1.%1").arg(1 + i / 50)));
        s->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QObject::connect(s, &QTcpSocket::connected, [s] { s->write(kHealth); });
        sockets.push_back(std::move(socket));
    }
    bench::waitFor([&] { return answered >= count; }, 60000);
    HealthProbe probe(port);
    const std::vector<double> during = probeFor(probe, 2000);
    const auto open = std::count_if(sockets.cbegin(), sockets.cend(), [](const auto &s) {
        return s->state() == QAbstractSocket::ConnectedState;
    });
    std::printf("%lld sockets open; /health: %s\n", qlonglong(open), qPrintable(summary(during)));
    std::printf("server RSS %.1f MiB\n", memoryMiB(pid, "VmRSS:"));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_server_attack"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Small figures, for CI: 8 MiB, 2 s, 100 idle."));
    const QCommandLineOption bodyMiB(QStringLiteral("body-mib"),
                                     QStringLiteral("MiB each body attacker sends."),
                                     QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Length of each timed phase."),
                                     QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption idle(QStringLiteral("idle"), QStringLiteral("Idle sockets."),
                                  QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({quick, bodyMiB, seconds, idle});
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    const qint64 budget = isQuick ? 8 : qBound(1, parser.value(bodyMiB).toInt(), 1024);
    const int phase = isQuick ? 2 : qBound(1, parser.value(seconds).toInt(), 120);
    const int idleCount = isQuick ? 100 : qBound(1, parser.value(idle).toInt(), 5000);
    raiseFileLimit();

    QTemporaryDir dir;
    QProcess server;
    const QUrl url =
        bench::startServer(server, bench::defaultServerBinary(), dir.path(), QStringList());
    const quint16 port = quint16(url.port());
    const qint64 pid = server.processId();
    std::printf("server RSS at start %.1f MiB\n", memoryMiB(pid, "VmRSS:"));
    bodyAttack(port, pid, budget, phase);
    loginFlood(port, phase);
    idleSockets(port, pid, idleCount);
    std::fflush(stdout);
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
