#!/usr/bin/env bash
# Configures and builds Lyceum into ${LYCEUM_BUILD_DIR:-build}. Extra arguments go to CMake's
# configure step (e.g. -DLYCEUM_WERROR=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${LYCEUM_BUILD_DIR:-build}
# ccache: paths relative to the checkout, so a fresh clone elsewhere still hits the cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build "$build_dir"
