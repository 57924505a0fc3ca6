#!/usr/bin/env bash
# Runs inside dbus-run-session (see scripts/test.sh): starts and unlocks a gnome-keyring in a
# throwaway HOME, then runs CTest under Xvfb. The keyring and Xvfb die with the session.
set -euo pipefail
build_dir=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The keyring password only protects this throwaway keyring.
eval "$(printf 'lyceum-ci' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
export LYCEUM_REQUIRE_KEYRING=1
cd "$build_dir"
xvfb-run -a -s "-screen 0 1280x800x24" \
    ctest --output-on-failure --no-tests=error -j2 --timeout 300
