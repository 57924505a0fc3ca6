// Search latency over a large cache: a generated community (default 10k threads, 100k posts,
// the demo's Chinese and English text banks) is written into a fresh cache file through the
// entity writer (the initial sync's path, so the index triggers run as in the app), then a few
// hundred queries run through search::search as the app runs them: two-character Chinese words,
// English words, mixed queries and prefixes as they are typed. Prints the indexing time, the
// file size and the query latency (p50 / p95 / max), overall and per query class.
//
//   bench_search [--threads N] [--posts N] [--queries N]
#include "cache/cache_database.h"
#include "cache/entity_writer.h"
#include "search/search_index.h"
#include "server/seed/generated_community.h"
#include "text/tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <map>

using namespace lyceum;

namespace {

int option(const QCommandLineParser &parser, const QString &name, int fallback) {
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

bool isCjk(QChar c) {
    return c.script() == QChar::Script_Han;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("threads"), QStringLiteral("threads"), QStringLiteral("N"),
                        QStringLiteral("10000")},
                       {QStringLiteral("posts"), QStringLiteral("posts"), QStringLiteral("N"),
                        QStringLiteral("100000")},
                       {QStringLiteral("queries"), QStringLiteral("queries"), QStringLiteral("N"),
                        QStringLiteral("300")},
                       {QStringLiteral("cache"),
                        QStringLiteral("keep the cache file at PATH (reused when it exists)"),
                        QStringLiteral("PATH")}});
    parser.process(app);
    const int threadCount = option(parser, QStringLiteral("threads"), 10000);
    const int postCount = option(parser, QStringLiteral("posts"), 100000);
    const int queryCount = option(parser, QStringLiteral("queries"), 300);

    const server::SeedData seed =
        server::generateCommunity(threadCount, postCount, 7, 1700000000000);
    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("cache"))
                             ? parser.value(QStringLiteral("cache"))
                             : dir.filePath(QStringLiteral("cache.sqlite"));
    const bool reuse = QFileInfo::exists(path);
    CacheDatabase db(QStringLiteral("bench-search"));
    QString error;
    if (!db.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!reuse) {
        EntityWriter writer(db.db());
        bool ok = db.begin(&error);
        for (const Course &c : seed.courses)
            ok = ok && writer.upsert(c, &error);
        for (const Lesson &l : seed.lessons)
            ok = ok && writer.upsert(l, &error);
        for (const Thread &t : seed.threads)
            ok = ok && writer.upsert(t, &error);
        for (const Post &p : seed.posts)
            ok = ok && writer.upsert(p, &error);
        if (!ok || !db.commit(&error)) {
            std::fprintf(stderr, "writing the cache failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double writeSeconds = double(timer.elapsed()) / 1000.0;
    if (reuse)
        std::printf("cache: reused %s\n", qPrintable(path));
    else
        std::printf(
            "cache: %lld courses, %lld lessons, %lld threads, %lld posts written and indexed "
            "in %.2f s; file %.1f MiB\n",
            qlonglong(seed.courses.size()), qlonglong(seed.lessons.size()),
            qlonglong(seed.threads.size()), qlonglong(seed.posts.size()), writeSeconds,
            double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) /
                (1024.0 * 1024.0));

    // Queries: words drawn from the posts themselves (as users would look for them), some
    // common ones, mixed pairs, and every prefix of a few words as they are typed.
    QRandomGenerator rng(42);
    std::vector<std::pair<QString, QString>> queries; // (class, text)
    for (const QString &q : {QStringLiteral("课程"), QStringLiteral("学习"), QStringLiteral("打卡"),
                             QStringLiteral("面试")})
        queries.emplace_back(QStringLiteral("common zh"), q);
    while (int(queries.size()) < queryCount) {
        const Post &post = seed.posts.at(rng.bounded(int(seed.posts.size())));
        const QStringList words = text::words(post.body);
        if (words.isEmpty())
            continue;
        const QString word = words.at(rng.bounded(int(words.size())));
        const bool chinese = isCjk(word.at(0));
        if (chinese && word.size() == 2) {
            queries.emplace_back(QStringLiteral("zh word"), word);
        } else if (!chinese && word.size() >= 3) {
            queries.emplace_back(QStringLiteral("en word"), word);
            for (qsizetype n = 1; n < word.size() && n <= 4; ++n)
                queries.emplace_back(QStringLiteral("typing prefix"), word.left(n));
        }
        if (words.size() >= 2 && rng.bounded(4) == 0)
            queries.emplace_back(QStringLiteral("mixed pair"),
                                 words.at(0) + QLatin1Char(' ') + words.at(words.size() - 1));
    }

    std::map<QString, std::vector<double>> byClass;
    std::vector<double> all;
    qint64 hitsSeen = 0;
    for (int round = 0; round < 2; ++round) { // the first round warms the page cache
        for (const auto &[klass, text] : queries) {
            QElapsedTimer t;
            t.start();
            const QVector<SearchHit> hits = search::search(db, text, 20);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (round == 1) {
                byClass[klass].push_back(ms);
                all.push_back(ms);
                hitsSeen += hits.size();
            }
        }
    }
    std::printf("queries: %zu, %.1f hits on average (top 20)\n", all.size(),
                double(hitsSeen) / double(std::max<size_t>(1, all.size())));
    std::printf("search latency: p50 %.2f ms, p95 %.2f ms, max %.2f ms\n", percentile(all, 0.5),
                percentile(all, 0.95), *std::max_element(all.begin(), all.end()));
    for (const auto &[klass, values] : byClass)
        std::printf("  %-14s n=%-4zu p50 %.2f ms, p95 %.2f ms\n", qPrintable(klass), values.size(),
                    percentile(values, 0.5), percentile(values, 0.95));
    return 0;
}
