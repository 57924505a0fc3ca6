// k-means (segments_kmeans.h) on Eigen matrices.
#include "learning/segments_kmeans.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace lyceum::learning {

namespace {

Eigen::MatrixXd toMatrix(const Rows &rows) {
    const Eigen::Index n = Eigen::Index(rows.size());
    const Eigen::Index d = n ? Eigen::Index(rows.front().size()) : 0;
    Eigen::MatrixXd m(n, d);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < d; ++j)
            m(i, j) = rows[size_t(i)][size_t(j)];
    return m;
}

Rows toRows(const Eigen::MatrixXd &m) {
    Rows out(size_t(m.rows()), std::vector<double>(size_t(m.cols())));
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        for (Eigen::Index j = 0; j < m.cols(); ++j)
            out[size_t(i)][size_t(j)] = m(i, j);
    return out;
}

// Squared distance of every point to every centroid: n x k.
Eigen::MatrixXd distances(const Eigen::MatrixXd &x, const Eigen::MatrixXd &c) {
    const Eigen::VectorXd xx = x.rowwise().squaredNorm();
    const Eigen::RowVectorXd cc = c.rowwise().squaredNorm().transpose();
    Eigen::MatrixXd d = -2.0 * x * c.transpose();
    d.rowwise() += cc;
    d.colwise() += xx;
    return d.cwiseMax(0.0);
}

// k-means++: the first centre uniformly, each next one with probability proportional to the
// squared distance to the nearest centre chosen so far.
Eigen::MatrixXd seedCentres(const Eigen::MatrixXd &x, int k, std::mt19937 &rng) {
    const Eigen::Index n = x.rows();
    Eigen::MatrixXd c(k, x.cols());
    std::uniform_int_distribution<Eigen::Index> first(0, n - 1);
    c.row(0) = x.row(first(rng));
    Eigen::VectorXd nearest = (x.rowwise() - c.row(0)).rowwise().squaredNorm();
    for (int j = 1; j < k; ++j) {
        const double total = nearest.sum();
        Eigen::Index pick = 0;
        if (total > 0) {
            std::uniform_real_distribution<double> u(0.0, total);
            double r = u(rng);
            for (pick = 0; pick < n - 1 && r >= nearest(pick); ++pick)
                r -= nearest(pick);
        }
        c.row(j) = x.row(pick);
        nearest = nearest.cwiseMin((x.rowwise() - c.row(j)).rowwise().squaredNorm());
    }
    return c;
}

KMeansResult lloyd(const Eigen::MatrixXd &x, Eigen::MatrixXd c, int maxIterations) {
    const Eigen::Index n = x.rows();
    const int k = int(c.rows());
    std::vector<int> labels(size_t(n), -1);
    KMeansResult out;
    for (out.iterations = 1; out.iterations <= maxIterations; ++out.iterations) {
        const Eigen::MatrixXd d = distances(x, c);
        bool changed = false;
        for (Eigen::Index i = 0; i < n; ++i) {
            Eigen::Index best = 0;
            d.row(i).minCoeff(&best);
            changed = changed || labels[size_t(i)] != int(best);
            labels[size_t(i)] = int(best);
        }
        Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(k, x.cols());
        Eigen::VectorXd counts = Eigen::VectorXd::Zero(k);
        for (Eigen::Index i = 0; i < n; ++i) {
            sums.row(labels[size_t(i)]) += x.row(i);
            counts(labels[size_t(i)]) += 1;
        }
        for (int j = 0; j < k; ++j) {
            if (counts(j) > 0) // an emptied cluster keeps its centre
                c.row(j) = sums.row(j) / counts(j);
        }
        if (!changed)
            break;
    }
    out.iterations = std::min(out.iterations, maxIterations);
    const Eigen::MatrixXd d = distances(x, c);
    for (Eigen::Index i = 0; i < n; ++i)
        out.inertia += d(i, labels[size_t(i)]);
    out.centroids = toRows(c);
    out.labels = std::move(labels);
    return out;
}

int distinctRows(const Rows &points) {
    Rows sorted = points;
    std::sort(sorted.begin(), sorted.end());
    return int(std::unique(sorted.begin(), sorted.end()) - sorted.begin());
}

} // namespace

Rows standardise(const Rows &points) {
    if (points.empty())
        return {};
    Eigen::MatrixXd x = toMatrix(points);
    const Eigen::RowVectorXd mean = x.colwise().mean();
    x.rowwise() -= mean;
    const Eigen::RowVectorXd sd = (x.colwise().squaredNorm() / double(x.rows())).cwiseSqrt();
    for (Eigen::Index j = 0; j < x.cols(); ++j)
        x.col(j) =
            sd(j) > 1e-12 ? Eigen::VectorXd(x.col(j) / sd(j)) : Eigen::VectorXd::Zero(x.rows());
    return toRows(x);
}

KMeansResult kmeans(const Rows &points, int k, const KMeansOptions &options) {
    if (points.empty() || k < 1)
        return {};
    k = std::min(k, distinctRows(points));
    const Eigen::MatrixXd x = toMatrix(points);
    std::mt19937 rng(options.seed);
    KMeansResult best;
    best.inertia = std::numeric_limits<double>::infinity();
    for (int r = 0; r < std::max(1, options.restarts); ++r) {
        KMeansResult run = lloyd(x, seedCentres(x, k, rng), options.maxIterations);
        if (run.inertia < best.inertia - 1e-9)
            best = std::move(run);
    }
    return best;
}

double silhouette(const Rows &points, const std::vector<int> &labels, int k) {
    const size_t n = points.size();
    if (k < 2 || n < 2)
        return 0;
    const Eigen::MatrixXd x = toMatrix(points);
    const Eigen::MatrixXd d = distances(x, x).cwiseSqrt();
    double total = 0;
    for (size_t i = 0; i < n; ++i) {
        std::vector<double> sum(size_t(k), 0.0);
        std::vector<int> count(size_t(k), 0);
        for (size_t j = 0; j < n; ++j) {
            if (j == i)
                continue;
            sum[size_t(labels[j])] += d(Eigen::Index(i), Eigen::Index(j));
            count[size_t(labels[j])] += 1;
        }
        const int own = labels[i];
        if (count[size_t(own)] == 0)
            continue; // a point alone in its cluster counts 0
        const double a = sum[size_t(own)] / count[size_t(own)];
        double b = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c) {
            if (c != own && count[size_t(c)] > 0)
                b = std::min(b, sum[size_t(c)] / count[size_t(c)]);
        }
        if (std::isfinite(b) && std::max(a, b) > 0)
            total += (b - a) / std::max(a, b);
    }
    return total / double(n);
}

} // namespace lyceum::learning
