/* segment.c — placeholder until the tokenizer and sentence splitter land:
 * produces no tokens. */
#include "nlp/segment.h"

void nlp_segment(doc *d) { (void)d; }
