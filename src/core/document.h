/* document.h — the document under construction, shared by all stages.
 *
 * A stage receives a `doc`, reads what earlier stages put there, and adds its
 * own layer through these functions.  Everything is allocated in the
 * document's arena (strings) or in vectors owned by the document, and is
 * published into the public dyad_document by doc_publish(). */
#ifndef DYAD_CORE_DOCUMENT_H
#define DYAD_CORE_DOCUMENT_H

#include <stdarg.h>
#include <stdbool.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/vec.h"
#include "dyad.h"

typedef struct doc {
    dyad_document pub;      /* first, so a dyad_document* is a doc* */
    arena arena;
    const dyad_input *input; /* valid while the document is processed */

    /* The input decoded to UTF-8 with LF line ends (before extraction). */
    const char *raw;
    size_t raw_length;

    buf text;               /* the clean text being built */
    VEC(dyad_paragraph) paragraphs;
    VEC(dyad_removed) removed;
    VEC(dyad_sentence) sentences;
    VEC(dyad_token) tokens;
    VEC(dyad_entity) entities;
    VEC(dyad_quote) quotes;
    VEC(dyad_speaker) speakers;
    VEC(dyad_event) events;
    VEC(dyad_diagnostic) errors;
    VEC(dyad_diagnostic) warnings;
    /* the sentences were given (gold tokens for evaluation): the learned
     * boundary pass must not split them again */
    bool given_sentences;
} doc;

doc *doc_new(const dyad_input *input);
/* Point the public arrays at the finished vectors; call once at the end. */
void doc_publish(doc *d);
void doc_free(doc *d);

/* Append a paragraph to the clean text (separated from the previous one by
 * a blank line) and return its index.  Leading and trailing white space of
 * s[0..n) is dropped; an empty paragraph is not added (returns -1). */
long doc_add_paragraph(doc *d, dyad_paragraph_kind kind, const char *s, size_t n);
/* Record a piece of chrome that was removed. */
void doc_add_removed(doc *d, const char *kind, const char *s, size_t n, int line);

/* Diagnostics.  An error marks the document failed. */
void doc_warn(doc *d, const char *code, uint32_t count, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void doc_error(doc *d, dyad_status status, const char *code, int64_t offset,
               const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Copy a diagnostic (strings included) into the document. */
void doc_add_diagnostic(doc *d, const dyad_diagnostic *diag, int is_error);

/* Set a field, copying the strings into the arena.  Does nothing when the
 * field already came from the input (input metadata always wins). */
/* A token's text: its own form when it has one (a normalised or gold
 * token), else its span of the document's text; "" (length 0) for a span
 * outside the text. */
const char *doc_token_form(const doc *d, const dyad_token *t, size_t *len);
void doc_set_field(doc *d, dyad_field *field, const char *value, size_t value_len,
                   const char *evidence, size_t evidence_len, const char *origin);

static inline char *doc_strndup(doc *d, const char *s, size_t n) { return arena_strndup(&d->arena, s, n); }
static inline char *doc_strdup(doc *d, const char *s) { return arena_strdup(&d->arena, s); }

#endif
