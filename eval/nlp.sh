#!/bin/sh
# nlp.sh — the trained models on gold tokens: EWT test (UPOS, XPOS, UFeats,
# LEMMA, UAS, LAS as the CoNLL 2018 shared task counts them) and entity F1
# on UNER EWT test, printed beside published figures.  The raw-text chain
# is scored by eval/nlp_raw.sh.  Skips with a message when ../shared or the
# models are absent.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
MODELS=${DYAD_MODEL_DIR:-models}
UD="$SHARED/data/ud"
NER="$SHARED/data/ner"
if [ ! -f "$UD/en_ewt-ud-test.conllu" ]; then
    echo "nlp: $UD not found, skipped"
    exit 0
fi
if [ ! -f "$MODELS/tagger.bin" ]; then
    echo "nlp: no models in $MODELS (run tools/train.sh), skipped"
    exit 0
fi
[ -x "$BUILD/tools/eval_nlp" ] || { echo "nlp: $BUILD/tools/eval_nlp not built"; exit 1; }

echo "-- EWT test, gold tokens (test never used in training or tuning)"
"$BUILD/tools/eval_nlp" "$MODELS" "$UD/en_ewt-ud-test.conllu" "$NER/en_ewt-uner-test.iob2" || exit 1
cat <<'PEERS'
   published, EWT test from raw text:  UPOS   UAS   LAS
     UDPipe 1.2                        93.3  80.2  77.0
     Stanza 1.1.1                      95.4  86.2  83.6
     UDPipe 2                          96.6  91.0  89.1
   targets (raw text): UPOS >= 95.0, UAS >= 85.0, LAS >= 82.0; NER F1 >= 0.80
   (a large multilingual transformer reaches NER F1 0.86 on UNER EWT)
PEERS
exit 0
