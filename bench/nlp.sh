#!/bin/sh
# nlp.sh — speed of the trained language analysis on one core: the whole
# chain from raw text (tokenize, split, tag, lemma, parse, entities), model
# load time and peak memory.  The text is EWT test rebuilt from its
# "# text" lines (about 25,000 words of web and news-like English); skips
# when ../shared or the models are absent.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
MODELS=${DYAD_MODEL_DIR:-models}
UD="$SHARED/data/ud/en_ewt-ud-test.conllu"
if [ ! -f "$UD" ]; then echo "nlp bench: $UD not found, skipped"; exit 0; fi
if [ ! -f "$MODELS/tagger.bin" ]; then echo "nlp bench: no models in $MODELS, skipped"; exit 0; fi
TMP=$(mktemp)
trap 'rm -f "$TMP"' EXIT
# One paragraph per document of the treebank.
awk '/^# newdoc/ { if (n) print ""; n = 0 } /^# text = / { sub(/^# text = /, ""); printf "%s%s", (n ? " " : ""), $0; n++ } END { print "" }' "$UD" > "$TMP"
"$BUILD/tools/bench_nlp" "$MODELS" "$TMP" 5 || exit 1
echo "target: >= 100,000 tokens/s for the whole chain; load < 100 ms; peak RSS < 300 MB"
echo "peers (words/s, CPU): spaCy large ~10,000; UDPipe 1 ~1,100; Stanza ~900"
ls -l "$MODELS"/*.bin | awk '{ s += $5 } END { printf "model files: %.1f MB in all\n", s / 1e6 }'
exit 0
