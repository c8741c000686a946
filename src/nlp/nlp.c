/* nlp.c — the language-analysis stage: segmentation, then annotation. */
#include "nlp/nlp.h"

#include "nlp/annotate.h"
#include "nlp/segment.h"

void nlp_analyse(doc *d, const nlp_models *models)
{
    nlp_segment(d);
    nlp_annotate(d, models);
}
