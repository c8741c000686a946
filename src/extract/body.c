/* body.c — find the article's run of prose and give every line its role.
 *
 * Scraped pages put the article between two fringes of short lines (menus,
 * widgets, lists of other stories).  Scoring prose lines up and short or
 * chrome lines down, the best-scoring contiguous run of lines (maximum
 * subarray) is the body: a subhead or a caption inside it costs less than
 * the paragraphs around it earn, while a block of links far from the story
 * never joins it. */
#include <string.h>

#include "extract/page.h"

static double line_score(const page_line *l)
{
    /* "Related", "Most read": a list of other stories starts here, though
     * some pages put one inside the story. */
    if (l->role == ROLE_CHROME) return chrome_ends_story(l) ? -4.0 : -1.5;
    switch (l->shape) {
    case SHAPE_PROSE: return 1.0 + (double)(l->words < 60 ? l->words : 60) / 15.0;
    case SHAPE_SHORT_PROSE: return 0.5;
    case SHAPE_HEADLINE: return -0.25;
    case SHAPE_FRAGMENT: return -0.75;
    case SHAPE_BLANK: return 0;
    }
    return 0;
}

static bool is_prose(const page_line *l)
{
    return l->role != ROLE_CHROME && (l->shape == SHAPE_PROSE || l->shape == SHAPE_SHORT_PROSE);
}

static bool is_comment_marker(const page_line *l)
{
    if (l->n == 2 && l->s[0] == '-' && l->s[1] == '-') return true; /* a mail signature follows */
    if (l->role != ROLE_CHROME || l->words > 6) return false;
    if (!strcmp(l->chrome, "comment")) return true;
    if (strcmp(l->chrome, "widget") != 0 && strcmp(l->chrome, "counter") != 0) return false;
    return page_contains(l->s, l->n, "omment", 6) || page_contains(l->s, l->n, "discussion", 10) ||
           page_contains(l->s, l->n, "conversation", 12);
}

void body_find(page *p)
{
    double best = 0, run = 0;
    size_t run_start = 0, best_start = 0, best_end = 0;
    bool found = false;
    /* When the page title names its headline, the story starts below it. */
    size_t from = p->anchor >= 0 ? (size_t)p->anchor + 1 : 0;
    run_start = best_start = best_end = from;
    /* prose still to come below each line, to judge a "Related" header */
    double *after = arena_alloc(&p->d->arena, (p->count + 1) * sizeof *after);
    for (size_t i = p->count; i-- > from;) {
        double sc = line_score(&p->lines[i]);
        after[i] = is_comment_marker(&p->lines[i]) ? 0 : after[i + 1] + (sc > 0 ? sc : 0);
    }
    for (size_t i = from; i < p->count; i++) {
        /* A list header with less prose below it than half the story above
         * ends the story; a "Related" box inside a long story does not. */
        if (best >= 4 && i > best_end && chrome_ends_story(&p->lines[i]) && after[i + 1] * 2 < best) break;
        /* Below a comment box everything is readers' prose, and below "--" a
         * signature: neither is the story. */
        if (best >= 4 && i > best_end && is_comment_marker(&p->lines[i])) break;
        if (run <= 0) run = 0, run_start = i;
        run += line_score(&p->lines[i]);
        if (run > best) best = run, best_start = run_start, best_end = i, found = true;
    }
    p->has_body = false;
    if (!found) return;
    size_t a = best_start, b = best_end;
    while (a <= b && !is_prose(&p->lines[a])) a++;
    while (b > a && !is_prose(&p->lines[b])) b--;
    if (a > b || !is_prose(&p->lines[a])) return;
    p->body_first = a;
    p->body_last = b;
    p->has_body = true;
}

static bool bulleted(const page_line *l)
{
    unsigned char c = (unsigned char)l->s[0];
    if ((c == '-' || c == '*') && l->n > 2 && l->s[1] == ' ') return true;
    return l->n > 4 && !memcmp(l->s, "\xE2\x80\xA2", 3); /* • */
}

/* The next line that is not chrome, or NULL. */
static const page_line *next_kept(const page *p, size_t i)
{
    for (size_t j = i + 1; j < p->count; j++)
        if (p->lines[j].role != ROLE_CHROME) return &p->lines[j];
    return NULL;
}

/* Is there a later line on the page with the same opening? */
static bool repeated_later(const page *p, size_t i)
{
    const page_line *l = &p->lines[i];
    if (!l->key || l->repeats < 2) return false;
    int steps = 0; /* bounded: a page of one line repeated must stay linear */
    for (long j = l->next_same; j >= 0 && steps < 8; j = p->lines[j].next_same, steps++)
        if (p->lines[j].role != ROLE_CHROME) return true;
    return false;
}

static unsigned capitalised_words(const page_line *l)
{
    unsigned n = 0;
    for (size_t i = 0; i < l->n; i++)
        if ((i == 0 || l->s[i - 1] == ' ') && l->s[i] >= 'A' && l->s[i] <= 'Z') n++;
    return n;
}

/* A standfirst reads as a sentence: lower case in the majority. */
static bool summary_shaped(const page_line *l)
{
    if (l->shape == SHAPE_PROSE || l->shape == SHAPE_SHORT_PROSE) return true;
    return l->shape == SHAPE_HEADLINE && l->words >= 6 && capitalised_words(l) * 2 < l->words;
}

static void role_in_body(page *p, size_t i)
{
    page_line *l = &p->lines[i];
    const page_line *next = next_kept(p, i);
    bool next_prose = next && (next->shape == SHAPE_PROSE || next->shape == SHAPE_SHORT_PROSE);
    if (p->title >= 0 && l->key && l->key == p->lines[p->title].key) { page_remove(l, "duplicate-title"); return; }
    if (l->n > 1 && l->s[0] == '>') { l->role = ROLE_QUOTE; return; }
    if (bulleted(l)) { l->role = ROLE_LIST_ITEM; return; }
    switch (l->shape) {
    case SHAPE_PROSE:
    case SHAPE_SHORT_PROSE:
        /* A paragraph printed twice (a standfirst repeated as the lead):
         * the later printing stands in the story. */
        if (repeated_later(p, i)) page_remove(l, "duplicate");
        else l->role = ROLE_BODY;
        return;
    case SHAPE_HEADLINE:
        /* A Title Case Line Of Many Words inside a story is a link to another one. */
        if (l->words >= 6 && capitalised_words(l) * 10 >= l->words * 7) page_remove(l, "navigation");
        else if (next_prose && l->words <= 15) l->role = ROLE_SUBHEAD;
        else if (l->words >= 12 || l->ends_colon) l->role = ROLE_BODY;
        else page_remove(l, "navigation");
        return;
    case SHAPE_FRAGMENT:
    case SHAPE_BLANK:
        if (next_prose && l->words == 1 && l->upper && l->letters >= 4 && !l->sentence_end) l->role = ROLE_SUBHEAD;
        else page_remove(l, "fragment");
        return;
    }
}

void body_assign_roles(page *p)
{
    if (!p->has_body) {
        /* No running text: keep every line that is not chrome as it stands. */
        for (size_t i = 0; i < p->count; i++) {
            page_line *l = &p->lines[i];
            if (l->role == ROLE_UNDECIDED) l->role = ROLE_BODY;
        }
        return;
    }
    size_t title_end = p->title >= 0 ? (size_t)p->title + 1 : 0;
    unsigned summaries = 0;
    for (size_t i = 0; i < p->count; i++) {
        page_line *l = &p->lines[i];
        if (l->role != ROLE_UNDECIDED) continue;
        if (p->title >= 0 && i < (size_t)p->title) {
            page_remove(l, l->words <= 3 ? "section" : (l->key && l->key == p->lines[p->title].key) ? "duplicate-title" : "navigation");
        } else if (i < p->body_first) {
            /* Between the headline and the story: a standfirst, or furniture. */
            if (p->title >= 0 && l->key && l->key == p->lines[p->title].key) page_remove(l, "duplicate-title");
            else if (i >= title_end && summaries < 2 && l->words >= 5 && summary_shaped(l)) {
                if (repeated_later(p, i)) page_remove(l, "duplicate");
                else l->role = ROLE_SUMMARY, summaries++;
            } else page_remove(l, l->words <= 3 ? "section" : "navigation");
        } else if (i <= p->body_last) {
            role_in_body(p, i);
        } else {
            page_remove(l, "trailing");
        }
    }
}
