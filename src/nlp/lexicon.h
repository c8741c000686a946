/* lexicon.h — a read-only string-to-string table inside a model file
 * (lemmas, suffix rules, morphological features).  Keys are built by the
 * caller from parts joined with '\x01'. */
#ifndef DYAD_NLP_LEXICON_H
#define DYAD_NLP_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "nlp/model_file.h"

typedef struct lexicon {
    const uint32_t *slots;   /* per slot: hash (0 = empty), offset of "key\0value\0" */
    uint32_t mask;
    const char *blob;
    size_t blob_size;
} lexicon;

/* The value stored for key[0..n), or NULL. */
const char *lexicon_get(const lexicon *x, const char *key, size_t n);
int lexicon_load(lexicon *x, const model_file *f, const char *prefix, char *err, size_t err_size);

/* Building: add (key, value) observations, possibly repeated; the most
 * frequent value per key (ties: the first in byte order) is kept; keys
 * starting with the byte `rare_prefix` are kept only when that value was
 * seen at least min_count times (rules learnt from data need support). */
typedef struct lexicon_builder {
    buf pairs;        /* "key\x02value\0" records */
    size_t count;
} lexicon_builder;

void lexb_add(lexicon_builder *b, const char *key, size_t klen, const char *value);
/* Write sections "<prefix>slots" and "<prefix>blob"; returns entries kept. */
size_t lexb_write(lexicon_builder *b, model_writer *w, const char *prefix, char rare_prefix, unsigned min_count);
void lexb_free(lexicon_builder *b);

#endif
