/* meta.c — the page's metadata: title, publication date, authors, outlet,
 * language and canonical URL, from <meta> tags, JSON-LD, <time>, <h1>,
 * <title> and, for the date, the URL as a last resort.
 *
 * Input metadata always wins (doc_set_field keeps fields whose origin is
 * "input").  A publication date later than the crawl date (extra field
 * "crawl_date", else the input's date) is impossible and is skipped. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/calendar.h"
#include "base/json.h"
#include "core/date_iso.h"
#include "extract/dateline.h"
#include "extract/dates.h"
#include "html/page.h"

/* ---- small string helpers ---- */

static int ieq(const char *a, const char *b) { return a && b && strcasecmp(a, b) == 0; }

static const char *trimmed(page *p, const char *s)
{
    if (!s) return NULL;
    buf b = BUF_INIT;
    int pending = 0;
    text_append_folded(&b, s, strlen(s), &pending);
    char *r = b.len ? doc_strndup(p->d, b.data, b.len) : NULL;
    buf_free(&b);
    return r;
}

static int looks_like_url(const char *s) { return s && (strncmp(s, "http", 4) == 0 || strncmp(s, "//", 2) == 0 || s[0] == '/'); }

/* ---- dates ---- */

/* Tolerant reading of the dates pages carry: ISO 8601 with or without
 * trailing text, "20191119", "November 19, 2019", "19 November 2019". */
static int parse_page_date(const char *s, dyad_date *out)
{
    memset(out, 0, sizeof *out);
    while (*s == ' ') s++;
    if (date_parse_iso(s, out)) return out->precision >= DYAD_DATE_YEAR_MONTH;
    char head[32];
    size_t n = strlen(s);
    if (n >= 10 && isdigit((unsigned char)s[0]) && s[4] == '-' && s[7] == '-') {
        /* ISO with a time the strict reader refused: keep the day. */
        memcpy(head, s, 10);
        head[10] = '\0';
        if (n >= 16 && (s[10] == 'T' || s[10] == ' ') && s[13] == ':') {
            memcpy(head, s, 16);
            head[16] = '\0';
        }
        if (date_parse_iso(head, out)) return 1;
        head[10] = '\0';
        return date_parse_iso(head, out);
    }
    if (n >= 8 && isdigit((unsigned char)s[0])) {
        int k = 0;
        while (k < 8 && isdigit((unsigned char)s[k])) k++;
        if (k == 8 && !isdigit((unsigned char)s[8])) {
            snprintf(head, sizeof head, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
            return date_parse_iso(head, out);
        }
    }
    /* Month names: "November 19, 2019" or "19 November 2019". */
    int day = 0, month = 0, year = 0;
    const char *q = s;
    while (*q && !month) {
        while (*q && !isalpha((unsigned char)*q)) {
            if (isdigit((unsigned char)*q)) {
                int v = (int)strtol(q, (char **)&q, 10);
                if (v >= 1 && v <= 31 && !day) day = v;
                continue;
            }
            q++;
        }
        const char *w = q;
        while (isalpha((unsigned char)*q)) q++;
        if (q > w) month = calendar_month_from_name(w, (unsigned)(q - w));
        if (q - s > 40) break;
    }
    if (!month) return 0;
    for (const char *r = q; *r && r - q < 20; r++)
        if (isdigit((unsigned char)*r)) {
            int v = (int)strtol(r, (char **)&r, 10);
            if (v >= 1900 && v <= 2200) { year = v; break; }
            if (v >= 1 && v <= 31 && !day) day = v;
            r--;
        }
    if (!year || !day || !calendar_valid(year, month, day)) return 0;
    out->year = year, out->month = month, out->day = day;
    out->precision = DYAD_DATE_DAY;
    out->weekday = calendar_weekday(year, month, day);
    return 1;
}

static int date_after(const dyad_date *a, const dyad_date *b)
{
    if (a->year != b->year) return a->year > b->year;
    if (a->month != b->month) return a->month > b->month;
    return b->precision >= DYAD_DATE_DAY && a->day > b->day;
}

/* The crawl date, when the input says when the page was fetched. */
static int crawl_date(page *p, dyad_date *out)
{
    const dyad_input *in = p->d->input;
    for (size_t i = 0; i < in->extra_count; i++) {
        if (strcmp(in->extra[i].key, "crawl_date") != 0) continue;
        const char *v = in->extra[i].json;
        char tmp[64];
        size_t n = strlen(v);
        if (n >= 2 && v[0] == '"' && n - 2 < sizeof tmp) {
            memcpy(tmp, v + 1, n - 2);
            tmp[n - 2] = '\0';
            if (parse_page_date(tmp, out)) return 1;
        }
    }
    return in->date && parse_page_date(in->date, out);
}

static void offer_date(page *p, date_pick *pick, const char *value, const char *origin)
{
    if (pick->found || !value || !*value) return;
    dyad_date dt;
    if (!parse_page_date(value, &dt) || dt.year < 1900) return;
    if (pick->have_crawl && date_after(&dt, &pick->crawl)) {
        /* a copy: the URL's date is offered from a buffer of its reader */
        pick->skipped = doc_strdup(p->d, value);
        return;
    }
    dyad_document *pub = &p->d->pub;
    if (pub->date.origin && strcmp(pub->date.origin, "input") == 0) { pick->found = 1; return; }
    dt.evidence = doc_strdup(p->d, value);
    dt.origin = origin;
    pub->date = dt;
    pick->found = 1;
}

/* /2019/11/19/, /2019-11-19, /20191119/ in a URL. */
static void date_from_url(page *p, date_pick *pick, const char *url)
{
    if (!url) return;
    for (const char *s = url; *s; s++) {
        if (*s == '?' || *s == '#') break;
        /* a slug ending in "-20191115" */
        if (*s == '-' && isdigit((unsigned char)s[1])) {
            int k = 0;
            while (isdigit((unsigned char)s[1 + k])) k++;
            const char *after = s + 1 + k;
            if (k == 8 && (*after == '/' || *after == '.' || *after == '\0')) {
                char iso[48];
                snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", s + 1, s + 5, s + 7);
                dyad_date probe;
                if (parse_page_date(iso, &probe) && probe.year >= 1990) {
                    offer_date(p, pick, iso, "url");
                    if (pick->found && p->d->pub.date.origin && strcmp(p->d->pub.date.origin, "url") == 0)
                        p->d->pub.date.evidence = doc_strdup(p->d, url);
                    if (pick->found) return;
                }
            }
        }
        if (*s != '/' || !isdigit((unsigned char)s[1])) continue;
        const char *q = s + 1;
        int y = 0, m = 0, dd = 0, k = 0;
        while (isdigit((unsigned char)q[k])) k++;
        char iso[48];
        if (k == 4) {
            y = atoi(q);
            q += 4;
            if ((*q == '/' || *q == '-') && isdigit((unsigned char)q[1]) && isdigit((unsigned char)q[2])) {
                m = (q[1] - '0') * 10 + (q[2] - '0');
                q += 3;
                if ((*q == '/' || *q == '-') && isdigit((unsigned char)q[1]) && isdigit((unsigned char)q[2]) &&
                    !isdigit((unsigned char)q[3]))
                    dd = (q[1] - '0') * 10 + (q[2] - '0');
            }
            else if ((*q == '/' || *q == '-') && isalpha((unsigned char)q[1])) {
                /* "/2019/nov/18/" */
                size_t w = 1;
                while (isalpha((unsigned char)q[w])) w++;
                m = calendar_month_from_name(q + 1, (unsigned)(w - 1));
                q += w;
                if (m && (*q == '/' || *q == '-') && isdigit((unsigned char)q[1])) {
                    dd = atoi(q + 1);
                    if (dd > 31) dd = 0;
                }
            }
        } else if (k == 8) {
            y = (q[0] - '0') * 1000 + (q[1] - '0') * 100 + (q[2] - '0') * 10 + (q[3] - '0');
            m = (q[4] - '0') * 10 + (q[5] - '0');
            dd = (q[6] - '0') * 10 + (q[7] - '0');
        }
        if (y < 1990 || y > 2200 || m < 1 || m > 12) continue;
        if (dd && calendar_valid(y, m, dd)) snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, dd);
        else snprintf(iso, sizeof iso, "%04d-%02d", y, m);
        offer_date(p, pick, iso, "url");
        if (pick->found) {
            /* the evidence is the URL itself */
            if (p->d->pub.date.origin && strcmp(p->d->pub.date.origin, "url") == 0)
                p->d->pub.date.evidence = doc_strdup(p->d, url);
            return;
        }
    }
}

/* ---- JSON-LD ---- */

typedef struct ld_facts {
    const char *headline, *date, *body, *publisher;
    buf authors;
} ld_facts;

static int type_is_article(const json_value *t)
{
    if (!t) return 0;
    if (t->type == JSON_ARRAY) {
        for (size_t i = 0; i < t->count; i++)
            if (type_is_article(t->items[i])) return 1;
        return 0;
    }
    if (t->type != JSON_STRING) return 0;
    const char *s = t->string;
    size_t n = t->string_len;
    return (n >= 7 && strcmp(s + n - 7, "Article") == 0) || strcmp(s, "BlogPosting") == 0 ||
           strcmp(s, "LiveBlogPosting") == 0 || strcmp(s, "Report") == 0 || strcmp(s, "Blog") == 0;
}

static void add_author(page *p, buf *authors, const char *name)
{
    const char *t = trimmed(p, name);
    if (!t || looks_like_url(t) || strlen(t) > 100) return;
    if (strncasecmp(t, "by ", 3) == 0) t += 3;
    else if (strncasecmp(t, "by: ", 4) == 0) t += 4;
    if (!*t) return;
    if (authors->len) {
        /* no duplicates */
        const char *f = strstr(authors->data, t);
        size_t k = strlen(t);
        if (f && (f[k] == '\0' || f[k] == ',')) return;
        buf_puts(authors, ", ");
    }
    buf_puts(authors, t);
}

static void ld_authors(page *p, buf *out, const json_value *a)
{
    if (!a) return;
    if (a->type == JSON_STRING) add_author(p, out, a->string);
    else if (a->type == JSON_OBJECT) add_author(p, out, json_get_string(a, "name"));
    else if (a->type == JSON_ARRAY)
        for (size_t i = 0; i < a->count && i < 10; i++) {
            const json_value *x = a->items[i];
            if (x->type == JSON_STRING) add_author(p, out, x->string);
            else if (x->type == JSON_OBJECT) add_author(p, out, json_get_string(x, "name"));
        }
}

static void ld_read_article(page *p, ld_facts *f, const json_value *o)
{
    if (!f->headline) f->headline = json_get_string(o, "headline");
    if (!f->date) f->date = json_get_string(o, "datePublished");
    if (!f->date) f->date = json_get_string(o, "dateCreated");
    const char *body = json_get_string(o, "articleBody");
    if (!f->body && body && strlen(body) > 20) f->body = body;
    if (!f->authors.len) ld_authors(p, &f->authors, json_get(o, "author"));
    const json_value *pub = json_get(o, "publisher");
    if (!f->publisher && pub && pub->type == JSON_OBJECT) f->publisher = json_get_string(pub, "name");
}

/* Visit every object in the JSON-LD (arrays, @graph, nesting) without
 * recursion and read the article-typed ones. */
static void ld_scan(page *p, ld_facts *f, const json_value *root)
{
    VEC(const json_value *) stack = {0};
    VEC_PUSH(&stack, root);
    size_t visited = 0;
    while (stack.count && visited++ < 10000) {
        const json_value *v = stack.items[--stack.count];
        if (v->type == JSON_ARRAY) {
            for (size_t i = v->count; i-- > 0;) VEC_PUSH(&stack, v->items[i]);
        } else if (v->type == JSON_OBJECT) {
            if (type_is_article(json_get(v, "@type"))) ld_read_article(p, f, v);
            const json_value *g = json_get(v, "@graph");
            if (g) VEC_PUSH(&stack, g);
            const json_value *me = json_get(v, "mainEntity");
            if (me && me->type == JSON_OBJECT) VEC_PUSH(&stack, me);
        }
    }
    VEC_FREE(&stack);
}

static void ld_parse(page *p, ld_facts *f, const char *text, size_t n)
{
    /* Pages put raw line breaks and tabs inside JSON strings; they mean
     * white space, so read them as such rather than reject the block. */
    char *copy = arena_alloc(&p->d->arena, n + 1);
    for (size_t i = 0; i < n; i++) copy[i] = (unsigned char)text[i] < 0x20 ? ' ' : text[i];
    size_t start = 0;
    while (start < n && copy[start] == ' ') start++;
    /* Some pages wrap the JSON in an HTML comment or CDATA. */
    if (n - start > 4 && memcmp(copy + start, "<!--", 4) == 0) start += 4;
    json_error err;
    json_value *v = json_parse(&p->d->arena, copy + start, n - start, &err);
    if (!v) {
        /* trailing "-->" or ";" */
        size_t end = n;
        while (end > start && (copy[end - 1] == ' ' || copy[end - 1] == ';' || copy[end - 1] == '>' ||
                               copy[end - 1] == '-'))
            end--;
        v = json_parse(&p->d->arena, copy + start, end - start, &err);
    }
    if (v) ld_scan(p, f, v);
}

/* ---- title ---- */

/* Loose comparison for site names: letters and digits only, lowercase. */
static int same_name(const char *a, size_t an, const char *b)
{
    size_t i = 0, j = 0, bn = strlen(b), matched = 0;
    for (;;) {
        while (i < an && !isalnum((unsigned char)a[i])) i++;
        while (j < bn && !isalnum((unsigned char)b[j])) j++;
        if (i == an || j == bn) return i == an && j == bn && matched > 0;
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[j])) return 0;
        i++, j++, matched++;
    }
}

static const char *const separators[] = {" | ", " - ", " – ", " — ", " :: ", " · ", " // ", " • ", " « ", " » "};

/* Drop a trailing (or leading) " | Site Name" when it names the site or
 * the host; from <title> also a short trailing part when the h1 agrees. */
static const char *strip_site(page *p, const char *title, const char *site, const char *host, const char *h1,
                              int from_title_tag)
{
    if (!title) return NULL;
    size_t n = strlen(title);
    if (h1 && strlen(h1) >= 10 && strlen(h1) < n) {
        /* from <title>: the h1 anywhere in it; from og:title: the h1
         * followed by a separator (" - Auto News") */
        if (from_title_tag && strstr(title, h1)) return h1;
        size_t k = strlen(h1);
        if (strncmp(title, h1, k) == 0)
            for (size_t s = 0; s < sizeof separators / sizeof *separators; s++)
                if (strncmp(title + k, separators[s], strlen(separators[s])) == 0) return h1;
    }
    for (size_t s = 0; s < sizeof separators / sizeof *separators; s++) {
        const char *sep = separators[s];
        size_t k = strlen(sep);
        /* last occurrence: suffix */
        const char *last = NULL;
        for (const char *q = strstr(title, sep); q; q = strstr(q + 1, sep)) last = q;
        if (last) {
            const char *tail = last + k;
            size_t tn = n - (size_t)(tail - title);
            if ((site && same_name(tail, tn, site)) || (host && same_name(tail, tn, host)) ||
                (host && tn >= 3 && strcasestr(host, tail) != NULL))
                return doc_strndup(p->d, title, (size_t)(last - title));
        }
        const char *first = strstr(title, sep);
        if (first && site && same_name(title, (size_t)(first - title), site)) return doc_strdup(p->d, first + k);
    }
    return title;
}

/* The words of a headline, folded for comparison: ASCII lower case, edge
 * punctuation and a possessive "'s" dropped ("Peru's" -> "peru"). */
enum { HEADLINE_WORDS = 40, HEADLINE_WORD_LEN = 24 };
static int headline_words(const char *s, char w[HEADLINE_WORDS][HEADLINE_WORD_LEN])
{
    int count = 0;
    while (*s) {
        while (*s == ' ') s++;
        if (!*s) break;
        const char *e = s;
        while (*e && *e != ' ') e++;
        if (count == HEADLINE_WORDS) return count + 1; /* too long for a headline */
        size_t k = 0;
        for (const char *c = s; c < e && k + 1 < HEADLINE_WORD_LEN; c++) {
            if (k && *c == '\'' && c + 2 == e && tolower((unsigned char)c[1]) == 's') break;
            if (k && c + 4 == e && !memcmp(c, "\xE2\x80\x99", 3) && tolower((unsigned char)c[3]) == 's') break;
            if (isalnum((unsigned char)*c) || (unsigned char)*c >= 0x80) w[count][k++] = (char)tolower((unsigned char)*c);
        }
        w[count][k] = '\0';
        if (k) count++;
        s = e;
    }
    return count;
}

/* Two folded words name the same thing: equal, or one the other's stem
 * ("revoke" / "revokes", "protest" / "protesters") over four letters. */
static int same_word(const char *a, const char *b)
{
    size_t an = strlen(a), bn = strlen(b), k = an < bn ? an : bn;
    return strcmp(a, b) == 0 || (k >= 4 && strncmp(a, b, k) == 0);
}

/* A social title cut down from the page's headline: "Peru ousts Boluarte"
 * beside the <h1> "Peru's Congress ousts President Boluarte in late-night
 * vote".  The short one has at least two words fewer (at most 80% of the
 * full one), most of its words are in the full one, and the full one is a
 * headline (at most 30 words, no page-title separator in it). */
static int shortened_headline(const char *shorter, const char *full)
{
    char a[HEADLINE_WORDS][HEADLINE_WORD_LEN], b[HEADLINE_WORDS][HEADLINE_WORD_LEN];
    if (strstr(full, " | ") || strstr(full, " :: ")) return 0;
    int na = headline_words(shorter, a), nb = headline_words(full, b);
    if (na < 1 || nb > 30 || na + 2 > nb || na * 5 > nb * 4) return 0;
    int found = 0;
    for (int i = 0; i < na; i++)
        for (int j = 0; j < nb; j++)
            if (same_word(a[i], b[j])) { found++; break; }
    return found >= 2 && found * 5 >= na * 3;
}

/* The length of a character that loose comparisons skip: ASCII
 * punctuation and space, typographic quotes and dashes (U+2000-U+203F),
 * the no-break space; 0 for a letter or digit. */
static size_t skippable(const char *q, size_t left)
{
    const unsigned char *u = (const unsigned char *)q;
    if (!left) return 0;
    if (u[0] < 0x80) return isalnum(u[0]) ? 0 : 1;
    if (left >= 3 && u[0] == 0xE2 && u[1] == 0x80) return 3;
    if (left >= 2 && u[0] == 0xC2 && u[1] == 0xA0) return 2;
    return 0;
}

/* a[0..an) spelt, letters and digits only and case folded, at the start of
 * b; returns where in b the match ends (before any punctuation), or NULL. */
static const char *loose_prefix(const char *a, size_t an, const char *b)
{
    size_t i = 0, bn = strlen(b), j = 0, matched = 0, k;
    for (;;) {
        while (i < an && (k = skippable(a + i, an - i)) > 0) i += k;
        if (i == an) return matched ? b + j : NULL;
        while (j < bn && (k = skippable(b + j, bn - j)) > 0) j += k;
        if (j == bn || tolower((unsigned char)a[i]) != tolower((unsigned char)b[j])) return NULL;
        i++, j++, matched++;
    }
}

/* An outlet's name as a page title prints it: a few capitalised words, no
 * date, no address, no sentence. */
static int outlet_like(const char *s, size_t n)
{
    if (n < 2 || n > 60 || looks_like_url(s)) return 0;
    if (!isupper((unsigned char)s[0]) && !isdigit((unsigned char)s[0]) && (unsigned char)s[0] < 0x80) return 0;
    size_t words = 1, digits = 0;
    for (size_t i = 0; i < n; i++) {
        words += s[i] == ' ';
        digits += isdigit((unsigned char)s[i]) != 0;
        if (s[i] == '.' && i + 1 < n && s[i + 1] == ' ') return 0;
    }
    extract_date_match dm;
    return words <= 6 && digits * 2 < n && !extract_parse_date(s, n, &dm);
}

/* s opens with a word that starts a clause or a phrase, never an
 * outlet's name: "For now", "As talks go on", "After the vote". */
static bool opens_clause(const char *s)
{
    static const char *const words[] = {"after", "again", "amid", "and", "as", "at", "before", "but", "despite",
                                        "for", "if", "in", "not", "now", "on", "or", "so", "still", "until",
                                        "while", "with", "without", "yet"};
    size_t k = 0;
    while (isalpha((unsigned char)s[k])) k++;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == k && !strncasecmp(s, words[i], k)) return true;
    return false;
}

/* The outlet named by the page title around the headline: "Headline |
 * Outlet" (the last part when a section stands between) or "Outlet -
 * Headline".  Only when the rest is the headline itself, so that a title
 * cut in two by a dash ("Talks resume - minister") names no outlet. */
static const char *outlet_of_title(page *p, const char *title_tag, const char *headline)
{
    if (!title_tag || !headline || strlen(headline) < 10) return NULL;
    size_t tn = strlen(title_tag), hn = strlen(headline), k;
    const size_t nseps = sizeof separators / sizeof *separators;
    /* "Headline | Section | Outlet": the headline's closing punctuation
     * ("?", a quote), a separator, and the last part */
    const char *after = loose_prefix(headline, hn, title_tag);
    if (after) {
        while (*after && *after != ' ' && (k = skippable(after, tn - (size_t)(after - title_tag))) > 0) after += k;
        const char *name = NULL;
        for (size_t s = 0; s < nseps; s++)
            if (!strncmp(after, separators[s], strlen(separators[s]))) name = after;
        for (const char *q = name; q && *q; q++)
            for (size_t s = 0; s < nseps; s++)
                if (!strncmp(q, separators[s], strlen(separators[s]))) name = q + strlen(separators[s]);
        if (name) {
            size_t nn = tn - (size_t)(name - title_tag);
            if (outlet_like(name, nn)) return doc_strndup(p->d, name, nn);
        }
    }
    /* "Outlet - Headline" */
    for (size_t s = 0; s < nseps; s++) {
        const char *cut = strstr(title_tag, separators[s]);
        if (!cut || cut == title_tag) continue;
        const char *end = loose_prefix(headline, hn, cut + strlen(separators[s]));
        while (end && *end && (k = skippable(end, tn - (size_t)(end - title_tag))) > 0) end += k;
        if (end && !*end && outlet_like(title_tag, (size_t)(cut - title_tag)))
            return doc_strndup(p->d, title_tag, (size_t)(cut - title_tag));
    }
    /* "Short headline | Outlet": the <title> prints the headline cut down
     * to its first half or more ("Mexico and US reach security deal" for
     * "... deal on cartels and fentanyl"), or reworded as a social title
     * is, in three words or more; then the part after the last separator
     * is the outlet, unless it reads as the end of a sentence ("- For
     * Now", "- As Talks Go On") */
    const char *last = NULL;
    size_t lk = 0;
    for (size_t s = 0; s < nseps; s++)
        for (const char *q = strstr(title_tag, separators[s]); q; q = strstr(q + 1, separators[s]))
            if (!last || q > last) last = q, lk = strlen(separators[s]);
    if (!last || last == title_tag) return NULL;
    const char *name = last + lk;
    size_t nn = tn - (size_t)(name - title_tag);
    if (!outlet_like(name, nn) || opens_clause(name)) return NULL;
    size_t head_n = (size_t)(last - title_tag);
    char a[HEADLINE_WORDS][HEADLINE_WORD_LEN], b[HEADLINE_WORDS][HEADLINE_WORD_LEN];
    char *head = doc_strndup(p->d, title_tag, head_n);
    int na = headline_words(head, a), nb = headline_words(headline, b);
    if (na < 3) return NULL;
    const char *end = loose_prefix(head, head_n, headline);
    bool cut_short = end && (!*end || *end == ' ' || skippable(end, hn - (size_t)(end - headline))) && na * 2 >= nb;
    if (cut_short || shortened_headline(head, headline)) return doc_strndup(p->d, name, nn);
    return NULL;
}

/* A <title> without a trailing part that reads as an outlet's name
 * ("Headline | Coast Ledger"), when no site name or host confirmed it. */
static const char *cut_site_part(page *p, const char *title)
{
    const char *last = NULL;
    size_t k = 0;
    for (size_t s = 0; s < sizeof separators / sizeof *separators; s++)
        for (const char *q = strstr(title, separators[s]); q; q = strstr(q + 1, separators[s]))
            if (!last || q > last) last = q, k = strlen(separators[s]);
    if (!last || last == title) return title;
    const char *tail = last + k;
    return outlet_like(tail, strlen(tail)) ? doc_strndup(p->d, title, (size_t)(last - title)) : title;
}

/* "www.example.co.uk" -> "example" for comparing with title suffixes. */
static const char *host_name(page *p, const char *url)
{
    if (!url) return NULL;
    const char *s = strstr(url, "://");
    s = s ? s + 3 : url;
    if (strncmp(s, "www.", 4) == 0) s += 4;
    size_t n = strcspn(s, "/:?#.");
    return n ? doc_strndup(p->d, s, n) : NULL;
}

/* ---- the pass ---- */

/* Inside a <header>, <nav> or <footer> (or role banner/navigation): where
 * sites put their name in an <h1>.  Climbs at most 30 levels. */
static int in_page_chrome(page *p, int32_t i)
{
    const hnode *n = p->dom.nodes;
    int k = 0;
    for (int32_t a = n[i].parent; a >= 0 && k < 30; a = n[a].parent, k++) {
        if (n[a].tag == TAG_HEADER || n[a].tag == TAG_NAV || n[a].tag == TAG_FOOTER) {
            /* an article's own <header> holds its headline */
            for (int32_t b = n[a].parent; b >= 0; b = n[b].parent, k++) {
                if (n[b].tag == TAG_ARTICLE || n[b].tag == TAG_MAIN) return 0;
                if (k >= 30) break;
            }
            return 1;
        }
        const char *role = dom_attr(&p->dom, a, "role");
        if (role && (ieq(role, "banner") || ieq(role, "navigation"))) return 1;
    }
    return 0;
}

/* A class naming the writer's line: "byline", "author", "post-author",
 * "article__author", "author-name" (not "author-bio", the note under the
 * story). */
static int byline_class(const char *cls)
{
    /* a comment form's "Name *" field */
    if (strcasestr(cls, "comment")) return 0;
    int author = strcasestr(cls, "byline") || strcasestr(cls, "author-name") || strcasestr(cls, "authorname");
    for (const char *s = cls; *s;) { /* each class name */
        while (*s == ' ') s++;
        const char *e = s;
        while (*e && *e != ' ') e++;
        size_t n = (size_t)(e - s);
        if (!strncasecmp(s, "form", 4) || memmem(s, n, "-form", 5) || memmem(s, n, "_form", 5)) return 0;
        for (size_t k = 6; k <= 7; k++) /* "author", "authors" */
            if (n >= k && !strncasecmp(e - k, k == 6 ? "author" : "authors", k) &&
                (n == k || e[-(long)k - 1] == '-' || e[-(long)k - 1] == '_'))
                author = 1;
        s = e;
    }
    return author;
}

/* The names of a byline element's text, its date already cut off: the first
 * part before a "|" or "·" ("Andes Post staff | Published" gives "Andes
 * Post staff"), without trailing separators and labels ("Published",
 * "Updated", "Posted", "on").  NULL when what is left is no name. */
static char *byline_names(char *t)
{
    static const char *const cuts[] = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 "};
    for (size_t c = 0; c < sizeof cuts / sizeof *cuts; c++) {
        char *q = strstr(t, cuts[c]);
        if (q && q > t) *q = '\0';
    }
    static const char *const labels[] = {"published", "updated", "posted", "last updated", "on", "date"};
    size_t k = strlen(t);
    for (int again = 1; again;) {
        again = 0;
        const unsigned char *u = (const unsigned char *)t;
        /* separators: space , | - : and · – — • */
        if (k && (u[k - 1] == ' ' || u[k - 1] == ',' || u[k - 1] == '|' || u[k - 1] == '-' || u[k - 1] == ':')) k--, again = 1;
        else if (k >= 2 && u[k - 2] == 0xC2 && u[k - 1] == 0xB7) k -= 2, again = 1;
        else if (k >= 3 && u[k - 3] == 0xE2 && u[k - 2] == 0x80 && (u[k - 1] == 0x93 || u[k - 1] == 0x94 || u[k - 1] == 0xA2))
            k -= 3, again = 1;
        else
            for (size_t l = 0; l < sizeof labels / sizeof *labels; l++) {
                size_t ln = strlen(labels[l]);
                if (k >= ln && !strncasecmp(t + k - ln, labels[l], ln) && (k == ln || t[k - ln - 1] == ' ' || t[k - ln - 1] == '|')) {
                    k -= ln, again = 1;
                    break;
                }
            }
    }
    t[k] = '\0';
    static const char *const openers[] = {"by ", "posted by ", "written by ", "words by ", "story by ", "text by "};
    for (size_t o = 0; o < sizeof openers / sizeof *openers; o++)
        if (!strncasecmp(t, openers[o], strlen(openers[o]))) { t += strlen(openers[o]); break; }
    while (*t == ' ') t++;
    /* a one-word label: "Text: Jane Doe", "Autor: Jane Doe" */
    const char *colon = strstr(t, ": ");
    if (colon && colon > t && colon - t <= 16 && !memchr(t, ' ', (size_t)(colon - t))) t = (char *)colon + 2;
    /* a name, or a handle ("rmb8090"); not a description ("The Russian
     * and Syrian defense ministries") */
    size_t words = 1, lower = 0;
    for (const char *q = t; *q; q++)
        if (*q == ' ') {
            words++;
            static const char *const joiners[] = {"and ", "de ", "da ", "van ", "von ", "der ", "del ", "bin ", "staff"};
            int joiner = 0;
            for (size_t j = 0; j < sizeof joiners / sizeof *joiners && !joiner; j++)
                joiner = !strncmp(q + 1, joiners[j], strlen(joiners[j]));
            lower += islower((unsigned char)q[1]) && !joiner;
        }
    if (!*t || words > 10 || lower > 0 || !strncmp(t, "The ", 4)) return NULL;
    if (words > 1 && (unsigned char)*t < 0x80 && !isupper((unsigned char)*t)) return NULL;
    return t;
}

const char *html_byline_names(page *p, const char *text)
{
    if (!text || !*text || strlen(text) >= 80) return NULL;
    char *t = doc_strdup(p->d, text);
    /* "By Dana Abenova, 5 October 2024": the date is the page's stamp, not
     * part of the name */
    extract_date_match dm;
    if (extract_parse_date(t, strlen(t), &dm)) {
        if (dm.start == 0) return NULL;
        t[dm.start] = '\0';
    }
    t = byline_names(t);
    if (!t) return NULL;
    /* digits only in a handle ("rmb8090"), never beside a name */
    if (strchr(t, ' ') && strpbrk(t, "0123456789")) return NULL;
    return t;
}

typedef struct meta_found {
    const char *og_title, *tw_title, *og_site, *og_locale, *app_name, *canonical, *og_url, *lang, *title_tag, *h1;
    const char *author_meta, *itemprop_date, *time_date, *time_any, *text_date;
    const char *date_meta[12];
    buf authors, byline_authors;
    int bylines;
    int h1_seen, h1_in_chrome;
} meta_found;

/* Meta names that carry a publication date, strongest first. */
static const char *const date_names[] = {
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date",
};
enum { DATE_NAMES = sizeof date_names / sizeof *date_names };

static void read_meta(page *p, meta_found *m, int32_t i)
{
    const char *content = dom_attr(&p->dom, i, "content");
    if (!content) return;
    const char *key = dom_attr(&p->dom, i, "property");
    if (!key) key = dom_attr(&p->dom, i, "name");
    if (!key) key = dom_attr(&p->dom, i, "itemprop");
    const char *equiv = dom_attr(&p->dom, i, "http-equiv");
    if (equiv && ieq(equiv, "content-language") && !m->lang) m->lang = content;
    if (!key) return;
    if (ieq(key, "og:title") && !m->og_title) m->og_title = content;
    else if (ieq(key, "twitter:title") && !m->tw_title) m->tw_title = content;
    else if (ieq(key, "og:site_name") && !m->og_site) m->og_site = content;
    else if (ieq(key, "og:locale") && !m->og_locale) m->og_locale = content;
    else if (ieq(key, "application-name") && !m->app_name) m->app_name = content;
    else if (ieq(key, "og:url") && !m->og_url) m->og_url = content;
    else if ((ieq(key, "author") || ieq(key, "article:author") || ieq(key, "parsely-author") ||
              ieq(key, "sailthru.author") || ieq(key, "dc.creator") || ieq(key, "byl")) &&
             !looks_like_url(content))
        add_author(p, &m->authors, content);
    for (int k = 0; k < DATE_NAMES; k++)
        if (ieq(key, date_names[k]) && !m->date_meta[k]) m->date_meta[k] = content;
}

void html_metadata(page *p)
{
    doc *d = p->d;
    const hnode *n = p->dom.nodes;
    meta_found m;
    memset(&m, 0, sizeof m);
    ld_facts ld;
    memset(&ld, 0, sizeof ld);
    for (int32_t i = 0; i < (int32_t)p->dom.count; i++) {
        switch (n[i].tag) {
        case TAG_HTML:
            if (!m.lang) m.lang = dom_attr(&p->dom, i, "lang");
            if (!m.lang) m.lang = dom_attr(&p->dom, i, "xml:lang");
            break;
        case TAG_TITLE:
            if (!m.title_tag) m.title_tag = node_text(p, i, 1000);
            break;
        case TAG_META:
            read_meta(p, &m, i);
            break;
        case TAG_LINK: {
            const char *rel = dom_attr(&p->dom, i, "rel");
            if (rel && ieq(rel, "canonical") && !m.canonical) m.canonical = dom_attr(&p->dom, i, "href");
            break;
        }
        case TAG_SCRIPT: {
            const char *type = dom_attr(&p->dom, i, "type");
            if (type && ieq(type, "application/ld+json") && n[i].first_child >= 0) {
                const hnode *t = &n[n[i].first_child];
                if (t->tag == TAG_TEXT) ld_parse(p, &ld, t->text, t->text_len);
            }
            break;
        }
        case TAG_H1:
            /* The headline, not the site's logo: the first <h1> outside
             * page headers and navigation (a few looked at, the first
             * one as the fallback). */
            if (m.h1 && m.h1_in_chrome == 0) break;
            if (++m.h1_seen > 20) break;
            {
                const char *t = node_text(p, i, 1000);
                if (!*t) break;
                int chrome = in_page_chrome(p, i);
                if (!m.h1 || !chrome) m.h1 = t, m.h1_in_chrome = chrome;
            }
            break;
        case TAG_TIME: {
            const char *dt = dom_attr(&p->dom, i, "datetime");
            if (!dt) break;
            const char *ip = dom_attr(&p->dom, i, "itemprop");
            const char *cls = dom_attr(&p->dom, i, "class");
            int published = dom_attr(&p->dom, i, "pubdate") || (ip && ieq(ip, "datePublished")) ||
                            (cls && (strcasestr(cls, "publish") || strcasestr(cls, "posted")));
            if (published && !m.time_date) m.time_date = dt;
            if (!m.time_any) m.time_any = dt;
            break;
        }
        default:
            break;
        }
        /* a short element named as a date: "<span class=date>Nov. 18, 2019</span>" */
        if (n[i].tag != TAG_TEXT && !m.text_date && n[i].end - i <= 8 && n[i].tag != TAG_SCRIPT &&
            n[i].tag != TAG_STYLE) {
            const char *cls = dom_attr(&p->dom, i, "class");
            if (cls && (strcasestr(cls, "date") || strcasestr(cls, "time") || strcasestr(cls, "publish") ||
                        strcasestr(cls, "posted")) && !strcasestr(cls, "update") && !strcasestr(cls, "modif")) {
                const char *t = node_text(p, i, 100);
                dyad_date probe;
                if (strlen(t) < 80 && parse_page_date(t, &probe)) m.text_date = t;
            }
        }
        /* a byline element: rel=author, itemprop=author, class "byline",
         * "author", "post-author", "author-name" */
        if (n[i].tag != TAG_TEXT && n[i].tag != TAG_META && n[i].tag != TAG_LINK && m.bylines < 1 &&
            n[i].end - i <= 12) {
            const char *rel = dom_attr(&p->dom, i, "rel"), *ip = dom_attr(&p->dom, i, "itemprop");
            const char *cls = dom_attr(&p->dom, i, "class");
            if ((rel && ieq(rel, "author")) || (ip && ieq(ip, "author")) || (cls && byline_class(cls))) {
                char *t = node_text(p, i, 200);
                if (t && *t && strlen(t) < 80) {
                    /* "By Dana Abenova, 5 October 2024": the date is the
                     * page's stamp, not part of the name */
                    extract_date_match dm;
                    if (extract_parse_date(t, strlen(t), &dm) && dm.date.year && dm.start > 0) {
                        dyad_date probe;
                        if (!m.text_date && parse_page_date(t + dm.start, &probe)) m.text_date = t + dm.start;
                    }
                    t = (char *)html_byline_names(p, t);
                    if (t) {
                        add_author(p, &m.byline_authors, t);
                        m.bylines++;
                    }
                }
            }
        }
        /* itemprop="datePublished" on any element */
        if (n[i].tag != TAG_TEXT && n[i].tag != TAG_META && !m.itemprop_date) {
            const char *ip = dom_attr(&p->dom, i, "itemprop");
            if (ip && ieq(ip, "datePublished")) {
                const char *v = dom_attr(&p->dom, i, "content");
                if (!v) v = dom_attr(&p->dom, i, "datetime");
                m.itemprop_date = v;
            }
        }
    }

    /* Outlet. */
    const char *site = looks_like_url(m.og_site) ? NULL : trimmed(p, m.og_site);
    const char *site_origin = "meta";
    if (!site && ld.publisher && !looks_like_url(ld.publisher)) site = trimmed(p, ld.publisher), site_origin = "json-ld";
    if (!site && m.app_name && !looks_like_url(m.app_name)) site = trimmed(p, m.app_name);
    if (site) doc_set_field(d, &d->pub.outlet, site, strlen(site), site, strlen(site), site_origin);

    /* Canonical URL. */
    const char *url = m.canonical && looks_like_url(m.canonical) ? m.canonical : m.og_url;
    if (url && *url) doc_set_field(d, &d->pub.url, url, strlen(url), url, strlen(url), url == m.canonical ? "canonical" : "meta");
    const char *page_url = d->input->url ? d->input->url : url;
    const char *host = host_name(p, page_url);

    /* Title: og:title, twitter:title, JSON-LD headline, h1, <title>. */
    const char *title = NULL, *origin = NULL;
    const char *h1 = trimmed(p, m.h1);
    if (m.og_title && *m.og_title) title = trimmed(p, m.og_title), origin = "meta";
    else if (m.tw_title && *m.tw_title) title = trimmed(p, m.tw_title), origin = "meta";
    else if (ld.headline) title = trimmed(p, ld.headline), origin = "json-ld";
    else if (h1) title = h1, origin = "h1";
    else if (m.title_tag) title = trimmed(p, m.title_tag), origin = "title";
    if (title) {
        const char *evidence = title;
        title = strip_site(p, title, site, host, h1, strcmp(origin, "title") == 0);
        /* A social title cut down from the headline ("Peru ousts
         * Boluarte") gives way to the page's own, fuller headline: the
         * <h1> outside the page chrome, else the <title> without its
         * site part. */
        if (title && !strcmp(origin, "meta")) {
            const char *full = h1 && !m.h1_in_chrome ? h1 : NULL, *full_evidence = full, *full_origin = "h1";
            if (!full && m.title_tag) {
                full_evidence = trimmed(p, m.title_tag);
                full = full_evidence ? strip_site(p, full_evidence, site, host, NULL, 1) : NULL;
                if (full) full = cut_site_part(p, full);
                full_origin = "title";
            }
            if (full && shortened_headline(title, full)) title = full, evidence = full_evidence, origin = full_origin;
        }
        if (title && *title) {
            doc_set_field(d, &d->pub.title, title, strlen(title), evidence, strlen(evidence), origin);
        }
    }
    p->title = d->pub.title.value;

    /* Outlet, when the page does not declare it: the site part of the
     * <title> around the headline ("Headline | Regional Herald"). */
    if (!d->pub.outlet.value && m.title_tag) {
        const char *tt = trimmed(p, m.title_tag);
        const char *name = outlet_of_title(p, tt, p->title);
        if (!name && h1) name = outlet_of_title(p, tt, h1);
        if (name) doc_set_field(d, &d->pub.outlet, name, strlen(name), tt, strlen(tt), "title");
    }

    /* Authors. */
    buf *authors = ld.authors.len ? &ld.authors : m.authors.len ? &m.authors : &m.byline_authors;
    if (authors->len)
        doc_set_field(d, &d->pub.author, authors->data, authors->len, authors->data, authors->len,
                      authors == &ld.authors ? "json-ld" : authors == &m.authors ? "meta" : "byline");

    /* Language: the primary tag as given ("en", "en-US"). */
    const char *lang_origin = m.lang ? "html" : "meta";
    const char *lang = trimmed(p, m.lang ? m.lang : m.og_locale);
    if (lang && strlen(lang) < 20) {
        /* BCP 47 writes "pt-BR"; pages also write "pt_BR" */
        char *tag = doc_strdup(d, lang);
        for (char *c = tag; *c; c++)
            if (*c == '_') *c = '-';
        doc_set_field(d, &d->pub.language, tag, strlen(tag), lang, strlen(lang), lang_origin);
    }

    /* Publication date. */
    date_pick *pick = &p->dates;
    memset(pick, 0, sizeof *pick);
    pick->have_crawl = crawl_date(p, &pick->crawl);
    offer_date(p, pick, ld.date, "json-ld");
    for (int k = 0; k < DATE_NAMES; k++) offer_date(p, pick, m.date_meta[k], "meta");
    offer_date(p, pick, m.itemprop_date, "meta");
    offer_date(p, pick, m.time_date, "time");
    offer_date(p, pick, m.time_any, "time");
    offer_date(p, pick, m.text_date, "text");
    p->page_url = page_url;

    p->ld_body = ld.body;
    p->ld_body_len = ld.body ? strlen(ld.body) : 0;
    buf_free(&ld.authors);
    buf_free(&m.authors);
    buf_free(&m.byline_authors);
}

void html_late_dates(page *p)
{
    doc *d = p->d;
    date_pick *pick = &p->dates;
    /* "Published 4 March 2025" printed above the lead */
    if (!pick->found && p->stamp.precision >= DYAD_DATE_DAY) {
        if (pick->have_crawl && date_after(&p->stamp, &pick->crawl)) {
            if (!pick->skipped) pick->skipped = p->stamp.evidence;
        } else {
            if (!(d->pub.date.origin && !strcmp(d->pub.date.origin, "input"))) d->pub.date = p->stamp;
            pick->found = 1;
        }
    }
    date_from_url(p, pick, p->page_url);
    /* the lead's dateline, "ADDIS ABABA, March 12 (Horn Monitor) -": often
     * a month and day only, and the year is never guessed */
    const dyad_dateline *dl = &d->pub.dateline;
    if (!pick->found && dl->text && !(d->pub.date.origin && !strcmp(d->pub.date.origin, "input"))) {
        extract_dateline found;
        if (extract_find_dateline(dl->text, strlen(dl->text), &found) && found.has_date) {
            dyad_date dt = found.date.date;
            if (!(dt.year && pick->have_crawl && date_after(&dt, &pick->crawl))) {
                dt.evidence = doc_strndup(d, dl->text + found.date.start, found.date.end - found.date.start);
                dt.origin = "dateline";
                d->pub.date = dt;
                pick->found = 1;
            }
        }
    }
    if (!pick->found && pick->skipped)
        doc_warn(d, "future_date", 1, "the page's date \"%.64s\" is after the crawl date; ignored", pick->skipped);
}
