/* emit_statements.c — placeholder until the statements stage lands. */
#include "core/emit.h"

void emit_statements(buf *b, const dyad_document *d, int *first) { (void)b; (void)d; (void)first; }
