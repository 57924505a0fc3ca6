#include "reco/tuning.h"

#include <algorithm>
#include <limits>
#include <random>

namespace lyceum::reco {

namespace {

QString label(const EaseSettings &s) {
    return QStringLiteral("lambda=%1 dropout=%2 gamma=%3 beta=%4")
        .arg(s.lambda)
        .arg(s.dropout)
        .arg(s.userExponent)
        .arg(s.popularityExponent);
}

QString label(const Rp3Settings &s) {
    return QStringLiteral("alpha=%1 beta=%2 k=%3").arg(s.alpha).arg(s.beta).arg(s.neighbours);
}

std::unique_ptr<Ease> make(const EaseSettings &s) {
    auto ease = std::make_unique<Ease>(s.lambda, s.dropout);
    ease->setUserExponent(s.userExponent);
    ease->setPopularityExponent(s.popularityExponent);
    return ease;
}

std::unique_ptr<Rp3Beta> make(const Rp3Settings &s) {
    return std::make_unique<Rp3Beta>(s);
}

QString label(const UserKnnSettings &s) {
    return QStringLiteral("k=%1 power=%2").arg(s.neighbours).arg(s.power);
}

std::unique_ptr<UserKnn> make(const UserKnnSettings &s) {
    return std::make_unique<UserKnn>(s);
}

QString label(const IalsSettings &s) {
    return QStringLiteral("factors=%1 lambda=%2 alpha0=%3 iterations=%4")
        .arg(s.factors)
        .arg(s.regularisation)
        .arg(s.unobserved)
        .arg(s.iterations);
}

std::unique_ptr<Ials> make(const IalsSettings &s) {
    return std::make_unique<Ials>(s);
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

// Every weighting of `parts` models in steps of 1/steps that sums to 1, as step counts.
QVector<QVector<int>> simplex(int parts, int steps) {
    if (parts == 1)
        return {{steps}};
    QVector<QVector<int>> out;
    for (int first = steps; first >= 0; --first)
        for (QVector<int> rest : simplex(parts - 1, steps - first)) {
            rest.prepend(first);
            out << rest;
        }
    return out;
}

QVector<float> mixed(const QVector<QVector<float>> &parts, const QVector<double> &weights) {
    QVector<float> out(parts.first().size(), 0.0f);
    for (qsizetype p = 0; p < parts.size(); ++p) {
        if (weights[p] == 0)
            continue;
        const float w = float(weights[p]);
        const QVector<float> &s = parts[p];
        for (qsizetype i = 0; i < out.size(); ++i)
            out[i] += w * s[i];
    }
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

void normalise(QVector<float> &v, const QVector<int> &history) {
    QVector<char> skip(v.size(), 0);
    for (int i : history)
        if (i >= 0 && i < v.size())
            skip[i] = 1;
    double sum = 0;
    float top = -std::numeric_limits<float>::infinity();
    qsizetype n = 0;
    for (qsizetype i = 0; i < v.size(); ++i)
        if (!skip[i]) {
            sum += v[i];
            top = std::max(top, v[i]);
            ++n;
        }
    const float mean = n > 0 ? float(sum / double(n)) : 0.0f;
    const float span = n > 0 ? top - mean : 0.0f;
    for (float &x : v)
        x = span > 0 ? (x - mean) / span : 0.0f;
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

QVector<UserKnnSettings> tunedUserKnnGrid() {
    QVector<UserKnnSettings> grid;
    for (const int k : {50, 100})
        grid.append({k, 2.0});
    return grid;
}

QVector<IalsSettings> tunedIalsGrid() {
    return {{64, 0.02, 0.3, 8, 1.0}, {64, 0.01, 0.3, 8, 1.0}, {64, 0.01, 1.0, 8, 1.0}};
}

QVector<QVector<float>> Blend::partScores(const QVector<int> &history) const {
    QVector<QVector<float>> parts;
    for (const Recommender *model : {static_cast<const Recommender *>(m_ease.get()),
                                     static_cast<const Recommender *>(m_userKnn.get()),
                                     static_cast<const Recommender *>(m_rp3.get()),
                                     static_cast<const Recommender *>(m_ials.get())}) {
        if (!model)
            continue;
        parts << model->scores(history);
        normalise(parts.last(), history);
    }
    return parts;
}

void Blend::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    const Split validation = validationSplit(byUser, m_seed);
    EaseSettings easeBest;
    UserKnnSettings knnBest;
    Rp3Settings rp3Best;
    IalsSettings ialsBest;
    Choice easeChoice, knnChoice, rp3Choice, ialsChoice;
    m_ease = chooseOnValidation(m_easeGrid, validation, itemCount, &easeBest, &easeChoice);
    m_userKnn = m_knnGrid.isEmpty()
                    ? nullptr
                    : chooseOnValidation(m_knnGrid, validation, itemCount, &knnBest, &knnChoice);
    m_rp3 = m_rp3Grid.isEmpty()
                ? nullptr
                : chooseOnValidation(m_rp3Grid, validation, itemCount, &rp3Best, &rp3Choice);
    m_ials = m_ialsGrid.isEmpty()
                 ? nullptr
                 : chooseOnValidation(m_ialsGrid, validation, itemCount, &ialsBest, &ialsChoice);
    // The weights: every part's scores once per validation user, every weighting ranked from
    // them.
    const int parts = 1 + (m_userKnn ? 1 : 0) + (m_rp3 ? 1 : 0) + (m_ials ? 1 : 0);
    constexpr int steps = 10;
    const QVector<QVector<int>> weightings = simplex(parts, steps);
    QVector<double> ndcg(weightings.size(), 0.0);
    int users = 0;
    for (qsizetype u = 0; u < validation.train.size(); ++u) {
        if (validation.test.at(u).isEmpty())
            continue;
        const QVector<QVector<float>> scores = partScores(validation.train.at(u));
        for (qsizetype w = 0; w < weightings.size(); ++w) {
            QVector<double> weights;
            for (int s : weightings[w])
                weights << double(s) / steps;
            ndcg[w] += ndcgAt(topN(mixed(scores, weights), validation.train.at(u), 10),
                              validation.test.at(u), 10);
        }
        ++users;
    }
    const qsizetype best = std::max_element(ndcg.begin(), ndcg.end()) - ndcg.begin();
    m_weights.clear();
    for (int s : weightings[best])
        m_weights << double(s) / steps;
    QString label = QStringLiteral("ease %1").arg(easeChoice.settings);
    if (m_userKnn)
        label += QStringLiteral("; userknn %1").arg(knnChoice.settings);
    if (m_rp3)
        label += QStringLiteral("; rp3b %1").arg(rp3Choice.settings);
    if (m_ials)
        label += QStringLiteral("; ials %1").arg(ialsChoice.settings);
    QStringList shares;
    for (double w : std::as_const(m_weights))
        shares << QString::number(w);
    label += QStringLiteral("; weights %1").arg(shares.join(u'/'));
    m_choice = {label, users > 0 ? ndcg[best] / users : 0};
    // The chosen parts trained again on the whole training part (a part with no weight skipped).
    m_ease.reset(); // its memory before the final training
    m_ease = make(easeBest);
    m_ease->fit(byUser, itemCount);
    if (m_userKnn) {
        m_userKnn = make(knnBest);
        m_userKnn->fit(byUser, itemCount);
    }
    if (m_rp3) {
        m_rp3 = make(rp3Best);
        m_rp3->fit(byUser, itemCount);
    }
    if (m_ials) {
        m_ials = make(ialsBest);
        m_ials->fit(byUser, itemCount);
    }
}

QVector<float> Blend::scores(const QVector<int> &history) const {
    if (!m_ease)
        return {};
    return mixed(partScores(history), m_weights);
}

} // namespace lyceum::reco
