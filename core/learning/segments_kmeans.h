// k-means for learner segments (docs/architecture.md, "Learning": insights for creators).
// Deterministic: k-means++ seeding from a std::mt19937 with the caller's seed, a fixed number
// of restarts, the best (lowest within-cluster sum of squares) kept, ties to the earliest
// restart. Points are rows of equal length; the linear algebra is Eigen's (kept out of this
// header so callers need not see it).
#pragma once

#include <QVector>
#include <cstdint>
#include <vector>

namespace lyceum::learning {

using Rows = std::vector<std::vector<double>>;

struct KMeansResult {
    Rows centroids;          // k rows, in the units of the points given
    std::vector<int> labels; // one per point: its centroid's index
    double inertia = 0;      // within-cluster sum of squared distances
    int iterations = 0;      // of the restart kept
};

struct KMeansOptions {
    std::uint32_t seed = 20260101;
    int restarts = 8;
    int maxIterations = 100;
};

// Each column to mean 0 and standard deviation 1 (a constant column becomes 0s), so that no
// feature wins for its units alone (days and lessons count in tens, quiz scores in fractions).
Rows standardise(const Rows &points);

// k clusters of the points (k is clamped to the number of distinct points; empty input gives
// an empty result).
KMeansResult kmeans(const Rows &points, int k, const KMeansOptions &options = {});

// The mean silhouette of a clustering (-1..1, higher: better separated); 0 for fewer than two
// clusters. O(n²): callers sample past a few thousand points.
double silhouette(const Rows &points, const std::vector<int> &labels, int k);

} // namespace lyceum::learning
