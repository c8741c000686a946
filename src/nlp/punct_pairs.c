/* punct_pairs.c — quotation marks and brackets attached to the head of the
 * words they enclose, after parsing (punct_pairs.h). */
#include "nlp/punct_pairs.h"

#include <stdlib.h>
#include <string.h>

/* A pair longer than this is left as the parser made it: such a span is a
 * stray mark's, not a quotation's, and the bound keeps the work linear. */
enum { MAX_PAIR_SPAN = 400 };
/* How far down the stack of open marks a closing mark looks for its
 * partner, past marks of other families left open ("( a [ b )"). */
enum { MAX_SKIP = 8 };

enum { F_ROUND = 1, F_SQUARE, F_BRACE, F_DOUBLE, F_SINGLE, F_STRAIGHT, F_GUILLEMET };

static const struct {
    const char *form;
    uint8_t family, side;
} marks[] = {
    {"(", F_ROUND, PM_OPENS},
    {")", F_ROUND, PM_CLOSES},
    {"[", F_SQUARE, PM_OPENS},
    {"]", F_SQUARE, PM_CLOSES},
    {"{", F_BRACE, PM_OPENS},
    {"}", F_BRACE, PM_CLOSES},
    {"\xe2\x80\x9c", F_DOUBLE, PM_OPENS},  /* left double quotation mark */
    {"\xe2\x80\x9d", F_DOUBLE, PM_CLOSES}, /* right double quotation mark */
    {"``", F_DOUBLE, PM_OPENS},            /* as treebanks of the PTB tradition write them */
    {"''", F_DOUBLE, PM_CLOSES},
    {"\xe2\x80\x98", F_SINGLE, PM_OPENS},  /* left single quotation mark */
    {"\xe2\x80\x99", F_SINGLE, PM_CLOSES}, /* right single quotation mark (when tagged as punctuation) */
    {"\"", F_STRAIGHT, PM_OPENS | PM_CLOSES},
    {"\xc2\xab", F_GUILLEMET, PM_OPENS},
    {"\xc2\xbb", F_GUILLEMET, PM_CLOSES},
};

uint8_t punct_pair_mark(const char *form, size_t len)
{
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (strlen(marks[i].form) == len && memcmp(marks[i].form, form, len) == 0)
            return (uint8_t)(marks[i].family << 2 | marks[i].side);
    return PM_PUNCT;
}

typedef struct {
    int a, b; /* the opening and the closing mark */
} pair;

size_t punct_pairs_bytes(size_t n) { return n * 2 * sizeof(int) + (n / 2 + 1) * sizeof(pair); }

static int shorter_first(const void *x, const void *y)
{
    const pair *p = x, *q = y;
    int lp = p->b - p->a, lq = q->b - q->a;
    if (lp != lq) return lp < lq ? -1 : 1;
    return p->a < q->a ? -1 : p->a > q->a;
}

/* Pair the marks: a closing mark takes the nearest open mark of its family
 * (marks of other families opened after it stay unpaired); a straight
 * quote closes an open straight quote or opens one. */
static size_t find_pairs(const uint8_t *mark, size_t n, int *open, pair *pairs)
{
    size_t depth = 0, np = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t k = mark[i];
        if (k <= PM_PUNCT) continue;
        int family = k >> 2, side = k & 3;
        if (side & PM_CLOSES) {
            size_t j = depth, floor = depth > MAX_SKIP ? depth - MAX_SKIP : 0;
            while (j > floor && mark[open[j - 1]] >> 2 != family) j--;
            if (j > floor) {
                pairs[np++] = (pair){open[j - 1], (int)i};
                depth = j - 1;
                continue;
            }
        }
        if (side & PM_OPENS) open[depth++] = (int)i;
    }
    return np;
}

void punct_pairs_attach(const uint8_t *mark, const int *labels, int punct_label, size_t n, int *heads,
                        void *scratch)
{
    if (n < 3 || n > (size_t)1 << 28 || punct_label < 0) return;
    int *open = scratch, *kids = open + n;
    pair *pairs = (pair *)(kids + n);
    size_t np = find_pairs(mark, n, open, pairs);
    if (np == 0) return;
    memset(kids, 0, n * sizeof *kids);
    for (size_t i = 0; i < n; i++)
        if (heads[i] >= 0 && (size_t)heads[i] < n) kids[heads[i]]++;
    /* Innermost first, so an outer pair sees its inner marks settled. */
    qsort(pairs, np, sizeof *pairs, shorter_first);
    for (size_t p = 0; p < np; p++) {
        int a = pairs[p].a, b = pairs[p].b;
        if (b - a > MAX_PAIR_SPAN || kids[a] || kids[b] || labels[a] != punct_label || labels[b] != punct_label)
            continue;
        /* The enclosed word whose head lies outside the pair (the root's
         * head, -1, lies outside too); with two or more, the pair does not
         * enclose one phrase of the tree and stays as it is. */
        int top = -1, tops = 0;
        for (int x = a + 1; x < b && tops < 2; x++)
            if (mark[x] == PM_WORD && (heads[x] <= a || heads[x] >= b)) {
                top = x;
                tops++;
            }
        if (tops == 1) heads[a] = heads[b] = top;
    }
}
