/* lines.c — cut the decoded page into lines and measure each one.
 *
 * Scraped text keeps one visual block per line (a headline, a paragraph, a
 * button label), so the line is the unit every later rule judges.  The
 * measurements are script-aware because widget labels in another script are
 * one of the kinds of chrome to remove. */
#include <string.h>

#include "base/arena.h"
#include "base/utf8.h"
#include "extract/page.h"

static bool is_space_cp(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v' || c == 0xA0 || c == 0xFEFF ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Letter classes for the scripts news pages mix most often. */
enum { CP_OTHER, CP_LATIN_UPPER, CP_LATIN_LOWER, CP_CYR_UPPER, CP_CYR_LOWER, CP_FOREIGN, CP_DENSE, CP_DIGIT };

static int cp_class(uint32_t c)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') return CP_LATIN_UPPER;
        if (c >= 'a' && c <= 'z') return CP_LATIN_LOWER;
        if (c >= '0' && c <= '9') return CP_DIGIT;
        return CP_OTHER;
    }
    if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) {
        if (c <= 0xDE) return CP_LATIN_UPPER;
        if (c <= 0xFF) return CP_LATIN_LOWER;
        return (c & 1) ? CP_LATIN_LOWER : CP_LATIN_UPPER; /* Latin Extended-A pairs */
    }
    if (c >= 0x400 && c <= 0x52F) {
        if (c >= 0x410 && c <= 0x42F) return CP_CYR_UPPER;
        if (c >= 0x430 && c <= 0x44F) return CP_CYR_LOWER;
        if (c < 0x410) return CP_CYR_UPPER;
        return CP_CYR_LOWER;
    }
    if (c >= 0x0E00 && c <= 0x0E7F) return CP_DENSE;              /* Thai: no spaces between words */
    if (c >= 0x370 && c < 0x2000) return CP_FOREIGN;             /* Greek, Arabic, Hebrew, Indic, ... */
    if (c >= 0x3040 && c <= 0x9FFF) return CP_DENSE;              /* CJK: written without spaces */
    if (c >= 0xAC00 && c <= 0xD7AF) return CP_FOREIGN;            /* Hangul */
    return CP_OTHER;
}

static bool is_closing_quote(uint32_t c)
{
    return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB || c == ')' || c == ']';
}

static bool is_opening_quote(uint32_t c)
{
    return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0xAB || c == 0x201E;
}

/* The code point that ends at s[n) (walking back over continuation bytes). */
static uint32_t last_cp(const char *s, size_t n, size_t *start)
{
    size_t i = n;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80 && n - i < 3) i--;
    if (i > 0) i--;
    uint32_t c;
    utf8_decode((const unsigned char *)s + i, n - i, &c);
    *start = i;
    return c;
}

enum { A_OTHER, A_SPACE, A_LOWER, A_UPPER, A_DIGIT };
/* ASCII byte classes (S space, L lower, U upper, D digit, _ other). */
#define S A_SPACE
#define L A_LOWER
#define U A_UPPER
#define D A_DIGIT
#define _ A_OTHER
static const unsigned char ascii_kind[128] = {
    _, _, _, _, _, _, _, _, _, S, _, S, S, _, _, _,  /* 0x00 */
    _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _,  /* 0x10 */
    S, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _,  /* 0x20 */
    D, D, D, D, D, D, D, D, D, D, _, _, _, _, _, _,  /* 0x30 */
    _, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  /* 0x40 */
    U, U, U, U, U, U, U, U, U, U, U, _, _, _, _, _,  /* 0x50 */
    _, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,  /* 0x60 */
    L, L, L, L, L, L, L, L, L, L, L, _, _, _, _, _,  /* 0x70 */
};
#undef S
#undef L
#undef U
#undef D
#undef _

/* ASCII letter and digit counts, packed into one word as 21-bit lanes
 * (lower, upper, digits) so that the byte loop does one add per byte;
 * the lanes are emptied every CHUNK bytes, long before they could carry. */
#define LANE_LOWER 1ull
#define LANE_UPPER (1ull << 21)
#define LANE_DIGIT (1ull << 42)
#define LANE_MASK ((1ull << 21) - 1)
enum { CHUNK = 1 << 20 };
static const uint64_t lane_of[A_DIGIT + 1] = {0, 0, LANE_LOWER, LANE_UPPER, LANE_DIGIT};
static const unsigned alnum_kind[A_DIGIT + 1] = {0, 0, 1, 1, 1};

/* Eight ASCII bytes at once, as the byte loop below would count them.
 * Each test leaves a byte's verdict in its high bit; no test carries from
 * one byte into the next because every byte is below 0x80. */
#define ONES 0x0101010101010101ull
#define HIGH_BITS 0x8080808080808080ull
static inline uint64_t at_least(uint64_t w, unsigned char c) { return (w + ONES * (0x80u - c)) & HIGH_BITS; }
static inline uint64_t in_range(uint64_t w, unsigned char lo, unsigned char hi)
{
    return at_least(w, lo) & ~at_least(w, (unsigned char)(hi + 1));
}
static inline unsigned count_bytes(uint64_t m) { return (unsigned)(((m >> 7) * ONES) >> 56); }

static inline void ascii_word(uint64_t w, uint64_t *lanes, unsigned *words, unsigned *counted)
{
    /* a letter in either case is one in lower case with bit 0x20 set;
     * upper case letters are the ones that had it clear */
    uint64_t letter = in_range(w | ONES * 0x20, 'a', 'z'), upper = letter & ~((w << 2) & HIGH_BITS);
    uint64_t lower = letter & ~upper, digit = in_range(w, '0', '9');
    /* white space as ascii_kind has it: tab, vertical tab, form feed, space
     * (a line never holds '\n', the one byte between tab and form feed
     * that is not white space) */
    uint64_t space = in_range(w, '\t', '\f') | in_range(w, ' ', ' ');
    *lanes += count_bytes(lower) * LANE_LOWER + count_bytes(upper) * LANE_UPPER + count_bytes(digit) * LANE_DIGIT;
    /* Words: g marks the bytes after which the current run has had a
     * letter or digit ("counted"); other bytes (punctuation) pass the state
     * on, spaces clear it.  A prefix scan over the eight bytes computes it. */
    uint64_t alnum = lower | upper | digit, pass = HIGH_BITS & ~(alnum | space);
    uint64_t carry = *counted ? 0x80u : 0;
    uint64_t g = alnum | (pass & carry), p = pass;
    g |= p & (g << 8);
    p &= p << 8;
    g |= p & (g << 16);
    p &= p << 16;
    g |= p & (g << 32);
    uint64_t before = (g << 8) | carry; /* the state before each byte */
    *words += count_bytes(alnum & ~before);
    *counted = (unsigned)(g >> 63);
}

static void measure(page_line *l)
{
    const unsigned char *s = (const unsigned char *)l->s;
    size_t i = 0;
    /* A word is a run of non-space with at least one letter or digit; it is
     * counted at its first letter or digit ("counted" says the current run
     * has been), which needs no test at the run's end. */
    unsigned counted = 0;
    unsigned words = 0, lower = 0, upper = 0, digits = 0, cyr_upper = 0, cyr_lower = 0, foreign = 0, dense = 0;
    while (i < l->n) {
        size_t stop = l->n - i > CHUNK ? i + CHUNK : l->n;
        uint64_t lanes = 0;
        while (i < stop) {
            if (i + 8 <= stop) {
                uint64_t w;
                memcpy(&w, s + i, 8);
                if (!(w & HIGH_BITS)) {
                    ascii_word(w, &lanes, &words, &counted);
                    i += 8;
                    continue;
                }
            }
            unsigned b = s[i];
            if (b < 0x80) {
                /* ASCII, branch-free: the bulk of every page */
                unsigned k = ascii_kind[b];
                unsigned alnum = alnum_kind[k], not_space = k != A_SPACE;
                i++;
                lanes += lane_of[k];
                words += alnum & ~counted;
                counted = (counted | alnum) & not_space;
                continue;
            }
            uint32_t c; /* kept apart from b: its address is taken */
            i += utf8_decode(s + i, l->n - i, &c);
            if (is_space_cp(c)) {
                counted = 0;
                continue;
            }
            unsigned alnum = 1;
            switch (cp_class(c)) {
            case CP_LATIN_UPPER: upper++; break;
            case CP_LATIN_LOWER: lower++; break;
            case CP_CYR_UPPER: cyr_upper++; break;
            case CP_CYR_LOWER: cyr_lower++; break;
            case CP_FOREIGN: foreign++; break;
            case CP_DENSE: foreign++, dense++; break;
            case CP_DIGIT: digits++; break;
            default: alnum = 0; break;
            }
            words += alnum & ~counted;
            counted |= alnum;
        }
        lower += (unsigned)(lanes & LANE_MASK);
        upper += (unsigned)((lanes >> 21) & LANE_MASK);
        digits += (unsigned)((lanes >> 42) & LANE_MASK);
    }
    /* Scripts written without spaces: about two characters to a word. */
    l->words = words + dense / 2;
    l->latin = lower + upper;
    l->cyrillic = cyr_upper + cyr_lower;
    l->other_script = foreign;
    l->letters = l->latin + l->cyrillic + foreign;
    l->upper = upper + cyr_upper;
    l->lower = lower + cyr_lower;
    l->digits = digits;

    /* How the line ends: walk back over closing quotes and brackets, and
     * over a space before a stray quote ('... reporters. "', a damaged
     * closing mark that is still the end of a sentence). */
    size_t end = l->n, at;
    uint32_t c = 0;
    for (int guard = 0; end > 0 && guard < 6; guard++) {
        c = last_cp(l->s, end, &at);
        if (!is_closing_quote(c) && !(c == ' ' && end < l->n)) break;
        end = at;
    }
    l->sentence_end = c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
    l->ends_colon = c == ':';
    uint32_t first = 0, final = 0;
    if (l->n) {
        utf8_decode(s, l->n, &first);
        final = last_cp(l->s, l->n, &at);
    }
    l->quoted = l->n > 2 && is_opening_quote(first) && is_closing_quote(final) && final != ')' && final != ']';
}

static line_shape shape_of(const page_line *l)
{
    if (l->words == 0) return SHAPE_FRAGMENT;
    /* Running text has lower-case letters in the majority. */
    /* Caseless scripts (Arabic, CJK, ...) count with the lower case. */
    bool lowercase_text = (l->lower + l->other_script) * 2 > l->letters;
    if (l->words >= 8 && l->sentence_end && lowercase_text) return SHAPE_PROSE;
    if (l->words >= 20 && lowercase_text) return SHAPE_PROSE;
    if (l->words >= 3 && l->sentence_end && lowercase_text) return SHAPE_SHORT_PROSE;
    if (l->words >= 2 && l->words <= 30 && !l->sentence_end) return SHAPE_HEADLINE;
    if (l->words >= 2 && l->words <= 30 && l->quoted) return SHAPE_HEADLINE;
    return SHAPE_FRAGMENT;
}

/* What page_normalise and key_of keep of each byte: letters in lower
 * case, digits, and every byte of a multibyte character; 0 drops it. */
static const unsigned char fold[256] = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F,
    0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F,
    0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF,
    0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF,
    0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF,
    0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF,
    0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF,
    0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0xFF,
};

size_t page_normalise(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = fold[(unsigned char)s[i]];
        if (!c) continue;
        /* keep multibyte letters whole, but drop typographic quotes and dashes */
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) { i += 2; continue; }
        if (c == 0xC2 && i + 1 < n) { i += 1; continue; }
        out[k++] = (char)c;
    }
    out[k] = '\0';
    return k;
}

bool page_starts_with_word(const page_line *l, const char *word)
{
    size_t w = strlen(word);
    if (l->n < w || strncasecmp(l->s, word, w) != 0) return false;
    if (l->n == w) return true;
    unsigned char next = (unsigned char)l->s[w];
    return !((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'));
}

/* FNV-1a over the first 80 normalised bytes (as page_normalise keeps
 * them): lines that open alike are the same caption, headline or teaser
 * printed again. */
static uint64_t key_of(const page_line *l)
{
    uint64_t h = 1469598103934665603ull;
    size_t k = 0;
    const unsigned char *s = (const unsigned char *)l->s;
    for (size_t i = 0; i < l->n && k < 80; i++) {
        unsigned char c = fold[s[i]];
        if (!c) continue;
        if (c >= 0xC2) {
            if (c == 0xE2 && i + 2 < l->n && s[i + 1] == 0x80) { i += 2; continue; }
            if (c == 0xC2 && i + 1 < l->n) { i += 1; continue; }
        }
        h = (h ^ c) * 1099511628211ull;
        k++;
    }
    return k < 12 ? 0 : h; /* very short lines ("Share") are judged by other rules */
}

static void trim(const char **s, size_t *n)
{
    const unsigned char *a = (const unsigned char *)*s, *b = a + *n;
    while (a < b) {
        if (*a < 0x80) {
            if (*a == ' ' || *a == '\t' || *a == '\f' || *a == '\v') { a++; continue; }
            break;
        }
        uint32_t c;
        size_t k = utf8_decode(a, (size_t)(b - a), &c);
        if (!is_space_cp(c)) break;
        a += k;
    }
    while (b > a) {
        if (b[-1] < 0x80) {
            if (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\f' || b[-1] == '\v') { b--; continue; }
            break;
        }
        size_t at;
        uint32_t c = last_cp((const char *)a, (size_t)(b - a), &at);
        if (!is_space_cp(c)) break;
        b = a + at;
    }
    *s = (const char *)a;
    *n = (size_t)(b - a);
}

/* Does the line end a sentence (or a clause a wrapped paragraph may end on)? */
static bool ends_sentence_bytes(const char *s, size_t n)
{
    while (n && (s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ')')) n--;
    if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
        ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99))
        n -= 3;
    return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?' || s[n - 1] == ':');
}

static bool bullet_start(const char *s, size_t n)
{
    return (n > 2 && (s[0] == '-' || s[0] == '*' || s[0] == '>') && s[1] == ' ') ||
           (n > 3 && !memcmp(s, "\xE2\x80\xA2", 3));
}

/* Text wrapped at a fixed width (mail, plain-text releases, terminals)
 * spreads one paragraph over several lines, with blank lines between
 * paragraphs.  It shows as many lines of similar, medium length that end
 * mid-sentence and run straight into the next line.  Such lines are joined
 * (with a space) so that a paragraph is one unit again. */
static void join_wrapped(page *p, const bool *adjacent)
{
    size_t wrapped = 0, widest = 0;
    for (size_t i = 0; i + 1 < p->count; i++) {
        const page_line *l = &p->lines[i];
        if (adjacent[i + 1] && l->n >= 40 && l->n <= 100 && !ends_sentence_bytes(l->s, l->n)) {
            wrapped++;
            if (l->n > widest) widest = l->n;
        }
    }
    if (wrapped < 4 || wrapped * 4 < p->count) return;
    /* Wrapped text has blank lines between paragraphs, and its lines
     * cluster just under the wrap width (a list of headlines does not). */
    size_t blanks = 0, near_width = 0;
    for (size_t i = 1; i < p->count; i++) blanks += !adjacent[i];
    for (size_t i = 0; i + 1 < p->count; i++) {
        const page_line *l = &p->lines[i];
        near_width += adjacent[i + 1] && l->n * 100 >= widest * 80 && l->n <= widest;
    }
    if (blanks < 2 || near_width * 10 < wrapped * 7) return;
    size_t out = 0;
    for (size_t i = 0; i < p->count;) {
        size_t j = i;
        size_t total = p->lines[i].n;
        /* a line near the wrap width continues on the next adjacent line */
        while (j + 1 < p->count && adjacent[j + 1] && p->lines[j].n * 10 >= widest * 6 &&
               !bullet_start(p->lines[j + 1].s, p->lines[j + 1].n))
            total += 1 + p->lines[++j].n;
        page_line l = p->lines[i];
        if (j > i) {
            char *joined = arena_alloc(&p->d->arena, total + 1), *w = joined;
            for (size_t k = i; k <= j; k++) {
                if (k > i) *w++ = ' ';
                memcpy(w, p->lines[k].s, p->lines[k].n);
                w += p->lines[k].n;
            }
            l.s = joined;
            l.n = (size_t)(w - joined);
        }
        p->lines[out++] = l;
        i = j + 1;
    }
    p->count = out;
}

/* What page_split works out for each line once it is joined. */
static void describe(page_line *l)
{
    measure(l);
    l->shape = shape_of(l);
    l->key = key_of(l);
    l->repeats = 1;
    l->next_same = -1;
}

void page_line_of(page_line *l, const char *s, size_t n)
{
    memset(l, 0, sizeof *l);
    l->s = s;
    l->n = n;
    describe(l);
}

void page_split(page *p, doc *d)
{
    memset(p, 0, sizeof *p);
    p->d = d;
    p->title = -1;
    p->anchor = -1;
    const char *s = d->raw, *end = d->raw + d->raw_length;
    /* Room for the lines with some text only: a page of blank lines costs nothing. */
    size_t lines = 1;
    for (const char *q = s; q < end;) {
        const char *nl = memchr(q, '\n', (size_t)(end - q));
        if (!nl) break;
        while (q < nl && (*q == ' ' || *q == '\t')) q++;
        lines += q < nl;
        q = nl + 1;
    }
    p->lines = arena_alloc(&d->arena, lines * sizeof *p->lines);
    /* adjacent[i]: line i follows line i-1 with no blank line between */
    bool *adjacent = arena_alloc(&d->arena, lines * sizeof *adjacent);
    int number = 0, last_number = -1;
    while (s <= end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *e = nl ? nl : end;
        number++;
        const char *t = s;
        size_t n = (size_t)(e - s);
        trim(&t, &n);
        if (n) {
            adjacent[p->count] = last_number == number - 1;
            page_line *l = &p->lines[p->count++];
            l->s = t;
            l->n = n;
            l->number = number;
            last_number = number;
        }
        if (!nl) break;
        s = nl + 1;
    }
    join_wrapped(p, adjacent);
    unsigned long latin = 0, letters = 0;
    for (size_t i = 0; i < p->count; i++) {
        page_line *l = &p->lines[i];
        describe(l);
        latin += l->latin;
        letters += l->letters;
    }
    p->latin_page = latin * 2 > letters;
}
