#include "reco/evaluation.h"

#include <QElapsedTimer>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <random>

namespace lyceum::reco {

Split holdoutSplit(const Interactions &data, double trainShare, quint32 seed) {
    Split s;
    s.train.resize(data.userCount());
    s.test.resize(data.userCount());
    std::mt19937 rng(seed);
    for (int u = 0; u < data.userCount(); ++u) {
        QVector<int> items = data.byUser.at(u);
        std::shuffle(items.begin(), items.end(), rng);
        if (items.size() < 2) {
            s.train[u] = items;
            continue;
        }
        const int cut = std::clamp(int(std::lround(trainShare * double(items.size()))), 1,
                                   int(items.size()) - 1);
        s.train[u] = items.mid(0, cut);
        s.test[u] = items.mid(cut);
    }
    return s;
}

Split recboleSplit(const Interactions &data, quint32 seed) {
    Split s;
    s.train.resize(data.userCount());
    s.test.resize(data.userCount());
    std::mt19937 rng(seed);
    for (int u = 0; u < data.userCount(); ++u) {
        QVector<int> items = data.byUser.at(u);
        std::shuffle(items.begin(), items.end(), rng);
        const int n = int(items.size());
        // RecBole's split_by_ratio: floor for each part but the last, which takes the rest.
        const int trainCount = int(std::floor(0.8 * n));
        const int validCount = int(std::floor(0.1 * n));
        if (trainCount == 0 || trainCount + validCount >= n) {
            s.train[u] = items;
            continue;
        }
        s.train[u] = items.mid(0, trainCount);
        s.test[u] = items.mid(trainCount + validCount);
    }
    return s;
}

QVector<int> topN(const QVector<float> &scores, const QVector<int> &exclude, int n) {
    QVector<char> skip(scores.size(), 0);
    for (int i : exclude)
        skip[i] = 1;
    QVector<int> candidates;
    candidates.reserve(scores.size());
    for (int i = 0; i < scores.size(); ++i)
        if (!skip[i])
            candidates.append(i);
    const auto better = [&](int a, int b) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    };
    const int k = std::min(n, int(candidates.size()));
    std::partial_sort(candidates.begin(), candidates.begin() + k, candidates.end(), better);
    candidates.resize(k);
    return candidates;
}

double ndcgAt(const QVector<int> &ranked, const QVector<int> &relevant, int n) {
    const QSet<int> rel(relevant.begin(), relevant.end());
    double dcg = 0;
    for (int r = 0; r < std::min(n, int(ranked.size())); ++r)
        if (rel.contains(ranked[r]))
            dcg += 1.0 / std::log2(r + 2.0);
    double ideal = 0;
    for (int r = 0; r < std::min(n, int(rel.size())); ++r)
        ideal += 1.0 / std::log2(r + 2.0);
    return ideal > 0 ? dcg / ideal : 0;
}

Metrics evaluate(Recommender &model, const Split &split, int itemCount, int n) {
    Metrics m;
    QElapsedTimer timer;
    timer.start();
    model.fit(split.train, itemCount);
    m.trainSeconds = timer.nsecsElapsed() / 1e9;
    QSet<int> shown;
    timer.restart();
    for (int u = 0; u < split.train.size(); ++u) {
        const QVector<int> &test = split.test.at(u);
        if (test.isEmpty())
            continue;
        const QVector<int> ranked = topN(model.scores(split.train.at(u)), split.train.at(u), n);
        const QSet<int> rel(test.begin(), test.end());
        int hits = 0;
        for (int i : ranked) {
            hits += rel.contains(i) ? 1 : 0;
            shown.insert(i);
        }
        m.recall += double(hits) / double(test.size());
        m.precision += double(hits) / double(n);
        m.ndcg += ndcgAt(ranked, test, n);
        ++m.users;
    }
    if (m.users > 0) {
        m.recall /= m.users;
        m.precision /= m.users;
        m.ndcg /= m.users;
        m.msPerUser = timer.nsecsElapsed() / 1e6 / m.users;
    }
    m.coverage = itemCount > 0 ? double(shown.size()) / itemCount : 0;
    return m;
}

} // namespace lyceum::reco
