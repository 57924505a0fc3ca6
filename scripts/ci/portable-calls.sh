#!/usr/bin/env bash
# The client and the CLI build on Windows and macOS: POSIX-only headers and calls live only in
# core/platform/ (process_control_posix.cpp, with its Windows twin). Fails listing any other use.
set -euo pipefail
cd "$(dirname "$0")/../.."
pattern='#include <(unistd|sys/[a-z]+|signal|csignal)(\.h)?>|(^|[^>.:a-zA-Z_])(fork|getuid|geteuid|chmod|kill|getppid|prctl|sigaction)\('
if grep -rnE "$pattern" core ui app/lyceum app/lyceum-cli --include='*.cpp' --include='*.h' |
    grep -v '^core/platform/'; then
    echo "portable-calls: POSIX-only calls outside core/platform/ (above)" >&2
    exit 1
fi
echo "portable-calls: none outside core/platform/"
