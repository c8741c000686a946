/* process.c — the pipeline: decode the input, then run each stage in order.
 *
 * Text is decoded once, here, so that no stage ever sees invalid UTF-8, a
 * byte-order mark or CR line ends.  HTML is the exception: its charset is
 * only known from the bytes themselves (BOM, meta tags), so the HTML stage
 * decodes it (src/html/charset.c).  Input that cannot be text (binary,
 * empty, over the size limit, or a container error) becomes an error record
 * and no stage runs. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "core/date_iso.h"
#include "core/document.h"
#include "core/resources.h"
#include "actors/actors.h"
#include "attribute/attribute.h"
#include "events/events.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "html/html.h"
#include "nlp/nlp.h"

/* Binary data: NUL bytes, or many control characters other than white
 * space.  Judged on a prefix so huge inputs cost nothing extra. */
static int looks_binary(const char *s, size_t n)
{
    size_t probe = n < 65536 ? n : 65536, controls = 0;
    for (size_t i = 0; i < probe; i++) {
        /* eight bytes with none below 0x20 (most of any text) at once */
        uint64_t w;
        if (i + 8 <= probe && (memcpy(&w, s + i, 8), !(((w - 0x2020202020202020ull) & ~w) & 0x8080808080808080ull))) {
            i += 7;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c == 0) return 1;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b) controls++;
    }
    return probe && controls * 20 > probe;
}

static int only_white_space(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) {
            /* U+00A0 and U+FEFF count as white space here too */
            if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) { i++; continue; }
            if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB && (unsigned char)s[i + 2] == 0xBF) { i += 2; continue; }
            return 0;
        }
    }
    return 1;
}

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

/* The input's date: ISO 8601 and RFC 822 as machines write them, also
 * ISO 8601's basic form ("20250315", "20250315T101500Z") and a date as
 * people write it when the whole value is that date ("March 2025" has the
 * month's precision, "15 March 2025", "March 15, 2025", "15.03.2025";
 * "March 15" has no year, and none is guessed). */
static bool input_date(const char *v, dyad_date *out)
{
    if (date_parse_iso(v, out)) return true;
    while (*v == ' ') v++;
    size_t n = strlen(v);
    while (n && v[n - 1] == ' ') n--;
    if (n >= 8 && all_digits(v, 8) && (n == 8 || v[8] == 'T')) {
        char iso[48];
        if (n == 8) {
            snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", v, v + 4, v + 6);
            return date_parse_iso(iso, out);
        }
        size_t t = 0;
        while (9 + t < n && v[9 + t] >= '0' && v[9 + t] <= '9') t++;
        if ((t == 4 || t == 6) && n - 9 - t < 8) {
            snprintf(iso, sizeof iso, "%.4s-%.2s-%.2sT%.2s:%.2s%s%.2s%.*s", v, v + 4, v + 6, v + 9, v + 11,
                     t == 6 ? ":" : "", t == 6 ? v + 13 : "", (int)(n - 9 - t), v + 9 + t);
            return date_parse_iso(iso, out);
        }
        return false;
    }
    extract_date_match m;
    if (!extract_parse_date(v, n, &m) || m.start != 0) return false;
    while (m.end < n && (v[m.end] == ' ' || v[m.end] == '.')) m.end++;
    if (m.end != n) return false;
    dyad_date d = m.date;
    d.evidence = out->evidence, d.origin = out->origin;
    *out = d;
    return true;
}

/* UTF-8 repair, BOM removal and CR/CRLF to LF, into the document's arena.
 * Valid text without CR (nearly all input) is copied once, in one piece. */
static void decode(doc *d, const char *s, size_t n)
{
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) s += 3, n -= 3;
    buf text = BUF_INIT;
    if (utf8_valid_prefix(s, n) != n) {
        size_t repaired = utf8_repair_append(&text, s, n);
        if (repaired)
            doc_warn(d, "invalid_utf8", (uint32_t)repaired, "%zu invalid UTF-8 sequence(s) replaced by U+FFFD", repaired);
        s = text.data;
        n = text.len;
    }
    char *out = arena_alloc(&d->arena, n + 1);
    size_t k = 0;
    const char *cr = n ? memchr(s, '\r', n) : NULL;
    if (!cr) {
        if (n) memcpy(out, s, n);
        k = n;
    } else {
        size_t head = (size_t)(cr - s);
        memcpy(out, s, head);
        k = head;
        for (size_t i = head; i < n; i++) {
            char c = s[i];
            if (c == '\r') {
                out[k++] = '\n';
                if (i + 1 < n && s[i + 1] == '\n') i++;
            } else out[k++] = c;
        }
    }
    out[k] = '\0';
    d->raw = out;
    d->raw_length = k;
    buf_free(&text);
}

static void take_input_metadata(doc *d, const dyad_input *in)
{
    struct { const char *value; dyad_field *field; } m[] = {
        {in->title, &d->pub.title}, {in->outlet, &d->pub.outlet}, {in->author, &d->pub.author},
        {in->language, &d->pub.language}, {in->url, &d->pub.url},
    };
    for (size_t i = 0; i < sizeof m / sizeof *m; i++) {
        if (!m[i].value || !*m[i].value) continue;
        m[i].field->value = doc_strdup(d, m[i].value);
        m[i].field->evidence = m[i].field->value;
        m[i].field->origin = "input";
    }
    if (in->date && *in->date) {
        dyad_date date = {0};
        if (input_date(in->date, &date)) {
            date.evidence = doc_strdup(d, in->date);
            date.origin = "input";
            d->pub.date = date;
        } else {
            doc_warn(d, "bad_input_date", 1, "the input's date \"%.64s\" is not a date dyad reads (ISO 8601, RFC 822, \"15 March 2025\", \"March 2025\"); ignored", in->date);
        }
    }
}

dyad_document *dyad_process(const dyad_resources *res, const dyad_input *in, unsigned stages)
{
    doc *d = doc_new(in);
    if (!in) {
        doc_error(d, DYAD_ERR_USAGE, "no_input", -1, "no input given");
        doc_publish(d);
        return &d->pub;
    }
    size_t limit = res ? res->max_document_bytes : DYAD_DEFAULT_MAX_DOCUMENT_BYTES;
    for (size_t i = 0; i < in->warning_count; i++) doc_add_diagnostic(d, &in->warnings[i], 0);
    if (in->error) {
        doc_add_diagnostic(d, in->error, 1);
    } else if (in->length > limit) {
        doc_error(d, DYAD_ERR_TOO_LARGE, "too_large", -1,
                  "document is %zu bytes, over the limit of %zu (see --max-bytes)", in->length, limit);
    } else if (!in->bytes || only_white_space(in->bytes, in->length)) {
        doc_error(d, DYAD_ERR_EMPTY, "empty", -1, "document has no text");
    } else if (looks_binary(in->bytes, in->length) &&
               !(in->format == DYAD_FORMAT_HTML && in->length >= 2 && /* UTF-16 pages hold NULs */
                 ((unsigned char)in->bytes[0] == 0xFF || (unsigned char)in->bytes[0] == 0xFE))) {
        doc_error(d, DYAD_ERR_BINARY, "binary", -1, "document looks like binary data, not text");
    }
    if (d->errors.count) {
        doc_publish(d);
        return &d->pub;
    }
    take_input_metadata(d, in);
    /* HTML finds its charset from the raw bytes first, then decodes itself. */
    if (in->format != DYAD_FORMAT_HTML) decode(d, in->bytes, in->length);

    if (stages & DYAD_STAGE_EXTRACT) {
        if (in->format == DYAD_FORMAT_HTML) {
            extract_html(d);
        } else {
            extract_text(d);
        }
    }
    /* A later stage needs the earlier ones; a caller asking for events gets
     * the analysis they stand on.  Stages whose resources were not loaded
     * are skipped. */
    if (stages & (DYAD_STAGE_ATTRIBUTE | DYAD_STAGE_EVENTS)) stages |= DYAD_STAGE_NLP;
    if (!d->errors.count && res) {
        bool analysed = (stages & DYAD_STAGE_NLP) && res->nlp && nlp_analyse(d, res->nlp, res->max_document_tokens);
        if (analysed && (stages & DYAD_STAGE_ATTRIBUTE) && res->actors) attribute_statements(d, res->actors);
        if (analysed && (stages & DYAD_STAGE_EVENTS) && res->events) events_code(d, res->events, res->actors);
    }
    doc_publish(d);
    return &d->pub;
}

void dyad_document_free(dyad_document *document) { doc_free((doc *)document); }
