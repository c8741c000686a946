/* test_punct_pairs.c — quotation marks and brackets follow the head of what
 * they enclose once a sentence is parsed, and nothing else moves: not
 * unpaired marks, not a pair around two phrases, not a mark with
 * dependents; a long run of marks stays linear and safe. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nlp/punct_pairs.h"
#include "test.h"

enum { PUNCT = 7, OTHER = 3, MAXN = 32 };

/* Words of a sentence split on spaces; the ones that are only punctuation
 * are marks.  labels: PUNCT for those, OTHER for words. */
static size_t load(const char *text, uint8_t *mark, int *labels)
{
    size_t n = 0;
    const char *p = text;
    while (*p && n < MAXN) {
        while (*p == ' ') p++;
        if (!*p) break;
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        int punct = strspn(p, "()[]\"',.!?-") >= len || (len == 3 && (unsigned char)p[0] == 0xe2);
        mark[n] = punct ? punct_pair_mark(p, len) : PM_WORD;
        labels[n] = punct ? PUNCT : OTHER;
        n++;
        p += len;
    }
    return n;
}

static void attach(const char *text, int *heads)
{
    uint8_t mark[MAXN];
    int labels[MAXN];
    size_t n = load(text, mark, labels);
    void *scratch = malloc(punct_pairs_bytes(n));
    punct_pairs_attach(mark, labels, PUNCT, n, heads, scratch);
    free(scratch);
}

TEST(punct_pairs_quotes_follow_the_quoted_clause)
{
    /*            0   1    2 3  4    5  6 7 */
    const char *s = "He said \" we will go \" .";
    /* the parser hung the opening quote on "said" and the closing on "go"'s
     * subject: both belong to "go", the head of the quotation */
    int heads[] = {1, -1, 1, 5, 5, 1, 3, 1};
    attach(s, heads);
    CHECK_INT_EQ(heads[2], 5);
    CHECK_INT_EQ(heads[6], 5);
    CHECK_INT_EQ(heads[7], 1); /* the full stop is no pair mark */
    CHECK_INT_EQ(heads[5], 1);
}

TEST(punct_pairs_curly_quotes_and_nested_brackets)
{
    /*                0      1 2    3 4     5 6 7 */
    const char *s = "Kyiv ( AFP [ wire ] ) \xe2\x80\x9c";
    int heads[] = {-1, 0, 0, 4, 2, 0, 2, 0};
    attach(s, heads);
    CHECK_INT_EQ(heads[3], 4); /* [ wire ] around "wire" */
    CHECK_INT_EQ(heads[5], 4);
    CHECK_INT_EQ(heads[1], 2); /* ( ... ) around "AFP", which heads "wire" */
    CHECK_INT_EQ(heads[6], 2);
    CHECK_INT_EQ(heads[7], 0); /* an opening quote with no partner stays */
}

TEST(punct_pairs_leave_what_is_not_one_phrase)
{
    /* two enclosed words with heads outside: the pair is no phrase */
    const char *s = "a ( b c ) d";
    int heads[] = {-1, 5, 0, 5, 0, 0};
    int want[] = {-1, 5, 0, 5, 0, 0};
    attach(s, heads);
    CHECK(memcmp(heads, want, sizeof want) == 0);
    /* a closing mark that heads a word is not moved (a leaf would stay a leaf) */
    const char *t = "x ( y ) z";
    int h2[] = {-1, 0, 0, 0, 3};
    attach(t, h2);
    CHECK_INT_EQ(h2[1], 0);
    CHECK_INT_EQ(h2[3], 0);
    /* a closing bracket without its opening one */
    const char *u = "x y ) z";
    int h3[] = {-1, 0, 1, 0};
    attach(u, h3);
    CHECK_INT_EQ(h3[2], 1);
}

TEST(punct_pairs_only_marks_with_the_punct_relation_move)
{
    uint8_t mark[5];
    int labels[5];
    size_t n = load("\" yes \" he said", mark, labels);
    labels[2] = OTHER; /* the parser gave the closing quote another relation */
    int heads[] = {4, 4, 4, 4, -1};
    void *scratch = malloc(punct_pairs_bytes(n));
    punct_pairs_attach(mark, labels, PUNCT, n, heads, scratch);
    free(scratch);
    CHECK_INT_EQ(heads[0], 4);
    CHECK_INT_EQ(heads[2], 4);
}

/* 40,000 nested brackets around one word, and as many stray closing ones:
 * the pass must neither loop over every pair's whole span nor look past its
 * bounds, and it must finish fast. */
TEST(punct_pairs_long_runs_stay_linear)
{
    size_t half = 20000, n = 4 * half + 1;
    uint8_t *mark = malloc(n);
    int *labels = malloc(n * sizeof *labels), *heads = malloc(n * sizeof *heads);
    for (size_t i = 0; i < n; i++) {
        mark[i] = i < half ? punct_pair_mark("(", 1) : i == half ? PM_WORD : punct_pair_mark(")", 1);
        labels[i] = i == half ? OTHER : PUNCT;
        heads[i] = i == half ? -1 : (int)half;
    }
    /* The innermost pair hangs elsewhere (on the next opening bracket
     * out), so moving it shows; the outermost pair (0 and 2 * half) too,
     * and spanning 40,000 tokens it must stay. */
    heads[half - 1] = heads[half + 1] = (int)half - 2;
    heads[0] = heads[2 * half] = 1;
    void *scratch = malloc(punct_pairs_bytes(n));
    clock_t t0 = clock();
    punct_pairs_attach(mark, labels, PUNCT, n, heads, scratch);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(secs < 1.0);
    CHECK_INT_EQ(heads[half], -1);
    CHECK_INT_EQ(heads[half - 1], (int)half);
    CHECK_INT_EQ(heads[half + 1], (int)half);
    CHECK_INT_EQ(heads[0], 1);
    CHECK_INT_EQ(heads[2 * half], 1);
    free(scratch);
    free(mark);
    free(labels);
    free(heads);
}
