#include "bench_support.h"

#include "cache/cache_database.h"
#include "client/client.h"
#include "search/search_backlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace lyceum::bench {

void die(const QString &message) {
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                 qPrintable(message));
    std::exit(1);
}

double rssMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void waitFor(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            die(QStringLiteral("timed out"));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
}

QUrl startServer(QProcess &server, const QString &binary, const QString &dataDir,
                 const QStringList &extraArgs) {
    server.setProgram(binary);
    // --stop-with-parent: a benchmark stopped half-way (Ctrl+C, a timeout) leaves no server behind.
    server.setArguments(QStringList{QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:0"),
                                    QStringLiteral("--stop-with-parent")} +
                        extraArgs);
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start();
    if (!server.waitForStarted())
        die(QStringLiteral("cannot start %1").arg(binary));
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QString output;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 600000) {
        if (!server.waitForReadyRead(1000) && server.state() != QProcess::Running)
            die(QStringLiteral("the server exited: %1").arg(output));
        output += QString::fromUtf8(server.readAllStandardOutput());
        const auto m = listening.match(output);
        if (m.hasMatch()) {
            std::printf("%s", qPrintable(output));
            return QUrl(m.captured(1));
        }
    }
    die(QStringLiteral("the server did not start listening"));
}

void registerAccount(const QUrl &server, const QString &handle, const QString &password) {
    QNetworkAccessManager nam;
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/auth/register"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("handle"), handle},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("display_name"), QStringLiteral("Bench")}};
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    waitFor([reply] { return reply->isFinished(); });
    if (reply->error() != QNetworkReply::NoError)
        die(QStringLiteral("register failed: %1").arg(QString::fromUtf8(reply->readAll())));
    reply->deleteLater();
}

void openAndLogin(Client &client, const QUrl &server, bool remember) {
    // The connections end with this function (scope): a later signal of the client (a second
    // sync, a login elsewhere) must not write to this frame once it is gone.
    const QObject scope;
    std::optional<ApiError> result;
    QObject::connect(&client, &Client::openFailed, &scope, [&](const ApiError &e) { result = e; });
    QObject::connect(&client, &Client::opened, &scope, [&] { result = ApiError{}; });
    client.open();
    waitFor([&] { return result.has_value(); });
    if (result->isError())
        die(result->message);
    if (remember && !client.sessionPersistent())
        die(QStringLiteral("no keychain: %1 (run scripts/bench.sh)").arg(client.keychainProblem()));

    result.reset();
    QObject::connect(&client, &Client::loginFinished, &scope,
                     [&](const ApiError &e) { result = e; });
    client.login(server, QStringLiteral("bench"), QStringLiteral("bench-password"), remember);
    waitFor([&] { return result.has_value(); });
    if (result->isError())
        die(QStringLiteral("login: ") + result->message);
}

double syncToEnd(Client &client) {
    const QObject scope; // see openAndLogin
    std::optional<ApiError> result;
    QObject::connect(&client, &Client::syncFinished, &scope,
                     [&](const ApiError &e) { result = e; });
    QElapsedTimer timer;
    timer.start();
    client.syncNow();
    waitFor([&] { return result.has_value(); });
    if (result->isError())
        die(QStringLiteral("sync: ") + result->message);
    return double(timer.nsecsElapsed()) / 1e9;
}

qint64 waitForSearchIndex(const QString &cacheFile) {
    // A second connection on the same WAL file reads the backlog while the client's worker
    // indexes; polling costs the measurement at most one interval.
    CacheDatabase db(QStringLiteral("bench-index-watch"));
    QString error;
    if (!db.open(cacheFile, &error))
        die(error);
    const qint64 first = search::rowsWaiting(db);
    waitFor([&] { return search::rowsWaiting(db) == 0; });
    return first;
}

QString defaultServerBinary() {
    return QCoreApplication::applicationDirPath() + u"/lyceum-server";
}

} // namespace lyceum::bench
