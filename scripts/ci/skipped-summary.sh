#!/usr/bin/env bash
# Prints, loudly, every test that was skipped in the last CTest run of a build directory: Qt
# Test's "SKIP   :" lines and the tests CTest itself reports as skipped or not run, read from
# CTest's full log (Testing/Temporary/LastTest.log holds every test's output, passed or not).
# A skipped test is green in CTest's summary; this makes sure nobody mistakes it for a pass.
# Exit status 0 always: whether skips fail a run is the tests' business (LYCEUM_REQUIRE_KEYRING).
set -uo pipefail
build_dir=${1:-build}
log="$build_dir/Testing/Temporary/LastTest.log"
if [ ! -f "$log" ]; then
    echo "skipped-summary: no CTest log at $log" >&2
    exit 0
fi
qtest_skips=$(grep -E '^SKIP +: ' "$log" || true)
ctest_skips=$(grep -E '^Test (Skipped|Not Run)' "$log" || true)
count=0
[ -n "$qtest_skips" ] && count=$(printf '%s\n' "$qtest_skips" | wc -l)
[ -n "$ctest_skips" ] && count=$((count + $(printf '%s\n' "$ctest_skips" | wc -l)))
bar='################################################################################'
if [ "$count" -eq 0 ]; then
    echo "Skipped tests: none."
    exit 0
fi
echo
echo "$bar"
echo "#  $count TEST(S) SKIPPED: they did not run, and CTest counts them as passed."
echo "#  Keychain tests skip without a Secret Service keyring unless LYCEUM_REQUIRE_KEYRING=1"
echo "#  (scripts/test.sh sets it, so they fail there instead)."
echo "$bar"
[ -n "$qtest_skips" ] && printf '%s\n' "$qtest_skips" | sed 's/^/#  /'
[ -n "$ctest_skips" ] && printf '%s\n' "$ctest_skips" | sed 's/^/#  /'
echo "$bar"
exit 0
