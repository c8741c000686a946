/* ner_window.h — a small neural window scorer under the entity recogniser
 * (stacking): for a capitalised token it reads the two words
 * either side as dense word vectors (GloVe reduced by PCA, int8) with
 * their capitalisation shapes, and gives a softmax over the recogniser's
 * BIO classes through one hidden layer.  The recogniser reads its best
 * class and how sure it is (wordfeat.nw) as features, so a name the
 * training data never showed is judged by the words it resembles, not
 * only by its cluster.
 *
 * Stored in ner.bin in three sections, all present or all absent (a file
 * without them decodes exactly as before):
 *   NW_KEYS_SECTION  uint32 keys, strictly ascending: the top 32 bits of
 *                    a word's lowercase hash (wordfeat.lower)
 *   NW_VECS_SECTION  count x dim / 2 bytes, the word's reduced vector in
 *                    4-bit steps, two components a byte (low nibble
 *                    first): (nibble - 8) x scale is the component
 *   NW_NET_SECTION   nw_header, then float32 w1t[in][hidden], b1[hidden],
 *                    w2[nclass][hidden], b2[nclass]
 * Every size and number is checked at load; a mismatch refuses the file. */
#ifndef DYAD_NLP_NER_WINDOW_H
#define DYAD_NLP_NER_WINDOW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "nlp/model_file.h"
#include "nlp/wordfeat.h"

#define NW_KEYS_SECTION "ner.win.keys"
#define NW_VECS_SECTION "ner.win.vecs"
#define NW_NET_SECTION "ner.win.net"
enum {
    NW_WINDOW = 2,          /* words each side */
    NW_POSITIONS = 2 * NW_WINDOW + 1,
    NW_EXTRA = 8,           /* per position: unknown, outside, five shapes, sentence-first */
    NW_MAX_DIM = 64, NW_MAX_HIDDEN = 256, /* hidden: a multiple of 8 */ NW_MAX_CLASSES = 16,
    NW_MAX_IN = NW_POSITIONS * (NW_MAX_DIM + NW_EXTRA),
    NW_BUCKETS = 4,         /* confidence of the best class: < 0.5, < 0.7, < 0.9, more */
    NW_VERSION = 1
};

typedef struct nw_header {
    uint32_t version, dim, hidden, nclass, window;
    float scale;            /* a component is (nibble - 8) x scale */
} nw_header;

typedef struct ner_window {
    const uint32_t *keys;   /* NULL: no scorer */
    size_t count;
    const uint8_t *vecs;    /* dim / 2 bytes a word */
    uint32_t dim, hidden, nclass, in;
    float scale;
    const float *w1t, *b1, *w2, *b2;
} ner_window;

/* The scorer of a recogniser file with nclass classes: none (all zero,
 * returns 0) when the sections are absent; -1 with the reason in err when
 * they are malformed, partial, or made for another class count. */
int ner_window_load(ner_window *w, const model_file *f, uint32_t nclass, char *err, size_t err_size);

/* The checks both scorers' loaders end with (ner_lstm.h shares the keys):
 * the count keys strictly increasing and the floats weights finite.  NULL,
 * or why not. */
const char *nw_check_tables(const uint32_t *keys, size_t count, const float *weights, size_t floats);
/* Key of a word: the top bits of its lowercase hash. */
static inline uint32_t nw_key(uint64_t lower) { return (uint32_t)(lower >> 32); }
/* Index of the word with lowercase hash `lower` in w->keys, or -1. */
long nw_lookup(const ner_window *w, uint64_t lower);
/* Whether token i is scored: it is capitalised (or all capitals). */
bool nw_gated(const wordfeat *wf, size_t n, size_t i);
/* The inputs of token i that are not zero, as their indices ki[] and
 * values kv[] (room for NW_MAX_IN each; returns their count); win[q]:
 * nw_lookup of token i + q - NW_WINDOW (anything outside the sentence).
 * Per position: the word's vector (dim), unknown, outside, five shapes,
 * sentence-first. */
size_t nw_input(const ner_window *w, const wordfeat *wf, size_t n, size_t i, const long *win, uint16_t *ki,
                float *kv);
/* Five shapes: lowercase, Capitalised, ALL CAPITALS, with digits, other. */
int nw_shape(const wordfeat *f);
/* Hidden layer (h: w->hidden floats) and class probabilities (p: w->nclass)
 * of the inputs nw_input gave. */
void nw_forward(const ner_window *w, const uint16_t *ki, const float *kv, size_t nz, float *h, float *p);
/* wf[i].nw for a sentence: 1 + best * NW_BUCKETS + bucket for scored
 * tokens, 0 for the rest (and for every token without a scorer). */
void ner_window_fill(const ner_window *w, wordfeat *wf, size_t n);
static inline int nw_best(uint8_t nw) { return nw ? (nw - 1) / NW_BUCKETS : -1; }

/* ---- training (train_ner_window.c) ---- */

/* Epochs of each scorer, and jackknife folds for the training sentences. */
enum { NW_EPOCHS = 4, NW_FOLDS = 4 };

/* Reduced vectors of the max_words most frequent words of a vector file
 * (clusters.h's format), dim principal components (even: two a byte)
 * each scaled to unit variance and stored in 4-bit steps of a quarter of
 * a standard deviation (-2 to +1.75): 50,000 words of 16 components take
 * 0.6 MB with their keys, where int8 would take 1.0 MB. */
typedef struct nw_vectors {
    uint32_t *keys;
    uint8_t *vecs;
    size_t count;
    uint32_t dim;
    float scale;
} nw_vectors;
int nw_vectors_build(const char *path, size_t max_words, uint32_t dim, nw_vectors *out, FILE *log, char *err,
                     size_t err_size);
void nw_vectors_free(nw_vectors *v);
struct tcorpus;
/* Train the scorer on `train` (gold BIO classes); give every training
 * sentence the predictions of a scorer trained without its document's
 * fold (`folds` folds by document), and dev (may be NULL) those of the
 * scorer trained on all of train, so the recogniser learns to trust the
 * scorer as much as it deserves on new text.  Returns the net section
 * (malloc'd, *size bytes). */
void *nw_train(const nw_vectors *v, struct tcorpus *train, struct tcorpus *dev, uint32_t nclass, uint32_t hidden,
               int epochs, int folds, uint64_t seed, FILE *log, size_t *size);

#endif
