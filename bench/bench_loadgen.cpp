// bench_loadgen: N learners against one lyceum-server (docs/scaling.md). Each learner logs in
// once (learners share accounts, 25 to one, see kLearnersPerAccount), pulls its
// first sync page, holds a live socket, pulls again ("reads") once a minute and posts a reply
// every 10 minutes; --time-factor F runs both clocks F times faster. Prints connected learners,
// requests/s, p50/p99 per route, live notice p50/p99 (from a reply's send to its notice on a
// sample of sockets) and the CPU of both processes.
//
//   build/bin/bench_loadgen [--learners 1000] [--seconds 60] [--time-factor 1]
//                           [--server URL] [--quick]
// Without --server it starts build/bin/lyceum-server on a generated community of its own.
#include "bench_support.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <map>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace lyceum;

namespace {

// Learners per account (--per-account): a sign-in costs an argon2id hash, so learners share
// accounts (the server started here allows as many live sockets per account; docs/scaling.md).
int kLearnersPerAccount = 25;
constexpr int kObservers = 50; // sockets that time live notices

QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}

double percentile(QVector<double> values, double p) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

double cpuSeconds(const QString &statFile) {
    QFile f(statFile);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = f.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() < 13 ? 0
                              : double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
                                    double(::sysconf(_SC_CLK_TCK));
}

void raiseFileLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

struct Learner {
    int account = 0;
    QString cursor;
    QWebSocket *socket = nullptr;
    bool live = false;
    bool observer = false;
    qint64 seenSeq = 0;
};

class LoadGenerator : public QObject {
public:
    LoadGenerator(QUrl server, int learners, double timeFactor)
        : m_server(std::move(server))
        , m_timeFactor(timeFactor)
        , m_learners(learners) {
        for (int i = 0; i < 16; ++i)
            m_nams.push_back(std::make_unique<QNetworkAccessManager>());
        for (int i = 0; i < learners; ++i) {
            m_learners[i].account = i / kLearnersPerAccount;
            m_learners[i].observer = i % qMax(1, learners / kObservers) == 0;
        }
        m_clock.start();
    }

    using Done = std::function<void(int status, const QByteArray &body)>;
    // One request, timed under its route name.
    void call(const QByteArray &method, const QString &route, const QString &pathAndQuery,
              const QString &token, const QByteArray &body, Done done) {
        QNetworkRequest req(m_server.resolved(QUrl(pathAndQuery)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkAccessManager &nam = *m_nams[size_t(m_next++ % m_nams.size())];
        QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
        const qint64 start = m_clock.nsecsElapsed();
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_latency[route].append(double(m_clock.nsecsElapsed() - start) / 1e6);
            ++m_requests;
            if (status == 0 || status >= 500)
                ++m_failures;
            done(status, reply->readAll());
            reply->deleteLater();
        });
    }

    void signIn(int accounts, const std::function<void()> &then) {
        m_tokens.resize(accounts);
        auto left = std::make_shared<int>(accounts);
        auto next = std::make_shared<int>(0);
        // Four at a time: the server hashes passwords four at a time per address.
        auto start = std::make_shared<std::function<void()>>();
        *start = [=, this] {
            if (*next >= accounts)
                return;
            const int i = (*next)++;
            const QString handle = QStringLiteral("load%1_%2").arg(m_runId).arg(i);
            const QByteArray body =
                QJsonDocument(QJsonObject{{QStringLiteral("handle"), handle},
                                          {QStringLiteral("password"), kPassword},
                                          {QStringLiteral("display_name"), handle}})
                    .toJson(QJsonDocument::Compact);
            call("POST", QStringLiteral("register"), QStringLiteral("/api/v1/auth/register"), {},
                 body, [=, this](int, const QByteArray &) {
                     call("POST", QStringLiteral("login"), QStringLiteral("/api/v1/auth/login"), {},
                          body, [=, this](int status, const QByteArray &answer) {
                              if (status != 200)
                                  bench::die(QStringLiteral("login %1: %2")
                                                 .arg(status)
                                                 .arg(QString::fromUtf8(answer)));
                              m_tokens[i] = QJsonDocument::fromJson(answer)
                                                .object()
                                                .value(QLatin1String("access_token"))
                                                .toString();
                              if (--*left == 0)
                                  then();
                              else
                                  (*start)();
                          });
                 });
        };
        for (int i = 0; i < 4; ++i)
            (*start)();
    }

    // A thread the learners may reply in: the first one a test reply is applied to.
    void findThread(const std::function<void()> &then) {
        call("GET", QStringLiteral("sync"), QStringLiteral("/api/v1/sync?limit=500"), m_tokens[0],
             {}, [=, this](int, const QByteArray &body) {
                 auto candidates = std::make_shared<QStringList>();
                 const QJsonArray changes = QJsonDocument::fromJson(body)
                                                .object()
                                                .value(QLatin1String("changes"))
                                                .toArray();
                 for (const QJsonValue &c : changes) {
                     const QJsonObject o = c.toObject();
                     if (o.value(QLatin1String("entity")).toString() == QLatin1String("thread"))
                         candidates->append(o.value(QLatin1String("id")).toString());
                 }
                 tryThread(candidates, then);
             });
    }

    void tryThread(const std::shared_ptr<QStringList> &candidates,
                   const std::function<void()> &then) {
        if (candidates->isEmpty())
            bench::die(QStringLiteral("no thread accepts a reply"));
        const QString thread = candidates->takeFirst();
        reply(0, thread, [=, this](bool applied) {
            if (!applied)
                return tryThread(candidates, then);
            m_thread = thread;
            then();
        });
    }

    void reply(int learner, const QString &thread, const std::function<void(bool)> &done = {}) {
        const QString id = QStringLiteral("lg-%1-%2").arg(m_runId).arg(m_replyCount++);
        const QJsonObject mutation{
            {QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("post.create")},
            {QStringLiteral("args"),
             QJsonObject{
                 {QStringLiteral("id"), id},
                 {QStringLiteral("thread_id"), thread},
                 {QStringLiteral("body"), QStringLiteral("负载测试 load reply %1").arg(id)}}}};
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("client_id"),
                                       QStringLiteral("loadgen-%1").arg(learner)},
                                      {QStringLiteral("mutations"), QJsonArray{mutation}}})
                .toJson(QJsonDocument::Compact);
        const qint64 sent = m_clock.nsecsElapsed();
        call("POST", QStringLiteral("mutations"), QStringLiteral("/api/v1/mutations"),
             token(learner), body, [=, this](int, const QByteArray &answer) {
                 const QJsonObject r = QJsonDocument::fromJson(answer)
                                           .object()
                                           .value(QLatin1String("results"))
                                           .toArray()
                                           .first()
                                           .toObject();
                 const bool applied =
                     r.value(QLatin1String("status")).toString() == QLatin1String("applied");
                 if (applied)
                     m_replySent[r.value(QLatin1String("seq")).toInteger()] = sent;
                 if (done)
                     done(applied);
             });
    }

    QString token(int learner) const { return m_tokens.at(m_learners.at(learner).account); }

    // Pull, then open the live socket; learners start a few at a time.
    void startLearner(int i) {
        call("GET", QStringLiteral("sync"), QStringLiteral("/api/v1/sync?limit=100"), token(i), {},
             [=, this](int, const QByteArray &body) {
                 m_learners[i].cursor = QJsonDocument::fromJson(body)
                                            .object()
                                            .value(QLatin1String("cursor"))
                                            .toString();
                 openSocket(i);
             });
    }

    void openSocket(int i) {
        auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        m_learners[i].socket = socket;
        QUrl url = m_server;
        url.setScheme(m_server.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                  : QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/live"));
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token(i).toUtf8());
        connect(socket, &QWebSocket::textMessageReceived, this,
                [=, this](const QString &m) { onMessage(i, m); });
        connect(socket, &QWebSocket::disconnected, this, [=, this] {
            if (m_learners[i].live)
                --m_connected;
            m_learners[i].live = false;
            ++m_dropped;
        });
        socket->open(req);
    }

    void onMessage(int i, const QString &message) {
        Learner &l = m_learners[i];
        const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("ready") && !l.live) {
            l.live = true;
            ++m_connected;
            l.seenSeq = o.value(QLatin1String("seq")).toInteger();
        } else if (type == QLatin1String("changed")) {
            ++m_notices;
            const qint64 seq = o.value(QLatin1String("seq")).toInteger();
            if (l.observer) {
                const qint64 now = m_clock.nsecsElapsed();
                for (auto it = m_replySent.upper_bound(l.seenSeq);
                     it != m_replySent.end() && it->first <= seq; ++it)
                    m_noticeMs.append(double(now - it->second) / 1e6);
            }
            l.seenSeq = qMax(l.seenSeq, seq);
        }
    }

    // Every learner: a read each minute, a reply each 10 minutes, on the scaled clock, at
    // random moments so they do not come in step.
    void runActivity() {
        const double perSecond = m_timeFactor * double(m_learners.size());
        m_readEveryMs = qMax(1.0, 60000.0 / perSecond);
        m_replyEveryMs = qMax(1.0, 600000.0 / perSecond);
        auto *reads = new QTimer(this);
        connect(reads, &QTimer::timeout, this, [this] {
            const int i = QRandomGenerator::global()->bounded(int(m_learners.size()));
            call("GET", QStringLiteral("sync"),
                 QStringLiteral("/api/v1/sync?limit=100&cursor=%1").arg(m_learners[i].cursor),
                 token(i), {}, [this, i](int status, const QByteArray &body) {
                     if (status == 200)
                         m_learners[i].cursor = QJsonDocument::fromJson(body)
                                                    .object()
                                                    .value(QLatin1String("cursor"))
                                                    .toString();
                 });
        });
        reads->start(int(m_readEveryMs));
        auto *replies = new QTimer(this);
        connect(replies, &QTimer::timeout, this, [this] {
            reply(QRandomGenerator::global()->bounded(int(m_learners.size())), m_thread);
        });
        replies->start(int(m_replyEveryMs));
    }

    void report(const QString &label, double seconds, qint64 serverPid, double serverCpu0,
                double ownCpu0) {
        out() << label << ": connected learners " << m_connected << " of " << m_learners.size()
              << ", dropped " << m_dropped << ", requests/s "
              << QString::number(double(m_requests) / seconds, 'f', 1) << ", failures "
              << m_failures << Qt::endl;
        for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it)
            out() << "  " << it.key() << ": n " << it.value().size() << ", p50 "
                  << QString::number(percentile(it.value(), 0.5), 'f', 2) << " ms, p99 "
                  << QString::number(percentile(it.value(), 0.99), 'f', 2) << " ms" << Qt::endl;
        out() << "  live notices: " << m_notices << " received, p50 "
              << QString::number(percentile(m_noticeMs, 0.5), 'f', 2) << " ms, p99 "
              << QString::number(percentile(m_noticeMs, 0.99), 'f', 2) << " ms (n "
              << m_noticeMs.size() << ")" << Qt::endl;
        if (serverPid > 0)
            out() << "  CPU: server "
                  << QString::number(
                         100 *
                             (cpuSeconds(QStringLiteral("/proc/%1/stat").arg(serverPid)) -
                              serverCpu0) /
                             seconds,
                         'f', 1)
                  << "% of a core, ";
        else
            out() << "  CPU: ";
        out() << "load generator "
              << QString::number(100 * (cpuSeconds(QStringLiteral("/proc/self/stat")) - ownCpu0) /
                                     seconds,
                                 'f', 1)
              << "% of a core" << Qt::endl;
    }

    void resetCounters() {
        m_latency.clear();
        m_noticeMs.clear();
        m_requests = 0;
        m_failures = 0;
        m_notices = 0;
    }

    int connected() const { return m_connected; }
    int learnerCount() const { return int(m_learners.size()); }

    QString m_runId = QString::number(QRandomGenerator::global()->bounded(1u << 30), 36);

private:
    inline static const QString kPassword = QStringLiteral("load-generator password 负载");
    QUrl m_server;
    double m_timeFactor;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_nams;
    size_t m_next = 0;
    QVector<Learner> m_learners;
    QVector<QString> m_tokens;
    QString m_thread;
    QElapsedTimer m_clock;
    QHash<QString, QVector<double>> m_latency;
    QVector<double> m_noticeMs;
    std::map<qint64, qint64> m_replySent; // seq -> send time (ns)
    int m_replyCount = 0;
    qint64 m_requests = 0;
    qint64 m_failures = 0;
    qint64 m_notices = 0;
    int m_connected = 0;
    int m_dropped = 0;
    double m_readEveryMs = 0;
    double m_replyEveryMs = 0;
};

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("learners"), QStringLiteral("Learners."), QStringLiteral("N"),
          QStringLiteral("1000")},
         {QStringLiteral("seconds"), QStringLiteral("Measured seconds."), QStringLiteral("S"),
          QStringLiteral("60")},
         {QStringLiteral("time-factor"),
          QStringLiteral("Scaled clock: a reply every 10 min / F, a read every "
                         "min / F per learner."),
          QStringLiteral("F"), QStringLiteral("1")},
         {QStringLiteral("server"), QStringLiteral("Use this server."), QStringLiteral("URL")},
         {QStringLiteral("per-account"),
          QStringLiteral("Learners sharing one account (one sign-in)."), QStringLiteral("N"),
          QStringLiteral("25")},
         {QStringLiteral("quick"), QStringLiteral("50 learners for 5 s (CI).")}});
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int learners = quick ? 50 : parser.value(QStringLiteral("learners")).toInt();
    const int seconds = quick ? 5 : parser.value(QStringLiteral("seconds")).toInt();
    const double factor = quick ? 60 : parser.value(QStringLiteral("time-factor")).toDouble();
    kLearnersPerAccount = qMax(1, parser.value(QStringLiteral("per-account")).toInt());
    if (learners < 1 || seconds < 1 || factor <= 0)
        bench::die(QStringLiteral("--learners, --seconds and --time-factor must be positive"));
    raiseFileLimit();

    QProcess server;
    QTemporaryDir dir;
    QUrl url(parser.value(QStringLiteral("server")));
    if (!parser.isSet(QStringLiteral("server")))
        url = bench::startServer(
            server, bench::defaultServerBinary(), dir.path(),
            {QStringLiteral("--generate"), QStringLiteral("200,2000"),
             QStringLiteral("--max-connections-per-address"), QStringLiteral("100000"),
             QStringLiteral("--request-log"), QStringLiteral("false"),
             QStringLiteral("--max-live-per-user"), QString::number(kLearnersPerAccount),
             QStringLiteral("--max-live-connections"), QStringLiteral("100000"),
             QStringLiteral("--max-connections"), QStringLiteral("1000000")});
    const qint64 serverPid = server.state() == QProcess::Running ? server.processId() : 0;

    LoadGenerator gen(url, learners, factor);
    const int accounts = (learners + kLearnersPerAccount - 1) / kLearnersPerAccount;
    QElapsedTimer phase;
    phase.start();
    bool ready = false;
    gen.signIn(accounts, [&] { gen.findThread([&] { ready = true; }); });
    bench::waitFor([&] { return ready; });
    out() << "signed in " << accounts << " accounts in " << phase.elapsed() << " ms" << Qt::endl;
    phase.restart();
    int started = 0;
    QTimer ramp;
    QObject::connect(&ramp, &QTimer::timeout, [&] {
        for (int i = 0; i < 50 && started < learners; ++i)
            gen.startLearner(started++);
    });
    ramp.start(20);
    bench::waitFor([&] { return gen.connected() >= learners; }, 600000);
    ramp.stop();
    out() << "connected " << learners << " learners in " << phase.elapsed() << " ms" << Qt::endl;
    gen.resetCounters();
    const double serverCpu0 =
        serverPid ? cpuSeconds(QStringLiteral("/proc/%1/stat").arg(serverPid)) : 0;
    const double ownCpu0 = cpuSeconds(QStringLiteral("/proc/self/stat"));
    gen.runActivity();
    phase.restart();
    bench::waitFor([&] { return phase.elapsed() >= qint64(seconds) * 1000; },
                   seconds * 1000 + 60000);
    gen.report(
        QStringLiteral("%1 learners, %2 s, time factor %3").arg(learners).arg(seconds).arg(factor),
        double(phase.elapsed()) / 1000.0, serverPid, serverCpu0, ownCpu0);
    if (server.state() == QProcess::Running) {
        server.terminate();
        server.waitForFinished(30000);
    }
    return 0;
}
