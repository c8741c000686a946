/* wordnet.c — run-time side of the WordNet word classes: loading the
 * section and filling a token's classes (see wordnet.h). */
#include "nlp/wordnet.h"

int wordnet_load(word_table *w, const model_file *f, char *err, size_t err_size)
{
    return word_table_load(w, f, WORDNET_SECTION, "missing; retrain the tagger", err, err_size);
}

void wordnet_fill(const word_table *w, wordfeat *f)
{
    bool from_tail;
    f->wn = word_table_get_word(w, f, &from_tail);
    if (from_tail) f->wn |= WN_FROM_TAIL;
    if (f->amb == WF_UNSEEN && f->wn) f->amb = wordnet_amb(f->wn);
}
