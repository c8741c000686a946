/* events.h — the event-coding stage: CAMEO/PLOVER events from parsed
 * sentences and from the statements stage's quotes.  Fills d->events.
 *
 * The dictionary is dyad's own (data/events/verbs.txt and the generated
 * code table data/events/cameo.tsv) or, with a `dict` path, PETRARCH-2
 * verb dictionaries (a file, or a folder whose *verbs*.txt / CAMEO.*.txt
 * files are read).  docs/EVENTS.md describes both. */
#ifndef DYAD_EVENTS_EVENTS_H
#define DYAD_EVENTS_EVENTS_H

#include <stdbool.h>
#include <stddef.h>

#include "actors/actors.h"
#include "core/document.h"

typedef struct event_dictionary event_dictionary;

/* Load the code table and verb patterns under data_dir (or, when `dict` is
 * not NULL, the verb patterns from there).  Malformed dictionary lines are
 * skipped and reported as "file:line: reason" (see events_warning; dyad_resources_warning passes them on); under
 * `strict` they make loading fail.  NULL on failure, with the reason in
 * `error`. */
event_dictionary *events_open(const char *data_dir, const char *dict, bool strict, char *error, size_t error_size);
void events_close(event_dictionary *dictionary);

/* Problems met while loading: the i-th message (i < count), and how many
 * there were in all (only the first ones are kept). */
size_t events_warning_count(const event_dictionary *dictionary, size_t *total);
const char *events_warning(const event_dictionary *dictionary, size_t i);
/* How many patterns were loaded (for tests and benchmarks). */
size_t events_pattern_count(const event_dictionary *dictionary);

/* Code as PETRARCH-2 does where dyad's conventions differ (docs/EVENTS.md,
 * "PETRARCH conventions"); called once after events_open, before coding. */
void events_use_petrarch_conventions(event_dictionary *dictionary, bool on);
/* With PETRARCH's conventions, code an actor no dictionary knows, named by
 * a noun phrase of at most `words` words, as its quoted upper-case text
 * (PETRARCH's new_actor_length); 0 for none. */
void events_set_new_actor_length(event_dictionary *dictionary, unsigned words);

void events_code(doc *d, const event_dictionary *dictionary, const actor_dictionary *actors);

#endif
