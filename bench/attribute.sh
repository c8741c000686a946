#!/bin/sh
# attribute.sh — the statements stage's time as a share of language
# analysis (tokens, sentences, and tags/parse when models are installed),
# on the golden and held-out articles plus the seed pages when present.
set -eu
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
extra=""
[ -d "$SHARED/seeds" ] && extra="$SHARED/seeds"
# shellcheck disable=SC2086
"$BUILD/tools/bench_attribute" 6 tests/statements/golden tests/statements/heldout $extra
