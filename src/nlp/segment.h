/* segment.h — tokenizer and sentence splitter (rules, no model).
 *
 * After nlp_segment(d), d->tokens holds every token of the clean text with
 * its span, form (in the arena) and space_after, and d->sentences every
 * sentence with its span, first_token, token_count and paragraph.  Tags,
 * lemmas, heads and relations are left for the annotator: upos, xpos,
 * feats, lemma and deprel NULL, head -1. */
#ifndef DYAD_NLP_SEGMENT_H
#define DYAD_NLP_SEGMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/document.h"

void nlp_segment(doc *d);
/* The same, but stops before the paragraph that would take d past
 * `max_tokens` tokens (0: no limit) and returns false; d then holds the
 * paragraphs before it.  A caller refusing such documents thus never holds
 * more than the limit's tokens plus one paragraph's. */
bool nlp_segment_within(doc *d, size_t max_tokens);

/* Whether token b continues the written word of token a: no space between
 * and b is a clitic cut from it ("did|n't", "Bush|'s", "can|not").  Such
 * runs are one multiword token in CoNLL-U ("3-4 didn't"). */
int nlp_same_written_word(const dyad_token *a, const dyad_token *b);

#endif
