/* outlet.c — the outlet when the dateline does not name it: the site part
 * of the page title ("Headline | Regional Herald"), else the copyright
 * notice below the story ("© 2024 Regional Herald. All rights reserved.").
 * A photo credit above or inside the story names the photo agency, not the
 * outlet, so only notices after the story are read. */
#include <string.h>

#include "extract/page.h"

static bool is_year(const char *s, size_t n)
{
    return n == 4 && (s[0] == '1' || s[0] == '2') && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9' &&
           s[3] >= '0' && s[3] <= '9';
}

/* Cut a name to what is left without years, "All rights reserved" and
 * trailing punctuation; false when nothing like a name remains. */
static bool clean_name(const char **s, size_t *n)
{
    const char *a = *s, *b = *s + *n;
    for (;;) {
        while (a < b && (*a == ' ' || *a == ',' || *a == '-')) a++;
        if (b - a >= 4 && is_year(a, 4) && (b - a == 4 || a[4] == ' ' || a[4] == ',' || a[4] == '.')) { a += 4; continue; }
        if (b - a >= 4 && is_year(a, 4) && a[4] == '-' && b - a >= 9 && is_year(a + 5, 4)) { a += 9; continue; }
        break;
    }
    const char *cut = NULL;
    for (const char *q = a; q + 3 <= b && !cut; q++)
        if ((!strncmp(q, "All ", 4) || !strncmp(q, "all ", 4)) && q > a) cut = q;
    if (cut) b = cut;
    while (b > a && (b[-1] == ' ' || b[-1] == '.' || b[-1] == ',' || b[-1] == '|')) b--;
    /* a trailing year: "© Regional Herald 2019" */
    if (b - a > 5 && is_year(b - 4, 4) && b[-5] == ' ') b -= 5;
    while (b > a && (b[-1] == ' ' || b[-1] == ',')) b--;
    if (b - a < 2 || b - a > 60 || !(a[0] >= 'A' && a[0] <= 'Z')) return false;
    size_t words = 1;
    for (const char *q = a; q < b; q++) words += *q == ' ';
    if (words > 6) return false;
    *s = a;
    *n = (size_t)(b - a);
    return true;
}

void outlet_find(page *p)
{
    doc *d = p->d;
    if (d->pub.outlet.value) return;
    if (p->site && p->site_n) {
        const char *s = p->site;
        size_t n = p->site_n;
        if (clean_name(&s, &n)) {
            doc_set_field(d, &d->pub.outlet, s, n, p->lines[0].s, p->lines[0].n, "title-line");
            return;
        }
    }
    if (!p->has_body) return;
    for (size_t i = p->body_last + 1; i < p->count; i++) {
        const page_line *l = &p->lines[i];
        if (l->words > 12) continue;
        const char *s = NULL;
        if (l->n > 2 && (unsigned char)l->s[0] == 0xC2 && (unsigned char)l->s[1] == 0xA9) s = l->s + 2;
        else if (l->n > 10 && !strncmp(l->s, "Copyright ", 10)) {
            s = l->s + 10;
            if (l->s + l->n - s > 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA9) s += 2;
        }
        if (!s) continue;
        size_t n = (size_t)(l->s + l->n - s);
        if (clean_name(&s, &n)) {
            doc_set_field(d, &d->pub.outlet, s, n, l->s, l->n, "credit");
            return;
        }
    }
}
