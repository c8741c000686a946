/* extract_text.c — fuzz the scraped-text extractor and its date and
 * dateline parsers directly: any bytes in, no crash, no hang, every span
 * inside the clean text, the dateline inside its paragraph. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "extract/dateline.h"
#include "extract/dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    extract_date_match m;
    if (extract_parse_date(s, size, &m) && (m.start > m.end || m.end > size)) abort();
    if (extract_find_relative_day(s, size, &m) && m.end > size) abort();
    extract_dateline dl;
    if (extract_find_dateline(s, size, &dl) && (dl.length > size || dl.city_end > size || dl.outlet_end > size)) abort();
    size_t a, b;
    if (extract_find_weekday(s, size, &a, &b) && b > size) abort();

    dyad_input in = dyad_input_from_memory(s, size, DYAD_FORMAT_TEXT);
    in.id = "fuzz";
    in.source = "fuzz";
    in.container = "memory";
    dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_EXTRACT);
    for (size_t i = 0; i < d->paragraph_count; i++)
        if (d->paragraphs[i].span.start > d->paragraphs[i].span.end || d->paragraphs[i].span.end > d->text_length) abort();
    if (d->dateline.text && (d->dateline.span.end > d->text_length ||
                             strncmp(d->text + d->dateline.span.start, d->dateline.text,
                                     d->dateline.span.end - d->dateline.span.start) != 0))
        abort();
    char iso[64];
    dyad_date_format(&d->date, iso, sizeof iso);
    size_t n;
    free(dyad_document_to_json(d, &n));
    dyad_document_free(d);
    return 0;
}
