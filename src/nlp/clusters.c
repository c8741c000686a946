/* clusters.c — run-time side of the word clusters: loading the section
 * and filling a token's path (see clusters.h). */
#include "nlp/clusters.h"

#include <string.h>

int clusters_load(word_table *c, const model_file *f, char *err, size_t err_size)
{
    memset(c, 0, sizeof *c);
    size_t size = 0;
    if (!model_file_section(f, CLUSTERS_SECTION, &size)) return 0;
    return word_table_load(c, f, CLUSTERS_SECTION, "missing", err, err_size);
}

void clusters_fill(const word_table *c, wordfeat *f)
{
    f->cl = word_table_get(c, f->lower);
    if (!f->cl && f->tail != WF_UNSEEN) f->cl = word_table_get(c, f->tail ^ WF_TAIL_SALT);
}

