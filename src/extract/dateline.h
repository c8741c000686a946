/* dateline.h — the dateline that opens a wire story, for the text and HTML
 * extractors alike.
 *
 * Recognised at the start of a paragraph:
 *   "MOSCOW, June 19. /TASS/."        city, date, outlet between slashes
 *   "MOSCOW (Reuters) -"              city, outlet in brackets, dash
 *   "Moscow (Sputnik) —"              the city may be in title case before an outlet
 *   "KYIV, Ukraine, March 3 (AP) —"   a region and a date may follow the city
 *   "LONDON, March 3 -", "WASHINGTON —"  an upper-case city alone
 *   "MOSCOW. June 19 (Agency) -"      a full stop between city and date
 *   "Feb. 14 (UPI) --"                a date and the outlet, no city
 *   "(Reuters) —"                     the outlet alone
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
    extract_date_match date;          /* offsets relative to s */
} extract_dateline;

/* True when s[0..n) opens with a dateline; fills *out. */
bool extract_find_dateline(const char *s, size_t n, extract_dateline *out);

#endif
