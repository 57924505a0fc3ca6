#!/usr/bin/env bash
# CI: the Debian packages, verified (packaging/README.md). Builds them (scripts/package.sh), runs
# lintian (errors fail; the accepted warnings are listed in packaging/README.md),
# desktop-file-validate and appstreamcli, installs them with apt, starts the installed programs
# (the server answers /api/v1/health on the demo, the app paints the demo offscreen and leaves
# no server behind, both print --version), removes them and checks that none of their files
# is left. Needs root for the install; says so and fails otherwise.
#   scripts/ci/packages.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir=$(cd "${1:-${LYCEUM_BUILD_DIR:-build}}" && pwd)
say() { printf 'packages: %s\n' "$*"; }

bash scripts/package.sh "$build_dir" >/dev/null
out=$build_dir/packages
app_deb=$(ls "$out"/lyceum_*.deb)
server_deb=$(ls "$out"/lyceum-server_*.deb)
say "built $(basename "$app_deb") $(basename "$server_deb")"

say "lintian"
lintian_status=0
lintian --fail-on error --tag-display-limit 0 "$app_deb" "$server_deb" >"$out/lintian.txt" 2>&1 ||
    lintian_status=$?
grep -v '^running with root privileges' "$out/lintian.txt" || true
if [ "$lintian_status" -ne 0 ]; then
    say "lintian reported errors"
    exit 1
fi

work=$(mktemp -d)
cleanup() {
    if [ -n "${app_pid:-}" ]; then kill "$app_pid" 2>/dev/null || true; fi
    if [ -n "${server_pid:-}" ]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
dpkg-deb -x "$app_deb" "$work/root"
say "desktop-file-validate"
desktop-file-validate "$work"/root/usr/share/applications/*.desktop
say "appstreamcli validate --no-net"
appstreamcli validate --no-net "$work"/root/usr/share/metainfo/*.metainfo.xml

if [ "$(id -u)" -ne 0 ]; then
    say "installing needs root: run as root (CI does)"
    exit 1
fi
# Packages from an earlier run would hide files the new ones forgot.
if dpkg-query -W lyceum lyceum-server >/dev/null 2>&1; then
    apt-get purge -y -q lyceum lyceum-server >/dev/null
fi
say "apt-get install"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "$server_deb" "$app_deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
dpkg -L lyceum lyceum-server | sort -u >"$work/files"

say "lyceum --version: $(lyceum --version)"
say "lyceum-cli --version: $(lyceum-cli --version)"
say "lyceum-server --version: $(lyceum-server --version)"
[ "$(lyceum --version | cut -d' ' -f2)" = "$(lyceum-cli --version | cut -d' ' -f2)" ]

# The installed server on the demo answers /api/v1/health.
lyceum-server --data "$work/server" --listen 127.0.0.1:0 --demo >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
    grep -q 'listening on' "$work/server.log" && break
    sleep 0.2
done
url=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$work/server.log")
[ -n "$url" ] || { cat "$work/server.log"; exit 1; }
health=$(python3 -c 'import sys,urllib.request; print(urllib.request.urlopen(sys.argv[1]+"/api/v1/health").read().decode())' "$url")
say "installed lyceum-server at $url: /api/v1/health -> $health"
kill -TERM "$server_pid"
wait "$server_pid"
server_pid=

# The installed app paints the demo (its own lyceum-server child) offscreen, then quits.
mkdir -p "$work/home"
HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config \
    QT_QPA_PLATFORM=offscreen LYCEUM_STARTUP_PROBE=1 LANG=C.UTF-8 \
    timeout 300 lyceum --demo >"$work/app.log" 2>&1 &
app_pid=$!
wait "$app_pid" || { cat "$work/app.log"; exit 1; }
app_pid=
grep -q 'startup-probe: catalogue painted' "$work/app.log" || { cat "$work/app.log"; exit 1; }
say "installed lyceum painted the demo catalogue offscreen"
if pgrep -f "lyceum-server --data $work/home" >/dev/null; then
    say "the app left its demo server running"
    exit 1
fi

say "apt-get purge"
apt-get purge -y -q lyceum lyceum-server >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
left=0
while read -r path; do
    if [ -f "$path" ] || [ -L "$path" ]; then
        say "left behind: $path"
        left=1
    fi
done <"$work/files"
if dpkg-query -W -f='${Status}' lyceum lyceum-server 2>/dev/null | grep -q installed; then
    say "still installed"
    left=1
fi
[ "$left" -eq 0 ] || exit 1
say "removed cleanly ($(wc -l <"$work/files") paths checked)"
