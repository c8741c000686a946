/* warc.c — WARC records to inputs.
 *
 * A record is a header block ("WARC/1.1", fields, blank line), a block of
 * Content-Length bytes, and "\r\n\r\n".  Only the lengths hold a file
 * together, so they are checked: the block must be followed by the trailer
 * and the next "WARC/" (or the end).  When it is not, the record is
 * reported as an error input and reading resumes at the next line that
 * starts with "WARC/" — inside the claimed block if that is where it is, so
 * a bogus length costs one record, not the rest of the file.
 *
 * Memory stays bounded: a block is looked at in the stream's window only
 * when it fits the document limit (plus room for HTTP headers); longer
 * blocks are classified from their first bytes and streamed past. */
#include "ingest/warc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/fail.h"
#include "base/json.h"
#include "ingest/http.h"
#include "ingest/warc_stream.h"

enum {
    MAX_HEADER = 64 * 1024, /* a WARC or HTTP header block longer than this is broken */
    BLOCK_SLACK = 64 * 1024, /* room for HTTP headers on top of the document limit */
    TRAILER = 16,            /* how far past a block to look for the next record */
    SCAN_CHUNK = 1 << 16
};

static const char *const skip_names[WARC_SKIP_COUNT] = {
    "warcinfo", "request", "metadata", "revisit", "conversion", "continuation", "other_type", "http_status",
    "not_html",
};

const char *warc_skip_name(warc_skip reason) { return reason < WARC_SKIP_COUNT ? skip_names[reason] : "?"; }

struct warc_reader {
    warc_stream *s;
    char *path;
    size_t limit;
    uint64_t *totals;
    uint64_t pending[WARC_SKIP_COUNT]; /* skipped since the last input delivered */
    bool quiet_resync;  /* the record before was reported: do not report the skip to the next one */
    buf header;         /* the current record's WARC header block */
    http_headers warc;
    buf http;           /* its HTTP header block */
    http_headers response;
    buf body, body2;    /* decoded body */
};

warc_reader *warc_open(const char *path, source *src, size_t limit, uint64_t *skipped)
{
    warc_stream *s;
    if (src) s = warc_stream_open_source(src);
    else if (!(s = warc_stream_open_path(path))) return NULL;
    warc_reader *w = xcalloc(1, sizeof *w);
    w->s = s;
    w->path = xstrdup(path);
    w->limit = limit;
    w->totals = skipped;
    return w;
}

void warc_close(warc_reader *w)
{
    if (!w) return;
    warc_stream_close(w->s);
    free(w->path);
    buf_free(&w->header);
    buf_free(&w->http);
    buf_free(&w->body);
    buf_free(&w->body2);
    free(w);
}

/* ------------------------------------------------------------------ */
/* Building inputs                                                      */

static void skip(warc_reader *w, warc_skip reason)
{
    w->pending[reason]++;
    if (w->totals) w->totals[reason]++;
}

/* Strip the angle brackets WARC/1.0 puts around URIs and record ids. */
static const char *unbracket(input *in, const char *v)
{
    if (!v) return NULL;
    size_t n = strlen(v);
    if (n >= 2 && v[0] == '<' && v[n - 1] == '>') return arena_strndup(&in->arena, v + 1, n - 2);
    return input_strdup(in, v);
}

/* A new input for the record at `start`, with what its header says. */
static input *record_input(warc_reader *w, uint64_t start, bool have_header)
{
    input *in = input_new(w->path, "warc");
    in->pub.container_offset = (int64_t)start;
    const char *id = have_header ? http_header_get(&w->warc, "WARC-Record-ID") : NULL;
    const char *url = have_header ? http_header_get(&w->warc, "WARC-Target-URI") : NULL;
    in->pub.id = id && *id ? unbracket(in, id) : arena_printf(&in->arena, "%s@%llu", w->path, (unsigned long long)start);
    if (url && *url) in->pub.url = unbracket(in, url);
    dyad_extra_field *x = arena_alloc(&in->arena, 2 * sizeof *x);
    size_t extra = 0;
    const char *date = have_header ? http_header_get(&w->warc, "WARC-Date") : NULL;
    if (date && *date) {
        /* The crawl date is when the page was fetched, not when it was
         * published: it travels as an extra field, never as `date`. */
        buf j = BUF_INIT;
        json_write_cstr(&j, date);
        x[extra].key = "crawl_date";
        x[extra++].json = arena_strndup(&in->arena, j.data, j.len);
        buf_free(&j);
    }
    int64_t file_offset = warc_stream_file_offset(w->s, start);
    if (file_offset >= 0) {
        x[extra].key = "warc_offset";
        x[extra++].json = arena_printf(&in->arena, "%lld", (long long)file_offset);
    }
    in->pub.extra = x;
    in->pub.extra_count = extra;
    return in;
}

/* Mention the records skipped since the last input on this one. */
static input *deliver(warc_reader *w, input *in)
{
    uint64_t total = 0;
    char list[256] = "";
    size_t used = 0;
    for (int r = 0; r < WARC_SKIP_COUNT; r++) {
        if (!w->pending[r]) continue;
        total += w->pending[r];
        int k = snprintf(list + used, sizeof list - used, "%s%llu %s", used ? ", " : "",
                         (unsigned long long)w->pending[r], skip_names[r]);
        if (k > 0 && (size_t)k < sizeof list - used) used += (size_t)k;
        w->pending[r] = 0;
    }
    uint64_t garbage = warc_stream_take_garbage(w->s);
    if (garbage)
        input_add_warning(in, "warc_gzip_garbage", 1, -1,
                          "%llu byte(s) between gzip members, near this record, belong to no record and were skipped",
                          (unsigned long long)garbage);
    if (total)
        input_add_warning(in, "warc_skipped", total > UINT32_MAX ? UINT32_MAX : (uint32_t)total, -1,
                          "%llu record(s) that are not HTML pages skipped before this one: %s",
                          (unsigned long long)total, list);
    return in;
}

static input *record_error(warc_reader *w, uint64_t start, bool have_header, dyad_status status,
                           const char *code, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static input *record_error(warc_reader *w, uint64_t start, bool have_header, dyad_status status,
                           const char *code, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    input *in = record_input(w, start, have_header);
    input_set_error(in, status, code, 0, 0, (int64_t)start, "%s", msg);
    return deliver(w, in);
}

/* ------------------------------------------------------------------ */
/* Records                                                              */

static bool is_html_type(const char *media)
{
    return !strcmp(media, "text/html") || !strcmp(media, "application/xhtml+xml");
}

static bool looks_like_markup(const char *p, size_t n)
{
    size_t i = 0;
    if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) i = 3;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n')) i++;
    return i < n && p[i] == '<';
}

static warc_skip skip_for_type(const char *type)
{
    static const struct { const char *name; warc_skip reason; } types[] = {
        {"warcinfo", WARC_SKIP_WARCINFO},     {"request", WARC_SKIP_REQUEST},
        {"metadata", WARC_SKIP_METADATA},     {"revisit", WARC_SKIP_REVISIT},
        {"conversion", WARC_SKIP_CONVERSION}, {"continuation", WARC_SKIP_CONTINUATION},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (!strcasecmp(type, types[i].name)) return types[i].reason;
    return WARC_SKIP_OTHER_TYPE;
}

typedef struct record_kind {
    int skip;             /* a warc_skip, or -1 for a document */
    const char *error;    /* or an error code, with message */
    char message[200];
    const char *body;     /* the payload within the block */
    size_t body_length;
    char charset[64];
    bool http;
} record_kind;

/* Decide what the record is from its headers and the first `n` bytes of
 * its block (all of it when n == cl). */
static void classify(warc_reader *w, const char *block, size_t n, uint64_t cl, record_kind *k)
{
    memset(k, 0, sizeof *k);
    k->skip = -1;
    const char *version = w->warc.first_line;
    if (strcmp(version, "WARC/1.0") != 0 && strcmp(version, "WARC/1.1") != 0) {
        k->error = "warc_version";
        snprintf(k->message, sizeof k->message, "unsupported WARC version \"%.20s\"", version);
        return;
    }
    const char *type = http_header_get(&w->warc, "WARC-Type");
    if (!type) {
        k->error = "warc_bad_header";
        snprintf(k->message, sizeof k->message, "the record has no WARC-Type");
        return;
    }
    const char *content_type;
    const char *block_type = http_header_get(&w->warc, "Content-Type");
    bool response = !strcasecmp(type, "response");
    /* A response is HTTP unless its record says otherwise (crawlers also
     * store DNS lookups as responses, with Content-Type text/dns). */
    k->http = response && (!block_type || !strncasecmp(block_type, "application/http", 16));
    if (k->http) {
        size_t probe = n < MAX_HEADER ? n : MAX_HEADER;
        if (probe < 5 || memcmp(block, "HTTP/", 5) != 0) {
            k->error = "warc_http_syntax";
            snprintf(k->message, sizeof k->message, "the response record does not hold an HTTP response");
            return;
        }
        size_t end = http_header_end(block, probe);
        if (!end) {
            if (n < cl || n >= MAX_HEADER) {
                k->error = "warc_http_syntax";
                snprintf(k->message, sizeof k->message, "the HTTP header block does not end");
                return;
            }
            end = n; /* headers only, no body */
        }
        buf_clear(&w->http);
        buf_append(&w->http, block, end);
        http_parse_headers(w->http.data, &w->response);
        int status = http_status(w->response.first_line);
        if (status < 0) {
            k->error = "warc_http_syntax";
            snprintf(k->message, sizeof k->message, "bad HTTP status line \"%.60s\"", w->response.first_line);
            return;
        }
        if (status != 200) { k->skip = WARC_SKIP_HTTP_STATUS; return; }
        content_type = http_header_get(&w->response, "Content-Type");
        k->body = block + end;
        k->body_length = n - end;
    } else if (response || !strcasecmp(type, "resource")) {
        content_type = block_type;
        k->body = block;
        k->body_length = n;
    } else {
        k->skip = skip_for_type(type);
        return;
    }
    if (!content_type) content_type = http_header_get(&w->warc, "WARC-Identified-Payload-Type");
    char media[96];
    http_media_type(content_type, media, sizeof media, k->charset, sizeof k->charset);
    bool html = media[0] ? is_html_type(media) : looks_like_markup(k->body, k->body_length);
    if (!html) k->skip = WARC_SKIP_NOT_HTML;
}

static bool has_token(const char *list, const char *token)
{
    size_t n = strlen(token);
    for (const char *p = list; p && *p;) {
        while (*p == ' ' || *p == ',' || *p == '\t') p++;
        if (!strncasecmp(p, token, n) && (p[n] == '\0' || p[n] == ',' || p[n] == ' ' || p[n] == ';')) return true;
        p = strchr(p, ',');
    }
    return false;
}

/* A document from a complete record whose block is block[0..cl). */
static input *make_document(warc_reader *w, uint64_t start, const record_kind *k)
{
    input *in = record_input(w, start, true);
    deliver(w, in);
    in->pub.format = DYAD_FORMAT_HTML;
    if (k->charset[0]) in->pub.charset = input_strdup(in, k->charset);
    const char *body = k->body;
    size_t length = k->body_length;
    if (k->http) {
        const char *te = http_header_get(&w->response, "Transfer-Encoding");
        if (te && has_token(te, "chunked")) {
            bool complete;
            buf_clear(&w->body);
            if (http_dechunk(body, length, &w->body, &complete)) {
                if (!complete)
                    input_add_warning(in, "http_chunked_truncated", 1, (int64_t)start,
                                      "the chunked body stops early; the chunks that came are kept");
                body = w->body.data ? w->body.data : "";
                length = w->body.len;
            }
            /* else: the archiver already undid the chunking but kept the header */
        }
        const char *ce = http_header_get(&w->response, "Content-Encoding");
        if (ce && *ce && strcasecmp(ce, "identity") != 0) {
            buf_clear(&w->body2);
            const char *bad;
            size_t bad_n;
            http_inflate_result r = http_decode_content(ce, body, length, w->limit, &w->body2, &bad, &bad_n);
            if (bad) {
                input_set_error(in, DYAD_ERR_UNSUPPORTED, "http_encoding_unsupported", 0, 0, (int64_t)start,
                                "the response's Content-Encoding \"%.*s\" is not supported", (int)(bad_n > 40 ? 40 : bad_n),
                                bad);
                return in;
            }
            if (r == HTTP_INFLATE_TOO_LARGE) {
                input_set_error(in, DYAD_ERR_TOO_LARGE, "too_large", 0, 0, (int64_t)start,
                                "the response's body decompresses to more than the limit of %zu bytes "
                                "(see --max-bytes)", w->limit);
                return in;
            }
            if (r == HTTP_INFLATE_DAMAGED)
                input_add_warning(in, "http_body_damaged", 1, (int64_t)start,
                                  "the %s body is damaged; the part that decompressed is kept", ce);
            if (r != HTTP_INFLATE_NOT_COMPRESSED) {
                body = w->body2.data ? w->body2.data : "";
                length = w->body2.len;
            }
        }
    }
    if (length > w->limit) {
        input_set_error(in, DYAD_ERR_TOO_LARGE, "too_large", 0, 0, (int64_t)start,
                        "the response's body is %zu bytes, over the limit of %zu (see --max-bytes)", length,
                        w->limit);
        return in;
    }
    const char *cut = http_header_get(&w->warc, "WARC-Truncated");
    if (cut)
        input_add_warning(in, "warc_truncated_payload", 1, (int64_t)start,
                          "the crawler stored only part of this page (WARC-Truncated: %.40s)", cut);
    input_set_bytes(in, body, length);
    return in;
}

/* Skip to the next line that starts with "WARC/".  Returns the number of
 * bytes skipped; stops early at a break or the end. */
static uint64_t resync(warc_reader *w)
{
    uint64_t skipped = 0;
    for (;;) {
        const char *p;
        size_t n = warc_stream_peek(w->s, &p, SCAN_CHUNK);
        if (!n) return skipped;
        const char *hit = memmem(p, n, "\nWARC/", 6);
        if (hit) {
            warc_stream_consume(w->s, (size_t)(hit - p) + 1);
            return skipped + (uint64_t)(hit - p) + 1;
        }
        size_t take = n < SCAN_CHUNK ? n : n - 5; /* keep a tail the marker may straddle */
        warc_stream_consume(w->s, take);
        skipped += take;
    }
}

/* What damaged the stream (a gzip member, a read error), for error
 * messages; "" when nothing did. */
static const char *damage_note(warc_reader *w)
{
    return warc_stream_damage(w->s);
}

/* A block longer than the window: classify it from its head, then stream
 * past it, watching for a record boundary inside (a bogus length). */
static input *pass_long_block(warc_reader *w, uint64_t start, uint64_t cl)
{
    const char *p;
    size_t n = warc_stream_peek(w->s, &p, MAX_HEADER);
    record_kind k;
    classify(w, p, n, cl, &k);
    static const char boundary[] = "\r\n\r\nWARC/1.";
    const size_t blen = sizeof boundary - 1;
    uint64_t remaining = cl;
    while (remaining > 0) {
        size_t want = remaining < SCAN_CHUNK ? (size_t)remaining : SCAN_CHUNK;
        n = warc_stream_peek(w->s, &p, want + blen - 1);
        const char *hit = memmem(p, n, boundary, blen);
        if (hit && (size_t)(hit - p) < want) {
            warc_stream_consume(w->s, (size_t)(hit - p) + 4);
            w->quiet_resync = false;
            return record_error(w, start, true, DYAD_ERR_SYNTAX, "warc_bad_length",
                                "record at byte %llu: Content-Length %llu runs past the next record, which "
                                "starts at byte %llu", (unsigned long long)start, (unsigned long long)cl,
                                (unsigned long long)warc_stream_offset(w->s));
        }
        if (n < want) {
            input *in = record_error(w, start, true, DYAD_ERR_SYNTAX, "warc_truncated",
                                     "record at byte %llu: the file ends %llu bytes into its %llu-byte block%s%s",
                                     (unsigned long long)start, (unsigned long long)(cl - remaining + n),
                                     (unsigned long long)cl, *damage_note(w) ? ": " : "", damage_note(w));
            warc_stream_consume(w->s, n);
            if (warc_stream_broken(w->s)) warc_stream_resume(w->s);
            w->quiet_resync = true;
            return in;
        }
        warc_stream_consume(w->s, want);
        remaining -= want;
    }
    w->quiet_resync = false;
    if (k.error) return record_error(w, start, true, DYAD_ERR_SYNTAX, k.error, "record at byte %llu: %s",
                                     (unsigned long long)start, k.message);
    if (k.skip >= 0) { skip(w, (warc_skip)k.skip); return NULL; }
    return record_error(w, start, true, DYAD_ERR_TOO_LARGE, "too_large",
                        "record at byte %llu holds a %llu-byte response, over the limit of %zu (see --max-bytes)",
                        (unsigned long long)start, (unsigned long long)cl, w->limit);
}

/* One record starting at "WARC/": an input, or NULL when it was skipped. */
static input *read_record(warc_reader *w)
{
    uint64_t start = warc_stream_offset(w->s);
    const char *p;
    size_t n = warc_stream_peek(w->s, &p, MAX_HEADER);
    size_t end = http_header_end(p, n);
    if (!end) {
        if (n < MAX_HEADER) {
            input *in = record_error(w, start, false, DYAD_ERR_SYNTAX, "warc_truncated",
                                     "record at byte %llu: the input ends inside its header%s%s",
                                     (unsigned long long)start, *damage_note(w) ? ": " : "", damage_note(w));
            warc_stream_consume(w->s, n);
            if (warc_stream_broken(w->s)) warc_stream_resume(w->s);
            w->quiet_resync = true;
            return in;
        }
        warc_stream_consume(w->s, 1);
        w->quiet_resync = true;
        return record_error(w, start, false, DYAD_ERR_SYNTAX, "warc_bad_header",
                            "record at byte %llu: no end of header within %d bytes", (unsigned long long)start,
                            MAX_HEADER);
    }
    buf_clear(&w->header);
    buf_append(&w->header, p, end);
    http_parse_headers(w->header.data, &w->warc);
    warc_stream_consume(w->s, end);

    const char *length = http_header_get(&w->warc, "Content-Length");
    char *tail = NULL;
    errno = 0;
    unsigned long long cl = length && *length >= '0' && *length <= '9' ? strtoull(length, &tail, 10) : 0;
    if (!length || !tail || *tail || errno) {
        w->quiet_resync = true;
        return record_error(w, start, true, DYAD_ERR_SYNTAX, "warc_bad_length",
                            "record at byte %llu: %s Content-Length \"%.30s\"", (unsigned long long)start,
                            length ? "bad" : "no", length ? length : "");
    }
    size_t window = w->limit + BLOCK_SLACK;
    if (cl > window) return pass_long_block(w, start, cl);

    n = warc_stream_peek(w->s, &p, (size_t)cl + TRAILER);
    if (n < cl) {
        input *in = record_error(w, start, true, DYAD_ERR_SYNTAX, "warc_truncated",
                                 "record at byte %llu: %zu of its %llu bytes are there%s%s", (unsigned long long)start,
                                 n, cl, *damage_note(w) ? ": " : "", damage_note(w));
        /* What is there may still hold the next record (a short member). */
        const char *next = memmem(p, n, "\nWARC/", 6);
        warc_stream_consume(w->s, next ? (size_t)(next - p) + 1 : n);
        if (!next && warc_stream_broken(w->s)) warc_stream_resume(w->s);
        w->quiet_resync = true;
        return in;
    }
    /* The block must be followed by line ends and then the next record or
     * the end of the input. */
    size_t k = (size_t)cl;
    bool exact = n - k >= 4 && memcmp(p + k, "\r\n\r\n", 4) == 0; /* what the standard asks */
    while (k < n && (p[k] == '\r' || p[k] == '\n')) k++;
    bool ok = exact || k == n || (n - k >= 5 && memcmp(p + k, "WARC/", 5) == 0);
    if (!ok) {
        const char *next = memmem(p, n, "\nWARC/", 6);
        warc_stream_consume(w->s, next ? (size_t)(next - p) + 1 : 0);
        w->quiet_resync = true;
        return record_error(w, start, true, DYAD_ERR_SYNTAX, "warc_bad_length",
                            "record at byte %llu: its Content-Length (%llu) does not end where the next record "
                            "starts", (unsigned long long)start, cl);
    }
    record_kind kind;
    classify(w, p, (size_t)cl, cl, &kind);
    input *in = NULL;
    if (kind.error)
        in = record_error(w, start, true, DYAD_ERR_SYNTAX, kind.error, "record at byte %llu: %s",
                          (unsigned long long)start, kind.message);
    else if (kind.skip >= 0) skip(w, (warc_skip)kind.skip);
    else in = make_document(w, start, &kind);
    warc_stream_consume(w->s, k);
    w->quiet_resync = false;
    return in;
}

input *warc_next(warc_reader *w)
{
    for (;;) {
        const char *p;
        size_t n = warc_stream_peek(w->s, &p, SCAN_CHUNK);
        if (!n) {
            if (!warc_stream_broken(w->s)) return NULL;
            /* Damage between records (for instance a member's trailer). */
            input *in = NULL;
            if (!w->quiet_resync)
                in = record_error(w, warc_stream_offset(w->s), false, DYAD_ERR_SYNTAX, "warc_gzip_damaged", "%s",
                                  warc_stream_damage(w->s));
            warc_stream_resume(w->s);
            w->quiet_resync = false;
            if (in) return in;
            continue;
        }
        size_t ws = 0;
        while (ws < n && (p[ws] == '\r' || p[ws] == '\n' || p[ws] == ' ' || p[ws] == '\t')) ws++;
        if (ws) { warc_stream_consume(w->s, ws); continue; }
        if (n >= 5 && memcmp(p, "WARC/", 5) == 0) {
            input *in = read_record(w);
            if (in) return in;
            continue;
        }
        uint64_t start = warc_stream_offset(w->s);
        uint64_t skipped = resync(w);
        if (w->quiet_resync) {
            /* Still the reported record's debris; a break it ran into is too. */
            if (!warc_stream_broken(w->s)) w->quiet_resync = false;
            continue;
        }
        return record_error(w, start, false, DYAD_ERR_SYNTAX, "warc_garbage",
                            "%llu byte(s) at byte %llu are not part of any WARC record; skipped",
                            (unsigned long long)skipped, (unsigned long long)start);
    }
}
