/* parsed_spec.h — one-sentence documents whose parse is written by hand,
 * for checking and timing the event coder apart from the parser. */
#ifndef DYAD_TOOLS_PARSED_SPEC_H
#define DYAD_TOOLS_PARSED_SPEC_H

#include "core/document.h"

/* A document of one sentence from "form/lemma/UPOS/head/deprel[/XPOS] ..."
 * (heads 1-based, 0 for the root; words with fewer than five fields are
 * skipped),
 * dated `date` ("YYYY-MM-DD") when not NULL.  Free with doc_free. */
doc *parsed_spec_doc(const char *spec, const char *date);

#endif
