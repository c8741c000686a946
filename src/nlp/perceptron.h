/* perceptron.h — averaged perceptron over hashed features.
 *
 * Features are 64-bit hashes built with the fh_* helpers from precomputed
 * word hashes, so nothing is formatted as text at run time.  Training keeps
 * a sparse row (class -> weight) per feature with lazy averaging; the
 * finished model keeps the averaged weights quantised to int16 in an open
 * addressing table that is read straight out of the mapped model file. */
#ifndef DYAD_NLP_PERCEPTRON_H
#define DYAD_NLP_PERCEPTRON_H

#include <stddef.h>
#include <stdint.h>

#include "nlp/model_file.h"

/* ---- feature hashing ---- */

static inline uint64_t fh_mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}
static inline uint64_t fh1(uint32_t tpl, uint64_t a) { return fh_mix(a ^ ((uint64_t)(tpl + 1) * 0x9E3779B97F4A7C15ULL)); }
/* Combinations: the parts are already well-mixed hashes, so one final mix
 * of their odd-multiplier sum is enough (and halves the cost). */
static inline uint64_t fh2(uint32_t tpl, uint64_t a, uint64_t b)
{
    return fh_mix(a * 0xC2B2AE3D27D4EB4FULL + b * 0x165667B19E3779F9ULL + (uint64_t)(tpl + 1) * 0x9E3779B97F4A7C15ULL);
}
static inline uint64_t fh3(uint32_t tpl, uint64_t a, uint64_t b, uint64_t c)
{
    return fh_mix(a * 0xC2B2AE3D27D4EB4FULL + b * 0x165667B19E3779F9ULL + c * 0x27D4EB2F165667C5ULL +
                  (uint64_t)(tpl + 1) * 0x85EBCA77C2B2AE63ULL);
}
/* Hash of a byte string (also used for word identities). */
uint64_t fh_str(const char *s, size_t n);

/* ---- the trained model (read-only) ---- */

typedef struct pc_model {
    uint32_t nclass;
    uint32_t nslots;            /* slot count (about 4/3 of the features) */
    const uint32_t *slots;      /* per slot: key (0 = empty), offset << 8 | count */
    /* Weight rows, in 16-bit units.  A sparse row (count > 0) is count
     * weights followed by their count classes in one byte each (padded to
     * a whole unit): three bytes a weight instead of four, so the table is
     * smaller and more rows sit in one cache line.  A dense row (count 0)
     * is nclass weights, used for features that touch many classes so the
     * sum vectorises, and for every feature of a model of more than 256
     * classes. */
    const int16_t *w16;
    uint32_t n16;
    float scale;                /* weight = w / scale */
    const char **classes;       /* class names (owned array, strings in the file) */
    void *owned;                /* memory to free when built in memory */
} pc_model;

/* Width of a dense row and of a score array: the class count rounded up
 * to a multiple of 8, so the dense sum runs in whole vector steps. */
static inline uint32_t pc_width(uint32_t nclass) { return (nclass + 7) & ~7u; }
/* Length of a sparse row of cnt weights, in 16-bit units. */
static inline uint32_t pc_sparse_units(uint32_t cnt) { return cnt + (cnt + 1) / 2; }
/* First slot of a hash: range reduction, so any slot count works. */
static inline uint32_t pc_slot(uint64_t h, uint32_t nslots) { return (uint32_t)(((uint64_t)(uint32_t)h * nslots) >> 32); }
/* Sum the weights of features f[0..n) into scores[0..nclass); scores must
 * have room for pc_width(nclass) values. */
void pc_score(const pc_model *m, const uint64_t *f, size_t n, int32_t *scores);
/* Index of the highest of scores[0..n), the lowest index on a tie (as a
 * scan with ">" from 0 finds it).  scores must have room for pc_width(n)
 * values: the padding past n is overwritten. */
uint32_t pc_argmax(int32_t *scores, uint32_t n);
/* Load "<prefix>params", "<prefix>slots", "<prefix>weights", "<prefix>classes";
 * every offset and class is checked.  0 on success. */
int pc_model_load(pc_model *m, const model_file *f, const char *prefix, char *err, size_t err_size);
void pc_model_write(const pc_model *m, model_writer *w, const char *prefix);

void pc_model_free(pc_model *m);
/* Index of a class name, or -1. */
int pc_class_index(const pc_model *m, const char *name);

/* ---- training ---- */

typedef struct pct pct;

pct *pct_new(uint32_t nclass);
void pct_free(pct *t);
/* Scores with the current (not averaged) weights. */
void pct_score(const pct *t, const uint64_t *f, size_t n, float *scores);
/* Reward `truth` and penalise `guess` on features f (no-op if equal). */
void pct_update(pct *t, const uint64_t *f, size_t n, uint32_t truth, uint32_t guess);
/* Add d to class cls on features f (structured updates, where the truth
 * and the guess were scored on different features). */
void pct_add(pct *t, const uint64_t *f, size_t n, uint32_t cls, float d);
/* Count one training instance (the clock of the averaging). */
void pct_tick(pct *t);
/* The averaged model.  Features that took part in fewer than min_updates
 * updates are dropped (rare features cost space and generalise badly), and
 * so are weights that quantise to zero.  class_names are copied. */
void pct_average(const pct *t, const char *const *class_names, unsigned min_updates, pc_model *out);
size_t pct_feature_count(const pct *t);
/* The averaged model of k trainers together: the mean of their averaged
 * weights (each pruned by min_updates as pct_average would), one model
 * that scores as the sum of theirs. */
void pct_average_sum(const pct *const *ts, size_t k, const char *const *class_names, unsigned min_updates,
                     pc_model *out);

#endif
