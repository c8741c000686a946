#!/bin/sh
# warc.sh — real pages through the WARC reader: the Article Extraction
# Benchmark's 181 pages are packed into a crawl-like .warc.gz (a request, the
# HTML response and an image per page, one gzip member per record), read
# back by dyad, and each document's clean text compared with what dyad gives
# for the same page read directly.  Prints documents, skipped records and
# how many texts are identical (all of them, when the container is faithful).
set -eu
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
pages="$SHARED/data/extract/abe/html"
if [ ! -d "$pages" ]; then
    echo "warc: skipped ($pages not found)"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dyad-eval-warc.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# One record per file in $tmp/r, in order; then gzip each and concatenate.
mkdir "$tmp/r"
record() { # number type uri content-type block-file
    n=$(wc -c < "$5")
    {
        printf 'WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n' "$2" "$3"
        printf 'WARC-Record-ID: <urn:uuid:abe-%s>\r\nContent-Type: %s\r\nContent-Length: %s\r\n\r\n' "$1" "$4" "$n"
        cat "$5"
        printf '\r\n\r\n'
    } > "$tmp/r/$1"
}
i=0
for f in "$pages"/*.html.gz; do
    name=$(basename "$f" .html.gz)
    i=$((i + 1))
    uri="http://abe.example/$name"
    printf 'GET /%s HTTP/1.1\r\nHost: abe.example\r\n\r\n' "$name" > "$tmp/block"
    record "$(printf '%06d-1' "$i")" request "$uri" "application/http; msgtype=request" "$tmp/block"
    { printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n'; gzip -dc "$f"; } > "$tmp/block"
    record "$(printf '%06d-2' "$i")" response "$uri" "application/http; msgtype=response" "$tmp/block"
    { printf 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n'; printf '\211PNG\r\n\032\n'; } > "$tmp/block"
    record "$(printf '%06d-3' "$i")" response "$uri.png" "application/http; msgtype=response" "$tmp/block"
done
(cd "$tmp/r" && ls | xargs gzip -1 -q && ls | xargs cat) > "$tmp/abe.warc.gz"

"$BUILD/dyad" extract -q -o "$tmp/direct.jsonl" "$pages" || true
"$BUILD/dyad" extract --stats -o "$tmp/warc.jsonl" "$tmp/abe.warc.gz" 2> "$tmp/stats" || true

# The top-level "text" member of each line (it follows the metadata object).
texts() {
    awk '{
        i = index($0, "},\"text\":\"");
        if (!i) { print "(no text)"; next }
        s = substr($0, i + 10); out = "";
        for (k = 1; k <= length(s); k++) {
            c = substr(s, k, 1);
            if (c == "\\") { out = out substr(s, k, 2); k++; continue }
            if (c == "\"") break;
            out = out c;
        }
        print length(out) ":" out
    }' "$1"
}
texts "$tmp/direct.jsonl" > "$tmp/direct.txt"
texts "$tmp/warc.jsonl" > "$tmp/warc.txt"
total=$(wc -l < "$tmp/direct.txt")
documents=$(wc -l < "$tmp/warc.txt")
same=$(paste "$tmp/direct.txt" "$tmp/warc.txt" | awk -F '\t' '$1 == $2 { n++ } END { print n + 0 }')
ok=$(grep -c '"status":"ok"' "$tmp/warc.jsonl" || true)
echo "warc: $i ABE pages packed as $(wc -c < "$tmp/abe.warc.gz") bytes of .warc.gz (3 records per page, one gzip member each)"
echo "warc: $documents documents read back ($ok with status ok), $total read directly; clean text identical for $same of $total"
sed 's/^dyad:/warc: dyad:/' "$tmp/stats"
