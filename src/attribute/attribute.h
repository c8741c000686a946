/* attribute.h — the statements stage: every direct and indirect quote of
 * the document with its speaker, resolved to a person, role, organisation
 * and actor code.  Fills d->quotes and d->speakers. */
#ifndef DYAD_ATTRIBUTE_ATTRIBUTE_H
#define DYAD_ATTRIBUTE_ATTRIBUTE_H

#include "actors/actors.h"
#include "core/document.h"

void attribute_statements(doc *d, const actor_dictionary *actors);

#endif
