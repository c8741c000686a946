/* lexicon.c — string table: sorted counting at build time, hashed lookup
 * on the mapped bytes at run time. */
#include "nlp/lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fail.h"
#include "base/vec.h"
#include "nlp/perceptron.h"

static uint32_t hash32(const char *s, size_t n)
{
    uint32_t h = (uint32_t)(fh_str(s, n) >> 32);
    return h ? h : 1;
}

const char *lexicon_get(const lexicon *x, const char *key, size_t n)
{
    if (!x->slots) return NULL;
    uint32_t h = hash32(key, n), j = h & x->mask;
    for (uint32_t probe = 0; probe <= x->mask; probe++, j = (j + 1) & x->mask) {
        uint32_t k = x->slots[2 * j];
        if (k == 0) return NULL;
        if (k != h) continue;
        uint32_t off = x->slots[2 * j + 1];
        const char *s = x->blob + off;
        /* The blob ends with NUL (checked at load), so a stored key shorter
         * than n differs from key before the end is reached. */
        if ((size_t)off + n < x->blob_size && memcmp(s, key, n) == 0 && s[n] == '\0') {
            size_t v = off + n + 1;
            return v < x->blob_size ? x->blob + v : NULL;
        }
    }
    return NULL;
}

int lexicon_load(lexicon *x, const model_file *f, const char *prefix, char *err, size_t err_size)
{
    memset(x, 0, sizeof *x);
    char name[32];
    size_t ssize, bsize;
    snprintf(name, sizeof name, "%sslots", prefix);
    const uint32_t *slots = model_file_section(f, name, &ssize);
    snprintf(name, sizeof name, "%sblob", prefix);
    const char *blob = model_file_section(f, name, &bsize);
    const char *why = NULL;
    size_t nslots = ssize / 8;
    if (!slots || !blob) why = "missing section";
    else if (nslots == 0 || (nslots & (nslots - 1)) || ssize % 8) why = "bad slot table";
    else if (bsize == 0 || blob[bsize - 1] != '\0') why = "bad string blob";
    else {
        size_t empty = 0;
        for (size_t j = 0; j < nslots; j++) {
            if (slots[2 * j] == 0) empty++;
            else if (slots[2 * j + 1] >= bsize) { why = "slot outside the blob"; break; }
        }
        if (!why && !empty) why = "slot table full";
    }
    if (why) {
        if (err && err_size) snprintf(err, err_size, "corrupt model (%stable: %s)", prefix, why);
        return -1;
    }
    x->slots = slots;
    x->mask = (uint32_t)nslots - 1;
    x->blob = blob;
    x->blob_size = bsize;
    return 0;
}

void lexb_add(lexicon_builder *b, const char *key, size_t klen, const char *value)
{
    buf_append(&b->pairs, key, klen);
    buf_putc(&b->pairs, '\x02');
    buf_append(&b->pairs, value, strlen(value) + 1);
    b->count++;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

size_t lexb_write(lexicon_builder *b, model_writer *w, const char *prefix, char rare_prefix, unsigned min_count)
{
    char **recs = xmalloc((b->count ? b->count : 1) * sizeof *recs);
    char *p = b->pairs.data;
    for (size_t i = 0; i < b->count; i++) {
        recs[i] = p;
        p += strlen(p) + 1;
    }
    qsort(recs, b->count, sizeof *recs, cmp_str);
    buf blob = BUF_INIT;
    buf_putc(&blob, '\0'); /* offset 0 is never a record */
    VEC(uint32_t) offs = {0};
    VEC(uint32_t) hashes = {0};
    size_t i = 0;
    while (i < b->count) {
        const char *sep = strchr(recs[i], '\x02');
        size_t klen = (size_t)(sep - recs[i]);
        /* Runs of equal key; inside, runs of equal value (sorted). */
        const char *best = NULL;
        size_t best_n = 0, j = i;
        while (j < b->count && strncmp(recs[j], recs[i], klen + 1) == 0) {
            size_t k = j;
            while (k < b->count && strcmp(recs[k], recs[j]) == 0) k++;
            if (k - j > best_n) { best_n = k - j; best = strchr(recs[j], '\x02') + 1; }
            j = k;
        }
        if (best_n >= (recs[i][0] == rare_prefix ? min_count : 1)) {
            uint32_t off = (uint32_t)blob.len;
            buf_append(&blob, recs[i], klen);
            buf_putc(&blob, '\0');
            buf_append(&blob, best, strlen(best) + 1);
            VEC_PUSH(&offs, off);
            VEC_PUSH(&hashes, hash32(recs[i], klen));
        }
        i = j;
    }
    size_t n = offs.count, nslots = 16;
    while (nslots < n * 2 + 1) nslots *= 2;
    uint32_t *slots = xcalloc(nslots * 2, sizeof *slots);
    for (size_t k = 0; k < n; k++) {
        size_t j = hashes.items[k] & (nslots - 1);
        while (slots[2 * j]) j = (j + 1) & (nslots - 1);
        slots[2 * j] = hashes.items[k];
        slots[2 * j + 1] = offs.items[k];
    }
    char name[32];
    snprintf(name, sizeof name, "%sslots", prefix);
    model_writer_add(w, name, slots, nslots * 8);
    snprintf(name, sizeof name, "%sblob", prefix);
    model_writer_add(w, name, blob.data, blob.len);
    free(slots);
    free(recs);
    buf_free(&blob);
    VEC_FREE(&offs);
    VEC_FREE(&hashes);
    return n;
}

void lexb_free(lexicon_builder *b) { buf_free(&b->pairs); b->count = 0; }
