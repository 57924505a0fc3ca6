#!/usr/bin/env bash
# From a fresh Debian 12 machine: installs what Lyceum needs, builds it, and starts the desktop
# app on the embedded demo community (a local lyceum-server with demo data, logged in as the
# demo learner). Arguments are passed to the app (e.g. --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
exec "${LYCEUM_BUILD_DIR:-build}/bin/lyceum" "$@"
