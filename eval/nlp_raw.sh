#!/bin/sh
# nlp_raw.sh — language analysis from raw text, scored with the CoNLL 2018
# shared task definitions (tools/eval_conll18.c): EWT test rebuilt from its
# "# text" lines, then sentence F1 on the held-out GUM news documents.
# Skips with a message when ../shared is absent.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
UD="$SHARED/data/ud"
EVAL="$BUILD/tools/eval_conll18"
if [ ! -f "$UD/en_ewt-ud-test.conllu" ]; then
    echo "nlp_raw: $UD not found, skipped"
    exit 0
fi
[ -x "$EVAL" ] || { echo "nlp_raw: $EVAL not built"; exit 1; }

echo "-- EWT test from raw text (CoNLL 2018 shared task metric)"
"$EVAL" --raw "$UD/en_ewt-ud-test.conllu" --peers || exit 1

if [ -f "$UD/en_gum-news.conllu" ]; then
    echo
    echo "-- GUM news (held out, never tuned on): sentence segmentation, rules alone"
    "$EVAL" --raw --segment-only "$UD/en_gum-news.conllu" | grep -E '^(Tokens|Sentences|Words) '
    if [ -f "${DYAD_MODEL_DIR:-models}/boundary.bin" ]; then
        echo "-- the same with the learned boundary pass after tagging (the whole chain, as dyad parse runs it)"
        "$EVAL" --raw "$UD/en_gum-news.conllu" | grep -E '^Sentences '
    fi
    echo "target: Sentences F1 >= 97.0; ICU alone: 94.7"
fi
exit 0
