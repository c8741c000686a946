#!/bin/sh
# actors.sh — how dyad's own actor dictionary agrees with the field's
# Phoenix dictionaries (../shared/data/petrarch/dictionaries) on the facts
# both hold: office holders on a date inside each office dyad lists (up to
# 2014, where Phoenix stops), and international organisations.  Prints
# the share found by Phoenix, the share with the same code and with the
# same country, and the disagreements, for review.  Exits 0 unless the
# tools are broken.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
DYAD="$BUILD/dyad"
PHOENIX="$SHARED/data/petrarch/dictionaries"
[ -x "$DYAD" ] || { echo "actors: $DYAD not built"; exit 1; }
[ -d "$PHOENIX" ] || { echo "actors: skipped ($PHOENIX absent)"; exit 0; }
# the Phoenix files only, not the PETR.Validate test dictionaries beside them
set -- --dict "$PHOENIX/Phoenix.Countries.actors.txt" --dict "$PHOENIX/Phoenix.International.actors.txt" \
       --dict "$PHOENIX/Phoenix.MilNonState.actors.txt" --dict "$PHOENIX/Phoenix.agents.txt"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Office holders: "date<TAB>name" two months into each office that began
# 2001-2014 and lasted longer than that.
awk '
/^person / { sub(/^person +/, ""); sub(/ *[|;].*/, ""); name = $0; next }
/^  +[A-Z]/ {
    code = $1; range = $2
    if (range !~ /\.\./) next
    split(range, r, /\.\./)
    from = r[1]; to = r[2]
    if (from !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/) next
    y = substr(from, 1, 4) + 0; m = substr(from, 6, 2) + 2
    if (m > 12) { m -= 12; y++ }
    if (y < 2001 || y > 2014) next
    d = sprintf("%04d-%02d-15", y, m)
    if (to != "" && to <= d) next
    printf "%s\t%s\t%s\n", d, name, code
}' data/actors/people.txt > "$TMP/people.tsv"
cut -f1,2 "$TMP/people.tsv" > "$TMP/people.in"
"$DYAD" actors "$@" --lookup-file "$TMP/people.in" 2>/dev/null |
    sed 's/.*"code":\([^,]*\),.*/\1/; s/"//g' > "$TMP/people.phoenix"
paste "$TMP/people.tsv" "$TMP/people.phoenix" | awk -v getenv_all="${ACTORS_EVAL_ALL:-}" -F'\t' '
{ n++; ours = $3; theirs = $4
  if (theirs != "null") found++
  if (theirs == ours) same++
  else if (theirs != "null" && substr(theirs, 1, 3) == substr(ours, 1, 3)) { country++; if (getenv_all) printf "  sector: %s %s: dyad %s, Phoenix %s\n", $1, $2, ours, theirs }
  else if (theirs != "null" && shown < 15) { printf "  differs: %s %s: dyad %s, Phoenix %s\n", $1, $2, ours, theirs; shown++ }
}
END {
  if (!n) { print "office holders: none to compare"; exit }
  printf "office holders (%d terms, 2001-2014): Phoenix knows %d (%.0f%%); same code %d (%.0f%% of known); same country, other sector %d\n",
         n, found, 100 * found / n, same, found ? 100 * same / found : 0, country
}'

# International organisations: the first name of each igo line, undated.
awk '/^igo / { code = $2; sub(/^igo +[A-Z0-9]+ +/, ""); sub(/ *[|;#].*/, ""); printf "%s\t%s\n", $0, code }' \
    data/actors/igos.txt > "$TMP/igo.tsv"
cut -f1 "$TMP/igo.tsv" > "$TMP/igo.in"
"$DYAD" actors "$@" --lookup-file "$TMP/igo.in" 2>/dev/null |
    sed 's/.*"code":\([^,]*\),.*/\1/; s/"//g' > "$TMP/igo.phoenix"
paste "$TMP/igo.tsv" "$TMP/igo.phoenix" | awk -F'\t' '
{ n++; if ($3 != "null") found++; if ($3 == $2) same++
  else if ($3 != "null" && shown < 40) { printf "  differs: %s: dyad %s, Phoenix %s\n", $1, $2, $3; shown++ } }
END { printf "organisations (%d): Phoenix knows %d; same code %d (%.0f%% of known)\n", n, found, same, found ? 100 * same / found : 0 }'
exit 0
