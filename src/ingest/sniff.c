/* sniff.c — content sniffing: the bytes decide, the file name only breaks
 * ties (a ".txt" that holds HTML is HTML). */
#include "ingest/sniff.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static int has_suffix(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n >= k && strcasecmp(name + n - k, suffix) == 0;
}

/* Case-insensitive search for needle in head[0..n). */
static int contains(const char *head, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(head + i, needle, k) == 0) return 1;
    return 0;
}

/* Where needle occurs in head[0..n) (case-insensitive), or NULL. */
static const char *find(const char *head, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(head + i, needle, k) == 0) return head + i;
    return NULL;
}

/* The root element of a feed: <rss ...>, <rdf:RDF ...> or an Atom <feed>
 * (its namespace names Atom), before any <html. */
static int looks_like_feed(const char *p, size_t m)
{
    const char *html = find(p, m, "<html");
    size_t limit = html ? (size_t)(html - p) : m;
    static const char *const roots[] = {"<rss", "<rdf:RDF", "<feed"};
    for (int i = 0; i < 3; i++) {
        const char *r = find(p, limit, roots[i]);
        if (!r) continue;
        size_t at = (size_t)(r - p) + strlen(roots[i]);
        if (at < limit && p[at] != ' ' && p[at] != '>' && p[at] != '\n' && p[at] != '\r' && p[at] != '\t') continue;
        if (i == 2 && !find(r, limit - (size_t)(r - p), "Atom")) continue;
        return 1;
    }
    return 0;
}

int sniff_name_says_warc(const char *name) { return has_suffix(name, ".warc") || has_suffix(name, ".warc.gz"); }

dyad_format sniff_format(const char *name, const char *head, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n && isspace((unsigned char)head[i])) i++;
    const char *p = head + i;
    size_t m = n - i;
    if (m >= 5 && memcmp(p, "WARC/", 5) == 0) return DYAD_FORMAT_WARC;
    /* A WARC file whose head is damaged: its first record header is on a
     * later line (the WARC reader reports the bytes before it). */
    if (sniff_name_says_warc(name) && find(p, m, "\nWARC/1.")) return DYAD_FORMAT_WARC;
    if (m && p[0] == '{') return DYAD_FORMAT_JSONL;
    if (m && p[0] == '<') {
        if (looks_like_feed(p, m)) return DYAD_FORMAT_FEED;
        return DYAD_FORMAT_HTML;
    }
    if (contains(p, m < 1024 ? m : 1024, "<html") || contains(p, m < 1024 ? m : 1024, "<!doctype html"))
        return DYAD_FORMAT_HTML;
    /* Text that is mostly markup: several common tags near the top. */
    {
        static const char *const tags[] = {"<p>", "<p ", "<div", "<br", "<a href", "<span", "<body", "</p>", "<table"};
        size_t probe = m < 2048 ? m : 2048, seen = 0;
        for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) seen += (size_t)contains(p, probe, tags[t]);
        if (seen >= 3) return DYAD_FORMAT_HTML;
    }
    /* UTF-16 pages (with a byte-order mark) and files named as HTML. */
    if (n >= 4 && (memcmp(head, "\xFF\xFE<", 3) == 0 || memcmp(head, "\xFE\xFF\0<", 4) == 0)) return DYAD_FORMAT_HTML;
    if (has_suffix(name, ".html") || has_suffix(name, ".htm") || has_suffix(name, ".xhtml") ||
        has_suffix(name, ".html.gz") || has_suffix(name, ".htm.gz"))
        return DYAD_FORMAT_HTML;
    if (has_suffix(name, ".jsonl") || has_suffix(name, ".ndjson") || has_suffix(name, ".jsonl.gz") ||
        has_suffix(name, ".ndjson.gz"))
        return DYAD_FORMAT_JSONL;
    return DYAD_FORMAT_TEXT;
}
