// The blocked kernels of reco/ease_solver.h, included once per instruction set by
// ease_solver.cpp (the baseline) and ease_solver_avx2.cpp (AVX2 + FMA, chosen at run time when
// the processor has them), each time inside its own namespace and, for the AVX2 copy, with
// Eigen's namespace renamed, so the two builds of every template never meet at link time.
// Deliberately no include guard.
#include <Eigen/Dense>
#include <algorithm>
#include <type_traits>
#include <utility>

namespace lyceum::reco {

// Runs fn(context, 0..count-1) on up to `threads` threads; ease_solver.cpp.
void runInParallel(int count, int threads, void (*fn)(void *, int), void *context);

namespace LYCEUM_EASE_KERNELS {

namespace {

using Matrix = Eigen::Map<Eigen::MatrixXf>;
constexpr int kBlock = 256;

// Calls f(0..count-1) on up to `threads` threads (runInParallel, in ease_solver.cpp: this file
// starts no thread itself, so that nothing but its own code is built for the wider instructions).
template<typename F> void parallelFor(int count, int threads, F &&f) {
    using Fn = std::remove_reference_t<F>;
    runInParallel(
        count, threads, [](void *context, int i) { (*static_cast<Fn *>(context))(i); }, &f);
}

// [begin, begin + size) cut into `parts` near-equal ranges; piece p of them.
std::pair<int, int> piece(int begin, int size, int parts, int p) {
    const int from = begin + int(static_cast<long long>(size) * p / parts);
    const int to = begin + int(static_cast<long long>(size) * (p + 1) / parts);
    return {from, to - from};
}

// Right-looking blocked Cholesky: A = L Lᵀ, L in the lower triangle.
bool cholesky(Matrix &a, int n, int threads) {
    for (int k = 0; k < n; k += kBlock) {
        const int kb = std::min(kBlock, n - k);
        Eigen::Ref<Eigen::MatrixXf> diagonal(a.block(k, k, kb, kb));
        Eigen::LLT<Eigen::Ref<Eigen::MatrixXf>> llt(diagonal);
        if (llt.info() != Eigen::Success)
            return false;
        const int rest = n - k - kb;
        if (rest == 0)
            break;
        // The panel below: L21 = A21 L11⁻ᵀ, rows in pieces.
        parallelFor(threads, threads, [&](int p) {
            const auto [row, rows] = piece(k + kb, rest, threads, p);
            if (rows > 0)
                a.block(k, k, kb, kb)
                    .triangularView<Eigen::Lower>()
                    .transpose()
                    .solveInPlace<Eigen::OnTheRight>(a.block(row, k, rows, kb));
        });
        // The trailing lower triangle: A22 -= L21 L21ᵀ, one block column at a time.
        parallelFor((rest + kBlock - 1) / kBlock, threads, [&](int b) {
            const int j = k + kb + b * kBlock;
            const int jb = std::min(kBlock, n - j);
            a.block(j, j, n - j, jb).noalias() -=
                a.block(j, k, n - j, kb) * a.block(j, k, jb, kb).transpose();
        });
    }
    return true;
}

// W = L⁻¹ in place (LAPACK trtri, lower, from the last block column back).
void invertLower(Matrix &a, int n, int threads) {
    for (int j = ((n - 1) / kBlock) * kBlock; j >= 0; j -= kBlock) {
        const int jb = std::min(kBlock, n - j);
        const int rest = n - j - jb;
        if (rest > 0) {
            // W21 = -W22 L21 L11⁻¹ (W22 is already inverted).
            parallelFor(threads, threads, [&](int p) {
                const auto [col, cols] = piece(j, jb, threads, p);
                if (cols == 0)
                    return;
                auto x = a.block(j + jb, col, rest, cols);
                const Eigen::MatrixXf product =
                    a.block(j + jb, j + jb, rest, rest).triangularView<Eigen::Lower>() * x;
                x = product;
            });
            parallelFor(threads, threads, [&](int p) {
                const auto [row, rows] = piece(j + jb, rest, threads, p);
                if (rows == 0)
                    return;
                auto x = a.block(row, j, rows, jb);
                a.block(j, j, jb, jb)
                    .triangularView<Eigen::Lower>()
                    .solveInPlace<Eigen::OnTheRight>(x);
                x = -x;
            });
        }
        Eigen::MatrixXf inverse = Eigen::MatrixXf::Identity(jb, jb);
        a.block(j, j, jb, jb).triangularView<Eigen::Lower>().solveInPlace(inverse);
        a.block(j, j, jb, jb).triangularView<Eigen::Lower>() = inverse;
    }
}

// Wᵀ W into the lower triangle, in place (LAPACK lauum, lower): block row i of the result needs
// only the rows of W from i on, which later steps do not change.
void lowerTransposeTimesLower(Matrix &a, int n, int threads) {
    for (int i = 0; i < n; i += kBlock) {
        const int ib = std::min(kBlock, n - i);
        const int rest = n - i - ib;
        const int pieces = std::max(1, std::min(i / 64, threads * 4));
        if (i > 0) {
            parallelFor(pieces, threads, [&](int p) {
                const auto [col, cols] = piece(0, i, pieces, p);
                if (cols == 0)
                    return;
                auto r = a.block(i, col, ib, cols);
                const Eigen::MatrixXf product =
                    a.block(i, i, ib, ib).triangularView<Eigen::Lower>().transpose() * r;
                r = product;
                if (rest > 0)
                    r.noalias() +=
                        a.block(i + ib, i, rest, ib).transpose() * a.block(i + ib, col, rest, cols);
            });
        }
        const Eigen::MatrixXf d = a.block(i, i, ib, ib).triangularView<Eigen::Lower>();
        Eigen::MatrixXf square = d.transpose() * d;
        if (rest > 0)
            square.noalias() +=
                a.block(i + ib, i, rest, ib).transpose() * a.block(i + ib, i, rest, ib);
        a.block(i, i, ib, ib).triangularView<Eigen::Lower>() = square;
    }
}

} // namespace

bool invertSpdLower(float *data, int n, int threads) {
    Matrix a(data, n, n);
    if (!cholesky(a, n, threads))
        return false;
    invertLower(a, n, threads);
    lowerTransposeTimesLower(a, n, threads);
    return true;
}

} // namespace LYCEUM_EASE_KERNELS

} // namespace lyceum::reco
