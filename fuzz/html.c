/* html.c — fuzz the HTML stage: any bytes, with or without a transport
 * charset, give a document (possibly empty, possibly an error record),
 * never a crash; every paragraph span lies inside the clean text, and the
 * clean text is valid UTF-8. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "dyad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The first byte picks a transport charset, so that path is fuzzed too. */
    static const char *const charsets[] = {NULL, "utf-8", "windows-1251", "koi8-r", "utf-16le", "bogus"};
    const char *charset = size ? charsets[data[0] % 6] : NULL;
    dyad_input in = dyad_input_from_memory((const char *)data, size, DYAD_FORMAT_HTML);
    in.charset = charset;
    in.url = "https://example.org/2020/01/02/x";
    dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_EXTRACT);
    if (!d) abort();
    for (size_t i = 0; i < d->paragraph_count; i++)
        if (d->paragraphs[i].span.end > d->text_length || d->paragraphs[i].span.start > d->paragraphs[i].span.end)
            abort();
    if (utf8_valid_prefix(d->text, d->text_length) != d->text_length) abort();
    char *json = dyad_document_to_json(d, NULL);
    free(json);
    dyad_document_free(d);
    return 0;
}
