/* conllu_render.h — write a dyad document as CoNLL-U (UD format): the
 * layout of `dyad parse --as conllu`.  See docs/NLP.md. */
#ifndef DYAD_NLP_CONLLU_RENDER_H
#define DYAD_NLP_CONLLU_RENDER_H

#include "base/buf.h"
#include "dyad.h"

/* Append the document's sentences: "# newdoc id", "# newpar id",
 * "# sent_id", "# text", multiword-token ranges, "_" for missing layers. */
void nlp_conllu_render(buf *out, const dyad_document *doc);

#endif
