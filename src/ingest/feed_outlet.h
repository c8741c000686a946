/* feed_outlet.h — the outlet named by a feed's channel title. */
#ifndef DYAD_INGEST_FEED_OUTLET_H
#define DYAD_INGEST_FEED_OUTLET_H

#include <stddef.h>

/* A channel title joins the outlet's name with a section, a topic or a
 * slogan ("BBC News - World", "Ukraine | The Guardian", "Reuters: Top
 * News").  Of the parts between separators that are more than section
 * words (news, world, latest, ...) and at most six words long, copies into
 * `out` the one whose letters the site's host name holds ("The Guardian"
 * in theguardian.com, "NYT" in nytimes.com), else the last after a " | "
 * ("Topic | Outlet" is the web's habit), else the first; returns its
 * length, 0 when no part qualifies ("Latest headlines" names no outlet).
 * `url` (the item's link) may be NULL. */
size_t feed_outlet(const char *channel_title, const char *url, char *out, size_t out_size);

#endif
