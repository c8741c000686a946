/* gold_tokens.h — build a document's text, tokens and sentences from
 * tokens given by the caller (treebank words, tests), so the annotator
 * can be run and scored on gold tokenisation. */
#ifndef DYAD_NLP_GOLD_TOKENS_H
#define DYAD_NLP_GOLD_TOKENS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/document.h"

/* Append one sentence: the forms joined by a space where space_after
 * (NULL: always), a line break between sentences. */
void nlp_add_gold_sentence(doc *d, const char *const *forms, const bool *space_after, size_t n);

#endif
