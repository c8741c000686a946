/* sniff.h — telling formats apart by their first bytes (and name). */
#ifndef DYAD_INGEST_SNIFF_H
#define DYAD_INGEST_SNIFF_H

#include <stddef.h>

#include "dyad.h"

/* How many leading bytes sniff_format wants to see. */
#define SNIFF_BYTES 4096

/* The format of a file from its first bytes; the name breaks ties. */
dyad_format sniff_format(const char *name, const char *head, size_t n);
/* Whether the name says WARC (.warc, .warc.gz): when the bytes do not, the
 * reader says so rather than reading the file as text in silence. */
int sniff_name_says_warc(const char *name);

#endif
