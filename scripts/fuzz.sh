#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan, -DLYCEUM_FUZZ=ON) in
# build-fuzz and runs each for SECONDS (default 60), starting from its seed corpus.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 300 sync_page
#
# New inputs found go to build-fuzz/fuzz-corpus/TARGET (never into the source tree); crashes
# to build-fuzz/fuzz-artifacts/TARGET/. Minimise a crash with
#   build-fuzz/tests/fuzz/fuzz_TARGET -minimize_crash=1 -runs=10000 CRASH_FILE
# and, once fixed, add it to tests/fuzz/corpus/TARGET/ so ctest replays it for ever.
# Exits non-zero when any target crashed. Needs clang and libclang-rt-14-dev
# (scripts/install-deps.sh). JOBS sets the build parallelism (default 2).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LYCEUM_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-60}"
[ "$#" -gt 0 ] && shift
all_targets=(sync_page entity_codec error_from_http api_responses server_auth server_mutations)
targets=("$@")
[ "${#targets[@]}" -eq 0 ] && targets=("${all_targets[@]}")

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" "${generator[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLYCEUM_FUZZ=ON -DLYCEUM_WERROR=OFF \
    -DLYCEUM_BUILD_BENCH=OFF
fi
build_targets=()
for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
cmake --build "$build" -j"${JOBS:-2}" --target "${build_targets[@]}"

# Qt's own allocations are not instrumented; leaks are checked per input by libFuzzer.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

failed=()
for t in "${targets[@]}"; do
  work="$build/fuzz-corpus/$t"
  artifacts="$build/fuzz-artifacts/$t"
  mkdir -p "$work" "$artifacts"
  echo "== fuzz_$t for ${seconds}s (corpus $work + tests/fuzz/corpus/$t)"
  # The first directory receives new inputs; the seed corpus is only read.
  if ! "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" \
      "$work" "$root/tests/fuzz/corpus/$t" 2>"$build/fuzz-$t.log"; then
    failed+=("$t")
    echo "!! fuzz_$t failed; see $build/fuzz-$t.log and $artifacts/"
  fi
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+ +DONE" \
    "$build/fuzz-$t.log" || true
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "crashed: ${failed[*]}"
  exit 1
fi
echo "all fuzz targets ran ${seconds}s without a crash"
