#!/usr/bin/env bash
# Runs every benchmark in bench/ and prints their figures. The cold-start benchmark needs a
# keychain and a display, so everything runs inside a private D-Bus session with an unlocked
# gnome-keyring, under Xvfb (the same harness as the tests).
#   scripts/bench.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$(cd "${1:-build}" && pwd)
dbus-run-session -- bash -c '
    set -euo pipefail
    scratch=$(mktemp -d)
    trap "rm -rf \"$scratch\"" EXIT
    export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run"
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    eval "$(printf lyceum-bench | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    bin=$0/bin
    echo "== initial sync"; "$bin/bench_initial_sync" 2>/dev/null | grep -E "records|ratio"
    echo "== cold start"; xvfb-run -a -s "-screen 0 1280x800x24" "$bin/bench_cold_start" 2>/dev/null | grep -E "cold start|memory"
    echo "== live fan-out"; "$bin/bench_live_fanout" 2>/dev/null | tail -n 3
    echo "== live end to end"; "$bin/bench_live_e2e" 2>/dev/null | tail -n 3
    echo "== search"; "$bin/bench_search" 2>/dev/null | grep -E "cache:|latency"
    echo "== server under attack"; "$bin/bench_server_attack" 2>/dev/null
    echo "== spam scoring"; "$bin/bench_spam" 2>/dev/null | tail -n 1
    echo "== thread open"; QT_QPA_PLATFORM=offscreen "$bin/bench_thread_open" 2>/dev/null | grep -E "thread|catalogue"
    echo "== lesson video"; QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$bin/bench_player" 2>/dev/null | grep -E "first frame|memory"
' "$build_dir"
