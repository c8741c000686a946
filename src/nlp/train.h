/* train.h — training the tagger, lemmatizer, parser and entity recogniser
 * from CoNLL-U and IOB2 files (`dyad train`, tools/train.sh).
 *
 * Deterministic for a given seed (one thread, seeded shuffles); prints the
 * dev scores after every epoch and keeps the best epoch's averaged model. */
#ifndef DYAD_NLP_TRAIN_H
#define DYAD_NLP_TRAIN_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "nlp/annotators.h"
#include "nlp/conllu.h"
#include "nlp/ner_lstm.h"
#include "nlp/ner_window.h"

typedef struct train_options {
    const char *data_dir;   /* holds ud/ and ner/ (../shared/data) */
    const char *out_dir;    /* where tagger.bin, parser.bin, ner.bin go */
    uint64_t seed;
    int tagger_epochs, parser_epochs, ner_epochs;
    int parser_members;     /* perceptrons averaged into the parser (train_parser) */
    int tagger_members;     /* and into the tagger, its jackknife folds too (train_tagger) */
    int ner_members;        /* and into the entity recogniser (train_ner) */
    unsigned prune_tagger, prune_parser, prune_ner; /* min updates a feature needs to be kept */
    int boundary_epochs;    /* the learned sentence-boundary pass */
    unsigned prune_boundary;
    int boundary_jackknife;
    const char *boundary_extra; /* GUM genres the boundary pass also learns from: "interview,speech" or NULL */ /* folds for the boundary pass's training tags (0/1: the tagger's own) */
    bool boundary_threshold_set; /* use boundary_threshold instead of the dev-F1 choice */
    double boundary_threshold;
    int jackknife;          /* folds for the parser's training tags (0: tagger's own output) */
    const char *only;       /* "tagger", "boundary", "parser", "ner" or NULL for all */
    const char *actors_dir; /* the actor dictionary for the gazetteer (NULL: data/actors) */
    const char *names_file; /* more gazetteer names (NULL: models/names.txt) */
    const char *vectors_file; /* word vectors for the clusters (NULL: CLUSTERS_DEFAULT_FILE; "none": no clusters) */
    size_t cluster_words;   /* how many of its words (most frequent first) are clustered */
    /* The recogniser's window scorer (nlp/ner_window.h): hidden units (0:
     * none), vector dimensions kept by PCA, words given a vector. */
    unsigned ner_window, ner_window_dim;
    size_t ner_window_words;
    /* The sequence scorer instead (nlp/ner_lstm.h): hidden units a
     * direction (0: the window scorer), epochs (0: NW_EPOCHS), whether it
     * fills wordfeat.nw for every token (else the capitalised ones), and
     * whether a token's class is read from the states around it only. */
    unsigned ner_lstm, ner_lstm_epochs, ner_lstm_context;
    bool ner_lstm_all;
    bool ner_train_dev;     /* train the recogniser on train + dev for exactly ner_epochs */
    bool parser_train_dev;  /* train the parser on EWT train + dev for exactly parser_epochs */
    FILE *log;
} train_options;

int nlp_train(const train_options *o, char *err, size_t err_size);

/* ---- shared by the train_*.c files ---- */

typedef struct tsent {
    int n;
    const char **form;
    wordfeat *wf;
    int *tag;      /* gold tag class */
    int *ptag;     /* predicted tags (jackknifed for the parser) */
    int *head;     /* gold head: token index, n for the root */
    int *label;    /* gold label index */
    int *ner;      /* gold BIO class */
    const conllu_word *words;
    const char *sent_id;
    bool doc_start; /* the first sentence of a document (UNER "# newdoc") */
} tsent;

typedef struct tcorpus {
    tsent *s;
    size_t count;
} tcorpus;

/* Deterministic xorshift generator. */
static inline uint64_t rng_next(uint64_t *x)
{
    uint64_t v = *x;
    v ^= v << 13;
    v ^= v >> 7;
    v ^= v << 17;
    return *x = v;
}
void shuffle_order(size_t *order, size_t n, uint64_t *rng);
/* A model trained as several perceptrons side by side (the tagger's and
 * the parser's members): each member its own trainer, its own order of
 * the training sentences (reshuffled every epoch) and its own random
 * state; member 0 has exactly the sequence a single trainer has, so one
 * member gives the single model. */
typedef struct member_set {
    int n;
    pct **t;
    uint64_t *rng;
    size_t *order; /* n runs of `per` sentence indices */
    size_t per;
} member_set;
void members_init(member_set *m, int n, uint32_t nclass, size_t sentences, uint64_t seed);
/* Member i's order, shuffled afresh for the next epoch. */
size_t *members_shuffle(member_set *m, int i, size_t sentences);
/* The model: member 0's averaged weights alone, or the mean of all
 * members' (pct_average_sum), an ensemble at the cost of one model. */
void members_average(const member_set *m, const char *const *class_names, unsigned min_updates, pc_model *out);
void members_free(member_set *m);

/* A class inventory: names in first-seen order. */
typedef struct classes {
    char **names;
    size_t count;
} classes;
int classes_find(const classes *c, const char *name);
int classes_add(classes *c, const char *name);
void classes_free(classes *c);

/* Tagger: trains, returns the best averaged model. */
void train_tagger(const tcorpus *train, const tcorpus *dev, const classes *tags, int epochs, int members,
                  uint64_t seed, FILE *log, unsigned min_updates, pc_model *out);
void tag_corpus(const pc_model *m, tcorpus *c);
/* Give every training sentence the ambiguity classes and capitalisation
 * steps computed without its own tenth of the data (as new text sees the
 * lexicon; the finite-verb marks follow the classes); returns the previous
 * values for lexicon_restore, which puts
 * them back and frees them. */
uint64_t *lexicon_jackknife(const tcorpus *train, const classes *tags);
void lexicon_restore(const tcorpus *train, uint64_t *saved);
/* Parser: `members` averaged perceptrons trained side by side on their own
 * orders and exploration, saved as one model with the mean of their
 * weights (1: a single perceptron); the epoch whose model scores the best
 * dev LAS is kept, or with dev NULL the last (train + dev, a fixed count). */
void train_parser(const tcorpus *train, const tcorpus *dev, const classes *labels, int epochs, int members,
                  uint64_t seed, FILE *log, unsigned min_updates, pc_model *out);
/* Recogniser: trains with the gazetteer g; with dev NULL the model of the
 * last epoch is kept (for training on train + dev with a fixed count). */
void train_ner(const tcorpus *train, const tcorpus *dev, const classes *bio, const ner_gazetteer *g, int epochs,
               int members, uint64_t seed, FILE *log, unsigned min_updates, pc_model *out);
/* Gazetteer keys (sorted, unique; malloc'd) from the actor files in dir,
 * the name list `names` and the wide list of first names, one a line,
 * gzip'd or not (either NULL: none). */
size_t gazetteer_build(const char *dir, const char *names, const char *first_names, uint64_t **out, FILE *log);
/* Where Debian's miscfiles puts its first names. */
#define NER_FIRST_NAMES_DEFAULT "/usr/share/dict/propernames.gz"

#endif
