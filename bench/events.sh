#!/bin/sh
# events.sh — event-coding speed on one core: coding alone on pre-analysed
# sentences (target 50,000/s), raw text to events through the whole chain
# (target 5,000/s; meaningful once the parser is in), and the time to load
# the PETRARCH-2 CAMEO verb dictionary and the full Phoenix set, verbs and
# actors, as --dict DIR loads them (target < 200 ms).
set -eu
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
root=$(cd "$(dirname "$0")/.." && pwd)
tool=$BUILD/tools/bench_events
"$tool" coding
"$tool" load "$root/data/events/verbs.txt"
"$tool" chain "$root/tests/events/dev.tsv"
if [ -f "$SHARED/data/petrarch/dictionaries/CAMEO.2.0.txt" ]; then
    "$tool" coding "$SHARED/data/petrarch/dictionaries/CAMEO.2.0.txt" 2>/dev/null
    "$tool" load "$SHARED/data/petrarch/dictionaries/CAMEO.2.0.txt" 2>/dev/null
    phoenix=$(mktemp -d)
    trap 'rm -rf "$phoenix"' EXIT
    for f in "$SHARED"/data/petrarch/dictionaries/CAMEO.2.0.txt "$SHARED"/data/petrarch/dictionaries/Phoenix.*; do
        ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$phoenix/"
    done
    "$tool" phoenix "$phoenix" 2>/dev/null
else
    echo "events: $SHARED/data/petrarch not found; PETRARCH dictionary timings skipped"
fi
