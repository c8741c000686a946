/* attribute.c — placeholder until statement attribution lands: finds no
 * quotes. */
#include "attribute/attribute.h"

void attribute_statements(doc *d, const actor_dictionary *actors) { (void)d; (void)actors; }
