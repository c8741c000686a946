/* word_table.h — a small per-word value (12 bits) looked up by a word's
 * lowercase hash: the storage of the tagger's WordNet classes
 * (nlp/wordnet.h) and of the distributional word clusters
 * (nlp/clusters.h), sections of tagger.bin and ner.bin.
 *
 * A section is a sorted array of 64-bit keys, one per word: the word's
 * lowercase hash (fh_str, as wordfeat.lower) with its low WT_VALUE_BITS bits
 * replaced by the value.  At load an index over the keys' top bits is built
 * (32,768 buckets), so a lookup reads about two cache lines. */
#ifndef DYAD_NLP_WORD_TABLE_H
#define DYAD_NLP_WORD_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nlp/model_file.h"
#include "nlp/wordfeat.h"

enum { WT_VALUE_BITS = 12, WT_BUCKET_BITS = 15 };
#define WT_VALUE_MASK ((uint64_t)((1u << WT_VALUE_BITS) - 1))

typedef struct word_table {
    const uint64_t *keys;  /* ascending, unique words */
    size_t count;
    uint32_t *start;       /* where each bucket's keys start (buckets + 1 entries) */
} word_table;

static inline uint64_t word_table_key(uint64_t lower_hash, unsigned value)
{
    return (lower_hash & ~WT_VALUE_MASK) | (value & WT_VALUE_MASK);
}
/* Point t at keys[0..count) (sorted, unique words) and build its index;
 * returns -1 when they are not. */
int word_table_init(word_table *t, const uint64_t *keys, size_t count);
/* Section `name` of f; a malformed section is refused with a message in
 * err.  A missing one is refused too, saying `missing_hint`, unless
 * missing_hint is NULL: then the section is optional and t is left empty. */
int word_table_load(word_table *t, const model_file *f, const char *name, const char *missing_hint, char *err,
                    size_t err_size);
void word_table_free(word_table *t);
/* The value of the word with lowercase hash h (0: not listed).  An empty
 * table (all zero) answers 0 for every word. */
unsigned word_table_get(const word_table *t, uint64_t h);
/* The value of a token's word, else of the part after its last inner
 * hyphen ("peace-loving" -> loving; *from_tail says which), else 0. */
unsigned word_table_get_word(const word_table *t, const wordfeat *f, bool *from_tail);

#endif
