#!/bin/sh
# extract.sh — extraction throughput on one core: MB/s, documents/s and
# peak RSS for `dyad extract -j 1` on a corpus this script generates from
# the golden pages (tests/golden/*.txt): each record joins three of them
# into one long scraped page, so every chrome rule and the body search run
# on realistic input.  The first lines are the whole command (reading JSON,
# extraction, writing JSON) by the wall clock and per CPU second; the last
# the extraction stage alone, timed in CPU seconds.  Target: at least
# 50 MB/s.
set -eu
BUILD=${BUILD:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
records=${BENCH_RECORDS:-12000}
corpus=$(mktemp /tmp/dyad-bench-XXXXXX.jsonl)
trap 'rm -f "$corpus" "$corpus.cpu" "$corpus.err"' EXIT
awk -v records="$records" '
    FNR == 1 { n++ }
    { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t"); page[n] = page[n] $0 "\\n" }
    END {
        for (i = 0; i < records; i++) {
            a = i % n + 1; b = (i + 3) % n + 1; c = (i + 7) % n + 1
            printf "{\"id\":\"bench-%d\",\"text\":\"%s\\n%s\\n%s\"}\n", i, page[a], page[b], page[c]
        }
    }' "$root"/tests/golden/*.txt > "$corpus"
# The wall clock counts other processes' work on a shared machine, so the
# whole command is also given per CPU second (user + system time).
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%U %S" -o "$corpus.cpu" "$BUILD/dyad" extract -j 1 --stats -o /dev/null "$corpus" 2> "$corpus.err" || true
    grep '^dyad:' "$corpus.err" | sed 's/^dyad:/extract (1 thread, wall clock):/'
    mb=$(grep '^dyad:' "$corpus.err" | sed -n 's/.* \([0-9.]*\) MB in .*/\1/p')
    tail -n 1 "$corpus.cpu" | awk -v mb="$mb" '{ t = $1 + $2; if (t > 0) printf "extract (1 thread, CPU time): %.1f MB in %.2f CPU s: %.1f MB per CPU second\n", mb, t, mb / t }'
    rm -f "$corpus.cpu" "$corpus.err"
else
    "$BUILD/dyad" extract -j 1 --stats -o /dev/null "$corpus" 2>&1 | sed 's/^dyad:/extract (1 thread):/'
fi
"$BUILD/tools/bench_extract" "$corpus"
