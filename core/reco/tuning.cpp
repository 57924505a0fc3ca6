#include "reco/tuning.h"

#include <algorithm>
#include <random>

namespace lyceum::reco {

namespace {

QString label(const EaseSettings &s) {
    return QStringLiteral("lambda=%1 dropout=%2").arg(s.lambda).arg(s.dropout);
}

QString label(const Rp3Settings &s) {
    return QStringLiteral("alpha=%1 beta=%2 k=%3").arg(s.alpha).arg(s.beta).arg(s.neighbours);
}

std::unique_ptr<Ease> make(const EaseSettings &s) {
    return std::make_unique<Ease>(s.lambda, s.dropout);
}

std::unique_ptr<Rp3Beta> make(const Rp3Settings &s) {
    return std::make_unique<Rp3Beta>(s);
}

// Trains every candidate on the validation split's training part and keeps the best one (by
// NDCG@10 on its validation part; ties: the earlier candidate), trained there.
template<typename Settings>
auto chooseOnValidation(const QVector<Settings> &grid, const Split &validation, int itemCount,
                        Settings *best, Choice *choice) {
    decltype(make(grid.first())) kept;
    choice->ndcg = -1;
    for (const Settings &s : grid) {
        auto model = make(s);
        const Metrics m = evaluate(*model, validation, itemCount);
        if (m.ndcg > choice->ndcg) {
            *choice = {label(s), m.ndcg};
            *best = s;
            kept = std::move(model);
        }
    }
    return kept;
}

QVector<float> blended(const QVector<float> &a, const QVector<float> &b, double weight) {
    QVector<float> out(a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        out[i] = float(weight * a[i] + (1.0 - weight) * b[i]);
    return out;
}

} // namespace

void scaleToUnit(QVector<float> &v) {
    if (v.isEmpty())
        return;
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    const float low = *lo;
    const float span = *hi - *lo;
    for (float &x : v)
        x = span > 0 ? (x - low) / span : 0.0f;
}

Split validationSplit(const QVector<QVector<int>> &train, quint32 seed, double share) {
    Split s;
    s.train.resize(train.size());
    s.test.resize(train.size());
    std::mt19937 rng(seed ^ 0x7a11du);
    for (qsizetype u = 0; u < train.size(); ++u) {
        QVector<int> items = train.at(u);
        if (items.size() < 3) {
            s.train[u] = items;
            continue;
        }
        std::shuffle(items.begin(), items.end(), rng);
        const int cut =
            std::clamp(int(std::lround(share * double(items.size()))), 1, int(items.size()) - 1);
        s.train[u] = items.mid(0, cut);
        s.test[u] = items.mid(cut);
    }
    return s;
}

QVector<EaseSettings> tunedEaseGrid() {
    // Three, since each costs a dense solve (about 13 s of one core at 9,700 items).
    return {{250, 0}, {500, 0}, {250, 0.25}};
}

QVector<Rp3Settings> tunedRp3Grid() {
    QVector<Rp3Settings> grid;
    for (const double alpha : {0.6, 0.8, 1.0})
        for (const double beta : {0.1, 0.25, 0.4})
            for (const int k : {50, 200})
                grid.append({alpha, beta, k});
    return grid;
}

void TunedEase::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    EaseSettings best;
    chooseOnValidation(m_grid, validationSplit(byUser, m_seed), itemCount, &best, &m_choice);
    m_model = make(best);
    m_model->fit(byUser, itemCount);
}

QVector<float> TunedEase::scores(const QVector<int> &history) const {
    return m_model ? m_model->scores(history) : QVector<float>();
}

void TunedRp3::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    Rp3Settings best;
    chooseOnValidation(m_grid, validationSplit(byUser, m_seed), itemCount, &best, &m_choice);
    m_model = make(best);
    m_model->fit(byUser, itemCount);
}

QVector<float> TunedRp3::scores(const QVector<int> &history) const {
    return m_model ? m_model->scores(history) : QVector<float>();
}

void Blend::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    const Split validation = validationSplit(byUser, m_seed);
    EaseSettings easeBest;
    Rp3Settings rp3Best;
    Choice easeChoice, rp3Choice;
    auto ease = chooseOnValidation(m_easeGrid, validation, itemCount, &easeBest, &easeChoice);
    auto rp3 = chooseOnValidation(m_rp3Grid, validation, itemCount, &rp3Best, &rp3Choice);
    // The weight: both parts' scores once per validation user, every weight ranked from them.
    constexpr int steps = 10;
    QVector<double> ndcg(steps + 1, 0.0);
    int users = 0;
    for (qsizetype u = 0; u < validation.train.size(); ++u) {
        if (validation.test.at(u).isEmpty())
            continue;
        QVector<float> a = ease->scores(validation.train.at(u));
        QVector<float> b = rp3->scores(validation.train.at(u));
        scaleToUnit(a);
        scaleToUnit(b);
        for (int w = 0; w <= steps; ++w)
            ndcg[w] += ndcgAt(topN(blended(a, b, double(w) / steps), validation.train.at(u), 10),
                              validation.test.at(u), 10);
        ++users;
    }
    const int best = int(std::max_element(ndcg.begin(), ndcg.end()) - ndcg.begin());
    m_weight = double(best) / steps;
    m_choice = {QStringLiteral("ease %1; rp3b %2; ease weight %3")
                    .arg(easeChoice.settings, rp3Choice.settings)
                    .arg(m_weight),
                users > 0 ? ndcg[best] / users : 0};
    ease.reset(); // its memory before the final training
    m_ease = make(easeBest);
    m_ease->fit(byUser, itemCount);
    m_rp3 = make(rp3Best);
    m_rp3->fit(byUser, itemCount);
}

QVector<float> Blend::scores(const QVector<int> &history) const {
    if (!m_ease || !m_rp3)
        return {};
    QVector<float> a = m_ease->scores(history);
    QVector<float> b = m_rp3->scores(history);
    scaleToUnit(a);
    scaleToUnit(b);
    return blended(a, b, m_weight);
}

} // namespace lyceum::reco
