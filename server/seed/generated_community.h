// A synthetic community of any size for benchmarks and load tests: deterministic for a given
// seed, with bilingual (Chinese/English) text. Nobody in it can log in; a benchmark registers
// its own account.
#pragma once

#include "server/seed/seed_data.h"

namespace lyceum::server {

class Storage;

// The time the generated community starts at (2023-11-14); content is spread after it.
inline constexpr qint64 kGeneratedBaseTimeMs = 1700000000000LL;

SeedData generateCommunity(int threadCount, int postCount, quint32 seed, qint64 baseTimeMs);

// Generates and bulk-inserts (one transaction). Throws StorageError on failure.
void seedGenerated(Storage &storage, int threadCount, int postCount, quint32 seed = 1);

} // namespace lyceum::server
