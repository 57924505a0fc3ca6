#!/usr/bin/env bash
# Configures and builds Lyceum into ${LYCEUM_BUILD_DIR:-build} with the "linux" preset of
# CMakePresets.json (the presets Windows and macOS use too). Extra arguments go to CMake's
# configure step (e.g. -DLYCEUM_WERROR=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${LYCEUM_BUILD_DIR:-build}
# ccache: paths relative to the checkout, so a fresh clone elsewhere still hits the cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset linux -B "$build_dir" "$@"
cmake --build "$build_dir"
