/* buf.h — growable byte buffer (heap), the building block for output text
 * and for any string assembled piece by piece. Always NUL-terminated. */
#ifndef DYAD_BASE_BUF_H
#define DYAD_BASE_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct buf {
    char *data;
    size_t len, cap;
} buf;

#define BUF_INIT {NULL, 0, 0}

void buf_free(buf *b);
void buf_reserve(buf *b, size_t extra);
void buf_append(buf *b, const void *s, size_t n);
void buf_puts(buf *b, const char *s);
void buf_putc(buf *b, char c);
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Give the data to the caller (malloc'd, NUL-terminated) and reset b. */
char *buf_detach(buf *b, size_t *len);
static inline void buf_clear(buf *b) { b->len = 0; if (b->data) b->data[0] = '\0'; }

#endif
