// RP3beta (Paudel et al., "Updatable, accurate, diverse, and scalable recommendations for
// interactive applications", 2016; the strong graph baseline of Dacrema et al. 2019): a random walk
// item -> user -> item on the bipartite graph, each step's transition probability raised to α,
// the arrival item divided by its popularity to the power β, the k strongest neighbours of each
// item kept. W(i, j) = pop(i)^-α · Σ_{u has i and j} deg(u)^-α · pop(j)^-β; a user's score for j
// is the sum of W(h, j) over their history h. Sparse (k per item), trained in one pass over the
// users' pairs, so it also fits catalogues far too big for dense EASE.
#pragma once

#include "reco/recommenders.h"

namespace lyceum::reco {

struct Rp3Settings {
    double alpha = 1.0;
    double beta = 0.3;
    int neighbours = 100;
};

class Rp3Beta final : public Recommender {
public:
    explicit Rp3Beta(Rp3Settings settings = {}, int threads = 0)
        : m_settings(settings)
        , m_threads(threads) {}
    QString name() const override { return QStringLiteral("rp3b"); }
    void fit(const QVector<QVector<int>> &byUser, int itemCount) override;
    QVector<float> scores(const QVector<int> &history) const override;
    // The kept neighbours of an item (index, weight), strongest first.
    const QVector<QPair<int, float>> &neighbours(int item) const { return m_neighbours[item]; }
    Rp3Settings settings() const { return m_settings; }

private:
    Rp3Settings m_settings;
    int m_threads;
    int m_items = 0;
    QVector<QVector<QPair<int, float>>> m_neighbours;
};

} // namespace lyceum::reco
