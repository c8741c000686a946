/* wordnet.c — run-time side of the WordNet word classes: checking the
 * section at load and looking words up (see wordnet.h). */
#include "nlp/wordnet.h"

#include <stdlib.h>
#include <string.h>

#include "base/fail.h"

static inline size_t bucket_of(uint64_t key) { return (size_t)(key >> (64 - WN_BUCKET_BITS)); }

int wordnet_init(wordnet *w, const uint64_t *keys, size_t count)
{
    memset(w, 0, sizeof *w);
    if (count > UINT32_MAX) return -1;
    for (size_t i = 1; i < count; i++)
        if ((keys[i - 1] & ~WN_KEY_MASK) >= (keys[i] & ~WN_KEY_MASK)) return -1;
    size_t nb = (size_t)1 << WN_BUCKET_BITS;
    w->start = xmalloc((nb + 1) * sizeof *w->start);
    size_t k = 0;
    for (size_t b = 0; b <= nb; b++) {
        while (k < count && bucket_of(keys[k]) < b) k++;
        w->start[b] = (uint32_t)k;
    }
    w->keys = keys;
    w->count = count;
    return 0;
}

int wordnet_load(wordnet *w, const model_file *f, char *err, size_t err_size)
{
    memset(w, 0, sizeof *w);
    size_t size = 0;
    const uint64_t *keys = model_file_section(f, WORDNET_SECTION, &size);
    const char *why = NULL;
    if (!keys) why = "missing; retrain the tagger";
    else if (size % sizeof *keys) why = "size is no whole number of keys";
    else if (wordnet_init(w, keys, size / sizeof *keys) != 0) why = "keys out of order";
    if (why) {
        if (err && err_size) snprintf(err, err_size, "corrupt model (%s: %s)", WORDNET_SECTION, why);
        wordnet_free(w);
        return -1;
    }
    return 0;
}

void wordnet_free(wordnet *w)
{
    free(w->start);
    memset(w, 0, sizeof *w);
}

unsigned wordnet_classes(const wordnet *w, uint64_t h)
{
    if (!w->start) return 0;
    uint64_t want = h & ~WN_KEY_MASK;
    size_t b = bucket_of(h);
    for (uint32_t i = w->start[b], end = w->start[b + 1]; i < end; i++) {
        uint64_t k = w->keys[i] & ~WN_KEY_MASK;
        if (k == want) return (unsigned)(w->keys[i] & WN_KEY_MASK);
        if (k > want) break;
    }
    return 0;
}

void wordnet_fill(const wordnet *w, wordfeat *f)
{
    f->wn = wordnet_classes(w, f->lower);
    if (!f->wn && f->tail != WF_UNSEEN) {
        unsigned t = wordnet_classes(w, f->tail ^ WF_TAIL_SALT);
        if (t) f->wn = t | WN_FROM_TAIL;
    }
    if (f->amb == WF_UNSEEN && f->wn) f->amb = wordnet_amb(f->wn);
}
