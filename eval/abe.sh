#!/bin/sh
# eval/abe.sh — dyad's article extraction on the Article Extraction Benchmark
# (181 news pages), in one table beside the 18 peers' saved outputs.
# The pages were looked at while the extractor was developed: the figure is
# a development score, not a blind test.
set -e
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
ABE="$SHARED/data/extract/abe"
if [ ! -f "$ABE/ground-truth.json" ]; then
    echo "eval/abe.sh: skipped ($ABE not found)"
    exit 0
fi
"$BUILD/tools/eval_abe" "$ABE"
