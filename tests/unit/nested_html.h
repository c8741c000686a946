/* nested_html.h — a page of `depth` nested <div> around one paragraph, for
 * the tests of deep nesting (no stack overflow, linear time). */
#ifndef DYAD_TESTS_NESTED_HTML_H
#define DYAD_TESTS_NESTED_HTML_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The page (malloc'd; its length in *len) with `paragraph` as the text of
 * the innermost <p>. */
static inline char *nested_divs(int depth, const char *paragraph, size_t *len)
{
    size_t cap = (size_t)depth * 11 + strlen(paragraph) + 64, n = 0;
    char *html = malloc(cap);
    n += (size_t)sprintf(html + n, "<html><body>");
    for (int i = 0; i < depth; i++) n += (size_t)sprintf(html + n, "<div>");
    n += (size_t)sprintf(html + n, "<p>%s</p>", paragraph);
    for (int i = 0; i < depth; i++) n += (size_t)sprintf(html + n, "</div>");
    n += (size_t)sprintf(html + n, "</body></html>");
    *len = n;
    return html;
}

#endif
