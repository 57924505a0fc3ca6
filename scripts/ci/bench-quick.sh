#!/usr/bin/env bash
# Runs every benchmark of a build (each bench_* program in BIN_DIR) in its quick mode, prints
# what each printed and exits non-zero when any of them fails, so a benchmark that no longer
# runs fails CI. A new bench_* program joins by itself; it must accept --quick.
# LYCEUM_BENCH_SKIP: names (space-separated) to leave out, e.g. ones CTest runs on their own.
# Needs what the benchmarks need: a Secret Service and a display (scripts/bench.sh and the CI
# test session provide both).
#   scripts/ci/bench-quick.sh BIN_DIR
set -uo pipefail
bin_dir=${1:?usage: bench-quick.sh BIN_DIR}
failed=()
ran=0
for bench in "$bin_dir"/bench_*; do
    [[ -x $bench && -f $bench ]] || continue
    name=$(basename "$bench")
    [[ " ${LYCEUM_BENCH_SKIP:-} " == *" $name "* ]] && continue
    echo "== $name --quick"
    start=$(date +%s%N)
    # The video benchmark paints on X (xvfb); the others do not care.
    if [[ $name == bench_player ]]; then
        QT_QPA_PLATFORM=xcb timeout 300 "$bench" --quick 2>&1
    else
        timeout 300 "$bench" --quick 2>&1
    fi
    status=$?
    ran=$((ran + 1))
    echo "-- $name: exit $status after $((($(date +%s%N) - start) / 1000000)) ms"
    ((status == 0)) || failed+=("$name")
done
if ((ran == 0)); then
    echo "no bench_* programs in $bin_dir" >&2
    exit 1
fi
if ((${#failed[@]})); then
    echo "FAILED benchmarks: ${failed[*]}" >&2
    exit 1
fi
echo "all $ran benchmarks ran in their quick mode"
