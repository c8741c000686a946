/* annotate.h — the trained half of language analysis: tagger, lemmatizer,
 * dependency parser and entity recogniser over segmented sentences. */
#ifndef DYAD_NLP_ANNOTATE_H
#define DYAD_NLP_ANNOTATE_H

#include "core/document.h"
#include "nlp/nlp.h"

/* Tag, lemmatize, parse and find entities in every sentence of d. */
void nlp_annotate(doc *d, const nlp_models *models);

#endif
