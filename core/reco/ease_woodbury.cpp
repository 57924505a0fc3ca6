#include "reco/ease_woodbury.h"

#include "reco/ease_solver.h"

#include <Eigen/Dense>
#include <atomic>
#include <cmath>
#include <thread>
#include <vector>

namespace lyceum::reco {

bool easeInverseWoodbury(const QVector<QVector<int>> &users, const QVector<float> &userWeight,
                         const QVector<double> &diagonal, int n, float *p, int threads) {
    const int m = int(users.size());
    QVector<double> scale(n); // Λ^-½
    for (int a = 0; a < n; ++a)
        scale[a] = 1.0 / std::sqrt(diagonal[a]);
    // Y, users x items, dense (users are few); K = I + YYᵀ.
    Eigen::MatrixXd y = Eigen::MatrixXd::Zero(m, n);
    QVector<QVector<int>> usersOf(n);
    for (int u = 0; u < m; ++u) {
        const double w = std::sqrt(double(userWeight.value(u, 1.0f)));
        for (int a : users[u]) {
            y(u, a) = w * scale[a];
            usersOf[a] << u;
        }
    }
    Eigen::MatrixXd k = Eigen::MatrixXd::Identity(m, m);
    k.selfadjointView<Eigen::Lower>().rankUpdate(y);
    const Eigen::LLT<Eigen::MatrixXd, Eigen::Lower> factor(k);
    if (factor.info() != Eigen::Success)
        return false;
    // K⁻¹Y, users x items, a user's row contiguous.
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> z =
        factor.solve(y);
    // Row a of YᵀZ = Σ over a's users u of Y(u, a)·Z(u, :); P(a, b) = (δ - that) scale_a scale_b.
    std::atomic<int> next{0};
    const auto rows = [&] {
        std::vector<double> row(size_t(n), 0.0);
        for (int a = next.fetch_add(1); a < n; a = next.fetch_add(1)) {
            std::fill(row.begin(), row.end(), 0.0);
            for (int u : usersOf[a]) {
                const double ya = y(u, a);
                const double *zu = z.data() + qsizetype(u) * n;
                for (int b = 0; b < n; ++b)
                    row[size_t(b)] += ya * zu[b];
            }
            float *out = p + qsizetype(a) * n;
            for (int b = 0; b < n; ++b)
                out[b] = float(((a == b ? 1.0 : 0.0) - row[size_t(b)]) * scale[a] * scale[b]);
        }
    };
    const int count = std::min(threads > 0 ? threads : defaultThreads(), 8);
    std::vector<std::thread> pool;
    for (int t = 1; t < count; ++t)
        pool.emplace_back(rows);
    rows();
    for (std::thread &t : pool)
        t.join();
    return true;
}

} // namespace lyceum::reco
