/* extract.h — the extraction stage: from decoded input to the article.
 *
 * Input is d->raw[0..d->raw_length), UTF-8 with LF line ends.  The stage
 * fills d->pub's title, outlet, author, dateline and date, adds the
 * paragraphs (title first) and records the chrome it removed. */
#ifndef DYAD_EXTRACT_EXTRACT_H
#define DYAD_EXTRACT_EXTRACT_H

#include "core/document.h"

/* Scraped plain text: page chrome still in it. */
void extract_text(doc *d);

#endif
