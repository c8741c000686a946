/* byline.c — the author line: "By Jane Doe", "By Jane Doe and John Roe |
 * Reuters", "Author: Jane Doe", "Written by Jane Doe". */
#include <string.h>

#include "extract/page.h"

static bool upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool name_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '\'' || c == '-' || c >= 0x80;
}

bool byline_parse(const char *s, size_t n, size_t *name_start, size_t *name_end)
{
    static const char *const openers[] = {"By ", "BY ", "by ", "Written by ", "Author: ", "Authors: ", "Posted by ",
                                          "Words by ", "Story by "};
    size_t i = 0;
    for (size_t k = 0; k < sizeof openers / sizeof *openers; k++) {
        size_t len = strlen(openers[k]);
        if (n > len && !memcmp(s, openers[k], len)) { i = len; break; }
    }
    if (!i) return false;
    size_t start = i, end = i, names = 0;
    while (i < n && names < 8) {
        while (i < n && s[i] == ' ') i++;
        if (i >= n) break;
        if (upper(s[i])) {
            size_t w = i;
            while (w < n && name_char((unsigned char)s[w])) w++;
            i = w;
            end = w;
            names++;
            continue;
        }
        /* joiners between names */
        if (!strncmp(s + i, "and ", 4) || !strncmp(s + i, "& ", 2) || !strncmp(s + i, "de ", 3) ||
            !strncmp(s + i, "van ", 4) || !strncmp(s + i, "von ", 4) || !strncmp(s + i, "al-", 3)) {
            while (i < n && s[i] != ' ') i++;
            continue;
        }
        break; /* a comma, a bar or a date ends the names: "By Jane Doe, Reuters" */
    }
    if (!names) return false;
    /* what follows the names must be furniture (an outlet, a date), not a sentence */
    while (end > start && (s[end - 1] == ',' || s[end - 1] == '.')) end--;
    *name_start = start;
    *name_end = end;
    return true;
}

void byline_find(page *p)
{
    size_t to = p->has_body ? p->body_last + 1 : p->count;
    for (size_t i = 0; i < to; i++) {
        page_line *l = &p->lines[i];
        if (l->role != ROLE_CHROME || strcmp(l->chrome, "byline") != 0) continue;
        size_t a, b;
        if (byline_parse(l->s, l->n, &a, &b))
            doc_set_field(p->d, &p->d->pub.author, l->s + a, b - a, l->s, l->n, "byline");
        return;
    }
}
