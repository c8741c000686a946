/* fail.h — the one place dyad gives up: running out of memory.
 *
 * Every other failure is data (a diagnostic on the document); allocation
 * failure is not recoverable in a meaningful way for a batch tool. */
#ifndef DYAD_BASE_FAIL_H
#define DYAD_BASE_FAIL_H

#include <stddef.h>

_Noreturn void dyad_fail_nomem(void);
/* malloc/realloc/calloc that never return NULL. */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

#endif
