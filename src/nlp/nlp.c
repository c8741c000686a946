/* nlp.c — the language-analysis stage: segmentation, then annotation. */
#include "nlp/nlp.h"

#include "nlp/annotate.h"
#include "nlp/segment.h"

bool nlp_analyse(doc *d, const nlp_models *models, size_t max_tokens)
{
    if (!nlp_segment_within(d, max_tokens)) {
        doc_error(d, DYAD_ERR_TOO_LARGE, "too_many_tokens", -1,
                  "the text makes more than %zu tokens, the limit for analysis (see --max-tokens)", max_tokens);
        d->sentences.count = 0;
        d->tokens.count = 0;
        return false;
    }
    nlp_annotate(d, models);
    return true;
}
