/* wordnet.c — run-time side of the WordNet word classes: loading the
 * section and filling a token's classes (see wordnet.h). */
#include "nlp/wordnet.h"

int wordnet_load(word_table *w, const model_file *f, char *err, size_t err_size)
{
    return word_table_load(w, f, WORDNET_SECTION, "missing; retrain the tagger", err, err_size);
}

void wordnet_fill(const word_table *w, wordfeat *f)
{
    f->wn = word_table_get(w, f->lower);
    if (!f->wn && f->tail != WF_UNSEEN) {
        unsigned t = word_table_get(w, f->tail ^ WF_TAIL_SALT);
        if (t) f->wn = t | WN_FROM_TAIL;
    }
    if (f->amb == WF_UNSEEN && f->wn) f->amb = wordnet_amb(f->wn);
}
