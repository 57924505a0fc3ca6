// Shared by the fuzz targets: the libFuzzer entry points and small helpers. Each target is
// built either as a real libFuzzer executable (LYCEUM_FUZZ=ON with clang) or linked with
// replay_main.cpp, which runs every file of the target's corpus (a ctest per target).
#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace lyceum::fuzz {

// The input without a copy; valid during one LLVMFuzzerTestOneInput call.
inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken invariant: print it and abort, so libFuzzer (or the replay) records the input.
[[noreturn]] inline void invariantFailed(const char *what) {
    std::fprintf(stderr, "fuzz invariant failed: %s\n", what);
    std::abort();
}

inline void check(bool condition, const char *what) {
    if (!condition)
        invariantFailed(what);
}

} // namespace lyceum::fuzz
