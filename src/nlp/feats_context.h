/* feats_context.h — the morphological features that a word's place in the
 * parse decides, not the word and its tag.  The lexicon gives each word
 * the features its tag usually has (lemma.c: feats_of); once the sentence
 * is parsed these are corrected where the tree tells:
 *   - a finite verb (VBP, VBD) takes its Number and Person from its subject
 *     ("I was", "we were", "you said", "the talks were"), an auxiliary or a
 *     copula from the subject of its head, a conjunct without a subject
 *     from the verb it is joined to ("we arrived and said");
 *   - a base form (VB) is an imperative (Mood=Imp, VerbForm=Fin) when it
 *     heads a main clause with no subject and no auxiliary but "do", and
 *     so are its conjuncts and its "do"/"be" auxiliaries;
 *   - a participle in -ing (VBG) is a gerund (VerbForm=Ger) where it
 *     stands as a noun or modifies one (object, subject, xcomp, acl, amod)
 *     without an auxiliary;
 *   - a past participle (VBN) is passive unless it has a perfect
 *     auxiliary and no passive one ("has signed" against "was signed",
 *     "the signed deal");
 *   - "it" and "you" are nominative as subjects, accusative otherwise;
 *   - a wh-word in a relative clause is relative (PronType=Rel), "who",
 *     "what" and "where" elsewhere interrogative;
 *   - and, the one rule of the word alone, an adjective or noun that is an
 *     ordinal ("first", "23rd") has NumType=Ord.
 * The rules and the figures behind them are in docs/MODELS.md. */
#ifndef DYAD_NLP_FEATS_CONTEXT_H
#define DYAD_NLP_FEATS_CONTEXT_H

#include <stddef.h>
#include <stdint.h>

#include "core/document.h"

/* The words of one sentence, tok[0..n), with upos, xpos, lemma, feats
 * (the lexicon's), deprel and head (document indices; the sentence's own
 * first token is `first`) set: rewrites feats where the parse decides
 * them, in time linear in n.  scratch: 3n words the call may use. */
void feats_in_context(doc *d, dyad_token *tok, size_t n, size_t first, uint32_t *scratch);

#endif
