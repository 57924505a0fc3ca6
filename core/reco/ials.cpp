#include "reco/ials.h"

#include "reco/ease_solver.h"

#include <Eigen/Dense>
#include <atomic>
#include <cmath>
#include <random>
#include <thread>
#include <vector>

namespace lyceum::reco {

namespace {

using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Map = Eigen::Map<Matrix>;
using ConstMap = Eigen::Map<const Matrix>;

// α0 FᵀF of the factors (rows x k).
Eigen::MatrixXf gramOf(const ConstMap &f, double unobserved) {
    Eigen::MatrixXf g = Eigen::MatrixXf::Zero(f.cols(), f.cols());
    g.selfadjointView<Eigen::Lower>().rankUpdate(f.transpose(), float(unobserved));
    return g.selfadjointView<Eigen::Lower>();
}

// The least-squares factors of one row (a user's items, or an item's users) against `other`.
Eigen::VectorXf solveOne(const QVector<int> &observed, const ConstMap &other,
                         const Eigen::MatrixXf &gram, const IalsSettings &s, qsizetype otherCount) {
    const int k = int(other.cols());
    Eigen::MatrixXf a = gram;
    Eigen::VectorXf b = Eigen::VectorXf::Zero(k);
    Matrix gathered(observed.size(), k);
    for (qsizetype r = 0; r < observed.size(); ++r) {
        gathered.row(r) = other.row(observed[r]);
        b += other.row(observed[r]).transpose();
    }
    a.selfadjointView<Eigen::Lower>().rankUpdate(gathered.transpose());
    const double reg =
        s.regularisation *
        std::pow(double(observed.size()) + s.unobserved * double(otherCount), s.exponent);
    a.diagonal().array() += float(reg);
    return a.selfadjointView<Eigen::Lower>().llt().solve(b);
}

// One half-step: every row of `mine` solved against `other`, shared out to threads.
void solveSide(const QVector<QVector<int>> &lists, const QVector<float> &other, int otherCount,
               QVector<float> *mine, const IalsSettings &s, int threads) {
    const int k = s.factors;
    const ConstMap o(other.constData(), otherCount, k);
    const Eigen::MatrixXf gram = gramOf(o, s.unobserved);
    std::atomic<int> next{0};
    float *out = mine->data();
    const auto work = [&] {
        for (int r = next.fetch_add(1); r < lists.size(); r = next.fetch_add(1)) {
            Map row(out + qsizetype(r) * k, 1, k);
            if (lists[r].isEmpty())
                row.setZero();
            else
                row = solveOne(lists[r], o, gram, s, otherCount).transpose();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

} // namespace

void Ials::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    m_items = itemCount;
    const int k = std::max(1, m_settings.factors);
    m_settings.factors = k;
    const int users = int(byUser.size());
    QVector<QVector<int>> usersOf(itemCount);
    for (int u = 0; u < users; ++u)
        for (int i : byUser[u])
            usersOf[i] << u;
    std::mt19937 rng(m_seed);
    std::normal_distribution<float> normal(0.0f, float(0.1 / std::sqrt(double(k))));
    m_itemFactors = QVector<float>(qsizetype(itemCount) * k);
    for (float &x : m_itemFactors)
        x = normal(rng);
    QVector<float> userFactors(qsizetype(users) * k, 0.0f);
    const int threads = std::min(m_threads > 0 ? m_threads : defaultThreads(), 8);
    for (int it = 0; it < m_settings.iterations; ++it) {
        solveSide(byUser, m_itemFactors, itemCount, &userFactors, m_settings, threads);
        solveSide(usersOf, userFactors, users, &m_itemFactors, m_settings, threads);
    }
    const Eigen::MatrixXf gram =
        gramOf(ConstMap(m_itemFactors.constData(), itemCount, k), m_settings.unobserved);
    m_itemGram = QVector<float>(qsizetype(k) * k);
    Eigen::Map<Eigen::MatrixXf>(m_itemGram.data(), k, k) = gram;
}

QVector<float> Ials::scores(const QVector<int> &history) const {
    QVector<float> out(m_items, 0.0f);
    const int k = m_settings.factors;
    QVector<int> known;
    for (int h : history)
        if (h >= 0 && h < m_items)
            known << h;
    if (known.isEmpty() || m_itemFactors.isEmpty())
        return out;
    const ConstMap h(m_itemFactors.constData(), m_items, k);
    const Eigen::MatrixXf gram = Eigen::Map<const Eigen::MatrixXf>(m_itemGram.constData(), k, k);
    const Eigen::VectorXf w = solveOne(known, h, gram, m_settings, m_items);
    Eigen::Map<Eigen::VectorXf>(out.data(), m_items) = h * w;
    return out;
}

} // namespace lyceum::reco
