/* name_particles.h — the lower-case particles inside personal names
 * ("Ursula von der Leyen", "Lula da Silva", "Mark van Bommel"), which the
 * tagger, having seen few of them, reads as nouns; the parser then splits
 * the name.  After tagging, a particle run with a proper noun on both sides
 * is given the proper noun's tag, so the name is parsed whole. */
#ifndef DYAD_NLP_NAME_PARTICLES_H
#define DYAD_NLP_NAME_PARTICLES_H

#include <stddef.h>

#include "core/document.h"

/* Whether form[0..len) is such a particle ("von", "der", "da", "bin", ...). */
int nlp_name_particle(const char *form, size_t len);

/* Retag as `propn` the particles of tokens tok[0..n) (tags per token,
 * classes of the tagger) that follow a token tagged `propn` and precede a
 * capitalised one (retagged too); returns how many tags changed. */
size_t nlp_retag_name_particles(const doc *d, const dyad_token *tok, size_t n, int *tags, int propn);

#endif
