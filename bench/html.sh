#!/bin/sh
# bench/html.sh — HTML extraction speed on one core: the 181 pages of the
# Article Extraction Benchmark, read three times over, through
# `dyad extract -j 1` (gunzip, charset, parse, metadata, extraction, JSON
# output); dyad's --stats prints pages/s, MB/s (uncompressed) and peak RSS.
set -e
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
PAGES="$SHARED/data/extract/abe/html"
if [ ! -d "$PAGES" ]; then
    echo "bench/html.sh: skipped ($PAGES not found)"
    exit 0
fi
"$BUILD/dyad" extract -j 1 --stats -o /dev/null "$PAGES" "$PAGES" "$PAGES" 2>&1 | tail -n 1 |
    sed 's/^dyad:/html, one core:/'
