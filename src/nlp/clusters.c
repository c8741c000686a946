/* clusters.c — run-time side of the word clusters: loading the section
 * and filling a token's path (see clusters.h). */
#include "nlp/clusters.h"

int clusters_load(word_table *c, const model_file *f, char *err, size_t err_size)
{
    return word_table_load(c, f, CLUSTERS_SECTION, NULL, err, err_size); /* optional */
}

void clusters_fill(const word_table *c, wordfeat *f)
{
    bool from_tail;
    f->cl = word_table_get_word(c, f, &from_tail);
}

