// Choosing the recommenders' settings honestly: a validation split inside the training part
// (per user, a seeded 20 % of their training items; the evaluation's test part is never seen),
// every candidate trained on the rest and ranked by NDCG@10 on the validation part, the best
// one trained again on the whole training part. The time fit() reports includes the choice.
//   ease-cv — EASE / EDLAE: λ and the dropout emphasis from a small grid (tunedEaseGrid()).
//   rp3b    — RP3beta: α, β and the neighbour count (tunedRp3Grid()).
//   blend   — EASE (its grid), user kNN and iALS (theirs; RP3beta too when given a grid), then
//             the parts' weights in steps of 0.1 summing to 1 (each part's scores scaled by
//             normalise()) chosen on the same validation part.
#pragma once

#include "reco/evaluation.h"
#include "reco/ials.h"
#include "reco/rp3beta.h"
#include "reco/user_knn.h"

namespace lyceum::reco {

// Per user a seeded `share` of the given items to train, the rest to validate (users with fewer
// than three items only train).
Split validationSplit(const QVector<QVector<int>> &train, quint32 seed, double share = 0.8);

struct EaseSettings {
    double lambda = 250;
    double dropout = 0;
    double userExponent = 0;       // γ: Ease::setUserExponent
    double popularityExponent = 0; // β: Ease::setPopularityExponent
};
QVector<EaseSettings> tunedEaseGrid();
QVector<Rp3Settings> tunedRp3Grid();
QVector<UserKnnSettings> tunedUserKnnGrid();
QVector<IalsSettings> tunedIalsGrid();

// What the validation chose, for reports: e.g. "lambda=250 dropout=0", and its NDCG@10.
struct Choice {
    QString settings;
    double ndcg = 0;
};

class TunedEase final : public Recommender {
public:
    explicit TunedEase(quint32 seed = 1, QVector<EaseSettings> grid = tunedEaseGrid())
        : m_seed(seed)
        , m_grid(std::move(grid)) {}
    QString name() const override { return QStringLiteral("ease-cv"); }
    void fit(const QVector<QVector<int>> &byUser, int itemCount) override;
    QVector<float> scores(const QVector<int> &history) const override;
    Choice choice() const { return m_choice; }

private:
    quint32 m_seed;
    QVector<EaseSettings> m_grid;
    Choice m_choice;
    std::unique_ptr<Ease> m_model;
};

class TunedRp3 final : public Recommender {
public:
    explicit TunedRp3(quint32 seed = 1, QVector<Rp3Settings> grid = tunedRp3Grid())
        : m_seed(seed)
        , m_grid(std::move(grid)) {}
    QString name() const override { return QStringLiteral("rp3b"); }
    void fit(const QVector<QVector<int>> &byUser, int itemCount) override;
    QVector<float> scores(const QVector<int> &history) const override;
    Choice choice() const { return m_choice; }

private:
    quint32 m_seed;
    QVector<Rp3Settings> m_grid;
    Choice m_choice;
    std::unique_ptr<Rp3Beta> m_model;
};

class Blend final : public Recommender {
public:
    explicit Blend(quint32 seed = 1, QVector<EaseSettings> easeGrid = tunedEaseGrid(),
                   QVector<Rp3Settings> rp3Grid = {},
                   QVector<UserKnnSettings> knnGrid = tunedUserKnnGrid(),
                   QVector<IalsSettings> ialsGrid = tunedIalsGrid())
        : m_seed(seed)
        , m_easeGrid(std::move(easeGrid))
        , m_rp3Grid(std::move(rp3Grid))
        , m_knnGrid(std::move(knnGrid))
        , m_ialsGrid(std::move(ialsGrid)) {}
    QString name() const override { return QStringLiteral("blend"); }
    void fit(const QVector<QVector<int>> &byUser, int itemCount) override;
    QVector<float> scores(const QVector<int> &history) const override;
    Choice choice() const { return m_choice; }
    double easeWeight() const { return m_weights.value(0, 1.0); }
    // EASE's, then user kNN's, RP3beta's and iALS's when their grids are not empty.
    QVector<double> weights() const { return m_weights; }

private:
    QVector<QVector<float>> partScores(const QVector<int> &history) const;

    quint32 m_seed;
    QVector<EaseSettings> m_easeGrid;
    QVector<Rp3Settings> m_rp3Grid;
    QVector<UserKnnSettings> m_knnGrid;
    QVector<IalsSettings> m_ialsGrid;
    Choice m_choice;
    QVector<double> m_weights;
    std::unique_ptr<Ease> m_ease;
    std::unique_ptr<UserKnn> m_userKnn;
    std::unique_ptr<Rp3Beta> m_rp3;
    std::unique_ptr<Ials> m_ials;
};

// Each score scaled to [0, 1] (min to max); all zero when they are all equal.
void scaleToUnit(QVector<float> &scores);
// Scaled so the mean over the items outside the history is 0 and the best of them 1 (all zero
// when they are all equal): parts of a blend then weigh alike whatever their range.
void normalise(QVector<float> &scores, const QVector<int> &history);
} // namespace lyceum::reco
