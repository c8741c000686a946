/* events.h — the event-coding stage: CAMEO/PLOVER events from parsed
 * sentences and from the statements stage's quotes.  Fills d->events. */
#ifndef DYAD_EVENTS_EVENTS_H
#define DYAD_EVENTS_EVENTS_H

#include <stddef.h>

#include "actors/actors.h"
#include "core/document.h"

typedef struct event_dictionary event_dictionary;

/* Load verb patterns and code tables under data_dir.  NULL on failure,
 * with the reason written to `error`. */
event_dictionary *events_open(const char *data_dir, char *error, size_t error_size);
void events_close(event_dictionary *dictionary);

void events_code(doc *d, const event_dictionary *dictionary, const actor_dictionary *actors);

#endif
