#!/usr/bin/env bash
# Builds the Debian packages into BUILD_DIR/packages/ (packaging/README.md):
#   lyceum_<version>-1_<arch>.deb         the app and lyceum-cli
#   lyceum-server_<version>-1_<arch>.deb  the server, its systemd unit, the demo videos
#   scripts/package.sh [BUILD_DIR]        (default: build, configured with the "linux" preset)
# Dependencies come from the binaries (dpkg-shlibdeps through CPack); binaries are stripped.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-${LYCEUM_BUILD_DIR:-build}}
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake --preset linux -B "$build_dir"
fi
# Installed paths must be the system's, whatever the build dir was configured with.
cmake -S . -B "$build_dir" -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build "$build_dir" --target lyceum lyceum-cli lyceum-server lyceum_icons lyceum_docs
if cmake --build "$build_dir" --target help | grep -q '^demo_media'; then
    cmake --build "$build_dir" --target demo_media
fi
out=$(cd "$build_dir" && pwd)/packages
rm -rf "$out"
mkdir -p "$out"
# umask 022: CPack copies the modes it finds, and lintian wants 0755 directories.
(umask 022 && cd "$build_dir" && cpack -G DEB -B "$out/_cpack" >/dev/null)
find "$out/_cpack" -maxdepth 1 -name '*.deb' -exec mv {} "$out/" \;
rm -rf "$out/_cpack"
ls -1 "$out"/*.deb
