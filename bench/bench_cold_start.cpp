// Cold start of the desktop app on a large cache: a generated community (default 10k threads,
// 100k posts; --posts 1000000 for the big cache) is synced into a fresh profile whose session
// goes to the keychain and indexed for search, then `lyceum --profile DIR` is started several
// times with LYCEUM_STARTUP_PROBE=1. The app prints when the catalogue has painted its first
// courses and its resident memory once idle, then quits. Prints the time from process start to
// that paint (min / median / max), the idle RSS, and the search latency over the same cache
// (p50 / p95 / max of queries drawn from its posts, as bench_search makes them).
//
// Needs a Secret Service (run it inside scripts/bench.sh, which provides one) and a display
// (xvfb-run) or QT_QPA_PLATFORM=offscreen.
//
//   bench_cold_start [--threads N] [--posts N] [--runs N] [--queries N] [--keep DIR] [--quick]
#include "bench_support.h"
#include "cache/cache_database.h"
#include "client/client.h"
#include "search/search_index.h"
#include "text/tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <vector>

using namespace lyceum;
using namespace lyceum::bench;

namespace {

void prepareProfile(const QUrl &server, const QString &profileDir) {
    Client client(Client::Options{profileDir, true});
    openAndLogin(client, server, true); // a kept profile: the same account keeps its cache
    const double syncSeconds = syncToEnd(client);
    QElapsedTimer indexTimer;
    indexTimer.start();
    const qint64 indexed = waitForSearchIndex(profileDir + u"/cache.sqlite");
    std::printf("profile: synced in %.1f s, %lld rows indexed for search in %.1f s after it\n",
                syncSeconds, static_cast<long long>(indexed),
                double(indexTimer.nsecsElapsed()) / 1e9);
}

struct StartFigures {
    double paintedMs = 0;
    qint64 rssKib = 0;
};

StartFigures startOnce(const QString &appBinary, const QString &profileDir) {
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LYCEUM_STARTUP_PROBE"), QStringLiteral("1"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    static const QRegularExpression painted(QStringLiteral("startup-probe: catalogue painted"));
    static const QRegularExpression rss(QStringLiteral("startup-probe: idle rss (\\d+) KiB"));
    QElapsedTimer timer;
    timer.start();
    app.start(appBinary, {QStringLiteral("--profile"), profileDir});
    StartFigures figures;
    QString output;
    while (figures.rssKib == 0) {
        if (!app.waitForReadyRead(30000))
            die(QStringLiteral("the app said nothing for 30 s: %1").arg(output));
        output += QString::fromUtf8(app.readAllStandardOutput());
        if (figures.paintedMs == 0 && painted.match(output).hasMatch())
            figures.paintedMs = double(timer.nsecsElapsed()) / 1e6;
        if (const auto m = rss.match(output); m.hasMatch())
            figures.rssKib = m.captured(1).toLongLong();
    }
    if (!app.waitForFinished(10000))
        app.kill();
    return figures;
}

struct SearchFigures {
    int queries = 0;
    double p50 = 0, p95 = 0, max = 0;
    double cpuP50 = 0, cpuP95 = 0; // the thread's CPU time: what a busy machine does not inflate
};

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

// Words of random posts of the cache, as people look for them: whole words, the first letters
// of a word as it is typed, two words together.
QStringList queriesFrom(CacheDatabase &db, int count) {
    QSqlQuery max(db.db());
    if (!max.exec(QStringLiteral("SELECT max(rowid) FROM posts")) || !max.next())
        die(QStringLiteral("no posts"));
    const qint64 top = max.value(0).toLongLong();
    QRandomGenerator rng(42);
    QStringList queries{QStringLiteral("课程"), QStringLiteral("学习")};
    QSqlQuery body(db.db());
    body.prepare(QStringLiteral("SELECT body FROM posts WHERE rowid >= ? LIMIT 1"));
    for (int guard = 0; queries.size() < count && guard < count * 20; ++guard) {
        body.bindValue(0, qint64(rng.bounded(quint64(top))) + 1);
        if (!body.exec() || !body.next())
            continue;
        const QStringList words = text::words(body.value(0).toString());
        if (words.isEmpty())
            continue;
        const QString word = words.at(rng.bounded(int(words.size())));
        switch (rng.bounded(3)) {
        case 0:
            queries << word;
            break;
        case 1:
            queries << word.left(std::max<qsizetype>(2, word.size() / 2));
            break;
        default:
            queries << word + QLatin1Char(' ') + words.at(rng.bounded(int(words.size())));
        }
    }
    return queries;
}

SearchFigures timeSearches(const QString &cacheFile, int count) {
    CacheDatabase db(QStringLiteral("bench-cold-search"));
    QString error;
    if (!db.open(cacheFile, &error))
        die(error);
    const QStringList queries = queriesFrom(db, std::max(2, count));
    std::vector<double> ms, cpu;
    qint64 hits = 0;
    for (int round = 0; round < 2; ++round) { // the first round warms the page cache
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            const double cpuStart = threadCpuMs();
            const qsizetype n = search::search(db, q, 20, &error).size();
            if (round == 1) {
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
                cpu.push_back(threadCpuMs() - cpuStart);
                hits += n;
            }
        }
    }
    if (!error.isEmpty() || hits == 0)
        die(QStringLiteral("searching failed or found nothing: %1").arg(error));
    return {int(ms.size()),       percentile(ms, 0.5),
            percentile(ms, 0.95), *std::max_element(ms.begin(), ms.end()),
            percentile(cpu, 0.5), percentile(cpu, 0.95)};
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cold start of lyceum on a large cache."));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Threads to generate."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption postsOption(QStringLiteral("posts"),
                                         QStringLiteral("Posts to generate."), QStringLiteral("N"),
                                         QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts to time."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("Searches to time."), QStringLiteral("N"),
                                           QStringLiteral("300"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("100 threads, 2,000 posts, 1 start, 40 searches."));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Keep the server's data and the profile in DIR and reuse them when there "
                       "(a million posts take minutes to generate and sync)."),
        QStringLiteral("DIR"));
    parser.addHelpOption();
    parser.addOptions(
        {threadsOption, postsOption, runsOption, queriesOption, quickOption, keepOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);

    QTemporaryDir tmp;
    if (!tmp.isValid())
        die(QStringLiteral("no temporary directory"));
    const QDir dir(parser.isSet(keepOption) ? parser.value(keepOption) : tmp.path());
    const bool reuse = dir.exists(QStringLiteral("server")); // the account is registered there
    QProcess server;
    const QUrl url = startServer(
        server, defaultServerBinary(), dir.filePath(QStringLiteral("server")),
        {QStringLiteral("--generate"), QStringLiteral("%1,%2")
                                           .arg(quick ? 100 : parser.value(threadsOption).toInt())
                                           .arg(quick ? 2000 : parser.value(postsOption).toInt())});
    if (!reuse)
        registerAccount(url, QStringLiteral("bench"), QStringLiteral("bench-password"));
    const QString profileDir = dir.filePath(QStringLiteral("profile"));
    prepareProfile(url, profileDir);

    const QString appBinary = QCoreApplication::applicationDirPath() + u"/lyceum";
    const int runs = quick ? 1 : std::max(1, parser.value(runsOption).toInt());
    QVector<double> painted;
    qint64 rssKib = 0;
    startOnce(appBinary, profileDir); // warms the page cache; not counted
    for (int i = 0; i < runs; ++i) {
        const StartFigures f = startOnce(appBinary, profileDir);
        painted << f.paintedMs;
        rssKib = std::max(rssKib, f.rssKib);
    }
    server.terminate();
    server.waitForFinished(10000);

    std::sort(painted.begin(), painted.end());
    std::printf("cold start to painted catalogue over %d runs: min %.0f ms, median %.0f ms, "
                "max %.0f ms\n",
                runs, painted.first(), painted.at(painted.size() / 2), painted.last());
    std::printf("resident memory once idle: %.1f MB (max over runs)\n", double(rssKib) / 1024.0);
    const SearchFigures search = timeSearches(profileDir + u"/cache.sqlite",
                                              quick ? 40 : parser.value(queriesOption).toInt());
    std::printf("search latency over %d queries: p50 %.2f ms, p95 %.2f ms, max %.2f ms "
                "(CPU time: p50 %.2f ms, p95 %.2f ms)\n",
                search.queries, search.p50, search.p95, search.max, search.cpuP50, search.cpuP95);
    return 0;
}
