#!/bin/sh
# nlp_instructions.sh — instructions executed by the language analysis on
# EWT test rebuilt as raw text, counted by valgrind (callgrind), one pass.
# Unlike tokens per second, the count does not move with the load of other
# jobs on the machine, so it is the figure to compare two builds by (the
# time per token also depends on memory reads, which only the timed bench,
# bench/nlp.sh, shows).  Skips when valgrind, ../shared or the models are
# absent.  About 10 s.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
MODELS=${DYAD_MODEL_DIR:-models}
UD="$SHARED/data/ud/en_ewt-ud-test.conllu"
if ! command -v valgrind >/dev/null 2>&1 || ! command -v callgrind_annotate >/dev/null 2>&1; then
    echo "nlp instructions: valgrind not installed, skipped"; exit 0
fi
if [ ! -f "$UD" ]; then echo "nlp instructions: $UD not found, skipped"; exit 0; fi
if [ ! -f "$MODELS/tagger.bin" ]; then echo "nlp instructions: no models in $MODELS, skipped"; exit 0; fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
awk '/^# newdoc/ { if (n) print ""; n = 0 } /^# text = / { sub(/^# text = /, ""); printf "%s%s", (n ? " " : ""), $0; n++ } END { print "" }' "$UD" > "$TMP/text"
if ! valgrind --tool=callgrind --callgrind-out-file="$TMP/cg" "$BUILD/tools/bench_nlp" "$MODELS" "$TMP/text" 1 > "$TMP/out" 2> "$TMP/err"; then
    echo "nlp instructions: bench_nlp failed under valgrind"; cat "$TMP/err"; exit 1
fi
tokens=$(awk '/full chain/ { gsub(/[(]/, "", $(NF-1)); print $(NF-1) }' "$TMP/out")
# Inclusive counts of the chain's entry points (the first, largest line of
# each: callgrind also lists the parts inlined from headers), in millions
# and per token.
callgrind_annotate --inclusive=yes "$TMP/cg" 2>/dev/null | awk -v tokens="$tokens" '
    function show(name, v) { printf "  %-38s %7.1f M  %7.0f per token\n", name, v / 1e6, tokens ? v / tokens : 0 }
    { v = $1; gsub(/,/, "", v) }
    /^ *[0-9,]+ .*:nlp_segment( |$)/ && !seg { seg = v }
    /^ *[0-9,]+ .*:nlp_annotate( |$)/ && !ann { ann = v }
    /^ *[0-9,]+ .*:tagger_run(_alt)?( |$)/ && !tag { tag = v }
    /^ *[0-9,]+ .*:parser_run( |$)/ && !par { par = v }
    /^ *[0-9,]+ .*:ner_run( |$)/ && !ner { ner = v }
    /^ *[0-9,]+ .*:nlp_models_open( |$)/ && !load { load = v }
    END {
        printf "instructions (callgrind, EWT test as raw text, %s tokens, one pass):\n", tokens
        show("whole chain (segment + annotate)", seg + ann)
        show("  segmentation", seg)
        show("  annotation", ann)
        show("    tagger", tag)
        show("    parser", par)
        show("    entities", ner)
        printf "  %-38s %7.1f M\n", "model load (once)", load / 1e6
    }'
exit 0
