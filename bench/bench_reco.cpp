// Recommender training time on a synthetic MovieLens-shaped set (the held-out 9,724-item set
// is not available here): by default 610 users, 9,724 items, 100,836 ratings, like MovieLens
// ml-latest-small. Deterministic (a fixed mt19937 seed, uniform draws only): 20 taste clusters;
// item popularity is Zipf-like (many items rated once, a few by half the users); user activity is
// heavy-tailed (at least 20 ratings, a few users with thousands); each rating comes from one of
// the user's two or three favourite clusters (80 %) or from anywhere (20 %), popular items first.
// Prints the set's shape and each model's training seconds; --write keeps the set as a
// ratings.csv (with the MovieLens header) for `lyceum-cli reco-eval`.
//
//   bench_reco [--quick] [--users 610] [--items 9724] [--ratings 100836] [--algos ease]
//              [--write PATH]
#include "reco/recommenders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <cmath>
#include <cstdio>
#include <random>

using namespace lyceum;

namespace {

struct Shape {
    int users = 610, items = 9724, ratings = 100836;
};

QVector<QVector<int>> generate(const Shape &shape, quint32 seed) {
    std::mt19937 rng(seed);
    const auto uniform = [&rng] { return double(rng()) / 4294967296.0; };
    constexpr int clusters = 20;
    QVector<QVector<int>> byCluster(clusters);
    QVector<QVector<double>> cumulative(clusters); // popularity, within each cluster
    for (int i = 0; i < shape.items; ++i) {
        const int c = int(uniform() * clusters);
        const double weight = 1.0 / std::pow(double(i) + 5.0, 1.1);
        byCluster[c] << i;
        cumulative[c] << (cumulative[c].isEmpty() ? 0.0 : cumulative[c].last()) + weight;
    }
    const auto pick = [&](int c) {
        const double r = uniform() * cumulative[c].last();
        const auto at = std::lower_bound(cumulative[c].begin(), cumulative[c].end(), r);
        return byCluster[c][int(
            std::min<qsizetype>(at - cumulative[c].begin(), byCluster[c].size() - 1))];
    };
    // Activity: 20 + a Pareto-like tail, scaled to the rating count.
    QVector<double> activity(shape.users);
    double total = 0;
    for (double &a : activity) {
        a = 1.0 / std::pow(1.0 - uniform() * 0.999, 1.2);
        total += a;
    }
    // Each user's count: 20 plus a share of the rest, at most 2,700 (MovieLens' most active user
    // has 2,698), the scale raised until the counts add up.
    const int cap = std::min(shape.items / 2, 2700);
    const double spare = std::max(0, shape.ratings - 20 * shape.users);
    double scale = spare / total;
    const auto countOf = [&](int u) {
        return std::min(cap, 20 + int(std::lround(scale * activity[u])));
    };
    for (int round = 0; round < 50; ++round) {
        double sum = 0;
        for (int u = 0; u < shape.users; ++u)
            sum += countOf(u) - 20;
        if (sum <= 0 || std::abs(sum - spare) < 1)
            break;
        scale *= spare / sum;
    }
    QVector<QVector<int>> out(shape.users);
    for (int u = 0; u < shape.users; ++u) {
        const int want = countOf(u);
        int favourites[3];
        for (int &f : favourites)
            f = int(uniform() * clusters);
        const int liked = uniform() < 0.5 ? 2 : 3;
        QSet<int> have;
        for (int tries = 0; have.size() < want && tries < want * 200; ++tries) {
            const int c =
                uniform() < 0.8 ? favourites[int(uniform() * liked)] : int(uniform() * clusters);
            const int item = pick(c);
            if (!have.contains(item)) {
                have.insert(item);
                out[u] << item;
            }
        }
    }
    // Every item rated at least once, as in MovieLens: an item nobody drew replaces the last
    // draw of a user who has more than 20 (the total stays the same).
    QVector<int> count(shape.items, 0);
    for (const QVector<int> &items : out)
        for (int i : items)
            ++count[i];
    int donor = 0;
    for (int i = 0; i < shape.items; ++i) {
        if (count[i] > 0)
            continue;
        for (int tries = 0; tries < shape.users; ++tries, donor = (donor + 1) % shape.users) {
            QVector<int> &items = out[donor];
            if (items.size() > 20 && count[items.last()] > 1) {
                --count[items.last()];
                items.last() = i;
                count[i] = 1;
                donor = (donor + 1) % shape.users;
                break;
            }
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("quick"), QStringLiteral("a small set (CI)")});
    parser.addOption({QStringLiteral("users"), QStringLiteral("users"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("items"), QStringLiteral("items"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("ratings"), QStringLiteral("ratings"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("algos"), QStringLiteral("models to train"),
                      QStringLiteral("LIST"), QStringLiteral("ease")});
    parser.addOption({QStringLiteral("write"), QStringLiteral("write the set as ratings.csv"),
                      QStringLiteral("PATH")});
    parser.process(app);
    Shape shape;
    if (parser.isSet(QStringLiteral("quick")))
        shape = {200, 1000, 10000};
    if (parser.isSet(QStringLiteral("users")))
        shape.users = std::max(1, parser.value(QStringLiteral("users")).toInt());
    if (parser.isSet(QStringLiteral("items")))
        shape.items = std::max(10, parser.value(QStringLiteral("items")).toInt());
    if (parser.isSet(QStringLiteral("ratings")))
        shape.ratings = std::max(1, parser.value(QStringLiteral("ratings")).toInt());
    const QVector<QVector<int>> byUser = generate(shape, 20240610u);
    qint64 rows = 0;
    QSet<int> seen;
    for (const QVector<int> &items : byUser) {
        rows += items.size();
        for (int i : items)
            seen.insert(i);
    }
    std::printf("set: %d users, %d items (%lld rated), %lld ratings\n", shape.users, shape.items,
                static_cast<long long>(seen.size()), static_cast<long long>(rows));
    if (parser.isSet(QStringLiteral("write"))) {
        QFile file(parser.value(QStringLiteral("write")));
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        file.write("userId,movieId,rating,timestamp\n");
        for (int u = 0; u < byUser.size(); ++u)
            for (int k = 0; k < byUser[u].size(); ++k)
                file.write(QStringLiteral("%1,%2,4.0,%3\n")
                               .arg(u + 1)
                               .arg(byUser[u][k] + 1)
                               .arg(1500000000 + k)
                               .toUtf8());
    }
    for (const QString &name :
         parser.value(QStringLiteral("algos")).split(u',', Qt::SkipEmptyParts)) {
        auto model = reco::makeRecommender(name.trimmed());
        if (!model) {
            std::fprintf(stderr, "unknown model %s\n", qPrintable(name));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        model->fit(byUser, shape.items);
        std::printf("%-8s train %.2f s\n", qPrintable(model->name()),
                    double(timer.nsecsElapsed()) / 1e9);
    }
    return 0;
}
