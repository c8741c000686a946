/* test_tokenize_web.c — the tokenizer on the writing of the web (mail,
 * forums, reviews), cut the way the English Web Treebank cuts it: closing
 * quotes after words, censored words, numbers glued to units and ranges,
 * abbreviations glued to the next word.  Each rule here was counted on EWT
 * train before it was kept (docs/NLP.md). */
#include <stdlib.h>

#include "nlp/segment.h"
#include "nlp/tokenize.h"
#include "test.h"

/* The tokens of s joined by "|" (static buffer, one call at a time). */
static const char *toks(const char *s)
{
    static char out[4096];
    nlp_tok_vec v = {0};
    nlp_tokenize(s, 0, strlen(s), &v);
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < v.count && n + 2 < sizeof out; i++) {
        size_t len = v.items[i].end - v.items[i].start;
        if (n + len + 2 >= sizeof out) break;
        if (i) out[n++] = '|';
        memcpy(out + n, s + v.items[i].start, len);
        n += len;
        out[n] = '\0';
    }
    VEC_FREE(&v);
    return out;
}

/* Whether the written word a (no space) then b is one multiword token. */
static int one_written_word(const char *a, const char *b)
{
    dyad_token x = {0}, y = {0};
    x.form = a;
    x.span.start = 0;
    x.span.end = (uint32_t)strlen(a);
    y.form = b;
    y.span.start = x.span.end;
    y.span.end = y.span.start + (uint32_t)strlen(b);
    return nlp_same_written_word(&x, &y);
}

TEST(tokenize_web_closing_quote_is_no_clitic)
{
    /* "'Electric' blanket": the quote closes, the word stays one token. */
    CHECK(!one_written_word("Electric", "'"));
    CHECK(!one_written_word("friend", "\u2019"));
    /* the possessive of a plural, and of a name ending in s, x or z, is */
    CHECK(one_written_word("payers", "'"));
    CHECK(one_written_word("Essex", "'"));
    CHECK(one_written_word("did", "n't"));
    CHECK(one_written_word("Bush", "'s"));
    CHECK(one_written_word("mama", "`s"));
}

TEST(tokenize_web_mail_links_stay_whole)
{
    CHECK_STR_EQ(toks("write to <mailto:jo.ann@example.com>, please"),
                 "write|to|<|mailto:jo.ann@example.com|>|,|please");
    CHECK_STR_EQ(toks("mailto: me"), "mailto|:|me");
}
