// iALS (Hu, Koren and Volinsky 2008) in the form Rendle et al. ("Revisiting the performance of
// iALS on item recommendation benchmarks", 2021) tuned to match EASE: user and item factors of
// `factors` dimensions minimising Σ_observed (⟨w_u, h_i⟩ - 1)² + α0 Σ_all ⟨w_u, h_i⟩² +
// λ Σ_u (|I_u| + α0 |I|)^ν ‖w_u‖² + λ Σ_i (|U_i| + α0 |U|)^ν ‖h_i‖², by alternating exact
// least squares (a k x k Cholesky per user and per item, the all-items term from one Gram
// matrix). A history is scored by folding it in: one more user step against the item factors.
// Low-rank where EASE is item-to-item, so each sees what the other misses (the blend,
// reco/tuning.h).
#pragma once

#include "reco/recommenders.h"

namespace lyceum::reco {

struct IalsSettings {
    int factors = 64;
    double regularisation = 0.02; // λ
    double unobserved = 0.3;      // α0
    int iterations = 12;
    double exponent = 1.0; // ν
};

class Ials final : public Recommender {
public:
    explicit Ials(IalsSettings settings = {}, quint32 seed = 1, int threads = 0)
        : m_settings(settings)
        , m_seed(seed)
        , m_threads(threads) {}
    QString name() const override { return QStringLiteral("ials"); }
    void fit(const QVector<QVector<int>> &byUser, int itemCount) override;
    QVector<float> scores(const QVector<int> &history) const override;
    IalsSettings settings() const { return m_settings; }

private:
    IalsSettings m_settings;
    quint32 m_seed;
    int m_threads;
    int m_items = 0;
    QVector<float> m_itemFactors; // item i's factors at i * factors
    QVector<float> m_itemGram;    // α0 HᵀH, factors x factors
};

} // namespace lyceum::reco
