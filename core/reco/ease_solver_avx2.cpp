// The kernels of ease_solver_kernels.h built for AVX2 + FMA (this file's compile options, set in
// core/CMakeLists.txt on x86-64), with Eigen's namespace renamed so none of its templates built
// here can stand in for the baseline's at link time. Called only when the processor has both.
#define Eigen LyceumEigenAvx2
#define LYCEUM_EASE_KERNELS avx2
#include "reco/ease_solver_kernels.h"
