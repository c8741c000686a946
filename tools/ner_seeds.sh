#!/bin/sh
# ner_seeds.sh — UNER dev F1 of the entity recogniser averaged over seeds,
# for judging a change to its features or data.  One seed moves dev F1 by
# about ±0.01 (docs/MODELS.md), more than most single changes are worth,
# so a change counts only when the mean over several seeds moves.
#   tools/ner_seeds.sh [SEEDS] [EPOCHS] [more `dyad train` options]
# Trains on UNER train only (never test), one seed after the other on one
# core (about a minute each with the default four members), with the tagger
# and parser in models/; prints the mean dev F1 after each epoch and the
# mean over epochs 4 to EPOCHS, then the same for the first of the
# recogniser's two passes alone.
set -e
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
SEEDS=${1:-6}
EPOCHS=${2:-8}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
[ -f "$SHARED/data/ner/en_ewt-uner-dev.iob2" ] || { echo "ner_seeds: $SHARED/data not found"; exit 1; }
[ -f models/tagger.bin ] && [ -f models/parser.bin ] || { echo "ner_seeds: models/tagger.bin and parser.bin needed"; exit 1; }
make -j2 build/dyad >/dev/null
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp models/tagger.bin models/parser.bin "$TMP"/
# A copy of the binary: a rebuild while the seeds run must not change
# the code that later seeds are trained with.
cp build/dyad "$TMP/dyad"
s=1
while [ "$s" -le "$SEEDS" ]; do
    "$TMP/dyad" train --data "$SHARED/data" --out "$TMP" --only ner --seed "$s" --ner-train-dev 0 \
        --epochs-ner "$EPOCHS" "$@" > "$TMP/log" 2>&1 || { cat "$TMP/log"; exit 1; }
    sed -n 's/.*ner epoch \([0-9]*\): dev F1 \([0-9.]*\).*/\1 \2/p' "$TMP/log" >> "$TMP/f1"
    sed -n 's/.*ner epoch \([0-9]*\), first pass alone: F1 \([0-9.]*\).*/\1 \2/p' "$TMP/log" >> "$TMP/f1first"
    s=$((s + 1))
done
summary() {
    awk -v seeds="$SEEDS" -v what="$1" '
        { sum[$1] += $2; n[$1]++; if ($1 >= 4) { all += $2; alln++ } if ($1 > last) last = $1 }
        END {
            printf "UNER dev F1%s, mean of %d seeds, by epoch:", what, seeds
            for (e = 1; e <= last; e++) printf " %.4f", sum[e] / n[e]
            printf "\nmean over epochs 4-%d: %.4f\n", last, alln ? all / alln : 0
        }' "$2"
}
summary "" "$TMP/f1"
# The same models decoded once a document (the recogniser decodes twice).
[ -s "$TMP/f1first" ] && summary " (first pass alone)" "$TMP/f1first"
exit 0
