/* html.h — the HTML stage: a web page in, the article out.
 *
 * extract_html reads the raw bytes of d->input (not the decoded d->raw:
 * the charset must be found before any UTF-8 repair), converts them to
 * UTF-8 (charset.h), parses them with libxml2 (dom.h), reads the page's
 * metadata (title, date, authors, outlet, language, canonical URL) and
 * extracts the main content as paragraphs with their kinds, recording the
 * chrome it removed.  docs/HTML.md describes the behaviour. */
#ifndef DYAD_HTML_HTML_H
#define DYAD_HTML_HTML_H

#include "core/document.h"

void extract_html(doc *d);

#endif
