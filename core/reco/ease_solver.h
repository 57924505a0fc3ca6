// The dense linear algebra behind EASE (reco/recommenders.h), in single precision and in place,
// so a catalogue of n items needs one n x n float buffer (9,724 items: 378 MB) and nothing
// beside it: a blocked Cholesky factorisation, the inverse of the triangular factor and the
// product of that inverse with its transpose (LAPACK's potrf, trtri and lauum, with Eigen's
// matrix products on the blocks), each block step spread over `threads` std::threads.
#pragma once

namespace lyceum::reco {

// a: n x n, column-major; its lower triangle holds a symmetric positive-definite matrix (the upper
// triangle is ignored). On success the lower triangle holds its inverse (the upper triangle is
// left undefined). false when the matrix is not positive definite. threads <= 0: every core.
// wide: the AVX2 + FMA kernels when the processor has them (false: the baseline ones, for tests).
bool invertSpdLowerInPlace(float *a, int n, int threads = 0, bool wide = true);

// The core count invertSpdLowerInPlace uses for threads <= 0.
int defaultThreads();

// Whether the AVX2 + FMA build of the kernels runs on this processor (x86-64 builds only).
bool wideKernels();

} // namespace lyceum::reco
