/* attribute.c — fuzz the statements stage: the bytes are an article
 * (plain text) run through extraction, segmentation and attribution.
 * Checks that every quote and speaker mention lies inside the clean text,
 * that speaker indexes are valid and that the JSON is written. */
#include <stdint.h>
#include <stdlib.h>

#include "dyad.h"

static dyad_resources *resources(void)
{
    static dyad_resources *res; /* the harness's own, opened once */
    if (!res) {
        char err[256];
        dyad_config cfg = {0};
        cfg.stages = DYAD_STAGE_EXTRACT | DYAD_STAGE_NLP | DYAD_STAGE_ATTRIBUTE;
        res = dyad_resources_open(&cfg, err, sizeof err);
        if (!res) abort();
    }
    return res;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_input in = dyad_input_from_memory((const char *)data, size, DYAD_FORMAT_TEXT);
    dyad_document *d = dyad_process(resources(), &in, DYAD_STAGE_EXTRACT | DYAD_STAGE_NLP | DYAD_STAGE_ATTRIBUTE);
    for (size_t i = 0; i < d->quote_count; i++) {
        const dyad_quote *q = &d->quotes[i];
        if (q->span.start > q->span.end || q->span.end > d->text_length) abort();
        if (q->speaker_mention.end > d->text_length || q->cue_span.end > d->text_length) abort();
        if (q->speaker >= 0 && (size_t)q->speaker >= d->speaker_count) abort();
        if (q->speaker < -1) abort();
    }
    size_t n;
    free(dyad_document_to_json(d, &n));
    dyad_document_free(d);
    return 0;
}
