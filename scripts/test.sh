#!/usr/bin/env bash
# From a fresh Debian 12 machine: installs what Lyceum needs, builds it with warnings as errors,
# checks the formatting, runs every test, and builds and checks the Debian packages. Tests run inside a private D-Bus session with an
# unlocked gnome-keyring (the real OS keychain the client stores tokens in) and a virtual X
# server for the tests that need a display; all of them are stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DLYCEUM_WERROR=ON
bash scripts/check-format.sh
bash scripts/ci/portable-calls.sh
build_dir=$(cd "${LYCEUM_BUILD_DIR:-build}" && pwd)
status=0
dbus-run-session -- bash scripts/ci/tests-in-session.sh "$build_dir" || status=$?
# The Debian packages: built, linted, installed, started, removed (scripts/ci/packages.sh).
bash scripts/ci/packages.sh "$build_dir" || status=$?
# Last, so it is what a person reads: the tests that were skipped, loudly.
bash scripts/ci/skipped-summary.sh "$build_dir"
exit "$status"
