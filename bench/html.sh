#!/bin/sh
# bench/html.sh — HTML extraction speed on one core: the 181 pages of the
# Article Extraction Benchmark, read three times over, through
# `dyad extract -j 1` (gunzip, charset, parse, metadata, extraction, JSON
# output).  dyad's --stats prints pages/s, MB/s (uncompressed HTML) and
# peak RSS by the wall clock; on a shared machine the wall clock counts
# other people's work too, so pages per CPU second is printed as well.
set -e
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
PAGES="$SHARED/data/extract/abe/html"
if [ ! -d "$PAGES" ]; then
    echo "bench/html.sh: skipped ($PAGES not found)"
    exit 0
fi
TMP=${TMPDIR:-/tmp}/dyad-bench-html.$$
trap 'rm -f "$TMP".*' EXIT
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%U %S" -o "$TMP.cpu" "$BUILD/dyad" extract -j 1 --stats -o /dev/null "$PAGES" "$PAGES" "$PAGES" \
        2> "$TMP.err" || true
else
    "$BUILD/dyad" extract -j 1 --stats -o /dev/null "$PAGES" "$PAGES" "$PAGES" 2> "$TMP.err" || true
fi
grep '^dyad:' "$TMP.err" | tail -n 1 | sed 's/^dyad:/html, one core (wall clock):/'
if [ -s "$TMP.cpu" ]; then
    pages=$(grep '^dyad:' "$TMP.err" | tail -n 1 | sed 's/^dyad: \([0-9]*\) document.*/\1/')
    tail -n 1 "$TMP.cpu" | awk -v p="$pages" '{ t = $1 + $2; if (t > 0) printf "html, one core (CPU time): %d pages in %.2f CPU s: %.0f pages per CPU second\n", p, t, p / t }'
fi
