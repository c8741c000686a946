/* dateline.h — the dateline that opens a wire story, for the text and HTML
 * extractors alike.
 *
 * Recognised at the start of a paragraph:
 *   "MOSCOW, June 19. /TASS/."        city, date, outlet between slashes
 *   "MOSCOW (Reuters) -"              city, outlet in brackets, dash
 *   "Moscow (Sputnik) —"              the city may be in title case before an outlet
 *   "KYIV, Ukraine, March 3 (AP) —"   a region and a date may follow the city
 *   "LONDON, March 3 -", "WASHINGTON —"  an upper-case city alone
 *   "BEIJING/TOKYO -"                 two cities in capitals, a slash between
 *   "MOSCOW. June 19 (Agency) -"      a full stop between city and date
 *   "Feb. 14 (UPI) --"                a date and the outlet, no city
 *   "(Reuters) —"                     the outlet alone
 *   "BOGOTÁ, May 2 (dpa) -"           the city's capitals may be Latin letters
 *                                     outside ASCII; an agency may be one word
 *                                     in lower case
 * The dash may be "-", "–" or "—"; a colon also ends a dateline. */
#ifndef DYAD_EXTRACT_DATELINE_H
#define DYAD_EXTRACT_DATELINE_H

#include <stdbool.h>
#include <stddef.h>

#include "extract/dates.h"

typedef struct extract_dateline {
    size_t length;                    /* the dateline's bytes from s[0], separator included */
    size_t city_start, city_end;      /* empty when no city */
    size_t outlet_start, outlet_end;  /* empty when no outlet */
    bool has_date;
    bool colon;                       /* "NEW DELHI:", closed by a colon, not a dash */
    extract_date_match date;          /* offsets relative to s */
} extract_dateline;

/* True when s[0..n) opens with a dateline; fills *out. */
bool extract_find_dateline(const char *s, size_t n, extract_dateline *out);

/* Record dl, found at the start of paragraph k of d, as the document's
 * dateline (text, city, outlet and span in the clean text). */
struct doc;
void extract_set_dateline(struct doc *d, size_t k, const extract_dateline *dl);

/* The HTML extractor's dateline: the first of the first three body
 * paragraphs that opens with one (a later paragraph would be a quoted
 * story's, not this page's). */
void extract_dateline_of_paragraphs(struct doc *d);

#endif
