/* coder.c — placeholder until event coding lands: codes nothing. */
#include <stdlib.h>

#include "base/fail.h"
#include "events/events.h"

struct event_dictionary { int unused; };

event_dictionary *events_open(const char *data_dir, char *error, size_t error_size)
{
    (void)data_dir;
    if (error && error_size) error[0] = '\0';
    return xcalloc(1, sizeof(event_dictionary));
}

void events_close(event_dictionary *e) { free(e); }

void events_code(doc *d, const event_dictionary *e, const actor_dictionary *actors) { (void)d; (void)e; (void)actors; }
