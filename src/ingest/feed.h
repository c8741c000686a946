/* feed.h — RSS 2.0, RSS 1.0 (RDF) and Atom feeds to inputs: each item or
 * entry becomes one document with its link, title, date, author and
 * content.  See docs/INGEST.md. */
#ifndef DYAD_INGEST_FEED_H
#define DYAD_INGEST_FEED_H

#include <stddef.h>

#include "ingest/input.h"
#include "ingest/source.h"

typedef struct feed_reader feed_reader;

/* Parse the feed read from `src` (taken and closed).  A feed is parsed
 * whole, so it may be at most FEED_SIZE_FACTOR times the document limit.
 * Never NULL: problems come out of feed_next as error inputs. */
enum { FEED_SIZE_FACTOR = 4 };
feed_reader *feed_open(const char *path, source *src, size_t max_document_bytes);
/* The next item (or error input), NULL after the last. */
input *feed_next(feed_reader *f);
void feed_close(feed_reader *f);

#endif
