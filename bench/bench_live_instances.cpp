// A post on one instance reaching a live socket on another (docs/architecture.md, "Several
// instances"): two lyceum-server child processes on one PostgreSQL database (a schema of their
// own, seeded with the demo community), the learner's live socket on B, M posts (default 200)
// through A's POST /mutations, a pause after each. For each post: the time from sending the
// request to B's socket delivering a "changed" notice that names the post (PostgreSQL NOTIFY
// from A's commit, B's LISTEN connection, B's flush). Prints p50/p90/p99/max.
//
//   bench_live_instances --database postgresql://USER@/DB?host=SOCKETDIR&port=PORT
//                        [--posts 200] [--server path/to/lyceum-server] [--quick]
//                        [--same-instance]   (the socket on A: the baseline without NOTIFY)
// Without --database it uses LYCEUM_TEST_POSTGRES (the cluster of scripts/ci/postgres.sh); with
// neither it says so and exits 0 (the quick run of CI always has one).
#include "bench_support.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lyceum::bench;

namespace {

QJsonObject call(QNetworkAccessManager &nam, const QUrl &url, const QString &token,
                 const QByteArray &body = {}) {
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = body.isNull() ? nam.get(request) : nam.post(request, body);
    waitFor([reply] { return reply->isFinished(); });
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// The first unlocked space thread the learner's feed has.
QString openSpaceThread(QNetworkAccessManager &nam, const QUrl &base, const QString &token) {
    QString cursor;
    for (int page = 0; page < 200; ++page) {
        QUrl url = base.resolved(QUrl(QStringLiteral("/api/v1/sync")));
        url.setQuery(cursor.isEmpty() ? QStringLiteral("limit=1000")
                                      : QStringLiteral("limit=1000&cursor=") + cursor);
        const QJsonObject r = call(nam, url, token);
        for (const QJsonValue &v : r.value(QLatin1String("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            const QJsonObject data = c.value(QLatin1String("data")).toObject();
            if (c.value(QLatin1String("entity")).toString() == QLatin1String("thread") &&
                !data.value(QLatin1String("space_id")).toString().isEmpty() &&
                !data.value(QLatin1String("locked")).toBool())
                return c.value(QLatin1String("id")).toString();
        }
        cursor = r.value(QLatin1String("cursor")).toString();
        if (!r.value(QLatin1String("has_more")).toBool())
            break;
    }
    return {};
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * double(v.size())))];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("A PostgreSQL URL (a schema of the "
                                                           "bench's own is added)."),
                                            QStringLiteral("URL"));
    const QCommandLineOption postsOption(QStringLiteral("posts"), QStringLiteral("Posts."),
                                         QStringLiteral("M"), QStringLiteral("200"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("The lyceum-server binary."),
                                          QStringLiteral("path"), defaultServerBinary());
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("20 posts (CI)."));
    const QCommandLineOption sameOption(QStringLiteral("same-instance"),
                                        QStringLiteral("The live socket on A too (baseline)."));
    parser.addOptions({databaseOption, postsOption, serverOption, quickOption, sameOption});
    parser.addHelpOption();
    parser.process(app);
    const int postCount = parser.isSet(quickOption) ? 20 : parser.value(postsOption).toInt();
    QString database = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                    : qEnvironmentVariable("LYCEUM_TEST_POSTGRES");
    if (database.isEmpty()) {
        std::printf("bench_live_instances: no PostgreSQL (--database or LYCEUM_TEST_POSTGRES); "
                    "nothing measured\n");
        return 0;
    }
    if (postCount < 1)
        die(QStringLiteral("--posts must be positive"));
    database += (database.contains(u'?') ? u'&' : u'?') +
                QStringLiteral("schema=bench_%1").arg(QCoreApplication::applicationPid());

    QTemporaryDir dir;
    QProcess a;
    QProcess b;
    const QUrl urlA =
        startServer(a, parser.value(serverOption), dir.filePath(QStringLiteral("a")),
                    {QStringLiteral("--database"), database, QStringLiteral("--demo")});
    const QUrl urlB = startServer(b, parser.value(serverOption), dir.filePath(QStringLiteral("b")),
                                  {QStringLiteral("--database"), database});
    QNetworkAccessManager nam;
    const QString token =
        call(nam, urlA.resolved(QUrl(QStringLiteral("/api/v1/auth/login"))), QString(),
             QByteArrayLiteral(R"({"handle":"learner","password":"lyceum-demo"})"))
            .value(QLatin1String("access_token"))
            .toString();
    if (token.isEmpty())
        die(QStringLiteral("cannot log in as the demo learner"));
    const QString threadId = openSpaceThread(nam, urlA, token);
    if (threadId.isEmpty())
        die(QStringLiteral("the demo community has no open space thread"));

    QWebSocket socket;
    QString lastMessage;
    bool ready = false;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &m) {
        lastMessage = m;
        ready |= m.contains(QLatin1String("\"ready\""));
    });
    const bool same = parser.isSet(sameOption);
    QUrl live = same ? urlA : urlB;
    live.setScheme(QStringLiteral("ws"));
    live.setPath(QStringLiteral("/api/v1/live"));
    QNetworkRequest upgrade(live);
    upgrade.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    socket.open(upgrade);
    waitFor([&] { return ready; }, 30000);

    std::vector<double> ms;
    const QUrl mutations = urlA.resolved(QUrl(QStringLiteral("/api/v1/mutations")));
    for (int i = 0; i < postCount; ++i) {
        const QString postId =
            QStringLiteral("bench-%1-%2").arg(QCoreApplication::applicationPid()).arg(i);
        const QJsonObject m{
            {QStringLiteral("id"), postId},
            {QStringLiteral("type"), QStringLiteral("post.create")},
            {QStringLiteral("args"),
             QJsonObject{{QStringLiteral("id"), postId},
                         {QStringLiteral("thread_id"), threadId},
                         {QStringLiteral("body"), QStringLiteral("跨实例 %1").arg(i)}}}};
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("bench")},
                                      {QStringLiteral("mutations"), QJsonArray{m}}})
                .toJson(QJsonDocument::Compact);
        QNetworkRequest request(mutations);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        bool heard = false;
        const auto seen =
            QObject::connect(&socket, &QWebSocket::textMessageReceived,
                             [&](const QString &message) { heard |= message.contains(postId); });
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = nam.post(request, body);
        waitFor([&] { return heard; }, 30000);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        QObject::disconnect(seen);
        waitFor([reply] { return reply->isFinished(); });
        reply->deleteLater();
        // A pause, so each post is its own notice rather than a burst.
        QElapsedTimer pause;
        pause.start();
        waitFor([&] { return pause.elapsed() >= 30; });
    }
    std::printf("posts on instance A heard on instance %s's live socket: %d\n", same ? "A" : "B",
                postCount);
    std::printf("post -> notice, ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n", percentile(ms, 0.5),
                percentile(ms, 0.9), percentile(ms, 0.99), percentile(ms, 1.0));
    socket.close();
    a.terminate();
    b.terminate();
    a.waitForFinished(10000);
    b.waitForFinished(10000);
    return 0;
}
