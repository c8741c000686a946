/* sentences.h — the sentence splitter for news, over the tokens of one
 * paragraph (paragraph breaks are hard breaks: the caller splits per
 * paragraph, so a headline without a period is still its own sentence).
 *
 * Rules, not a model: a sentence ends at ".", "!", "?", "..." (with the
 * closing quotes and brackets that follow them) unless what follows shows
 * it goes on: a lowercase word, a number after "No." or "Jan.", a name
 * after a title ("Gen.") or an initial ("J. R. R."), an attribution after
 * a quoted question ('"Why?" asked Smith').  After an abbreviation that may
 * also end a sentence ("U.S.", "Inc.") the sentence ends only when a word
 * that usually opens one follows.  See docs/NLP.md. */
#ifndef DYAD_NLP_SENTENCES_H
#define DYAD_NLP_SENTENCES_H

#include <stddef.h>

#include "nlp/tokenize.h"

/* Mark the last token of every sentence in toks[0..n) with
 * NLP_TOK_SENTENCE_END (the last token always ends one).  Linear time. */
void nlp_split_sentences(const char *text, nlp_tok *toks, size_t n);

#endif
