#!/bin/sh
# dictionaries.sh — actor dictionaries: load time of dyad's own dictionary
# and of the full Phoenix (PETRARCH-2) dictionaries (target < 200 ms), and
# the rate of resolving mentions.  The best of five runs is printed.
set -e
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
DYAD="$BUILD/dyad"
[ -x "$DYAD" ] || { echo "dictionaries: $DYAD not built"; exit 1; }

best_load() { # prints the best "loaded in N ms" of five runs
    for i in 1 2 3 4 5; do "$DYAD" actors --check "$@" 2>/dev/null | sed -n 's/.*loaded in \([0-9.]*\) ms.*/\1/p'; done |
        sort -n | head -n 1
}

echo "dyad dictionary (data/actors): $("$DYAD" actors --check 2>/dev/null | sed 's/, loaded.*//')"
echo "  load: $(best_load) ms (best of 5)"

PHOENIX="$SHARED/data/petrarch/dictionaries"
if [ -d "$PHOENIX" ]; then
    echo "Phoenix dictionaries ($PHOENIX): $("$DYAD" actors --check --dict "$PHOENIX" 2>/dev/null | sed 's/, loaded.*//')"
    echo "  load: $(best_load --dict "$PHOENIX") ms (best of 5; target < 200 ms)"
else
    echo "Phoenix dictionaries: skipped ($PHOENIX absent)"
fi

# Resolution rate: 50,000 mentions composed from countries, roles and names.
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
awk 'BEGIN {
    split("Russian|Ukrainian|US|British|Chinese|French|German|Turkish|Iranian|Israeli", c, "|");
    split("Deputy Foreign Minister|Kremlin spokesman|ambassador to the UK|troops|officials|Defence Minister|opposition leader|President", r, "|");
    split("Alexander Grushko|Dmitry Peskov|Jan Novak|Maria Zakharova|Ivan Petrov|Zelenskiy|Olaf Scholz|John Smith", n, "|");
    for (i = 0; i < 50000; i++) printf "%s %s %s\n", c[i % 10 + 1], r[int(i / 10) % 8 + 1], n[int(i / 80) % 8 + 1];
}' > "$TMP/mentions.txt"
for i in 1 2 3; do "$DYAD" actors --lookup-file "$TMP/mentions.txt" --date 2022-06-01 -q 2>&1 >/dev/null; done |
    sort -t, -k3 -n | head -n 1 | sed 's/^/resolution (dyad dictionary): /'
if [ -d "$PHOENIX" ]; then
    for i in 1 2 3; do "$DYAD" actors --dict "$PHOENIX" --lookup-file "$TMP/mentions.txt" --date 2022-06-01 -q 2>&1 >/dev/null; done |
        grep mentions | sort -t, -k3 -n | head -n 1 | sed 's/^/resolution (Phoenix): /'
fi
