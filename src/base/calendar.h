/* calendar.h — proleptic Gregorian arithmetic for resolving dates.
 *
 * Used to check that a weekday agrees with a date ("on Monday" and
 * 14.02.2022) and to resolve relative days against a known date. */
#ifndef DYAD_BASE_CALENDAR_H
#define DYAD_BASE_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

bool calendar_is_leap(int year);
/* Days in month (1..12) of year; for year 0 (unknown) February has 29. */
int calendar_days_in_month(int year, int month);
bool calendar_valid(int year, int month, int day);
/* Days since 1970-01-01 for a valid date. */
long calendar_days_from_civil(int year, int month, int day);
void calendar_civil_from_days(long days, int *year, int *month, int *day);
/* ISO weekday: 1 = Monday .. 7 = Sunday. */
int calendar_weekday(int year, int month, int day);
/* Month number from an English month name or abbreviation ("Jan", "Sept.",
 * "february"), 0 if none.  n is the length of the word. */
int calendar_month_from_name(const char *s, unsigned n);
/* ISO weekday from an English day name or abbreviation, 0 if none. */
int calendar_weekday_from_name(const char *s, unsigned n);
/* Length of a time of day opening s[0..n): one or two digits, a colon and
 * two digits ("9:05", "15:42"), not followed by another digit; 0 if none. */
size_t calendar_clock_length(const char *s, size_t n);
const char *calendar_weekday_name(int weekday);   /* "Monday" */
const char *calendar_month_name(int month);       /* "January" */

#endif
