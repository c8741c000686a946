#!/bin/sh
# boundary.sh — what the learned sentence-boundary pass (models/boundary.bin,
# docs/NLP.md) changes from raw text: sentence F1, UAS and LAS with the pass
# and without it (DYAD_BOUNDARY_THRESHOLD=1000 turns it off), on EWT dev
# (tuned on), GUM interview and speech (in its training text) and GUM news
# (held out: never trained or tuned on).  Skips when ../shared or the model
# is absent.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
MODELS=${DYAD_MODEL_DIR:-models}
UD="$SHARED/data/ud"
EVAL="$BUILD/tools/eval_conll18"
if [ ! -f "$UD/en_ewt-ud-dev.conllu" ]; then echo "boundary: $UD not found, skipped"; exit 0; fi
if [ ! -f "$MODELS/boundary.bin" ]; then echo "boundary: no $MODELS/boundary.bin, skipped"; exit 0; fi
[ -x "$EVAL" ] || { echo "boundary: $EVAL not built"; exit 1; }
echo "-- learned sentence boundaries, from raw text: Sentences F1 / UAS / LAS without -> with the pass"
for f in en_ewt-ud-dev en_gum-interview en_gum-speech en_gum-news; do
    [ -f "$UD/$f.conllu" ] || continue
    off=$(DYAD_BOUNDARY_THRESHOLD=1000 "$EVAL" --raw --models "$MODELS" "$UD/$f.conllu") || exit 1
    on=$("$EVAL" --raw --models "$MODELS" "$UD/$f.conllu") || exit 1
    pick() { echo "$1" | awk '/^Sentences/ { s = $NF } /^UAS/ { u = $NF } /^LAS/ { l = $NF } END { printf "%s / %s / %s", s, u, l }'; }
    printf "%-17s %s -> %s\n" "$f" "$(pick "$off")" "$(pick "$on")"
done
echo "GUM news (held out): the pass should not fall below the rules alone (96.27 since round sent4)"
exit 0
