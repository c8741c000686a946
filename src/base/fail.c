/* fail.c — allocation wrappers that stop the process on out-of-memory. */
#include "base/fail.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Noreturn void dyad_fail_nomem(void)
{
    fputs("dyad: out of memory\n", stderr);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) dyad_fail_nomem();
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) dyad_fail_nomem();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) dyad_fail_nomem();
    return p;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}
