/* paragraphs.h — the text fuzz targets' document: the (repaired) input
 * cut into body paragraphs at its newlines, as a plain-text reader would
 * give them.  Header only: each fuzz target is one file. */
#ifndef DYAD_FUZZ_PARAGRAPHS_H
#define DYAD_FUZZ_PARAGRAPHS_H

#include <string.h>

#include "core/document.h"

static void fuzz_add_line_paragraphs(doc *d, const char *text, size_t len)
{
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - text) - i : len - i;
        doc_add_paragraph(d, DYAD_PARAGRAPH_BODY, text + i, n);
        i += n + 1;
    }
}

#endif
