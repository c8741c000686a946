/* tokens_joined.h — the tokenizer's output as one string, for tests that
 * compare it with the cuts the treebanks make. */
#ifndef DYAD_TESTS_TOKENS_JOINED_H
#define DYAD_TESTS_TOKENS_JOINED_H

#include <string.h>

#include "nlp/tokenize.h"

/* The tokens of s joined by "|" (static buffer, one call at a time). */
static inline const char *toks(const char *s)
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

#endif
