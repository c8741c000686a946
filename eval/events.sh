#!/bin/sh
# events.sh — event coding through the whole chain: dyad's development set
# (tests/events/dev.tsv), PETRARCH-2's unit-test records with its PETR.Validate
# dictionaries, and the events the seed pages must yield (../shared/seeds/
# EXPECTED.md; the expectations live here only, never in the code).
# Skips what needs ../shared when it is absent.  Until the parser and the
# actor dictionary land, the figures are 0: the script still runs.
set -eu
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
root=$(cd "$(dirname "$0")/.." && pwd)
tool=$BUILD/tools/eval_events
echo "-- development set"
"$tool" dev "$root/tests/events/dev.tsv"
if [ ! -d "$SHARED/data/petrarch" ]; then
    echo "events: $SHARED/data/petrarch not found; PETRARCH and seed checks skipped"
    exit 0
fi
echo "-- PETRARCH-2 unit tests (PETR.Validate dictionaries)"
dict=$(mktemp -d)
trap 'rm -rf "$dict"' EXIT
for f in "$SHARED"/data/petrarch/dictionaries/PETR.Validate.*; do ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$dict/"; done
records=$SHARED/data/petrarch/text/PETR.UnitTest.records.xml
echo "   with dyad's own conventions (the default)"
"$tool" petrarch "$records" "$dict" 2>/dev/null | tail -n 70
echo "   with PETRARCH's conventions (dyad --conventions petrarch; docs/EVENTS.md)"
"$tool" petrarch "$records" "$dict" --conventions=petrarch 2>/dev/null | tail -n 70
echo "-- development set through the Phoenix dictionaries (CAMEO.2.0 verbs, Phoenix actors), for comparison"
phoenix=$(mktemp -d)
for f in "$SHARED"/data/petrarch/dictionaries/CAMEO.2.0.txt "$SHARED"/data/petrarch/dictionaries/Phoenix.*; do
    ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$phoenix/"
done
"$tool" dev "$root/tests/events/dev.tsv" "$phoenix" 2>/dev/null | tail -n 2
rm -rf "$phoenix"
if [ -d "$SHARED/seeds" ]; then
    echo "-- seed pages"
    s=$SHARED/seeds
    "$tool" seed "$s"/000_*.txt 'RUS:IGOWSTNAT|WST|USA|EUR:11' 2>/dev/null
    "$tool" seed "$s"/001_*.txt 'UKR:*:03|08' 2>/dev/null
    "$tool" seed "$s"/002_*.txt 'IGOWSTNAT:RUS:12' 'RUS:IGOWSTNAT:11' 2>/dev/null
    "$tool" seed "$s"/003_*.txt 'RUS:WST|IGOGOS|USA|EUR|IGOWSTNAT:11' 2>/dev/null
    "$tool" seed "$s"/004_*.txt 'RUS|IGOWSTNAT:IGOWSTNAT|RUS|USA:04' 'RUS:IGOWSTNAT|USA|WST|UKR:10' 'RUS:*:13' 2>/dev/null
fi
