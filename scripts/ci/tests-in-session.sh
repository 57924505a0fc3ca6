#!/usr/bin/env bash
# Runs inside dbus-run-session (see scripts/test.sh): starts and unlocks a gnome-keyring in a
# throwaway HOME, then runs CTest under Xvfb. The keyring and Xvfb die with the session.
set -euo pipefail
build_dir=$1
script_dir=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
# A throwaway PostgreSQL cluster for the _pg runs of the server tests (tests/server/
# test_database.h); stopped and removed on exit. Without one, those runs fail under CI=true and
# are skipped elsewhere.
pg_dir=$(mktemp -d)
trap 'bash "$script_dir/postgres.sh" stop "$pg_dir"; rm -rf "$scratch"' EXIT
if LYCEUM_TEST_POSTGRES=$(bash "$script_dir/postgres.sh" start "$pg_dir"); then
  export LYCEUM_TEST_POSTGRES
else
  echo "tests-in-session: no PostgreSQL cluster; the _pg tests cannot run" >&2
fi
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
