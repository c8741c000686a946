#!/bin/sh
# warc.sh — WARC reading speed and memory: a crawl-like WARC (a request, an
# HTML response, and every tenth page an image) is generated with N pages,
# plain, gzipped whole, and gzipped one member per record (as crawlers write
# .warc.gz), and read by `dyad extract --stats`.  Peak RSS is printed for
# 2,000 and 20,000 pages: it must not grow with the file.
set -eu
BUILD=${BUILD:-build}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dyad-bench-warc.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

generate() { # pages -> stdout
    LC_ALL=C awk -v pages="$1" 'BEGIN {
        srand(42);
        words = "talks ceasefire minister said Monday border troops envoy sanctions agreed vote parliament aid";
        nw = split(words, w, " ");
        for (i = 1; i <= pages; i++) {
            uri = "http://bench.example/news/" i;
            req = "GET /news/" i " HTTP/1.1\r\nHost: bench.example\r\n\r\n";
            record("request", uri, req, "application/http; msgtype=request", i * 3);
            body = "<html><head><title>Story " i "</title></head><body><article>";
            for (p = 0; p < 12; p++) {
                body = body "<p>";
                for (k = 0; k < 30; k++) body = body w[int(rand() * nw) + 1] " ";
                body = body "</p>";
            }
            body = body "</article></body></html>";
            resp = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " length(body) "\r\n\r\n" body;
            record("response", uri, resp, "application/http; msgtype=response", i * 3 + 1);
            if (i % 10 == 0) {
                img = "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n" sprintf("%2000s", "");
                record("response", uri ".jpg", img, "application/http; msgtype=response", i * 3 + 2);
            }
        }
    }
    function record(type, uri, block, ctype, id) {
        printf "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n", type, uri;
        printf "WARC-Record-ID: <urn:uuid:bench-%d>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", id, ctype, length(block), block;
    }'
}

for pages in 2000 20000; do
    generate "$pages" > "$tmp/crawl.warc"
    gzip -1 -c "$tmp/crawl.warc" > "$tmp/whole.warc.gz"
    # One member per record: split at each record start, gzip the pieces
    # (one gzip process for all), concatenate them in order.
    mkdir "$tmp/r"
    LC_ALL=C awk -v dir="$tmp/r" '/^WARC\/1\.1\r$/ { if (out) close(out); out = sprintf("%s/%08d", dir, ++n) } { print > out }' "$tmp/crawl.warc"
    (cd "$tmp/r" && ls | xargs gzip -1 -q && ls | xargs cat) > "$tmp/members.warc.gz"
    rm -rf "$tmp/r"
    size=$(wc -c < "$tmp/crawl.warc")
    for f in crawl.warc whole.warc.gz members.warc.gz; do
        start=$(date +%s.%N)
        out=$("$BUILD/dyad" extract --stats -o /dev/null "$tmp/$f" 2>&1 || true)
        end=$(date +%s.%N)
        docs=$(printf '%s\n' "$out" | sed -n 's/^dyad: \([0-9]*\) document(s).*/\1/p')
        skipped=$(printf '%s\n' "$out" | sed -n 's/^dyad: \([0-9]*\) container record(s).*/\1/p')
        rss=$(printf '%s\n' "$out" | sed -n 's/.*peak RSS \([0-9.]*\) MB.*/\1/p')
        awk -v f="$f" -v p="$pages" -v d="${docs:-0}" -v s="${skipped:-0}" -v t0="$start" -v t1="$end" -v r="$rss" -v b="$size" \
            'BEGIN { t = t1 - t0; printf "warc %-15s %6d pages: %d documents + %d skipped records in %.2f s: %.0f records/s, %.0f MB/s (uncompressed), peak RSS %s MB\n", f, p, d, s, t, (d + s) / t, b / 1e6 / t, r }'
    done
done
