/* wordnet.h — which kinds of word a lowercase form can be, after WordNet
 * 3.0: noun, verb, adjective, adverb, an inflected form of one of them, or
 * a word WordNet writes only with a capital (a name).  Read from
 * /usr/share/wordnet at training time (wordnet_build.c) and stored in
 * tagger.bin as section "tag.wordnet"; run time only reads that section.
 *
 * The section is a word_table (nlp/word_table.h) whose values are the
 * class bits.  The tagger sees the bits as features, which tells it
 * something about words its treebank never showed it. */
#ifndef DYAD_NLP_WORDNET_H
#define DYAD_NLP_WORDNET_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "nlp/model_file.h"
#include "nlp/perceptron.h"
#include "nlp/wordfeat.h"
#include "nlp/word_table.h"

enum {
    WN_NOUN = 1, WN_VERB = 2, WN_ADJ = 4, WN_ADV = 8,
    WN_NOUN_INFL = 16,   /* a plural: noun.exc or regular -s/-es/-ies of a noun */
    WN_VERB_INFL = 32,   /* -s, -ed, -ing or an irregular form (verb.exc) of a verb */
    WN_ADJ_INFL = 64,    /* comparative or superlative (adj.exc, or -er/-est of a short adjective) */
    WN_CAPS_ONLY = 128,  /* every WordNet entry of the word is capitalised ("Kerala", "Einstein") */
    WN_FROM_TAIL = 256   /* set at run time: the classes are those of the part after a hyphen */
};
#define WORDNET_SECTION "tag.wordnet"
#define WORDNET_DEFAULT_DIR "/usr/share/wordnet"

/* The WORDNET_SECTION of a tagger file; a missing or malformed section is
 * refused with a message in err. */
int wordnet_load(word_table *w, const model_file *f, char *err, size_t err_size);
/* The stand-in ambiguity class of a word the treebank lacks: its WordNet
 * classes, so the features that read ambiguity classes see them too. */
static inline uint64_t wordnet_amb(unsigned wn) { return fh1(9300, wn); }
/* Set f->wn from f->lower, falling back on the part after the last inner
 * hyphen ("peace-loving" -> loving) with WN_FROM_TAIL; a word without an
 * ambiguity class (call after ambiguity_fill) takes wordnet_amb(f->wn). */
void wordnet_fill(const word_table *w, wordfeat *f);

/* Training: the keys (sorted, unique, malloc'd) from the WordNet database
 * in dir (index.*, *.exc, data.*); 0 with a message in err when it cannot
 * be read. */
size_t wordnet_build(const char *dir, uint64_t **out, FILE *log, char *err, size_t err_size);

#endif
