// Live channel end to end, through the client core: a lyceum-server child process with the demo
// community; N live sockets on loopback (default 200): two real Clients, A (learner) and B
// (creator), and N-2 plain WebSocket listeners on their own accounts. A posts M times (default
// 50) through its outbox, a pause after each. For each post: the time from A's createPost call to
// the post being readable in B's cache (B's cacheChanged, then fetchThread returns it). Prints
// p50/p90/p99/max.
//
//   bench_live_e2e [--sockets 200] [--posts 50] [--server path/to/lyceum-server]
#include "bench_support.h"
#include "client/client.h"
#include "client/discussions_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace lyceum;
using namespace lyceum::bench;

namespace {

constexpr int kSocketsPerUser = 8; // the server's default limit per user
const QString kDemoPassword = QStringLiteral("lyceum-demo");

QString loginToken(QNetworkAccessManager &nam, const QUrl &server, const QString &handle,
                   const QString &password) {
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/auth/login"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("handle"), handle},
                           {QStringLiteral("password"), password}};
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    waitFor([reply] { return reply->isFinished(); });
    reply->deleteLater();
    const QString token = QJsonDocument::fromJson(reply->readAll())
                              .object()
                              .value(QLatin1String("access_token"))
                              .toString();
    if (token.isEmpty())
        die(QStringLiteral("login of %1 failed").arg(handle));
    return token;
}

std::unique_ptr<Client> liveClient(const QString &dir, const QUrl &server, const QString &handle) {
    Client::Options options;
    options.profileDir = dir;
    options.useKeychain = false;
    auto client = std::make_unique<Client>(options);
    std::optional<ApiError> result;
    QObject::connect(client.get(), &Client::openFailed, [&](const ApiError &e) { result = e; });
    QObject::connect(client.get(), &Client::opened, [&] { result = ApiError{}; });
    client->open();
    waitFor([&] { return result.has_value(); });
    if (result->isError())
        die(result->message);
    result.reset();
    QObject::connect(client.get(), &Client::loginFinished, [&](const ApiError &e) { result = e; });
    client->login(server, handle, kDemoPassword, false);
    waitFor([&] { return result.has_value(); });
    if (result->isError())
        die(QStringLiteral("login of %1: %2").arg(handle, result->message));
    client->disconnect();
    return client;
}

QString firstOpenThread(Client &client) {
    std::optional<QVector<ThreadSummary>> threads;
    client.discussions().fetchAllThreads(500, &client,
                                         [&](QVector<ThreadSummary> t) { threads = std::move(t); });
    waitFor([&] { return threads.has_value(); });
    for (const ThreadSummary &t : std::as_const(*threads)) {
        if (!t.thread.locked)
            return t.thread.id;
    }
    return {};
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = std::min(v.size() - 1, static_cast<size_t>(p * double(v.size())));
    return v[i];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption socketsOption(
        QStringLiteral("sockets"), QStringLiteral("Live sockets, the two Clients included."),
        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption postsOption(QStringLiteral("posts"), QStringLiteral("Posts."),
                                         QStringLiteral("M"), QStringLiteral("50"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("The lyceum-server binary."),
                                          QStringLiteral("path"), defaultServerBinary());
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("10 sockets, 5 posts (CI)."));
    parser.addOptions({socketsOption, postsOption, serverOption, quickOption});
    parser.addHelpOption();
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int socketCount = quick ? 10 : parser.value(socketsOption).toInt();
    const int postCount = quick ? 5 : parser.value(postsOption).toInt();
    if (socketCount < 2 || postCount < 1)
        die(QStringLiteral("--sockets must be at least 2, --posts positive"));

    QTemporaryDir dir;
    QProcess serverProcess;
    const QUrl server = startServer(
        serverProcess, parser.value(serverOption), dir.filePath(QStringLiteral("server")),
        {QStringLiteral("--demo"), QStringLiteral("--max-connections-per-address"),
         QString::number(socketCount + 16)}); // every socket comes from 127.0.0.1

    // B, the reader whose cache is measured, and A, the writer; both live.
    auto b = liveClient(dir.filePath(QStringLiteral("b")), server, QStringLiteral("creator"));
    auto a = liveClient(dir.filePath(QStringLiteral("a")), server, QStringLiteral("learner"));
    waitFor([&] {
        return a->isLive() && b->isLive() && a->syncStatus().lastSyncedAt > 0 &&
               b->syncStatus().lastSyncedAt > 0 &&
               a->syncStatus().state == SyncStatus::State::Idle &&
               b->syncStatus().state == SyncStatus::State::Idle;
    });
    const QString threadId = firstOpenThread(*b);
    if (threadId.isEmpty())
        die(QStringLiteral("the demo community has no open thread"));

    // The other sockets: plain listeners, kSocketsPerUser per account.
    QElapsedTimer clock;
    clock.start();
    QNetworkAccessManager nam;
    const int listenerCount = socketCount - 2;
    std::vector<std::unique_ptr<QWebSocket>> listeners;
    int ready = 0;
    QString token;
    QUrl liveUrl = server;
    liveUrl.setScheme(QStringLiteral("ws"));
    liveUrl.setPath(QStringLiteral("/api/v1/live"));
    for (int i = 0; i < listenerCount; ++i) {
        if (i % kSocketsPerUser == 0) {
            const QString handle = QStringLiteral("listener_%1").arg(i / kSocketsPerUser);
            registerAccount(server, handle, QStringLiteral("listener-password"));
            token = loginToken(nam, server, handle, QStringLiteral("listener-password"));
        }
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived,
                         [&ready](const QString &text) {
                             if (text.contains(QLatin1String("\"ready\"")))
                                 ++ready;
                         });
        QNetworkRequest request(liveUrl);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        socket->open(request);
        listeners.push_back(std::move(socket));
    }
    waitFor([&] { return ready >= listenerCount; });
    std::printf("%d live sockets (2 Clients + %d listeners) ready in %lld ms\n", socketCount,
                listenerCount, clock.elapsed());

    // Each post: createPost on A -> readable in B's cache.
    std::vector<double> latencies;
    QString pending;
    qint64 startedNs = 0;
    bool seen = false;
    const auto check = [&] {
        if (pending.isEmpty() || seen)
            return;
        const QString id = pending;
        b->discussions().fetchThread(
            threadId, b.get(), [&, id](std::optional<ThreadDetail> thread) {
                if (!thread || seen || id != pending)
                    return;
                for (const PostView &p : std::as_const(thread->posts)) {
                    if (p.post.id == id) {
                        seen = true;
                        latencies.push_back(double(clock.nsecsElapsed() - startedNs) / 1e6);
                        return;
                    }
                }
            });
    };
    QObject::connect(b.get(), &Client::cacheChanged, check);
    for (int i = 0; i < postCount; ++i) {
        seen = false;
        startedNs = clock.nsecsElapsed();
        pending =
            a->discussions().createPost(threadId, QString(), QStringLiteral("live e2e %1").arg(i));
        if (pending.isEmpty())
            die(QStringLiteral("createPost failed"));
        waitFor([&] { return seen; }, 30000);
        // A pause, so each post starts from a quiet channel (notices are coalesced per 20 ms).
        bool paused = false;
        QTimer::singleShot(50, [&] { paused = true; });
        waitFor([&] { return paused; });
    }
    std::printf("createPost on A -> readable in B's cache, %d posts: p50 %.2f ms   p90 %.2f ms   "
                "p99 %.2f ms   max %.2f ms\n",
                postCount, percentile(latencies, 0.50), percentile(latencies, 0.90),
                percentile(latencies, 0.99), percentile(latencies, 1.0));
    listeners.clear();
    a.reset();
    b.reset();
    serverProcess.terminate();
    serverProcess.waitForFinished(10000);
    return 0;
}
