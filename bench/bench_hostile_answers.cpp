// What a hostile server's answers cost the client (docs/security.md, "The client against a
// hostile server"): a huge sync page, and a page of far more changes than asked, served by the
// tests' raw-socket HostileServer on 127.0.0.1 to the real ApiClient / SyncEngine / cache.
// Prints how the request ended, how long it took, how many bytes the server managed to write
// and the process's peak RSS (VmHWM). --uncapped lifts the answer caps (what the client did
// before it had them) to compare; run each case in its own process, the peak is per process.
//
//   build/bin/bench_hostile_answers --case big-page [--mb 400] [--no-length] [--uncapped]
//   build/bin/bench_hostile_answers --case many-changes [--changes 1000000] [--uncapped]
//   build/bin/bench_hostile_answers --quick    (both cases, 40 MB and 20,000 changes; CI)
#include "../tests/integration/hostile_server.h"
#include "api/api_client.h"
#include "bench_support.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "cache/sync_store.h"
#include "sync/sync_engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>

using namespace lyceum;
using lyceum::test::HostileServer;

namespace {

qint64 peakRssMb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    return -1;
}

void report(const char *what, const ApiError &e, qint64 ms, const HostileServer &server) {
    QTextStream(stdout) << what << ": "
                        << (e.isError() ? QStringLiteral("refused (%1) %2").arg(e.code, e.message)
                                        : QStringLiteral("accepted"))
                        << "\n  time " << ms << " ms, server wrote "
                        << server.bodyBytesSent() / (1024 * 1024) << " MiB, peak RSS "
                        << peakRssMb() << " MB\n";
}

void uncap(ApiClient &api) {
    api.setLimits(RequestKind::SyncPage, {600000, 0});
}

int bigPage(qint64 mb, bool noLength, bool uncapped) {
    const qint64 total = mb * 1024 * 1024;
    // A valid page padded with spaces: it parses, if the client waits for all of it.
    const QByteArray start = R"({"changes":[)";
    const QByteArray end = R"(],"cursor":"c1","has_more":false})";
    HostileServer server([&](const HostileServer::Request &) {
        HostileServer::Answer a;
        a.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close";
        if (!noLength)
            a.head += "\r\nContent-Length: " + QByteArray::number(total);
        a.body = start;
        a.endless = total - start.size() - end.size();
        return a;
    });
    if (!server.listen())
        bench::die(QStringLiteral("no port"));
    ApiClient api;
    api.setServer(server.url());
    api.setTokens({QStringLiteral("a"), QStringLiteral("r"), 0});
    if (uncapped)
        uncap(api);
    std::optional<ApiError> result;
    QElapsedTimer timer;
    timer.start();
    api.fetchSyncPage(QString(), 5000, [&result](const ApiError &e, const QByteArray &body) {
        result = e;
        QTextStream(stdout) << "  body received: " << body.size() / (1024 * 1024) << " MiB\n";
    });
    bench::waitFor([&result] { return result.has_value(); });
    report("big page", *result, timer.elapsed(), server);
    return 0;
}

int manyChanges(int count, bool uncapped) {
    QByteArray body = R"({"changes":[)";
    body.reserve(qsizetype(count) * 64);
    for (int i = 1; i <= count; ++i) {
        if (i > 1)
            body += ',';
        body += R"({"entity":"post","id":"p)" + QByteArray::number(i) +
                R"(","op":"delete","seq":)" + QByteArray::number(i) + '}';
    }
    body += R"(],"cursor":"c1","has_more":false})";
    QTextStream(stdout) << "page of " << count << " changes: " << body.size() / (1024 * 1024)
                        << " MiB\n";
    QByteArrayList limits;
    HostileServer server([&](const HostileServer::Request &r) {
        const QUrlQuery q(QString::fromLatin1(r.target.mid(r.target.indexOf('?') + 1)));
        limits << q.queryItemValue(QStringLiteral("limit")).toLatin1();
        return HostileServer::json(body);
    });
    if (!server.listen())
        bench::die(QStringLiteral("no port"));
    QTemporaryDir dir;
    CacheWorker cache;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    cache.post([path](CacheDatabase &db) {
        QString error;
        if (!db.open(path, &error))
            qFatal("cache: %s", qPrintable(error));
    });
    ApiClient api;
    api.setServer(server.url());
    api.setTokens({QStringLiteral("a"), QStringLiteral("r"), 0});
    if (uncapped)
        uncap(api);
    SyncEngine engine(&api, &cache);
    std::optional<ApiError> result;
    QObject::connect(&engine, &SyncEngine::finished, [&result](const ApiError &e) { result = e; });
    QElapsedTimer timer;
    timer.start();
    engine.start();
    bench::waitFor([&result] { return result.has_value(); });
    QString stored;
    cache.post([&stored](CacheDatabase &db) { stored = syncstore::cursor(db); });
    cache.drain();
    report("many changes", *result, timer.elapsed(), server);
    QTextStream(stdout) << "  limits asked: " << limits.join(' ') << "; stored cursor: \"" << stored
                        << "\"\n";
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("case"), QStringLiteral("big-page or many-changes"),
                        QStringLiteral("case"), QStringLiteral("big-page")},
                       {QStringLiteral("mb"), QStringLiteral("page size"), QStringLiteral("mb"),
                        QStringLiteral("400")},
                       {QStringLiteral("changes"), QStringLiteral("changes in the page"),
                        QStringLiteral("n"), QStringLiteral("1000000")},
                       {QStringLiteral("no-length"), QStringLiteral("no Content-Length")},
                       {QStringLiteral("uncapped"), QStringLiteral("no answer caps")},
                       {QStringLiteral("quick"), QStringLiteral("both cases, small (CI)")}});
    parser.process(app);
    const bool uncapped = parser.isSet(QStringLiteral("uncapped"));
    if (parser.isSet(QStringLiteral("quick"))) {
        const int pageResult = bigPage(40, false, uncapped);
        return pageResult != 0 ? pageResult : manyChanges(20000, uncapped);
    }
    if (parser.value(QStringLiteral("case")) == QLatin1String("many-changes"))
        return manyChanges(parser.value(QStringLiteral("changes")).toInt(), uncapped);
    return bigPage(parser.value(QStringLiteral("mb")).toLongLong(),
                   parser.isSet(QStringLiteral("no-length")), uncapped);
}
