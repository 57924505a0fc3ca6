#!/usr/bin/env bash
# Runs every benchmark in bench/ and prints their figures; exits non-zero when any of them fails.
# The cold-start benchmark needs a keychain and a display, so everything runs inside a private
# D-Bus session with an unlocked gnome-keyring, under Xvfb (the same harness as the tests).
#   scripts/bench.sh [build-dir]            the full sizes (minutes)
#   scripts/bench.sh --quick [build-dir]    every bench_* program with --quick (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
if [[ ${1:-} == --quick ]]; then
    quick=1
    shift
fi
build_dir=$(cd "${1:-build}" && pwd)
dbus-run-session -- bash -c '
    set -uo pipefail
    scratch=$(mktemp -d)
    trap "rm -rf \"$scratch\"" EXIT
    export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run"
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    eval "$(printf lyceum-bench | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    bin=$0/bin
    if [[ $1 == 1 ]]; then
        exec xvfb-run -a -s "-screen 0 1280x800x24" bash "$2/scripts/ci/bench-quick.sh" "$bin"
    fi
    failed=()
    step() { # step NAME FILTER COMMAND...: prints the figures the filter keeps
        local name=$1 filter=$2 out status
        shift 2
        echo "== $name"
        out=$("$@" 2>&1)
        status=$?
        grep -E "$filter" <<<"$out"
        if ((status != 0)); then
            echo "$out" | tail -n 5
            echo "-- $name FAILED (exit $status)"
            failed+=("$name")
        fi
    }
    step "initial sync" "records|ratio|index" "$bin/bench_initial_sync"
    step "cold start" "profile|cold start|memory|search" \
        xvfb-run -a -s "-screen 0 1280x800x24" "$bin/bench_cold_start"
    step "live fan-out" "." "$bin/bench_live_fanout"
    step "live end to end" "p50|p99|inline" "$bin/bench_live_e2e"
    step "search" "cache:|latency" "$bin/bench_search"
    step "server under attack" "." "$bin/bench_server_attack"
    step "spam scoring" "." "$bin/bench_spam"
    step "recommendations" "." "$bin/bench_reco" --quick
    step "hostile answers" "." "$bin/bench_hostile_answers" --quick
    step "lesson video" "first frame|memory" env QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1280x800x24" "$bin/bench_player"
    for extra in "$bin"/bench_*; do # programs added since this list was written
        case $(basename "$extra") in
        bench_initial_sync | bench_cold_start | bench_live_fanout | bench_live_e2e | \
            bench_search | bench_server_attack | bench_spam | bench_reco | \
            bench_hostile_answers | bench_player) ;;
        *) step "$(basename "$extra")" "." xvfb-run -a -s "-screen 0 1280x800x24" "$extra" ;;
        esac
    done
    if ((${#failed[@]})); then
        echo "FAILED benchmarks: ${failed[*]}" >&2
        exit 1
    fi
' "$build_dir" "$quick" "$PWD"
