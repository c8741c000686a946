/* load.h — what the two dictionary readers (dyad's format in
 * dictionary.c, PETRARCH-2's in petrarch.c) share while loading. */
#ifndef DYAD_ACTORS_LOAD_H
#define DYAD_ACTORS_LOAD_H

#include <stddef.h>
#include <stdint.h>

#include "actors/internal.h"

typedef struct load_state {
    actor_dictionary *dict;
    const char *file;       /* for messages */
    int strict;
    int failed;             /* strict and a bad line was seen */
    char error[512];
    int open_entry;         /* an entry that indented lines may extend */
    uint32_t entry_index;
} load_state;

/* Report a bad line; under `strict` also fail the load. */
void load_warn(load_state *st, size_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* YYYY[-MM[-DD]] as yyyymmdd, the period's first or last day; -1 if bad. */
int32_t load_parse_date(const char *s, size_t n, int end_of_period);
/* A CAMEO code: capitals and digits, 3 to 40 of them, or "-" for none. */
int load_code_valid(const char *s, size_t n);

actor_dictionary *actors_new(void);
/* Index the phrases once everything is loaded. */
void actors_finish(actor_dictionary *a);
/* Load one file's text (`name` for messages and for the format guess). */
void actors_load_memory(actor_dictionary *a, const char *name, const char *text, size_t n,
                        actors_format format, int strict, char *error, size_t error_size, int *failed);

void petrarch_load_actors(load_state *st, const char *text, size_t n);
void petrarch_load_agents(load_state *st, const char *text, size_t n);

#endif
