/* boundary_train.h — training the learned sentence-boundary pass
 * (boundary.h) from a treebank's raw text: `dyad train --only boundary`. */
#ifndef DYAD_NLP_BOUNDARY_TRAIN_H
#define DYAD_NLP_BOUNDARY_TRAIN_H

#include <stdbool.h>
#include <stdio.h>

#include "base/vec.h"
#include "nlp/annotators.h"
#include "nlp/boundary.h"
#include "nlp/conllu.h"

/* One training gap: its features and whether the treebank starts a new
 * sentence there. */
typedef struct boundary_example {
    uint32_t first_feat, nfeat;
    uint8_t cut;
} boundary_example;

/* The gaps of one rule sentence in order, for scoring whole sentences:
 * the examples first_gap .. first_gap + ngaps - 1 of `gaps` (an example's
 * index, or -1 for a treebank boundary at a gap the pass never looks at),
 * and whether the treebank also has a boundary where the rules start and
 * end the sentence. */
typedef struct boundary_sentence {
    uint32_t first_gap, ngaps;
    uint8_t start_gold, end_gold;
} boundary_sentence;

typedef struct boundary_set {
    uint64_t *feats;
    size_t nfeats, feats_cap;
    boundary_example *ex;
    size_t count, cap;
    VEC(boundary_sentence) sentences;
    VEC(int32_t) gaps;
    size_t gold_sentences; /* treebank sentences of the text (0: unknown) */
} boundary_set;

/* Add the gaps of one sentence; gold_cut[i] says whether a sentence starts
 * after token i (i + 1 < n).  The rule sentence's own start and end count
 * as treebank boundaries (see boundary_set_ends). */
void boundary_set_add(boundary_set *s, const wordfeat *wf, const int *tags, size_t n, const uint8_t *gold_cut);
/* Whether the treebank has a boundary where the last sentence added
 * starts and where it ends. */
void boundary_set_ends(boundary_set *s, bool start_gold, bool end_gold);
void boundary_set_free(boundary_set *s);

/* Train for `epochs` (shuffled with seed), keep the epoch with the best
 * cut F1 on dev (or the last when dev is empty), then choose the threshold
 * that maximises the F1 of whole sentences on dev (of the cuts when dev
 * does not know its sentences).  The threshold is written to *threshold (weight
 * units) unless fixed_threshold is non-NULL, which is used instead.  Log
 * lines go to log (may be NULL). */
void boundary_train(const boundary_set *train, const boundary_set *dev, int epochs, uint64_t seed, unsigned min_updates,
                    const double *fixed_threshold, FILE *log, pc_model *out, double *threshold);

/* F1 of whole sentences on a set when every gap whose margin mg[i] (in
 * model units, one per example) exceeds thr is cut: a sentence counts when
 * the treebank has a boundary at both its ends and none inside.  The
 * threshold is chosen by it: a false cut inside a right sentence costs it
 * twice, which the F1 of the cuts alone does not see. */
double boundary_sentence_f1(const boundary_set *dev, const int32_t *mg, int64_t thr);

/* What the rules leave to the model, counted while building a set. */
typedef struct boundary_stats {
    size_t gold_sentences;  /* treebank sentences */
    size_t rule_sentences;  /* sentences of the rule splitter */
    size_t gaps;            /* token gaps inside rule sentences */
    size_t inner_gold;      /* treebank boundaries among those gaps */
} boundary_stats;

/* Rebuild the documents and paragraphs of treebank sentences ss[0..n)
 * from their "# text" ("# newdoc" / "# newpar" start new ones), split them
 * with the rules, tag each rule sentence with `tagger` (ambiguity classes
 * from lex, word classes from wn, as at run time) and add its gaps,
 * labelled by the treebank, to out. */
void boundary_set_from_treebank(boundary_set *out, const conllu_sentence *const *ss, size_t n, const pc_model *tagger,
                                const lexicon *lex, const word_table *wn, boundary_stats *st);

#endif
