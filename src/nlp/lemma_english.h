/* lemma_english.h — English inflection undone by rule, for words the
 * treebank lexicon has not seen: irregular verbs, plural nouns, comparative
 * adjectives and the -s/-ed/-ing forms of regular verbs. */
#ifndef DYAD_NLP_LEMMA_ENGLISH_H
#define DYAD_NLP_LEMMA_ENGLISH_H

#include <stdbool.h>
#include <stddef.h>

#include "nlp/lexicon.h"

/* Lemma of the unseen lowercased word low[0..n) with tag "UPOS\tXPOS".
 * `learnt` is what the treebank's suffix rules proposed (NULL: none).
 * Writes the answer to out (cap bytes) and returns it, or returns NULL
 * when English rules have nothing better than the caller's fallback. */
const char *english_lemma(const lexicon *lex, const char *low, size_t n, const char *tagname, const char *learnt,
                          char *out, size_t cap);

/* Could s[0..n) end an English word?  Refuses stems with no vowel, ending
 * in v, q or j, or in a consonant pair no English word ends in ("cr"). */
bool english_plausible(const char *s, size_t n);

/* The lemma of an irregular verb form ("risen" -> "rise", "withdrew" ->
 * "withdraw"), or NULL; written to out. */
const char *irregular_verb(const char *low, size_t n, char *out, size_t cap);

#endif
