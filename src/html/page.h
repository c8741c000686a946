/* page.h — what the HTML stage's passes share about one page. */
#ifndef DYAD_HTML_PAGE_H
#define DYAD_HTML_PAGE_H

#include "core/document.h"
#include "html/dom.h"

/* The publication date as the passes look for it, strongest source first:
 * once one is found the later ones are not read. */
typedef struct date_pick {
    int found;
    int have_crawl;
    dyad_date crawl;
    const char *skipped; /* evidence of a date refused as in the future */
} date_pick;

typedef struct page {
    doc *d;
    html_dom dom;
    const char *title;        /* the headline chosen by html_metadata, or NULL */
    const char *ld_body;      /* JSON-LD articleBody, or NULL */
    size_t ld_body_len;
    date_pick dates;          /* the date search, finished by html_late_dates */
    const char *page_url;     /* the input's URL, else the canonical one */
    dyad_date stamp;          /* a date stamp printed above the lead (content.c) */
} page;

/* Title, date, authors, outlet, language, canonical URL (meta.c). */
void html_metadata(page *p);
/* The main content as paragraphs, chrome recorded as removed (content.c). */
void html_content(page *p);
/* The writers' names in a byline element's text ("By Jane Doe and John
 * Roe | 4 March 2025" gives "Jane Doe and John Roe"), in the document's
 * arena, or NULL when it names nobody (meta.c). */
const char *html_byline_names(page *p, const char *text);
/* The date sources read after the content (meta.c): a stamp printed above
 * the lead, the URL, then the lead's dateline. */
void html_late_dates(page *p);

/* Append s[0..n) to b with runs of white space (including U+00A0) folded
 * to one space; *pending carries a space owed across calls. */
void text_append_folded(buf *b, const char *s, size_t n, int *pending);
/* The folded text of node i's subtree (scripts and styles skipped),
 * allocated in the document's arena; at most `limit` bytes. */
char *node_text(page *p, int32_t i, size_t limit);

#endif
