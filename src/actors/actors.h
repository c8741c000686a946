/* actors.h — actor dictionaries and resolution: who a mention is, as a
 * CAMEO actor code, shared by statements (speakers) and events (source
 * and target).
 *
 * The dictionary is dyad's own (data/actors/) and can also read the
 * PETRARCH-2 formats.  Resolution is compositional ("Russian Deputy Foreign
 * Minister Alexander Grushko" -> RUSGOV even when Grushko is not listed)
 * and time-aware (office holders with date ranges resolve against the
 * document's date). */
#ifndef DYAD_ACTORS_ACTORS_H
#define DYAD_ACTORS_ACTORS_H

#include <stddef.h>
#include <stdint.h>

#include "core/document.h"

typedef struct actor_dictionary actor_dictionary;

/* Load the dictionaries under data_dir.  NULL on failure, with the reason
 * written to `error`. */
actor_dictionary *actors_open(const char *data_dir, char *error, size_t error_size);
void actors_close(actor_dictionary *dictionary);

/* Resolve the mention made of tokens [first_token, first_token+token_count)
 * of d (tokens are already tagged and parsed).  Fills *out (strings in d's
 * arena) and returns 1 when a code was found, 0 otherwise (out->code NULL,
 * the other members filled as far as the text allows). */
int actors_resolve(const actor_dictionary *dictionary, doc *d, uint32_t first_token,
                   uint32_t token_count, dyad_actor *out);

#endif
