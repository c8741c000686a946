/* json.c — JSON writer and a bounded-depth recursive-descent reader. */
#include "base/json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/utf8.h"

/* ------------------------------------------------------------------ */
/* writing */

/* The length of the run of bytes at s[0..n) that a JSON string holds as
 * they are: no control byte, '"', '\\' or DEL.  Nearly all of any text is
 * such runs, so they are measured sixteen bytes at a time with SSE2 where
 * the compiler has it (every x86-64), else eight at a time in a word: the
 * SWAR tests there are exact about whether a word holds such a byte (not
 * which), so a hit only sends those eight bytes through the byte loop. */
static inline bool byte_is_plain(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\' && c != 0x7f; }

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull
static inline bool word_needs_escape(uint64_t x)
{
    uint64_t quote = x ^ (ONES * '"'), slash = x ^ (ONES * '\\'), del = x ^ (ONES * 0x7f);
    uint64_t hit = ((x - ONES * 0x20) & ~x) | ((quote - ONES) & ~quote) | ((slash - ONES) & ~slash) |
                   ((del - ONES) & ~del);
    return (hit & HIGHS) != 0;
}

static size_t plain_run(const char *s, size_t n)
{
    size_t i = 0;
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'), del = _mm_set1_epi8(0x7f),
                  control = _mm_set1_epi8(0x1f);
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, slash)),
                                   _mm_or_si128(_mm_cmpeq_epi8(x, del), _mm_cmpeq_epi8(_mm_min_epu8(x, control), x)));
        int mask = _mm_movemask_epi8(hit);
        if (mask) return i + (size_t)__builtin_ctz((unsigned)mask);
    }
#endif
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (word_needs_escape(w)) break;
    }
    while (i < n && byte_is_plain((unsigned char)s[i])) i++;
    return i;
}

void json_write_string(buf *out, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    buf_reserve(out, n + 2);
    buf_putc(out, '"');
    size_t i = 0;
    for (;;) {
        size_t run = plain_run(s + i, n - i);
        buf_append(out, s + i, run);
        i += run;
        if (i >= n) break;
        unsigned char c = (unsigned char)s[i++];
        switch (c) {
        case '"': buf_append(out, "\\\"", 2); break;
        case '\\': buf_append(out, "\\\\", 2); break;
        case '\n': buf_append(out, "\\n", 2); break;
        case '\r': buf_append(out, "\\r", 2); break;
        case '\t': buf_append(out, "\\t", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            buf_append(out, e, 6);
        }
        }
    }
    buf_putc(out, '"');
}

void json_write_cstr(buf *out, const char *s)
{
    if (!s) buf_append(out, "null", 4);
    else json_write_string(out, s, strlen(s));
}

/* ------------------------------------------------------------------ */
/* reading */

typedef struct parser {
    arena *a;
    const char *s;
    size_t n, i;
    json_error *err;
    const char *failure;
    size_t repaired;      /* replacements made in the last string parsed */
} parser;

static void fail(parser *p, const char *message)
{
    if (!p->failure) {
        p->failure = message;
        size_t line = 1, col = 1;
        for (size_t k = 0; k < p->i && k < p->n; k++) {
            if (p->s[k] == '\n') line++, col = 1;
            else col++;
        }
        p->err->message = message;
        p->err->offset = p->i;
        p->err->line = (int)line;
        p->err->column = (int)col;
    }
}

static void skip_ws(parser *p)
{
    while (p->i < p->n) {
        char c = p->s[p->i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') p->i++;
        else break;
    }
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool read_hex4(parser *p, uint32_t *v)
{
    if (p->n - p->i < 4) return false;
    uint32_t x = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(p->s[p->i + k]);
        if (h < 0) return false;
        x = x * 16 + (uint32_t)h;
    }
    p->i += 4;
    *v = x;
    return true;
}

/* Parse a string literal at p->i (which holds '"'). */
static bool parse_string(parser *p, const char **out, size_t *out_len)
{
    p->i++;
    p->repaired = 0;
    size_t start = p->i;
    /* Fast path: no escapes (plain_run stops at '"', '\\' and control
     * bytes, and at DEL, which the slow path below takes as it is). */
    p->i += plain_run(p->s + p->i, p->n - p->i);
    if (p->i < p->n && p->s[p->i] == '"') {
        size_t n = p->i - start;
        if (utf8_valid_prefix(p->s + start, n) == n) {
            /* valid already: no repair copy */
            *out = arena_strndup(p->a, p->s + start, n);
            *out_len = n;
            p->i++;
            return true;
        }
        buf tmp = BUF_INIT;
        p->repaired = utf8_repair_append(&tmp, p->s + start, n);
        *out = arena_strndup(p->a, tmp.data ? tmp.data : "", tmp.len);
        *out_len = tmp.len;
        buf_free(&tmp);
        p->i++;
        return true;
    }
    buf b = BUF_INIT;
    buf_append(&b, p->s + start, p->i - start);
    while (p->i < p->n) {
        unsigned char c = (unsigned char)p->s[p->i];
        if (c == '"') {
            p->i++;
            if (utf8_valid_prefix(b.data ? b.data : "", b.len) == b.len) {
                *out = arena_strndup(p->a, b.data ? b.data : "", b.len);
                *out_len = b.len;
                buf_free(&b);
                return true;
            }
            buf fixed = BUF_INIT;
            p->repaired += utf8_repair_append(&fixed, b.data ? b.data : "", b.len);
            *out = arena_strndup(p->a, fixed.data ? fixed.data : "", fixed.len);
            *out_len = fixed.len;
            buf_free(&fixed);
            buf_free(&b);
            return true;
        }
        if (c < 0x20) { fail(p, "control character in string"); buf_free(&b); return false; }
        if (c != '\\') {
            size_t run = p->i + 1 + plain_run(p->s + p->i + 1, p->n - p->i - 1);
            buf_append(&b, p->s + p->i, run - p->i);
            p->i = run;
            continue;
        }
        p->i++;
        if (p->i >= p->n) break;
        char e = p->s[p->i++];
        switch (e) {
        case '"': buf_putc(&b, '"'); break;
        case '\\': buf_putc(&b, '\\'); break;
        case '/': buf_putc(&b, '/'); break;
        case 'b': buf_putc(&b, '\b'); break;
        case 'f': buf_putc(&b, '\f'); break;
        case 'n': buf_putc(&b, '\n'); break;
        case 'r': buf_putc(&b, '\r'); break;
        case 't': buf_putc(&b, '\t'); break;
        case 'u': {
            uint32_t cp;
            if (!read_hex4(p, &cp)) { fail(p, "bad \\u escape"); buf_free(&b); return false; }
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint32_t lo;
                if (p->n - p->i >= 6 && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u') {
                    size_t save = p->i;
                    p->i += 2;
                    if (read_hex4(p, &lo) && lo >= 0xDC00 && lo <= 0xDFFF)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    else { p->i = save; cp = UTF8_REPLACEMENT; p->repaired++; }
                } else { cp = UTF8_REPLACEMENT; p->repaired++; }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) { cp = UTF8_REPLACEMENT; p->repaired++; }
            char enc[4];
            buf_append(&b, enc, utf8_encode(cp, enc));
            break;
        }
        default: p->i--; fail(p, "bad escape in string"); buf_free(&b); return false;
        }
    }
    fail(p, "unterminated string");
    buf_free(&b);
    return false;
}

static json_value *parse_value(parser *p, int depth);

static json_value *new_value(parser *p, json_type t, size_t start)
{
    json_value *v = arena_alloc(p->a, sizeof *v);
    v->type = t;
    v->raw = p->s + start;
    return v;
}

static bool match_word(parser *p, const char *w)
{
    size_t k = strlen(w);
    if (p->n - p->i >= k && memcmp(p->s + p->i, w, k) == 0) { p->i += k; return true; }
    return false;
}

static json_value *parse_number(parser *p)
{
    size_t start = p->i;
    if (p->s[p->i] == '-') p->i++;
    if (p->i >= p->n) { fail(p, "bad number"); return NULL; }
    if (p->s[p->i] == '0') p->i++;
    else if (p->s[p->i] >= '1' && p->s[p->i] <= '9') { while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9') p->i++; }
    else { fail(p, "bad number"); return NULL; }
    if (p->i < p->n && p->s[p->i] == '.') {
        p->i++;
        size_t d = p->i;
        while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9') p->i++;
        if (d == p->i) { fail(p, "bad number"); return NULL; }
    }
    if (p->i < p->n && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
        p->i++;
        if (p->i < p->n && (p->s[p->i] == '+' || p->s[p->i] == '-')) p->i++;
        size_t d = p->i;
        while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9') p->i++;
        if (d == p->i) { fail(p, "bad number"); return NULL; }
    }
    json_value *v = new_value(p, JSON_NUMBER, start);
    char tmp[64];
    size_t len = p->i - start;
    if (len >= sizeof tmp) len = sizeof tmp - 1;
    memcpy(tmp, p->s + start, len);
    tmp[len] = '\0';
    v->number = strtod(tmp, NULL);
    return v;
}

static json_value *parse_array(parser *p, int depth)
{
    json_value *v = new_value(p, JSON_ARRAY, p->i);
    p->i++;
    size_t cap = 0;
    skip_ws(p);
    if (p->i < p->n && p->s[p->i] == ']') { p->i++; return v; }
    for (;;) {
        json_value *item = parse_value(p, depth + 1);
        if (!item) return NULL;
        if (v->count == cap) {
            size_t ncap = cap ? cap * 2 : 4;
            json_value **items = arena_alloc(p->a, ncap * sizeof *items);
            if (cap) memcpy(items, v->items, cap * sizeof *items);
            v->items = items;
            cap = ncap;
        }
        v->items[v->count++] = item;
        skip_ws(p);
        if (p->i < p->n && p->s[p->i] == ',') { p->i++; continue; }
        if (p->i < p->n && p->s[p->i] == ']') { p->i++; return v; }
        fail(p, p->i < p->n ? "expected ',' or ']' in array" : "unterminated array");
        return NULL;
    }
}

static json_value *parse_object(parser *p, int depth)
{
    json_value *v = new_value(p, JSON_OBJECT, p->i);
    p->i++;
    size_t cap = 0;
    skip_ws(p);
    if (p->i < p->n && p->s[p->i] == '}') { p->i++; return v; }
    for (;;) {
        skip_ws(p);
        if (p->i >= p->n || p->s[p->i] != '"') {
            fail(p, p->i < p->n ? "expected a string key in object" : "unterminated object");
            return NULL;
        }
        const char *key;
        size_t key_len;
        if (!parse_string(p, &key, &key_len)) return NULL;
        v->repaired += p->repaired;
        skip_ws(p);
        if (p->i >= p->n || p->s[p->i] != ':') { fail(p, "expected ':' after object key"); return NULL; }
        p->i++;
        json_value *item = parse_value(p, depth + 1);
        if (!item) return NULL;
        if (v->count == cap) {
            size_t ncap = cap ? cap * 2 : 8;
            json_member *m = arena_alloc(p->a, ncap * sizeof *m);
            if (cap) memcpy(m, v->members, cap * sizeof *m);
            v->members = m;
            cap = ncap;
        }
        v->members[v->count++] = (json_member){key, key_len, item};
        skip_ws(p);
        if (p->i < p->n && p->s[p->i] == ',') { p->i++; continue; }
        if (p->i < p->n && p->s[p->i] == '}') { p->i++; return v; }
        fail(p, p->i < p->n ? "expected ',' or '}' in object" : "unterminated object");
        return NULL;
    }
}

static json_value *parse_value(parser *p, int depth)
{
    if (depth > JSON_MAX_DEPTH) { fail(p, "nesting too deep"); return NULL; }
    skip_ws(p);
    if (p->i >= p->n) { fail(p, "unexpected end of input"); return NULL; }
    size_t start = p->i;
    json_value *v = NULL;
    char c = p->s[p->i];
    switch (c) {
    case '{': v = parse_object(p, depth); break;
    case '[': v = parse_array(p, depth); break;
    case '"': {
        const char *s;
        size_t len;
        if (!parse_string(p, &s, &len)) return NULL;
        v = new_value(p, JSON_STRING, start);
        v->string = s;
        v->string_len = len;
        v->repaired = p->repaired;
        break;
    }
    case 't': if (match_word(p, "true")) { v = new_value(p, JSON_BOOL, start); v->boolean = true; } break;
    case 'f': if (match_word(p, "false")) v = new_value(p, JSON_BOOL, start); break;
    case 'n': if (match_word(p, "null")) v = new_value(p, JSON_NULL, start); break;
    default:
        if (c == '-' || (c >= '0' && c <= '9')) v = parse_number(p);
        break;
    }
    if (!v) { fail(p, "unexpected character"); return NULL; }
    v->raw = p->s + start;
    v->raw_len = p->i - start;
    return v;
}

json_value *json_parse(arena *a, const char *text, size_t len, json_error *err)
{
    json_error dummy;
    parser p = {a, text, len, 0, err ? err : &dummy, NULL};
    json_value *v = parse_value(&p, 0);
    if (!v) return NULL;
    skip_ws(&p);
    if (p.i != p.n) { fail(&p, "trailing characters after JSON value"); return NULL; }
    return v;
}

const json_value *json_get(const json_value *o, const char *key)
{
    if (!o || o->type != JSON_OBJECT) return NULL;
    size_t k = strlen(key);
    for (size_t i = 0; i < o->count; i++)
        if (o->members[i].key_len == k && memcmp(o->members[i].key, key, k) == 0) return o->members[i].value;
    return NULL;
}

const char *json_get_string(const json_value *o, const char *key)
{
    const json_value *v = json_get(o, key);
    return v && v->type == JSON_STRING ? v->string : NULL;
}
