/* dictionary.c — placeholder until the actor dictionaries land: an empty
 * dictionary that resolves nothing. */
#include <stdlib.h>

#include "actors/actors.h"
#include "base/fail.h"

struct actor_dictionary { int unused; };

actor_dictionary *actors_open(const char *data_dir, char *error, size_t error_size)
{
    (void)data_dir;
    if (error && error_size) error[0] = '\0';
    return xcalloc(1, sizeof(actor_dictionary));
}

void actors_close(actor_dictionary *a) { free(a); }

int actors_resolve(const actor_dictionary *a, doc *d, uint32_t first_token, uint32_t token_count, dyad_actor *out)
{
    (void)a; (void)d; (void)first_token; (void)token_count;
    *out = (dyad_actor){.entity = -1};
    return 0;
}
