/* dates.h — reading dates as pages print them, for the text and HTML
 * extractors alike.
 *
 * Recognised forms (English month names, any capitalisation of the first
 * letter): "13 Jan, 2022 10:14", "January 13, 2022", "Jan. 13 2022 11:03 PM",
 * "Thursday, 13 January 2022", "14.02.2022", "14/02/2022" (day first when
 * unambiguous), "2022-01-13T10:14:00Z", "June 19" and "19 June" (month and
 * day: no year is ever invented), "June 2022" (year and month), with an
 * optional time of day ("10:14", "11:03 PM", "10:14 GMT", "+03:00") before
 * or after the date. */
#ifndef DYAD_EXTRACT_DATES_H
#define DYAD_EXTRACT_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include "dyad.h"

typedef struct extract_date_match {
    dyad_date date;      /* precision and fields; evidence and origin unset */
    size_t start, end;   /* the date's bytes within the searched text */
} extract_date_match;

/* Parse a date that begins exactly at s[0]. */
bool extract_parse_date_at(const char *s, size_t n, extract_date_match *m);

/* Find the first date in s[0..n) (a year alone, as in a photo credit's
 * "© AFP 2023", is never a date). */
bool extract_parse_date(const char *s, size_t n, extract_date_match *m);

/* Find a weekday named as a day of the week ("on Wednesday"), whole word
 * and capitalised; returns 1..7 (Monday..Sunday) or 0, with its bounds. */
int extract_find_weekday(const char *s, size_t n, size_t *start, size_t *end);

/* Find a day given relative to the day of writing and anchored by a date:
 * "tomorrow — December 1" means the text was written on November 30.  The
 * match's date is the day of writing (month and day when the anchor has no
 * year; nothing when that day cannot be known without the year). */
bool extract_find_relative_day(const char *s, size_t n, extract_date_match *m);

#endif
