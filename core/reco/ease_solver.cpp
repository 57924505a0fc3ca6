#include "reco/ease_solver.h"

#include <atomic>
#include <thread>
#include <vector>

#define LYCEUM_EASE_KERNELS baseline
#include "reco/ease_solver_kernels.h"
#undef LYCEUM_EASE_KERNELS

namespace lyceum::reco {

#if defined(LYCEUM_EASE_AVX2)
namespace avx2 {
bool invertSpdLower(float *data, int n, int threads); // ease_solver_avx2.cpp
}
#endif

void runInParallel(int count, int threads, void (*fn)(void *, int), void *context) {
    if (threads <= 1 || count <= 1) {
        for (int i = 0; i < count; ++i)
            fn(context, i);
        return;
    }
    // The indexes are handed out in order: the first are the largest pieces of work in every
    // caller, so they start first.
    std::atomic<int> next{0};
    const auto work = [&] {
        for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            fn(context, i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::min(threads, count); ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

int defaultThreads() {
    return int(std::max(1u, std::thread::hardware_concurrency()));
}

bool wideKernels() {
#if defined(LYCEUM_EASE_AVX2)
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return has;
#else
    return false;
#endif
}

bool invertSpdLowerInPlace(float *data, int n, int threads, bool wide) {
    if (n <= 0)
        return true;
    if (threads <= 0)
        threads = defaultThreads();
#if defined(LYCEUM_EASE_AVX2)
    if (wide && wideKernels())
        return avx2::invertSpdLower(data, n, threads);
#endif
    (void)wide;
    return baseline::invertSpdLower(data, n, threads);
}

} // namespace lyceum::reco
