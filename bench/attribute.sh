#!/bin/sh
# attribute.sh — the statements stage's time as a share of the whole
# language analysis (tokens, sentences, tagger, parser and entities with the
# models in models/), on the golden and held-out articles plus the seed
# pages when present.  The fastest of interleaved passes is kept for each.
set -eu
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
extra=""
[ -d "$SHARED/seeds" ] && extra="$SHARED/seeds"
# shellcheck disable=SC2086
"$BUILD/tools/bench_attribute" 6 tests/statements/golden tests/statements/heldout $extra
