/* title.c — pick the headline among the lines above the article.
 *
 * The headline is the nearest headline-shaped line above the body; when the
 * page prints it twice (a common scraping artefact: the page title and the
 * on-page heading), the first printing is the title and the others are
 * removed.  Metadata from the input, when given, names the line instead. */
#include <string.h>

#include "extract/dateline.h"
#include "extract/page.h"

/* A line that is a wire dateline and nothing more ("GENEVA, May 3
 * (Agency) -", printed on a line of its own above the lead). */
bool page_line_is_dateline(const page_line *l)
{
    extract_dateline dl;
    if (!extract_find_dateline(l->s, l->n, &dl) || dl.city_end <= dl.city_start) return false;
    size_t rest = dl.length;
    while (rest < l->n && (l->s[rest] == ' ' || l->s[rest] == '\t')) rest++;
    return rest >= l->n;
}

static bool headline_candidate(const page_line *l)
{
    if (l->role == ROLE_CHROME || l->words < 2 || l->words > 30 || page_line_is_dateline(l)) return false;
    if (l->shape == SHAPE_HEADLINE) return true;
    /* "Will talks resume?" ends a sentence but is still a headline. */
    char last = l->s[l->n - 1];
    return (last == '?' || last == '!') && l->words <= 20;
}

/* The page's <title> often opens scraped text as "Headline | Site". */
static bool same_as_page_title(const page *p, const page_line *l)
{
    if (p->count == 0 || l == &p->lines[0] || l->n < 12) return false;
    const page_line *first = &p->lines[0];
    if (first->n < l->n + 3 || memcmp(first->s, l->s, l->n) != 0 || first->s[l->n] != ' ') return false;
    unsigned char sep = (unsigned char)first->s[l->n + 1];
    return sep == '|' || sep == '-' || sep == ':' || sep == 0xE2; /* "|", "-", ":", "—" */
}

/* Scraped full pages open with the document title, "Headline | Site" or
 * "Site - Headline"; the line that prints the headline alone marks where
 * the story begins. */
void title_find_anchor(page *p)
{
    p->anchor = -1;
    p->site = NULL;
    p->site_n = 0;
    if (p->count < 3) return;
    const page_line *first = &p->lines[0];
    if (first->words < 3 || first->n > 400) return;
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ", " \xC2\xBB "};
    size_t limit = p->count / 2 + 1;
    if (limit > 2000) limit = 2000; /* the headline is near the top; keep long pages linear */
    for (size_t s = 0; s < sizeof seps / sizeof *seps; s++) {
        size_t k = strlen(seps[s]);
        for (size_t at = 1; at + k < first->n; at++) {
            if (memcmp(first->s + at, seps[s], k) != 0) continue;
            /* headline before the separator, or after it */
            const char *parts[2] = {first->s, first->s + at + k};
            size_t lens[2] = {at, first->n - at - k};
            for (int w = 0; w < 2; w++) {
                if (lens[w] < 12) continue;
                for (size_t i = 1; i < limit && i < p->count; i++) {
                    const page_line *l = &p->lines[i];
                    if (l->n == lens[w] && !memcmp(l->s, parts[w], lens[w]) && l->role != ROLE_CHROME) {
                        p->anchor = (long)i;
                        /* the other part names the site */
                        p->site = parts[1 - w];
                        p->site_n = lens[1 - w];
                        return;
                    }
                }
            }
        }
    }
}

static bool standfirst_shaped(const page_line *l)
{
    unsigned caps = 0;
    for (size_t i = 0; i < l->n; i++)
        if ((i == 0 || l->s[i - 1] == ' ') && l->s[i] >= 'A' && l->s[i] <= 'Z') caps++;
    return l->words >= 6 && caps * 2 < l->words;
}

static long earliest_printing(const page *p, size_t t, size_t limit)
{
    for (size_t i = 0; i < t && i < limit; i++)
        if (p->lines[i].key && p->lines[i].key == p->lines[t].key) return (long)i;
    return (long)t;
}

void title_find(page *p)
{
    p->title = -1;
    const dyad_field *given = &p->d->pub.title;
    size_t limit = p->has_body ? p->body_first : p->count;
    if (given->value && given->origin && !strcmp(given->origin, "input")) {
        char want[96], got[96];
        size_t wn = page_normalise(given->value, strlen(given->value), want, sizeof want);
        for (size_t i = 0; wn && i < p->count && i <= limit; i++) {
            size_t gn = page_normalise(p->lines[i].s, p->lines[i].n, got, sizeof got);
            if (gn == wn && !memcmp(want, got, gn)) { p->title = (long)i; break; }
        }
        if (p->title >= 0) p->lines[p->title].role = ROLE_TITLE;
        return;
    }
    if (p->anchor >= 0) {
        p->title = p->anchor;
    } else if (!p->has_body) {
        for (size_t i = 0; i < p->count; i++)
            if (headline_candidate(&p->lines[i])) { p->title = (long)i; break; }
    } else {
        /* Prefer a headline the page prints twice, or as its page title. */
        size_t from = limit > 25 ? limit - 25 : 0;
        for (size_t i = limit; i-- > from;) {
            const page_line *l = &p->lines[i];
            if (headline_candidate(l) && ((l->repeats >= 2 && earliest_printing(p, i, limit) != (long)i) ||
                                          same_as_page_title(p, l))) {
                p->title = earliest_printing(p, i, limit);
                break;
            }
        }
        if (p->title < 0) {
            /* The nearest headline-shaped line, unless it reads as a
             * standfirst (a sentence without its full stop) and a headline
             * stands right above it. */
            long near = -1, above = -1;
            for (size_t i = limit; i-- > from;) {
                const page_line *l = &p->lines[i];
                if (l->role == ROLE_CHROME) {
                    if (near >= 0) break; /* a headline over its standfirst stands right above it */
                    continue;
                }
                if (!headline_candidate(l)) {
                    if (near >= 0) break;
                    continue;
                }
                if (near < 0) near = (long)i;
                else { above = (long)i; break; }
            }
            p->title = near;
            if (above >= 0 && p->lines[above].words >= 4 && standfirst_shaped(&p->lines[near]) &&
                p->lines[near].words > p->lines[above].words)
                p->title = above;
        }
    }
    if (p->title >= 0) p->lines[p->title].role = ROLE_TITLE;
    if (p->title > 0 && (p->anchor >= 0 || same_as_page_title(p, &p->lines[p->title])))
        page_remove(&p->lines[0], "page-title");
}
