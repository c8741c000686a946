/* emit.h — pieces of the JSON writer shared by the files that emit one
 * layer each (emit_json.c the document, emit_statements.c quotes and
 * speakers, emit_events.c events).  All read the public dyad_document. */
#ifndef DYAD_CORE_EMIT_H
#define DYAD_CORE_EMIT_H

#include "base/buf.h"
#include "dyad.h"

/* Write `"k":`, preceded by a comma unless *first (which it clears). */
void emit_key(buf *b, const char *k, int *first);
/* The text of a span as a JSON string (null when the span is invalid). */
void emit_span_text(buf *b, const dyad_document *doc, dyad_span s);
/* A date object (value, precision, parts, evidence) or null. */
void emit_date(buf *b, const dyad_date *d);
/* An actor object: text, offsets, name, role, organisation, country, code. */
void emit_actor(buf *b, const dyad_actor *a);

/* The layers of later stages; each writes nothing when it has nothing. */
void emit_statements(buf *b, const dyad_document *d, int *first);
void emit_events(buf *b, const dyad_document *d, int *first);

#endif
