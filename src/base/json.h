/* json.h — the JSON dyad reads (JSON lines input, evaluation files) and
 * writes (its output).
 *
 * The reader builds a small tree in an arena and reports the first error
 * with its line and column; nesting is bounded so hostile input cannot
 * overflow the stack.  Every value remembers its raw text, so fields dyad
 * does not interpret can be carried to the output byte for byte. */
#ifndef DYAD_BASE_JSON_H
#define DYAD_BASE_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/buf.h"

/* ---- writing ---- */

/* Append s[0..n) as a JSON string literal (s must be valid UTF-8). */
void json_write_string(buf *out, const char *s, size_t n);
/* Append a NUL-terminated string, or null for NULL. */
void json_write_cstr(buf *out, const char *s);

/* ---- reading ---- */

typedef enum json_type {
    JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT
} json_type;

typedef struct json_value json_value;

typedef struct json_member {
    const char *key;
    size_t key_len;
    json_value *value;
} json_member;

struct json_value {
    json_type type;
    const char *raw;      /* the value's text in the source */
    size_t raw_len;
    bool boolean;
    double number;
    const char *string;   /* decoded, NUL-terminated (may contain U+FFFD) */
    size_t string_len;
    size_t repaired;      /* U+FFFD put in `string` (of an object: in its
                             member names) for invalid UTF-8 and lone
                             surrogate escapes, so a reader can say so */
    size_t count;         /* array items or object members */
    json_value **items;
    json_member *members;
};

typedef struct json_error {
    const char *message;  /* static text */
    size_t offset;        /* byte offset of the error */
    int line, column;     /* 1-based */
} json_error;

#define JSON_MAX_DEPTH 256

/* Parse one complete JSON value from text[0..len) (surrounding white space
 * allowed).  Returns NULL and fills *err on failure. */
json_value *json_parse(arena *a, const char *text, size_t len, json_error *err);
/* Member of an object by key, or NULL. */
const json_value *json_get(const json_value *object, const char *key);
/* The string member `key`, or NULL when absent or not a string. */
const char *json_get_string(const json_value *object, const char *key);

#endif
