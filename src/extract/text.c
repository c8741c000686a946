/* text.c — article extraction from scraped text (first cut: blank-line
 * paragraphs, first line as title).  To be replaced by the chrome-aware
 * extractor. */
#include <string.h>

#include "extract/extract.h"

void extract_text(doc *d)
{
    const char *s = d->raw, *end = d->raw + d->raw_length;
    int first = 1;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *e = nl ? nl : end;
        if (e > s) {
            if (first) doc_set_field(d, &d->pub.title, s, (size_t)(e - s), s, (size_t)(e - s), "title-line");
            doc_add_paragraph(d, first ? DYAD_PARAGRAPH_TITLE : DYAD_PARAGRAPH_BODY, s, (size_t)(e - s));
            first = 0;
        }
        s = e + 1;
    }
}
