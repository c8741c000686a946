/* clusters.h — distributional word clusters: which words occur in similar
 * contexts in a large corpus, as a three-level path through a tree of
 * clusters (16 top clusters, each split in 16, each of those in 8).
 *
 * The clusters are made at training time (clusters_build.c) from word
 * vectors trained elsewhere on billions of words (GloVe 6B, 100
 * dimensions, public domain; tools/fetch_vectors.sh), by spherical k-means
 * at each level, and stored in ner.bin as section "ner.clusters", a
 * word_table (nlp/word_table.h) whose values are the paths.  Run time only
 * reads that section.  A word the training data never showed still has a
 * cluster ("trivandrum" near other Indian cities, "accenture" near other
 * firms), which the entity recogniser reads as features, with the path's
 * prefixes as coarser classes (Turian et al. 2010). */
#ifndef DYAD_NLP_CLUSTERS_H
#define DYAD_NLP_CLUSTERS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "nlp/model_file.h"
#include "nlp/wordfeat.h"
#include "nlp/word_table.h"

#define CLUSTERS_SECTION "ner.clusters"
#define CLUSTERS_DEFAULT_FILE "build/vectors/glove-6b-100d.txt"
/* Words clustered when the caller does not say: the most frequent 100,000. */
enum { CLUSTERS_DEFAULT_WORDS = 100000 };
/* A path: CL_PRESENT, then 4 bits of top cluster, 4 of middle, 3 of leaf.
 * 0 is "no vector", distinct from every path and every prefix. */
enum { CL_PRESENT = 0x800, CL_TOP_SHIFT = 7, CL_MID_SHIFT = 3, CL_TOP_K = 16, CL_MID_K = 16, CL_LEAF_K = 8 };
static inline uint32_t cl_top(uint32_t cl) { return cl >> CL_TOP_SHIFT; }
static inline uint32_t cl_mid(uint32_t cl) { return cl >> CL_MID_SHIFT; }

/* The CLUSTERS_SECTION of a recogniser file.  A file without it (trained
 * before the clusters, or with --vectors none) gives an empty table: every
 * word "no vector".  A malformed one is refused with a message in err. */
int clusters_load(word_table *c, const model_file *f, char *err, size_t err_size);
/* Set f->cl from f->lower, falling back on the part after the last inner
 * hyphen ("peace-loving" -> loving). */
void clusters_fill(const word_table *c, wordfeat *f);

/* Training: the keys (sorted, unique, malloc'd) from a text file of word
 * vectors, one word per line followed by its numbers ("the 0.04 -0.2 ..."),
 * most frequent words first; the first max_words (0: CLUSTERS_DEFAULT_WORDS)
 * are clustered.  Words are keyed in lowercase (of "Paris" and "paris" the
 * earlier stays); words of 64 bytes or more and zero vectors are skipped;
 * a line with another count of numbers, or one that is not finite,
 * refuses the file.  The result
 * depends on the file and the seed only.  0 with a message in err when the
 * file cannot be read or is malformed. */
size_t clusters_build(const char *path, size_t max_words, uint64_t seed, uint64_t **out, FILE *log, char *err,
                      size_t err_size);

/* The reader clusters_build uses, for the window scorer (ner_window.h):
 * the first max_words vectors of the file scaled to unit length (*x, n x
 * *dim) and their words' lowercase hashes (*hash), both malloc'd; returns
 * n, 0 with a message in err when the file cannot be read or is malformed. */
size_t vectors_read(const char *path, size_t max_words, float **x, uint64_t **hash, size_t *dim, char *err,
                    size_t err_size);

#endif
