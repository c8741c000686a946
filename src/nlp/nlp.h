/* nlp.h — the language-analysis stage: from the clean text to sentences,
 * tokens, tags, lemmas, dependency heads and named entities.
 *
 * Two halves meet here: segmentation (tokenizer and sentence splitter,
 * rules only, src/nlp/segment.h) and annotation (the trained models,
 * src/nlp/annotate.h).  Models load once and are shared read-only. */
#ifndef DYAD_NLP_NLP_H
#define DYAD_NLP_NLP_H

#include <stdbool.h>
#include <stddef.h>

#include "core/document.h"

typedef struct nlp_models nlp_models;

/* Load the model files from `model_dir`.  NULL on failure, with the reason
 * (missing, truncated or corrupt file) written to `error`. */
nlp_models *nlp_models_open(const char *model_dir, char *error, size_t error_size);
void nlp_models_close(nlp_models *models);

/* Fill d's sentences, tokens (with tags, lemmas, heads, relations) and
 * entities from d's clean text and paragraphs.  When the text makes more
 * than `max_tokens` tokens (0: no limit), d gets the error
 * "too_many_tokens" and no sentences or tokens: annotations take memory
 * in proportion, and a part of the document would be a silent cut.
 * Returns whether d was analysed. */
bool nlp_analyse(doc *d, const nlp_models *models, size_t max_tokens);

#endif
