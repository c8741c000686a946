#!/bin/sh
# abe_text.sh — text-mode cleanup on the Article Extraction Benchmark: the
# full-page text dumps of html-text and inscriptis scored against the
# ground truth before and after `dyad`'s text extractor (metric in
# ../shared/README.md, tools/common/abe_metric.c).  Target: F1 >= 0.85 after.
set -u
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
abe="$SHARED/data/extract/abe"
if [ ! -f "$abe/ground-truth.json" ]; then
    echo "abe_text: skipped ($abe not found)"
    exit 0
fi
"$BUILD/tools/abe_text" "$abe/ground-truth.json" "$abe/output/html-text.json" "$abe/output/inscriptis.json"
