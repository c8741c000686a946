/* furniture.c — see furniture.h. */
#include "extract/furniture.h"

#include <string.h>
#include <strings.h>

#include "extract/page.h"

const char *extract_furniture_kind(const char *s, size_t n)
{
    if (!s || n == 0 || n > 400) return NULL;
    page_line l;
    page_line_of(&l, s, n);
    const char *kind = chrome_kind_of_line(&l, true);
    if (!kind) return NULL;
    if (!strcmp(kind, "caption") || !strcmp(kind, "date-stamp")) return kind;
    /* of the labelled lines, only links to other stories */
    if (!strcmp(kind, "navigation") && n > 10 &&
        (!strncasecmp(s, "also read", 9) || !strncasecmp(s, "read also", 9) || !strncasecmp(s, "read more", 9) ||
         !strncasecmp(s, "see also", 8)))
        return "related";
    return NULL;
}

int extract_byline_of_line(const char *s, size_t n, size_t *name_start, size_t *name_end)
{
    if (!s || n == 0 || n > 200) return 0;
    page_line l;
    page_line_of(&l, s, n);
    const char *kind = chrome_kind_of_line(&l, true);
    if (!kind || strcmp(kind, "byline") != 0 || !byline_parse(s, n, name_start, name_end)) return 0;
    /* "By Tuesday, talks had collapsed": a day or a month is no writer */
    static const char *const not_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                            "Sunday", "January", "February", "March", "April", "May", "June", "July",
                                            "August", "September", "October", "November", "December", "The", "Then",
                                            "Now", "Mid", "Late", "Early", "Next", "Last", "This", "Christmas", "Easter"};
    const char *w = s + *name_start;
    size_t wn = 0;
    while (*name_start + wn < *name_end && w[wn] != ' ' && w[wn] != ',') wn++;
    for (size_t i = 0; i < sizeof not_names / sizeof *not_names; i++)
        if (strlen(not_names[i]) == wn && !memcmp(w, not_names[i], wn)) return 0;
    return 1;
}
