/* boundary.h — the learned second pass of the sentence splitter.
 *
 * The rule splitter (sentences.c) only ends sentences at punctuation and a
 * few line shapes, but web text often runs sentences together without
 * any: "thanks John" closings, list items, signatures, run-on reviews.
 * After tagging, an averaged perceptron looks at every token gap inside a
 * rule sentence (words, shapes, tags on both sides, distance from the
 * ends) and cuts where the treebanks would.  The parser then sees the
 * shorter sentences it was trained on.
 *
 * The model lives in its own file, models/boundary.bin (kind "boundary");
 * without it the pass does nothing.  See docs/NLP.md. */
#ifndef DYAD_NLP_BOUNDARY_H
#define DYAD_NLP_BOUNDARY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dyad.h"
#include "nlp/perceptron.h"
#include "nlp/wordfeat.h"

/* Template sets: 2 (what training writes) adds the runs of capitalised
 * words either side of the gap, the next mark on the right and the rule
 * sentence's length to set 1's; a model of set 1 still loads and runs
 * with set 1's features. */
enum { BOUNDARY_MAX_FEATS = 48, BOUNDARY_TEMPLATE_SET = 2, BOUNDARY_TEMPLATE_OLDEST = 1 };
#define BOUNDARY_SECTION_THRESHOLD "bnd.threshold"
#define BOUNDARY_SECTION_TEMPLATES "bnd.templates"
/* Classes: 0 the sentence goes on, 1 a new sentence starts after the gap. */
#define BOUNDARY_CLASS_ON "on"
#define BOUNDARY_CLASS_CUT "cut"

typedef struct boundary_model {
    pc_model pc;
    int32_t threshold; /* cut when score(cut) - score(on) > threshold (model units) */
    uint32_t templates; /* the template set it was trained with */
    int edited;         /* set by boundary_for_document in edited prose */
} boundary_model;

/* Whether the gap after token i is looked at at all: not between a word
 * and a lowercase word ("the cat", "The cat"), which are two thirds of
 * all gaps but hold under 5% of the treebank boundaries the rules miss;
 * skipping them keeps the pass cheap. */
static inline int boundary_candidate(const wordfeat *wf, size_t i)
{
    uint32_t a = wf[i].flags, b = wf[i + 1].flags;
    int word_left = !(a & (WF_PUNCT | WF_HAS_DIGIT)) && (a & (WF_HAS_LOWER | WF_ALL_UPPER));
    int lower_right = !(b & (WF_UPPER_INITIAL | WF_PUNCT | WF_HAS_DIGIT | WF_NON_ASCII)) && (b & WF_HAS_LOWER);
    return !(word_left && lower_right);
}

/* What the whole rule sentence looks like, computed once per sentence:
 * how it ends (".", "?", ")" or a word) and whether it opens with a
 * capital.  A run-on without final punctuation is where the treebank
 * draws boundaries the rules cannot. */
uint64_t boundary_context(const wordfeat *wf, size_t n);
/* Features of the gap between tokens i and i+1 of a sentence of n tokens
 * (i + 1 < n), given each token's tag class (tag_hash is applied here),
 * the sentence's boundary_context and the template set. */
size_t boundary_features(const wordfeat *wf, const int *tags, size_t n, size_t i, uint64_t ctx, uint32_t templates,
                         uint64_t *out);

/* Load "bnd.*" from f.  threshold_override: a threshold in weight units
 * that replaces the file's (NULL: keep the file's).  0 on success, else
 * -1 with the reason in err. */
int boundary_load(boundary_model *b, const model_file *f, const double *threshold_override, char *err,
                  size_t err_size);
void boundary_free(boundary_model *b);

/* Where the sentence of n tokens should be cut: cuts[k] is the index of
 * the first token of a new piece (ascending, 0 < cuts[k] < n).  Returns
 * the number of cuts; cuts must have room for n entries.  scores: room
 * for pc_width(2) values. */
size_t boundary_run(const boundary_model *b, const wordfeat *wf, const int *tags, size_t n, uint32_t *cuts,
                    int32_t *scores);

/* Whether a cut may follow the token `form` (len bytes).  Not after a word
 * that owns its period ("Sen.", "U.S.", "J.", "Inc."): the rules kept it
 * inside the sentence, having seen more than the pass does (titles never
 * end one, and the treebanks have no boundary after an abbreviation the
 * rules left whole: 1 in over 400 in EWT train, GUM interview and speech).
 * The pass cut "Sen. | Carlos Ruiz said" and "Capt. | Smith" without it. */
int boundary_may_cut_after(const char *form, size_t len);

/* Drop the cuts (as boundary_run gives them) of one rule sentence, the
 * tokens tok[0..n) of d, that the pass should not make: in edited prose
 * (`edited`, from boundary_for_document) after a closing bracket, a number
 * or a lowercase word that is no address, after a comma that closes
 * more than a short greeting or closing (BOUNDARY_CLOSING_MAX), or between
 * two capitalised words inside running text (BOUNDARY_RUNNING_WORDS) or after
 * a headline's first word; in any
 * text where no white space parts the two tokens ("HDMI-|C"); after a word
 * that owns its period (boundary_may_cut_after), and after a colon in a
 * headline (no final punctuation, most longer words capitalised:
 * "Kremlin: Ukraine's Rejection of Idea of Joining NATO Would Be Step
 * Towards Stability"), where web mail's "Subject: ..." lines taught the
 * pass to cut; nor after any colon before a lowercase word that is not a
 * web address ("Groups: | alt.animals.cat": 1 in 78 such places starts a
 * sentence in EWT train, yet the pass cut there); and before a mark that
 * never opens a sentence (",", ":", ")", "%").  Returns the number of
 * cuts kept, in place. */
struct doc;
size_t boundary_keep_cuts(const struct doc *d, const dyad_token *tok, size_t n, uint32_t *cuts, size_t nc, int edited);

/* The model to run on document d: b itself, or in edited prose a copy
 * whose threshold is BOUNDARY_EDITED_RAISE weight units higher and whose
 * `edited` is set (boundary_keep_cuts then makes no cut after a closing
 * bracket, a number or a lowercase word).  Edited prose: at least BOUNDARY_EDITED_MIN rule
 * sentences, nine in ten of them ending in final punctuation (after
 * closing quotes and brackets), as news, transcripts and essays do and web
 * mail, lists and reviews do not; a headline or date line, a paragraph of
 * its own without final punctuation among the first BOUNDARY_EDITED_HEAD
 * sentences, is not counted.
 * The pass learned mostly from web text; in edited prose the rules have
 * seen nearly every boundary and its cuts there are mostly false ("Interview
 * with LibriVox founder | Hugh McGuire", "Springs, Arkansas, | The Midwest
 * Magic Jubilee"): trained without GUM interview, the pass took that genre
 * from 96.80 to 96.53 sentence F1, 96.76 with the raise; EWT dev unchanged. */
enum { BOUNDARY_EDITED_MIN = 10, BOUNDARY_EDITED_HEAD = 2 };
/* In edited prose a cut after a comma closes at most this many tokens
 * before it, none of them a comma: a greeting or a closing, not a list. */
enum { BOUNDARY_CLOSING_MAX = 4 };
/* In edited prose no cut splits two capitalised words inside a clause of
 * at least this many lowercase words of four letters or more (boundary.c,
 * splits_a_name). */
enum { BOUNDARY_RUNNING_WORDS = 2 };
#define BOUNDARY_EDITED_SHARE 0.9
#define BOUNDARY_EDITED_RAISE 10.0
struct doc;
boundary_model boundary_for_document(const boundary_model *b, const struct doc *d);

/* Write a trained model and its threshold (weight units) as "bnd.*". */
void boundary_write(const pc_model *m, double threshold, model_writer *w);

#endif
