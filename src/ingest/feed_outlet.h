/* feed_outlet.h — the outlet named by a feed's channel title. */
#ifndef DYAD_INGEST_FEED_OUTLET_H
#define DYAD_INGEST_FEED_OUTLET_H

#include <stddef.h>

/* A channel title joins the outlet's name with a section or a slogan
 * ("BBC News - World", "World news | The Guardian", "Reuters: Top News").
 * Copies into `out` the first part between separators that is more than
 * section words (news, world, latest, ...) and at most six words long, and
 * returns its length; 0 when no part is (a title of section words alone,
 * "Latest headlines", names no outlet). */
size_t feed_outlet(const char *channel_title, char *out, size_t out_size);

#endif
