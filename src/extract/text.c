/* text.c — extraction from scraped text: the stage's entry point.
 *
 * Passes over the page's lines (see page.h): name the chrome, find the body,
 * the title and the byline, give every line its role, then read the
 * dateline and the date and write the clean article into the document.
 * The rules are general; docs/EXTRACT.md explains each decision. */
#include <string.h>

#include "extract/dateline.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/page.h"

/* A dateline that can only be a wire story's opening: an outlet, a city
 * (if any) in capitals, and a dash or the agency's slashes to close it. */
static bool wire_dateline(const char *s, const extract_dateline *dl)
{
    if (dl->outlet_end == dl->outlet_start || s[dl->length - 1] == ':') return false;
    for (size_t i = dl->city_start; i < dl->city_end; i++)
        if (s[i] >= 'a' && s[i] <= 'z') return false;
    return true;
}

static bool date_is_set(const doc *d) { return d->pub.date.precision != DYAD_DATE_NONE; }

static void set_date(doc *d, const dyad_date *date, const char *evidence, size_t n, const char *origin)
{
    if (d->pub.date.origin && !strcmp(d->pub.date.origin, "input")) return;
    d->pub.date = *date;
    d->pub.date.evidence = doc_strndup(d, evidence, n);
    d->pub.date.origin = origin;
}

/* A date written as numbers only ("14.02.2022", "2022-02-14"): a page stamp,
 * unlike a date in prose ("on January 26, 2015"), which tells of an event. */
static bool numeric_date(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')) return false;
    return true;
}

/* How many body lines open with a label in capitals and a colon
 * ("LAVROV:", "NEW DELHI:"). */
static size_t capital_labels(const page *p)
{
    size_t count = 0;
    for (size_t i = 0; i < p->count; i++) {
        const page_line *l = &p->lines[i];
        if (l->role == ROLE_CHROME) continue;
        size_t k = 0;
        while (k < l->n && k < 40 && ((l->s[k] >= 'A' && l->s[k] <= 'Z') || l->s[k] == ' ' || l->s[k] == '.' || l->s[k] == '-')) k++;
        count += k >= 2 && k < l->n && l->s[k] == ':';
    }
    return count;
}

/* The publication stamp: a date line near the top, else a numeric stamp in
 * the furniture around the story.  Photo credits are never read: their year
 * is the photo's. */
static bool find_stamp(page *p)
{
    size_t limit = p->has_body ? p->body_last : p->count;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < limit && i < p->count; i++) {
            page_line *l = &p->lines[i];
            if (l->role != ROLE_CHROME || !strcmp(l->chrome, "credit")) continue;
            bool stamp_line = !strcmp(l->chrome, "date-stamp") || !strcmp(l->chrome, "byline");
            if (pass == 0 && !stamp_line) continue;
            if (pass == 0 && p->has_body && i > p->body_first) continue;
            size_t at = 0;
            extract_date_match m;
            while (at < l->n && extract_parse_date(l->s + at, l->n - at, &m)) {
                const char *ds = l->s + at + m.start;
                size_t dn = m.end - m.start;
                if (m.date.year && m.date.day && (stamp_line || numeric_date(ds, dn))) {
                    set_date(p->d, &m.date, ds, dn, "stamp");
                    return true;
                }
                at += m.end;
            }
        }
    }
    return false;
}

/* A stamp with a month and day but no year ("19 JUN, 10:15") above the
 * story: the year stays unknown; or one whose day and month could be read
 * either way ("12/03/2025"): the year alone. */
static void find_partial_stamp(page *p)
{
    size_t limit = p->has_body ? p->body_first : p->count;
    for (size_t i = 0; i < limit; i++) {
        const page_line *l = &p->lines[i];
        if (l->role != ROLE_CHROME || strcmp(l->chrome, "date-stamp") != 0) continue;
        extract_date_match m;
        if (extract_parse_date(l->s, l->n, &m) &&
            (m.date.precision == DYAD_DATE_MONTH_DAY || m.date.precision == DYAD_DATE_YEAR)) {
            set_date(p->d, &m.date, l->s + m.start, m.end - m.start, "stamp");
            return;
        }
    }
}

/* "on Wednesday" in the lead: the day of the week, unresolved without a date. */
static void find_weekday(page *p, const page_line *lead)
{
    size_t a, b;
    int wd = extract_find_weekday(lead->s, lead->n, &a, &b);
    if (!wd) return;
    if (a >= 3 && !memcmp(lead->s + a - 3, "on ", 3)) a -= 3;
    dyad_date date = {0};
    date.precision = DYAD_DATE_WEEKDAY;
    date.weekday = wd;
    set_date(p->d, &date, lead->s + a, b - a, "text");
}

static dyad_paragraph_kind kind_of(line_role r)
{
    switch (r) {
    case ROLE_TITLE: return DYAD_PARAGRAPH_TITLE;
    case ROLE_SUMMARY: return DYAD_PARAGRAPH_SUMMARY;
    case ROLE_SUBHEAD: return DYAD_PARAGRAPH_SUBHEAD;
    case ROLE_QUOTE: return DYAD_PARAGRAPH_QUOTE;
    case ROLE_LIST_ITEM: return DYAD_PARAGRAPH_LIST_ITEM;
    default: return DYAD_PARAGRAPH_BODY;
    }
}

void extract_text(doc *d)
{
    page p;
    page_split(&p, d);
    chrome_classify(&p);
    title_find_anchor(&p);
    body_find(&p);
    title_find(&p);
    byline_find(&p);
    body_assign_roles(&p);

    /* The dateline opens one of the first paragraphs of the story; what
     * stands before it in the body is a standfirst.  A dateline printed on a
     * line of its own just above the lead is the lead's (kept as a
     * paragraph, which the language stage makes a sentence of its own). */
    long dateline_line = -1;
    extract_dateline dl;
    if (p.has_body)
        for (size_t i = p.body_first, k = 0; i-- > 0 && k < 3; k++) {
            page_line *l = &p.lines[i];
            if ((long)i == p.title) break;
            if (!page_line_is_dateline(l)) continue;
            l->role = ROLE_BODY;
            extract_find_dateline(l->s, l->n, &dl);
            dateline_line = (long)i;
            break;
        }
    size_t last = p.has_body ? p.body_last : (p.count ? p.count - 1 : 0);
    for (size_t i = p.has_body ? p.body_first : 0, seen = 0; dateline_line < 0 && i < p.count && i <= last; i++) {
        page_line *l = &p.lines[i];
        if (l->role != ROLE_BODY) continue;
        seen++;
        if (!extract_find_dateline(l->s, l->n, &dl)) continue;
        /* a label in capitals that opens several paragraphs is a
         * transcript's speaker, not a dateline */
        if (dl.colon && capital_labels(&p) > 1) continue;
        /* Further down, only a wire dateline naming its outlet counts: the
         * paragraphs above it are then teasers of other stories. */
        if (seen > 3 && !wire_dateline(l->s, &dl)) continue;
        dateline_line = (long)i;
        for (size_t k = p.body_first; k < i; k++) {
            if (seen > 3) {
                if (p.lines[k].role != ROLE_CHROME) page_remove(&p.lines[k], "navigation");
            } else if (p.lines[k].role == ROLE_BODY) p.lines[k].role = ROLE_SUMMARY;
        }
        if (seen > 3) p.body_first = i;
        break;
    }

    if (dateline_line >= 0) {
        const page_line *l = &p.lines[dateline_line];
        if (dl.outlet_end > dl.outlet_start)
            doc_set_field(d, &d->pub.outlet, l->s + dl.outlet_start, dl.outlet_end - dl.outlet_start, l->s, dl.length,
                          "dateline");
    }

    outlet_find(&p);

    /* The date: a full stamp, then the dateline, then a month-and-day (or
     * year-only) stamp, then a day anchored by "tomorrow", then a weekday in the lead. */
    if (!date_is_set(d) && !find_stamp(&p) && dateline_line >= 0 && dl.has_date) {
        const page_line *l = &p.lines[dateline_line];
        set_date(d, &dl.date.date, l->s + dl.date.start, dl.date.end - dl.date.start, "dateline");
    }
    if (!date_is_set(d)) find_partial_stamp(&p);
    if (!date_is_set(d) && p.has_body) {
        for (size_t i = p.body_first; i <= p.body_last; i++) {
            const page_line *l = &p.lines[i];
            extract_date_match m;
            if (l->role == ROLE_BODY && extract_find_relative_day(l->s, l->n, &m)) {
                set_date(d, &m.date, l->s + m.start, m.end - m.start, "relative");
                break;
            }
        }
    }
    if (!date_is_set(d)) {
        long lead = dateline_line;
        for (size_t i = p.has_body ? p.body_first : 0; lead < 0 && i < p.count; i++)
            if (p.lines[i].role == ROLE_BODY) lead = (long)i;
        if (lead >= 0) find_weekday(&p, &p.lines[lead]);
    }

    /* Write the article: the title first, then the story in page order. */
    const char *given_title = d->pub.title.origin && !strcmp(d->pub.title.origin, "input") ? d->pub.title.value : NULL;
    if (p.title >= 0) {
        const page_line *t = &p.lines[p.title];
        doc_set_field(d, &d->pub.title, t->s, t->n, t->s, t->n, "title-line");
        doc_add_paragraph(d, DYAD_PARAGRAPH_TITLE, t->s, t->n);
    } else if (given_title) {
        doc_add_paragraph(d, DYAD_PARAGRAPH_TITLE, given_title, strlen(given_title));
    }
    for (size_t i = 0; i < p.count; i++) {
        page_line *l = &p.lines[i];
        if (l->role == ROLE_CHROME) {
            doc_add_removed(d, l->chrome, l->s, l->n, l->number);
            continue;
        }
        if (l->role == ROLE_TITLE || l->role == ROLE_UNDECIDED) continue;
        long k = doc_add_paragraph(d, kind_of(l->role), l->s, l->n);
        if ((long)i == dateline_line && k >= 0) extract_set_dateline(d, (size_t)k, &dl);
    }
}
