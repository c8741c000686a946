/* arena.h — bump allocator for everything one document owns.
 *
 * A document's strings and arrays are allocated here and freed at once with
 * the document, so no stage has to track individual lifetimes. */
#ifndef DYAD_BASE_ARENA_H
#define DYAD_BASE_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

typedef struct arena {
    arena_block *head;
    size_t used_total; /* bytes handed out, for statistics */
} arena;

void arena_init(arena *a);
void arena_free(arena *a);
/* Zeroed memory aligned for any type; aborts on out-of-memory. */
void *arena_alloc(arena *a, size_t size);
/* A NUL-terminated copy of s[0..n). */
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
/* printf into the arena. */
char *arena_printf(arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
