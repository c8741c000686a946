#!/bin/sh
# seeds.sh — what ../shared/seeds/EXPECTED.md asks of extraction: every
# title, outlet, dateline, date (with precision) and chrome item it names,
# checked by tools/eval_seeds against eval/seeds.expect through the same
# code path as `dyad extract`.  Prints "N of M checks pass".
set -u
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
seeds="$SHARED/seeds"
if [ ! -d "$seeds" ]; then
    echo "seeds: skipped ($seeds not found)"
    exit 0
fi
# The command itself must read every seed page without an error record.
n=$("$BUILD/dyad" extract -q "$seeds"/*.txt | grep -c '"status":"ok"')
echo "seeds: dyad extract wrote $n ok documents"
"$BUILD/tools/eval_seeds" "$(dirname "$0")/seeds.expect" "$seeds"
