/* date_iso.h — reading the dates containers supply (ISO 8601 and RFC 822). */
#ifndef DYAD_CORE_DATE_ISO_H
#define DYAD_CORE_DATE_ISO_H

#include <stdbool.h>

#include "dyad.h"

/* Parse "2022-02-14", "2022-02-14T10:14[:00][.123][Z|+03:00]",
 * "2022-02-14 10:14", "2022-02", "2022", "--06-19", and RFC 822 dates as
 * feeds and HTTP use ("Mon, 14 Feb 2022 10:14:00 GMT").  Sets precision,
 * fields and weekday (when the day is known); evidence/origin untouched. */
bool date_parse_iso(const char *s, dyad_date *out);

#endif
