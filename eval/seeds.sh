#!/bin/sh
# seeds.sh — what ../shared/seeds/EXPECTED.md asks of extraction: every
# title, outlet, dateline, date (with precision) and chrome item it names.
# `dyad extract` runs on the seed pages and tools/eval_seeds checks its JSON
# output against eval/seeds.expect.  Prints "N of M checks pass".
set -u
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
seeds="$SHARED/seeds"
if [ ! -d "$seeds" ]; then
    echo "seeds: skipped ($seeds not found)"
    exit 0
fi
out=$(mktemp /tmp/dyad-seeds-XXXXXX.jsonl)
trap 'rm -f "$out"' EXIT
"$BUILD/dyad" extract -q "$seeds"/*.txt > "$out"
echo "seeds: dyad extract wrote $(grep -c '"status":"ok"' "$out") ok documents"
"$BUILD/tools/eval_seeds" --output "$out" "$(dirname "$0")/seeds.expect"
