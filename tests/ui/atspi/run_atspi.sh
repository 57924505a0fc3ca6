#!/usr/bin/env bash
# End to end over AT-SPI, the way a screen reader sees Lyceum: a private session bus
# (dbus-run-session), the accessibility bus (at-spi-bus-launcher, at-spi2-core), the real
# `lyceum --demo` under Xvfb with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, and atspi_walk.py
# (python3-pyatspi) reading the catalogue, pressing buttons found by their names and reading a
# thread's posts.
#   run_atspi.sh PATH/TO/lyceum        (lyceum-server is found next to it, as the app does)
set -euo pipefail
app=$1
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${LYCEUM_ATSPI_INNER:-}" ]; then
    export LYCEUM_ATSPI_INNER=1
    exec dbus-run-session -- bash "$0" "$@"
fi
launcher=/usr/libexec/at-spi-bus-launcher
[ -x "$launcher" ] || { echo "run_atspi: $launcher missing (apt install at-spi2-core)" >&2; exit 1; }
/usr/bin/python3 -c 'import pyatspi' || { echo "run_atspi: python3-pyatspi missing" >&2; exit 1; }

scratch=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
# A throwaway home: the demo server's data and the settings never touch the user's own.
export HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/run XDG_CONFIG_HOME=$scratch/home/config
export XDG_DATA_HOME=$scratch/home/data LANG=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

"$launcher" --launch-immediately &
pids+=($!)

export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb
unset QT_QPA_PLATFORMTHEME || true
if [ -n "${DISPLAY:-}" ]; then
    "$app" --demo --lang en --size 1200x780 >"$scratch/app.log" 2>&1 &
else
    xvfb-run -a -s "-screen 0 1280x800x24" \
        "$app" --demo --lang en --size 1200x780 >"$scratch/app.log" 2>&1 &
fi
pids+=($!)

status=0
/usr/bin/python3 "$here/atspi_walk.py" || status=$?
if [ "$status" -ne 0 ]; then
    echo "--- lyceum's output ---" >&2
    tail -n 40 "$scratch/app.log" >&2 || true
fi
exit "$status"
