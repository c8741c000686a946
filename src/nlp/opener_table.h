/* opener_table.h — the learned list of capitalised words that open
 * sentences (opener_table.c, written by tools/train_sentences.c).  The
 * sentence splitter asks it after an abbreviation or an initial. */
#ifndef DYAD_NLP_OPENER_TABLE_H
#define DYAD_NLP_OPENER_TABLE_H

#include <stddef.h>

extern const char *const nlp_opener_table[]; /* sorted by strcmp */
extern const size_t nlp_opener_table_size;

#endif
