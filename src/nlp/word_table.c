/* word_table.c — checking a per-word table at load and looking words up
 * (see word_table.h). */
#include "nlp/word_table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fail.h"

static inline size_t bucket_of(uint64_t key) { return (size_t)(key >> (64 - WT_BUCKET_BITS)); }

int word_table_init(word_table *t, const uint64_t *keys, size_t count)
{
    memset(t, 0, sizeof *t);
    if (count > UINT32_MAX) return -1;
    for (size_t i = 1; i < count; i++)
        if ((keys[i - 1] & ~WT_VALUE_MASK) >= (keys[i] & ~WT_VALUE_MASK)) return -1;
    size_t nb = (size_t)1 << WT_BUCKET_BITS;
    t->start = xmalloc((nb + 1) * sizeof *t->start);
    size_t k = 0;
    for (size_t b = 0; b <= nb; b++) {
        while (k < count && bucket_of(keys[k]) < b) k++;
        t->start[b] = (uint32_t)k;
    }
    t->keys = keys;
    t->count = count;
    return 0;
}

int word_table_load(word_table *t, const model_file *f, const char *name, const char *missing_hint, char *err,
                    size_t err_size)
{
    memset(t, 0, sizeof *t);
    size_t size = 0;
    const uint64_t *keys = model_file_section(f, name, &size);
    const char *why = NULL;
    if (!keys && !missing_hint) return 0;
    if (!keys) why = missing_hint;
    else if (size % sizeof *keys) why = "size is no whole number of keys";
    else if (word_table_init(t, keys, size / sizeof *keys) != 0) why = "keys out of order";
    if (why) {
        if (err && err_size) snprintf(err, err_size, "corrupt model (%s: %s)", name, why);
        word_table_free(t);
        return -1;
    }
    return 0;
}

void word_table_free(word_table *t)
{
    free(t->start);
    memset(t, 0, sizeof *t);
}

unsigned word_table_get(const word_table *t, uint64_t h)
{
    if (!t->start) return 0;
    uint64_t want = h & ~WT_VALUE_MASK;
    size_t b = bucket_of(h);
    for (uint32_t i = t->start[b], end = t->start[b + 1]; i < end; i++) {
        uint64_t k = t->keys[i] & ~WT_VALUE_MASK;
        if (k == want) return (unsigned)(t->keys[i] & WT_VALUE_MASK);
        if (k > want) break;
    }
    return 0;
}

unsigned word_table_get_word(const word_table *t, const wordfeat *f, bool *from_tail)
{
    unsigned v = word_table_get(t, f->lower);
    *from_tail = false;
    if (!v && f->tail != WF_UNSEEN) {
        v = word_table_get(t, f->tail ^ WF_TAIL_SALT);
        *from_tail = v != 0;
    }
    return v;
}
