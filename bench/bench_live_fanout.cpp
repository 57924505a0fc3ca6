// Live-channel fan-out: N WebSockets (default 200) on loopback to a server running the demo
// community on its own thread; one writer creates a post M times (default 50), a pause after
// each. For every post and every socket, the time from sending the mutation POST to that socket
// receiving the notice of its seq. Prints p50/p90/p99/max per socket and for the last socket of
// each post (when everyone knows).
//
//   bench_live_fanout [--sockets N] [--posts M]
#include "server/server_thread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUuid>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace lyceum;

namespace {

constexpr int kSocketsPerUser = 8; // the server's default limit per user

[[noreturn]] void die(const QString &message) {
    std::fprintf(stderr, "bench_live_fanout: %s\n", qPrintable(message));
    std::exit(1);
}

void waitFor(const std::function<bool()> &done, int timeoutMs = 60000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            die(QStringLiteral("timed out"));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
}

class Api {
public:
    explicit Api(QUrl base)
        : m_base(std::move(base)) {}

    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     const QString &token = {}) {
        QNetworkReply *reply = start(method, path, body, token);
        waitFor([reply] { return reply->isFinished(); });
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status / 100 != 2)
            die(QStringLiteral("%1 %2 answered %3")
                    .arg(QString::fromLatin1(method), path)
                    .arg(status));
        return out;
    }
    QNetworkReply *start(const QByteArray &method, const QString &path, const QJsonObject &body,
                         const QString &token) {
        QUrl url = m_base;
        const qsizetype q = path.indexOf(u'?');
        url.setPath(QStringLiteral("/api/v1") + (q < 0 ? path : path.left(q)));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return m_nam.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    }
    QString account(const QString &handle) {
        const QString password = QStringLiteral("bench-password-1");
        call("POST", QStringLiteral("/auth/register"),
             {{QStringLiteral("handle"), handle},
              {QStringLiteral("password"), password},
              {QStringLiteral("display_name"), handle}});
        return call("POST", QStringLiteral("/auth/login"),
                    {{QStringLiteral("handle"), handle}, {QStringLiteral("password"), password}})
            .value(QLatin1StringView("access_token"))
            .toString();
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

// One socket: the first time it heard of each seq or later, as ms on the shared clock.
struct Listener {
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    bool ready = false;
    std::vector<std::pair<qint64, double>> notices; // (seq, ms)
    double firstAtLeast(qint64 seq) const {
        for (const auto &[s, ms] : notices) {
            if (s >= seq)
                return ms;
        }
        return -1;
    }
};

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = std::min(v.size() - 1, static_cast<size_t>(p * double(v.size())));
    return v[i];
}

void report(const char *what, const std::vector<double> &v) {
    std::printf("%-28s n=%-6zu p50 %7.2f ms   p90 %7.2f ms   p99 %7.2f ms   max %7.2f ms\n", what,
                v.size(), percentile(v, 0.50), percentile(v, 0.90), percentile(v, 0.99),
                percentile(v, 1.0));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption socketsOption(QStringLiteral("sockets"),
                                           QStringLiteral("Live sockets."), QStringLiteral("N"),
                                           QStringLiteral("200"));
    const QCommandLineOption postsOption(QStringLiteral("posts"), QStringLiteral("Posts."),
                                         QStringLiteral("M"), QStringLiteral("50"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("20 sockets, 5 posts (CI)."));
    parser.addOptions({socketsOption, postsOption, quickOption});
    parser.addHelpOption();
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int socketCount = quick ? 20 : parser.value(socketsOption).toInt();
    const int postCount = quick ? 5 : parser.value(postsOption).toInt();
    if (socketCount < 1 || postCount < 1)
        die(QStringLiteral("--sockets and --posts must be positive"));

    QTemporaryDir dir;
    server::EmbeddedServer::Options options;
    options.dataDir = dir.path();
    options.seedDemo = true;
    options.maxConnectionsPerAddress = socketCount + 16; // every socket comes from 127.0.0.1
    server::ServerThread server(options);
    QString error;
    if (!server.start(&error))
        die(error);
    Api api(server.baseUrl());

    // Readers: one account per kSocketsPerUser sockets (the server's per-user limit).
    QElapsedTimer clock;
    clock.start();
    std::vector<Listener> listeners(static_cast<size_t>(socketCount));
    QString token;
    for (int i = 0; i < socketCount; ++i) {
        if (i % kSocketsPerUser == 0)
            token = api.account(QStringLiteral("reader_%1").arg(i / kSocketsPerUser));
        Listener &l = listeners[static_cast<size_t>(i)];
        QObject::connect(
            l.socket.get(), &QWebSocket::textMessageReceived, [&l, &clock](const QString &text) {
                const double ms = double(clock.nsecsElapsed()) / 1e6;
                const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                const QString type = m.value(QLatin1StringView("type")).toString();
                if (type == QLatin1String("ready"))
                    l.ready = true;
                else if (type == QLatin1String("changed"))
                    l.notices.emplace_back(m.value(QLatin1StringView("seq")).toInteger(), ms);
            });
        QUrl url = server.baseUrl();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/live"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        l.socket->open(request);
    }
    waitFor([&] {
        return std::all_of(listeners.cbegin(), listeners.cend(),
                           [](const Listener &l) { return l.ready; });
    });
    std::printf("%d live sockets ready (%d accounts) in %lld ms\n", socketCount,
                (socketCount + kSocketsPerUser - 1) / kSocketsPerUser, clock.elapsed());

    // The writer posts in the first space's first thread it creates.
    const QString writer = api.account(QStringLiteral("writer"));
    QString spaceId;
    const QJsonObject page = api.call("GET", QStringLiteral("/sync?limit=5000"), {}, writer);
    for (const QJsonValue &v : page.value(QLatin1StringView("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        // The first space anyone may start threads in (the announcements are the team's).
        if (c.value(QLatin1StringView("entity")).toString() == QLatin1String("space") &&
            c.value(QLatin1StringView("data"))
                    .toObject()
                    .value(QLatin1StringView("start_threads"))
                    .toString(QStringLiteral("everyone")) == QLatin1String("everyone")) {
            spaceId = c.value(QLatin1StringView("id")).toString();
            break;
        }
    }
    if (spaceId.isEmpty())
        die(QStringLiteral("the demo community has no space in its first page"));
    const auto newId = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    const QString threadId = newId();
    api.call("POST", QStringLiteral("/mutations"),
             {{QStringLiteral("client_id"), QStringLiteral("bench")},
              {QStringLiteral("mutations"),
               QJsonArray{QJsonObject{
                   {QStringLiteral("id"), newId()},
                   {QStringLiteral("type"), QStringLiteral("thread.create")},
                   {QStringLiteral("args"),
                    QJsonObject{{QStringLiteral("id"), threadId},
                                {QStringLiteral("title"), QStringLiteral("实时推送 fan-out")},
                                {QStringLiteral("kind"), QStringLiteral("discussion")},
                                {QStringLiteral("body"), QStringLiteral("开始")},
                                {QStringLiteral("first_post_id"), newId()},
                                {QStringLiteral("space_id"), spaceId}}}}}}},
             writer);

    std::vector<double> perSocket;
    std::vector<double> lastSocket;
    std::vector<double> roundTrips;
    perSocket.reserve(size_t(socketCount) * size_t(postCount));
    for (int i = 0; i < postCount; ++i) {
        const QJsonObject body{
            {QStringLiteral("client_id"), QStringLiteral("bench")},
            {QStringLiteral("mutations"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("id"), newId()},
                             {QStringLiteral("type"), QStringLiteral("post.create")},
                             {QStringLiteral("args"),
                              QJsonObject{{QStringLiteral("id"), newId()},
                                          {QStringLiteral("thread_id"), threadId},
                                          {QStringLiteral("body"),
                                           QStringLiteral("第 %1 条 live post").arg(i)}}}}}}};
        const double sent = double(clock.nsecsElapsed()) / 1e6;
        QNetworkReply *reply = api.start("POST", QStringLiteral("/mutations"), body, writer);
        waitFor([reply] { return reply->isFinished(); });
        roundTrips.push_back(double(clock.nsecsElapsed()) / 1e6 - sent);
        const qint64 seq = QJsonDocument::fromJson(reply->readAll())
                               .object()
                               .value(QLatin1StringView("results"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QLatin1StringView("seq"))
                               .toInteger();
        reply->deleteLater();
        if (seq <= 0)
            die(QStringLiteral("the post was not applied"));
        waitFor([&] {
            return std::all_of(listeners.cbegin(), listeners.cend(),
                               [seq](const Listener &l) { return l.firstAtLeast(seq) >= 0; });
        });
        double last = 0;
        for (const Listener &l : listeners) {
            const double latency = l.firstAtLeast(seq) - sent;
            perSocket.push_back(latency);
            last = std::max(last, latency);
        }
        lastSocket.push_back(last);
        // Past the coalescing window, so every post is its own notice.
        QElapsedTimer pause;
        pause.start();
        waitFor([&] { return pause.elapsed() >= 50; });
    }

    std::printf("%d posts, %d sockets: time from the mutation POST to the notice\n", postCount,
                socketCount);
    report("each socket", perSocket);
    report("last socket of each post", lastSocket);
    report("the POST's own round trip", roundTrips);
    return 0;
}
