/* emit_events.c — placeholder until the event coder lands. */
#include "core/emit.h"

void emit_events(buf *b, const dyad_document *d, int *first) { (void)b; (void)d; (void)first; }
