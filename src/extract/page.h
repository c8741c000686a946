/* page.h — the scraped page as the text extractor sees it: one record per
 * input line with the features every rule reads (internal to src/extract).
 *
 * Extraction runs in passes over this array: lines.c measures each line,
 * chrome.c names the lines that are page furniture, body.c finds the run of
 * prose that is the article, title.c and byline.c pick the headline and the
 * author around it, and text.c writes the result into the document. */
#ifndef DYAD_EXTRACT_PAGE_H
#define DYAD_EXTRACT_PAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/document.h"

/* What a line looks like, before its role is decided. */
typedef enum line_shape {
    SHAPE_BLANK = 0,
    SHAPE_FRAGMENT,  /* too short or too odd to be text: "0", "Russia", "- Outlet, 1920" */
    SHAPE_HEADLINE,  /* a few words with no closing full stop */
    SHAPE_SHORT_PROSE, /* a short sentence: "A spokesman declined to comment." */
    SHAPE_PROSE      /* running text */
} line_shape;

/* What the line is for, once decided. */
typedef enum line_role {
    ROLE_UNDECIDED = 0,
    ROLE_CHROME,     /* removed; `chrome` says why */
    ROLE_TITLE,
    ROLE_SUMMARY,
    ROLE_BODY,
    ROLE_SUBHEAD,
    ROLE_QUOTE,
    ROLE_LIST_ITEM
} line_role;

typedef struct page_line {
    const char *s;       /* trimmed text (not NUL-terminated) */
    size_t n;
    int number;          /* 1-based line in the input */
    unsigned words;      /* tokens with a letter or digit */
    unsigned letters, latin, cyrillic, other_script;
    unsigned upper, lower, digits;
    bool sentence_end;   /* ends in . ! ? … (possibly inside closing quotes) */
    bool ends_colon;
    bool quoted;         /* opens and closes with quotation marks */
    line_shape shape;
    line_role role;
    const char *chrome;  /* removal kind when role == ROLE_CHROME */
    uint64_t key;        /* hash of the normalised opening, for repeats */
    unsigned repeats;    /* lines on the page with the same key (1 = unique) */
    long next_same;      /* the next line with the same key, -1 if none */
} page_line;

typedef struct page {
    doc *d;
    page_line *lines;    /* non-blank lines only */
    size_t count;
    bool latin_page;     /* most letters on the page are Latin */
    size_t body_first, body_last; /* the article's prose run, inclusive */
    bool has_body;
    long title;          /* index of the title line, -1 if none */
    long anchor;         /* the headline as the page title names it ("Headline | Site"), -1 if none */
    const char *site;    /* the page title's other part ("Site"), or NULL */
    size_t site_n;
} page;

/* lines.c */
void page_split(page *p, doc *d);
/* Letters-and-digits-only, lowercased copy of s for comparisons (at most
 * cap-1 bytes); returns its length. */
size_t page_normalise(const char *s, size_t n, char *out, size_t cap);
bool page_starts_with_word(const page_line *l, const char *word);
/* Does s[0..n) hold w[0..k)?  For the short needles the chrome rules look
 * for in short lines: memchr finds the candidates, which is several times
 * cheaper than memmem's set-up on every call. */
static inline bool page_contains(const char *s, size_t n, const char *w, size_t k)
{
    if (k == 0) return true;
    const char *end = s + n;
    while (n >= k) {
        const char *c = memchr(s, w[0], n - k + 1);
        if (!c) return false;
        if (!memcmp(c + 1, w + 1, k - 1)) return true;
        s = c + 1;
        n = (size_t)(end - s);
    }
    return false;
}

/* chrome.c: name what is page furniture wherever it stands. */
void chrome_classify(page *p);
/* The chrome kind of a line judged alone, or NULL. */
const char *chrome_kind_of_line(const page_line *l, bool latin_page);
/* One line of text s[0..n) measured and shaped as page_split does, for
 * callers that have their lines already (the HTML extractor). */
void page_line_of(page_line *l, const char *s, size_t n);
void chrome_mark_repeats(page *p);
/* A header of a list of other stories: the story usually ends above it. */
bool chrome_ends_story(const page_line *l);

/* title.c: find the on-page printing of the page title, before the body. */
void title_find_anchor(page *p);

/* body.c: the prose run, then the roles inside and around it. */
void body_find(page *p);
void body_assign_roles(page *p);

/* title.c */
void title_find(page *p);
/* A line that is a wire dateline and nothing more ("GENEVA, May 3 (Agency) -"). */
bool page_line_is_dateline(const page_line *l);

/* byline.c: an author line ("By Jane Doe"); returns true and the name's
 * bounds when the line is one. */
bool byline_parse(const char *s, size_t n, size_t *name_start, size_t *name_end);
void byline_find(page *p);

/* outlet.c: the outlet when no dateline names it. */
void outlet_find(page *p);

static inline void page_remove(page_line *l, const char *kind)
{
    l->role = ROLE_CHROME;
    l->chrome = kind;
}

#endif
