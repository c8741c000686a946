/* models.c — placeholder until the trained models land: opens an empty
 * model set and annotates nothing. */
#include "nlp/annotate.h"
#include "nlp/nlp.h"

#include <stdlib.h>

#include "base/fail.h"

struct nlp_models { int unused; };

nlp_models *nlp_models_open(const char *model_dir, char *error, size_t error_size)
{
    (void)model_dir;
    if (error && error_size) error[0] = '\0';
    return xcalloc(1, sizeof(nlp_models));
}

void nlp_models_close(nlp_models *m) { free(m); }

void nlp_annotate(doc *d, const nlp_models *models) { (void)d; (void)models; }
