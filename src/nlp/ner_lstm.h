/* ner_lstm.h — a bidirectional LSTM scorer under the entity recogniser,
 * beside the window scorer (ner_window.h): every token of the sentence is
 * read as its reduced word vector (the window scorer's keys and 4-bit
 * vectors), an unknown mark, its shape and whether it opens the sentence;
 * one LSTM runs left to right, another right to left, and a softmax over
 * the recogniser's BIO classes reads, for a token, the forward state
 * before it and the backward state after it (`context`: the scorer never
 * sees the word it judges, only the sentence around it, which the
 * recogniser's own features do not reach) or the token's own two states.
 * Its best class and confidence fill wordfeat.nl as the window scorer's
 * fill wordfeat.nw, read by the same five templates (set 7).
 *
 * Stored in ner.bin as NW_KEYS_SECTION and NW_VECS_SECTION (ner_window.h,
 * shared with the window scorer) and:
 *   NL_NET_SECTION  nl_header, then float32, for the forward then the
 *                   backward direction: wx[in][4 x hidden], wh[hidden][4 x
 *                   hidden], b[4 x hidden] (gates input, forget, cell,
 *                   output, hidden units each); then wo[nclass][2 x hidden]
 *                   (forward state first), bo[nclass]
 * Every size and number is checked at load; a mismatch refuses the file. */
#ifndef DYAD_NLP_NER_LSTM_H
#define DYAD_NLP_NER_LSTM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "nlp/model_file.h"
#include "nlp/ner_window.h"
#include "nlp/wordfeat.h"

#define NL_NET_SECTION "ner.lstm.net"
enum {
    NL_EXTRA = 7,                    /* unknown, five shapes, sentence-first */
    NL_MAX_HIDDEN = 64,              /* a multiple of 4 */
    NL_MAX_IN = NW_MAX_DIM + NL_EXTRA,
    NL_GATE_CAPITALISED = 0,         /* wordfeat.nl for capitalised tokens, as the window scorer nw */
    NL_GATE_ALL = 1,                 /* for every token */
    NL_VERSION = 1
};

typedef struct nl_header {
    uint32_t version, dim, hidden, nclass, in, gate;
    float scale;                     /* a vector component is (nibble - 8) x scale */
    uint32_t context;                /* 1: a token's class from the states around it only (the
                                        forward state before it, the backward state after it) */
} nl_header;

typedef struct ner_lstm {
    const uint32_t *keys;            /* NULL: no scorer */
    size_t count;
    const uint8_t *vecs;
    uint32_t dim, hidden, nclass, in, gate, context;
    float scale;
    const float *wx[2], *wh[2], *b[2], *wo, *bo;
    bool narrow;                     /* four lanes even where AVX2 would give eight (the same numbers; tests) */
} ner_lstm;

/* The scorer of a recogniser file with nclass classes: none (all zero,
 * returns 0) when NL_NET_SECTION is absent; -1 with the reason in err when
 * it is malformed, made for another class count, or without the keys and
 * vectors. */
int ner_lstm_load(ner_lstm *l, const model_file *f, uint32_t nclass, char *err, size_t err_size);
/* Floats of a net of `in` inputs, `hidden` units a direction. */
size_t nl_floats(uint32_t in, uint32_t hidden, uint32_t nclass);
/* Point l's weight pointers into w (nl_floats of them). */
void nl_bind(ner_lstm *l, const float *w);
/* The inputs of token i that are not zero (room for NL_MAX_IN); idx: its
 * nw-style lookup in l->keys, -1 for an unknown word. */
size_t nl_input(const ner_lstm *l, const wordfeat *wf, size_t i, long idx, uint16_t *ki, float *kv);
/* One step of direction d: gates (4 x hidden, after their activations),
 * c, tanh(c) and h from the inputs and the previous state (hprev, cprev
 * NULL at the sentence's edge). */
void nl_step(const ner_lstm *l, int d, const uint16_t *ki, const float *kv, size_t nz, const float *hprev,
             const float *cprev, float *gates, float *c, float *tc, float *h);
/* Class probabilities (nclass) of a token from its two states. */
void nl_output(const ner_lstm *l, const float *hf, const float *hb, float *p);
/* Whether token i gets wordfeat.nl. */
bool nl_gated(const ner_lstm *l, const wordfeat *wf, size_t n, size_t i);
/* wf[i].nl for a sentence, as ner_window_fill fills wf[i].nw (all 0
 * without a scorer). Any length: the backward states are kept on the heap
 * past 128 tokens. */
void ner_lstm_fill(const ner_lstm *l, wordfeat *wf, size_t n);

/* ---- training (train_ner_lstm.c) ---- */

/* Cross-entropy of a sentence against its gold classes (negative: O) over
 * every token, its gradient added to g (laid out as l's weights). */
double nl_gradient(const ner_lstm *l, const wordfeat *wf, const int *gold, size_t n, float *g);

/* How the scorer is trained. */
typedef struct nl_options {
    uint32_t hidden;                 /* units a direction (rounded up to a multiple of 4) */
    uint32_t gate;                   /* NL_GATE_CAPITALISED or NL_GATE_ALL */
    uint32_t context;                /* nl_header.context */
    int epochs;
} nl_options;
/* As nw_train, for a bidirectional LSTM. */
void *nl_train(const nw_vectors *v, struct tcorpus *train, struct tcorpus *dev, uint32_t nclass, const nl_options *o,
               int folds, uint64_t seed, FILE *log, size_t *size);

#endif
