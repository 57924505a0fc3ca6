// Search latency over a large cache: a generated community (default 10k threads, 100k posts,
// the demo's Chinese and English text banks) is written into a fresh cache file through the
// entity writer (the initial sync's path, so the index triggers run as in the app), then a few
// hundred queries run through search::search as the app runs them: two-character Chinese words,
// English words, mixed queries and prefixes as they are typed. Prints the indexing time, the
// file size and the query latency (p50 / p95 / max), overall and per query class.
//
//   bench_search [--threads N] [--posts N] [--queries N] [--cache PATH] [--quick]
#include "cache/cache_database.h"
#include "cache/entity_writer.h"
#include "search/search_backlog.h"
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

// Writes the seed as a pull of many pages does (rows first, index deferred), then indexes it
// in the indexer's batches, and times the shared tokenizer alone over the same text.
bool buildCache(CacheDatabase &db, const server::SeedData &seed, const QString &path) {
    QString error;
    // As an initial sync of many pages writes them: the rows first, indexing deferred.
    QElapsedTimer timer;
    timer.start();
    EntityWriter writer(db.db());
    bool ok = db.begin(&error) && search::deferIndexing(db, &error);
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
        return false;
    }
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    // Then the indexer's batches, as the app runs them after the pull.
    timer.restart();
    qint64 indexed = 0;
    for (qint64 n = 1; n > 0; indexed += n) {
        n = search::indexWaiting(db, search::kIndexBatchRows, &error);
        if (n < 0) {
            std::fprintf(stderr, "indexing failed: %s\n", qPrintable(error));
            return false;
        }
    }
    const double indexSeconds = double(timer.nsecsElapsed()) / 1e9;
    // The shared tokenizer alone over the same texts (ICU word breaks, bigrams, case folding).
    timer.restart();
    qint64 tokens = 0;
    for (const Course &c : seed.courses)
        tokens += text::tokenize(c.title).size() + text::tokenize(c.summary).size() +
                  text::tokenize(c.description).size();
    for (const Lesson &l : seed.lessons)
        tokens += text::tokenize(l.title).size() + text::tokenize(l.body).size();
    for (const Thread &t : seed.threads)
        tokens += text::tokenize(t.title).size();
    for (const Post &p : seed.posts)
        tokens += text::tokenize(p.body).size();
    const double tokenizeSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("cache: %lld courses, %lld lessons, %lld threads, %lld posts written in "
                "%.2f s (index deferred); file %.1f MiB\n",
                qlonglong(seed.courses.size()), qlonglong(seed.lessons.size()),
                qlonglong(seed.threads.size()), qlonglong(seed.posts.size()), writeSeconds,
                double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) /
                    (1024.0 * 1024.0));
    std::printf("index: %lld rows in batches of %d in %.2f s = %.0f rows/s\n", qlonglong(indexed),
                search::kIndexBatchRows, indexSeconds,
                double(indexed) / std::max(indexSeconds, 1e-9));
    std::printf("tokenizer alone over the same text: %lld tokens in %.2f s (%.0f%% of the "
                "index time)\n",
                qlonglong(tokens), tokenizeSeconds,
                100.0 * tokenizeSeconds / std::max(indexSeconds, 1e-9));
    return true;
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
                        QStringLiteral("PATH")},
                       {QStringLiteral("quick"), QStringLiteral("100 threads, 2,000 posts, 60 "
                                                                "queries (CI)")}});
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int threadCount = quick ? 100 : option(parser, QStringLiteral("threads"), 10000);
    const int postCount = quick ? 2000 : option(parser, QStringLiteral("posts"), 100000);
    const int queryCount = quick ? 60 : option(parser, QStringLiteral("queries"), 300);

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
    if (!reuse && !buildCache(db, seed, path))
        return 1;
    if (reuse)
        std::printf("cache: reused %s\n", qPrintable(path));

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
