/* wordfeat.c — hashes of a token's form, lowercase, shape and affixes. */
#include "nlp/wordfeat.h"

#include <string.h>

#include "nlp/perceptron.h"

size_t wordfeat_lower(const char *form, size_t n, char *out, size_t cap)
{
    size_t k = n < cap - 1 ? n : cap - 1;
    for (size_t i = 0; i < k; i++) {
        char c = form[i];
        out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    out[k] = '\0';
    return k;
}

/* The lowercase form that words are hashed by: long tokens (URLs,
 * garbage) by their head.  low holds 256 bytes. */
static size_t hashed_lower(const char *form, size_t *n, char *low)
{
    if (*n > 200) *n = 200;
    return wordfeat_lower(form, *n, low, 256);
}

uint64_t wordfeat_lower_hash(const char *form, size_t n)
{
    char low[256];
    size_t ln = hashed_lower(form, &n, low);
    return fh_str(low, ln);
}

void wordfeat_compute(wordfeat *w, const char *form, size_t n)
{
    char low[256];
    size_t ln = hashed_lower(form, &n, low);
    w->form = fh_str(form, n);
    w->lower = fh_str(low, ln);

    /* Shape: X upper, x lower, d digit, other bytes as themselves (non-ASCII
     * as 'u'); runs longer than two collapse. */
    char shape[64];
    size_t sl = 0;
    char last = 0;
    int run = 0;
    uint32_t flags = 0;
    int upper = 0, letters = 0, digits = 0;
    for (size_t i = 0; i < n && sl < sizeof shape - 1; i++) {
        unsigned char c = (unsigned char)form[i];
        char s;
        if (c >= 'A' && c <= 'Z') { s = 'X'; upper++; letters++; }
        else if (c >= 'a' && c <= 'z') { s = 'x'; letters++; flags |= WF_HAS_LOWER; }
        else if (c >= '0' && c <= '9') { s = 'd'; digits++; }
        else if (c >= 0x80) { if ((c & 0xC0) == 0x80) continue; s = 'u'; flags |= WF_NON_ASCII; }
        else s = (char)c;
        if (s == '-') flags |= WF_HAS_HYPHEN;
        if (s == last) { if (++run > 2) continue; }
        else { last = s; run = 1; }
        shape[sl++] = s;
    }
    w->shape = fh_str(shape, sl);
    w->amb = WF_UNSEEN;
    w->caps = WF_UNSEEN;
    w->wn = 0;
    w->cl = 0;
    w->alt = 0;
    w->clause = 0;
    w->nw = 0;
    w->nl = 0;
    if (n && form[0] >= 'A' && form[0] <= 'Z') flags |= WF_UPPER_INITIAL;
    if (letters && upper == letters) flags |= WF_ALL_UPPER;
    if (digits) flags |= WF_HAS_DIGIT;
    if (digits && (size_t)digits == n) flags |= WF_ALL_DIGIT;
    if (!letters && !digits && n && !(flags & WF_NON_ASCII)) flags |= WF_PUNCT;
    w->flags = flags;

    /* Character boundaries (UTF-8) for affixes. */
    size_t starts[256];
    size_t nc = 0;
    for (size_t i = 0; i < ln; i++)
        if (((unsigned char)low[i] & 0xC0) != 0x80) starts[nc++] = i;
    for (int k = 1; k <= 3; k++) {
        size_t end = (size_t)k < nc ? starts[k] : ln;
        w->pre[k - 1] = fh_str(low, end) ^ (uint64_t)k * 0x1234567ULL;
    }
    for (int k = 1; k <= 5; k++) {
        size_t from = (size_t)k <= nc ? starts[nc - (size_t)k] : 0;
        w->suf[k - 1] = fh_str(low + from, ln - from) ^ (uint64_t)k * 0x7654321ULL;
    }
    /* A hyphenated word usually takes the tag of its last part ("self-driven",
     * "long-term", "ex-president"): the part after an inner hyphen. */
    w->tail = WF_UNSEEN;
    for (size_t i = ln; i > 1; i--)
        if (low[i - 1] == '-') {
            if (i < ln) w->tail = fh_str(low + i, ln - i) ^ WF_TAIL_SALT;
            break;
        }
}
