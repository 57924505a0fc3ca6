// Spam scoring throughput on one core: posts of the generated community (the demo's Chinese
// and English text banks, post-sized) scored by a model trained on part of them (labels from a
// fixed rule: throughput does not depend on them). Prints posts per second and the mean length.
//
//   bench_spam [--posts N] [--quick]   (--quick: 5,000 posts, for CI)
#include "server/seed/generated_community.h"
#include "spam/spam_model.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <ctime>

using namespace lyceum;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("posts"), QStringLiteral("posts to score"),
                      QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("quick"), QStringLiteral("5,000 posts (CI)")});
    parser.process(app);
    const int count = parser.isSet(QStringLiteral("quick"))
                          ? 5000
                          : std::max(1000, parser.value(QStringLiteral("posts")).toInt());
    const server::SeedData seed = server::generateCommunity(count / 10, count, 11, 1700000000000);
    QStringList texts;
    QVector<bool> labels;
    qint64 chars = 0;
    for (const Post &p : seed.posts) {
        texts << p.body;
        labels << (qHash(p.id) % 5 == 0);
        chars += p.body.size();
    }
    spam::SpamModel model;
    QElapsedTimer timer;
    timer.start();
    model.train(texts.mid(0, 5000), labels.mid(0, 5000), 1);
    const double trainSeconds = double(timer.nsecsElapsed()) / 1e9;
    int flagged = 0;
    timer.restart();
    const std::clock_t cpuStart = std::clock();
    for (const QString &t : std::as_const(texts))
        flagged += model.isSpam(t) ? 1 : 0;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    // CPU time too: on a shared machine the wall clock also counts the time others had the core.
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("trained on 5000 posts in %.2f s\n", trainSeconds);
    std::printf("scored %lld posts (%.0f characters on average) in %.2f s: %.0f posts/s on one "
                "core (%d flagged)\n",
                qlonglong(texts.size()), double(chars) / double(texts.size()), seconds,
                double(texts.size()) / seconds, flagged);
    std::printf("CPU time %.2f s: %.0f posts per CPU second\n", cpuSeconds,
                double(texts.size()) / std::max(cpuSeconds, 1e-9));
    return 0;
}
