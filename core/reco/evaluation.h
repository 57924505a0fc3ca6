// Offline evaluation of the recommenders (lyceum-cli reco-eval). The "holdout" protocol: per
// user, a random 80/20 split of their interactions (a fixed seed), training on every user's 80 %,
// and ranking all items not in the user's training part; users with fewer than two interactions
// only train. Metrics at 10: Recall (hits / test size), Precision (hits / 10), NDCG (binary
// relevance, ideal = min(test size, 10) hits on top), catalogue coverage (distinct items in
// anybody's top 10 / items), training seconds and ranking milliseconds per user.
#pragma once

#include "reco/interactions.h"
#include "reco/recommenders.h"

namespace lyceum::reco {

struct Split {
    QVector<QVector<int>> train; // per user
    QVector<QVector<int>> test;
};

Split holdoutSplit(const Interactions &data, double trainShare, quint32 seed);
// RecBole's default for general recommenders: per user a random 8:1:1 split into training,
// validation and test (RS 8:1:1, full ranking); the test part is evaluated, ranking every item
// outside the training part. The validation part is set aside (there is no tuning here), as
// RecBole's test evaluation masks training items only.
Split recboleSplit(const Interactions &data, quint32 seed);

struct Metrics {
    double recall = 0, precision = 0, ndcg = 0, coverage = 0;
    double trainSeconds = 0, msPerUser = 0;
    int users = 0; // users evaluated (with a test part)
};

// The top `n` items of scores, leaving out `exclude`, best first (ties: lower index first).
QVector<int> topN(const QVector<float> &scores, const QVector<int> &exclude, int n);

// Metrics of one ranked list against the relevant items (before averaging).
double ndcgAt(const QVector<int> &ranked, const QVector<int> &relevant, int n);

Metrics evaluate(Recommender &model, const Split &split, int itemCount, int n = 10);

} // namespace lyceum::reco
