/* utf8.h — UTF-8 decoding, validation and repair.
 *
 * dyad never passes invalid UTF-8 on: input is repaired once, at the door,
 * with U+FFFD for every maximal invalid subsequence, and the repairs are
 * counted so the document can carry a warning. */
#ifndef DYAD_BASE_UTF8_H
#define DYAD_BASE_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

#define UTF8_REPLACEMENT 0xFFFDu

/* Decode one code point at s[0..n).  Returns the bytes consumed (>= 1);
 * on an invalid sequence sets *cp to UTF8_REPLACEMENT and returns the length
 * of the maximal invalid prefix (at least 1). */
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Encode cp into out (4 bytes room); returns bytes written. */
size_t utf8_encode(uint32_t cp, char *out);
/* Length of the longest valid UTF-8 prefix of s[0..n). */
size_t utf8_valid_prefix(const char *s, size_t n);
/* Append s to out, replacing invalid sequences by U+FFFD.
 * Returns the number of replacements made. */
size_t utf8_repair_append(buf *out, const char *s, size_t n);

#endif
