/* dateline.c — recognise the "CITY (Outlet) -" opening of a news story.
 *
 * The city is either in capitals, or in title case directly before an
 * outlet in brackets or slashes; without an outlet or a date, only a
 * capitalised city followed by a dash counts, so that an ordinary sentence
 * ("NATO - the alliance ...") rarely passes for one. */
#include "extract/dateline.h"

#include <string.h>

#include "base/utf8.h"
#include "core/document.h"

static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
static bool is_space(char c) { return c == ' ' || c == '\t'; }

enum { NOT_LETTER, UPPER, LOWER };

/* The case of a Latin letter outside ASCII: Latin-1 ("BOGOTÁ", "ZÜRICH"),
 * Extended-A ("ŁÓDŹ"), Romanian commas ("CONSTANȚA") and Vietnamese
 * ("HÀ NỘI"); the pairs of Extended-A put the capital first except in
 * 0139-0148 and 0179-017E. */
static int latin_case(uint32_t c)
{
    if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) return c <= 0xDE ? UPPER : LOWER;
    if (c >= 0x100 && c <= 0x17F) {
        if (c == 0x138 || c == 0x149 || c == 0x17F) return LOWER;
        if (c == 0x178) return UPPER;
        bool odd_capital = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        return ((c & 1) != 0) == odd_capital ? UPPER : LOWER;
    }
    if ((c >= 0x200 && c <= 0x233) || (c >= 0x1E00 && c <= 0x1EFF && (c < 0x1E96 || c > 0x1E9F)))
        return (c & 1) ? LOWER : UPPER;
    return NOT_LETTER;
}

/* The letter at s[i]: its case, and its length in bytes (0 when none). */
static size_t letter_at(const char *s, size_t n, size_t i, int *kind)
{
    *kind = NOT_LETTER;
    if (i >= n) return 0;
    if ((unsigned char)s[i] < 0x80) {
        *kind = is_upper(s[i]) ? UPPER : is_lower(s[i]) ? LOWER : NOT_LETTER;
        return *kind ? 1 : 0;
    }
    uint32_t c;
    size_t len = utf8_decode((const unsigned char *)s + i, n - i, &c);
    *kind = latin_case(c);
    return *kind ? len : 0;
}

static bool upper_at(const char *s, size_t n, size_t i)
{
    int kind;
    letter_at(s, n, i, &kind);
    return kind == UPPER;
}

/* A dash at s[i] ("-", "–", "—"); returns its length or 0. */
static size_t dash_at(const char *s, size_t n, size_t i)
{
    if (i < n && s[i] == '-') return (i + 1 < n && s[i + 1] == '-') ? 2 : 1;
    if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
        return 3;
    return 0;
}

static size_t spaces(const char *s, size_t n, size_t i)
{
    while (i < n && is_space(s[i])) i++;
    if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) return spaces(s, n, i + 2);
    return i;
}

/* A city: up to four words; all capitals ("NEW YORK", "ST. PETERSBURG",
 * "SÃO PAULO") or, when `title_case`, capitalised words ("Moscow", "Rio de
 * Janeiro"). */
static size_t city_at(const char *s, size_t n, size_t i, bool title_case, bool *all_caps)
{
    size_t j = i, words = 0, last_end = i;
    bool caps = true;
    while (j < n && words < 4) {
        int kind;
        size_t w = j, len = letter_at(s, n, w, &kind);
        if (kind != UPPER) {
            /* lower-case particles inside a title-case name */
            if (title_case && words > 0 && (!strncmp(s + w, "de ", 3) || !strncmp(s + w, "al-", 3))) {
                j = w + 3;
                continue;
            }
            break;
        }
        w += len;
        size_t chars = 1;
        bool word_caps = true;
        for (;;) {
            len = letter_at(s, n, w, &kind);
            if (!len && w < n && (s[w] == '.' || s[w] == '\'' || s[w] == '-')) len = 1;
            if (!len) break;
            if (kind == LOWER) word_caps = false;
            w += len;
            chars++;
        }
        if (chars < 2) break;
        if (!word_caps && !title_case) break;
        if (!word_caps) caps = false;
        words++;
        last_end = w;
        /* "MOSCOW. June 19": a full stop after a whole word ends the city
         * ("ST. PETERSBURG" and "D.C." are abbreviations and go on) */
        if (s[w - 1] == '.' && chars > 4) {
            last_end = w - 1;
            break;
        }
        if (w < n && is_space(s[w]) && upper_at(s, n, w + 1)) j = w + 1;
        /* two cities in capitals, "BEIJING/TOKYO -": the story's two ends */
        else if (word_caps && w + 2 < n && s[w] == '/' && upper_at(s, n, w + 1) &&
                 upper_at(s, n, w + 1 + letter_at(s, n, w + 1, &kind)))
            j = w + 1;
        else break;
    }
    *all_caps = caps;
    return words ? last_end : i;
}

/* An outlet between delimiters: "(Reuters)", "/TASS/", and the agencies
 * that write their name in lower case, "(dpa)", "(dpa-AFX)": one word of
 * letters then, as "(see below)" or "(in Russian)" is no outlet. */
static bool outlet_at(const char *s, size_t n, size_t i, char open, char close, size_t *os, size_t *oe, size_t *after)
{
    if (i >= n || s[i] != open) return false;
    size_t j = i + 1;
    if (j >= n || !(is_upper(s[j]) || is_lower(s[j]))) return false;
    bool one_word = is_lower(s[j]);
    size_t limit = j + 40 < n ? j + 40 : n;
    while (j < limit && s[j] != close && s[j] != '\n') {
        if (s[j] >= '0' && s[j] <= '9') return false;
        if (one_word && !is_upper(s[j]) && !is_lower(s[j]) && s[j] != '-') return false;
        j++;
    }
    if (j >= limit || s[j] != close) return false;
    *os = i + 1;
    *oe = j;
    *after = j + 1;
    return true;
}

/* The end of a dateline: a dash or colon, then white space. */
static bool separator_at(const char *s, size_t n, size_t i, size_t *end)
{
    i = spaces(s, n, i);
    size_t d = dash_at(s, n, i);
    if (d) {
        if (i + d < n && !is_space(s[i + d]) && (unsigned char)s[i + d] != 0xC2) return false;
        *end = i + d;
        return true;
    }
    if (i < n && s[i] == ':' && i + 1 < n && is_space(s[i + 1])) {
        *end = i + 1;
        return true;
    }
    return false;
}

bool extract_find_dateline(const char *s, size_t n, extract_dateline *out)
{
    memset(out, 0, sizeof *out);
    size_t os, oe, after, end;
    /* "(Reuters) —" */
    if (outlet_at(s, n, 0, '(', ')', &os, &oe, &after) && separator_at(s, n, after, &end)) {
        out->outlet_start = os, out->outlet_end = oe, out->length = end;
        return true;
    }
    /* "Feb. 14 (UPI) --": a date and the outlet, no city */
    extract_date_match lead;
    if (extract_parse_date_at(s, n, &lead) && lead.date.day) {
        size_t k = spaces(s, n, lead.end);
        if (outlet_at(s, n, k, '(', ')', &os, &oe, &after) && separator_at(s, n, after, &end)) {
            out->outlet_start = os, out->outlet_end = oe, out->length = end;
            out->date = lead;
            out->has_date = true;
            return true;
        }
        return false;
    }
    bool caps;
    /* "The European Union (EU) - ..." opens a sentence, not a dateline */
    if ((n > 4 && !memcmp(s, "The ", 4)) || (n > 2 && !memcmp(s, "A ", 2)) || (n > 3 && !memcmp(s, "An ", 3)))
        return false;
    size_t ce = city_at(s, n, 0, true, &caps);
    if (ce == 0) return false;
    size_t i = ce;
    out->city_start = 0, out->city_end = ce;
    /* ", Region", ", June 19", and ". June 19" as some agencies print it */
    for (int part = 0; part < 3 && i < n && (s[i] == ',' || (s[i] == '.' && part == 0 && i + 1 < n && s[i + 1] == ' ')); part++) {
        if (s[i] == '.') {
            size_t k = spaces(s, n, i + 1);
            extract_date_match m;
            if (extract_parse_date_at(s + k, n - k, &m) && m.date.day) {
                m.start += k, m.end += k;
                out->date = m;
                out->has_date = true;
                i = m.end;
            }
            break;
        }
        size_t k = spaces(s, n, i + 1);
        extract_date_match m;
        if (!out->has_date && extract_parse_date_at(s + k, n - k, &m) && m.date.day) {
            m.start += k, m.end += k;
            out->date = m;
            out->has_date = true;
            i = m.end;
            continue;
        }
        bool region_caps;
        size_t re = city_at(s, n, k, true, &region_caps);
        if (re == k || out->has_date) break;
        i = re;
    }
    size_t k = i;
    if (k < n && s[k] == '.') k++; /* "June 19." */
    k = spaces(s, n, k);
    if (outlet_at(s, n, k, '/', '/', &os, &oe, &after) || outlet_at(s, n, k, '(', ')', &os, &oe, &after)) {
        out->outlet_start = os, out->outlet_end = oe;
        if (after < n && s[after] == '.') {       /* "/TASS/." */
            out->length = after + 1;
            return true;
        }
        if (separator_at(s, n, after, &end)) {
            out->length = end;
            return true;
        }
        memset(out, 0, sizeof *out);
        return false;
    }
    /* No outlet: only a capitalised city followed by a dash. */
    if (!caps) {
        memset(out, 0, sizeof *out);
        return false;
    }
    if (ce < 3 || !separator_at(s, n, i, &end)) {
        memset(out, 0, sizeof *out);
        return false;
    }
    /* "NEW DELHI: India and Pakistan agreed ...", as South Asian outlets
     * print it: a colon after a city in capitals opens a lead of a dozen
     * words or more (a transcript's "LAVROV: No." is no lead); the caller
     * rejects labels that recur (extract/text.c) */
    if (s[spaces(s, n, i)] == ':') {
        size_t words = 0;
        for (size_t k = end; k + 1 < n; k++) words += s[k] == ' ' && s[k + 1] != ' ';
        if (words < 12 || !(end + 1 < n && s[end + 1] >= 'A' && s[end + 1] <= 'Z')) {
            memset(out, 0, sizeof *out);
            return false;
        }
        out->colon = true;
    }
    out->length = end;
    return true;
}

void extract_set_dateline(doc *d, size_t k, const extract_dateline *dl)
{
    const dyad_span sp = d->paragraphs.items[k].span;
    const char *s = d->text.data + sp.start;
    d->pub.dateline.text = doc_strndup(d, s, dl->length);
    d->pub.dateline.city = dl->city_end > dl->city_start ? doc_strndup(d, s + dl->city_start, dl->city_end - dl->city_start) : NULL;
    d->pub.dateline.outlet =
        dl->outlet_end > dl->outlet_start ? doc_strndup(d, s + dl->outlet_start, dl->outlet_end - dl->outlet_start) : NULL;
    d->pub.dateline.span = (dyad_span){sp.start, sp.start + (uint32_t)dl->length};
}

void extract_dateline_of_paragraphs(doc *d)
{
    if (d->pub.dateline.text || !d->text.data) return;
    for (size_t k = 0, seen = 0; k < d->paragraphs.count && seen < 3; k++) {
        const dyad_paragraph *p = &d->paragraphs.items[k];
        if (p->kind != DYAD_PARAGRAPH_BODY) continue;
        seen++;
        extract_dateline dl;
        if (p->span.end > d->text.len || !extract_find_dateline(d->text.data + p->span.start, p->span.end - p->span.start, &dl))
            continue;
        extract_set_dateline(d, k, &dl);
        return;
    }
}
