/* actors.h — actor dictionaries and resolution: who a mention is, as a
 * CAMEO actor code, shared by statements (speakers) and events (source
 * and target).
 *
 * The dictionary is dyad's own (data/actors/, format in
 * docs/DICTIONARIES.md) and can also read the PETRARCH-2 formats.
 * Resolution is compositional ("Russian Deputy Foreign Minister Alexander
 * Grushko" -> RUSGOV even when Grushko is not listed) and time-aware
 * (office holders with date ranges resolve against the document's date;
 * with no date, the most recent term wins). */
#ifndef DYAD_ACTORS_ACTORS_H
#define DYAD_ACTORS_ACTORS_H

#include <stddef.h>
#include <stdint.h>

#include "core/document.h"

typedef struct actor_dictionary actor_dictionary;

/* Load the dictionaries under data_dir.  NULL on failure, with the reason
 * written to `error`.  data_dir/actors/ holds dyad's own files; when it is
 * absent, data_dir itself is read as a folder of PETRARCH-2 files (see
 * actors_open_path).  Bad lines are skipped and counted (actors_warning). */
actor_dictionary *actors_open(const char *data_dir, char *error, size_t error_size);
void actors_close(actor_dictionary *dictionary);

typedef enum actors_format {
    ACTORS_FORMAT_AUTO = 0,  /* by file name: *agents* and *actors* are PETRARCH, the rest dyad's */
    ACTORS_FORMAT_NATIVE,    /* dyad's own format */
    ACTORS_FORMAT_PETRARCH   /* PETRARCH-2 .actors / .agents files */
} actors_format;

typedef struct actors_options {
    actors_format format;
    int strict;              /* refuse the dictionary at the first bad line */
} actors_options;

/* Load one file or every *.txt of a folder (in name order).  With
 * ACTORS_FORMAT_AUTO, a folder holding actors/ loads that; a file whose
 * name contains "agents" is a PETRARCH agents file, one containing
 * "actors" a PETRARCH actors file (Phoenix.Countries.actors.txt), and any
 * other file dyad's own format.  PETRARCH verbs, discards and issues files
 * in the same folder are ignored here (the event coder reads them). */
actor_dictionary *actors_open_path(const char *path, const actors_options *options,
                                   char *error, size_t error_size);
/* Load exactly these files, in this order, into one dictionary (e.g. the
 * PETR.Validate actors and agents without the Phoenix files beside them). */
actor_dictionary *actors_open_files(const char *const *paths, size_t count, const actors_options *options,
                                    char *error, size_t error_size);
/* Shorthand for a folder of PETRARCH-2 files (--dict DIR). */
actor_dictionary *actors_open_petrarch(const char *dir, int strict, char *error, size_t error_size);

/* Lines skipped while loading, as "file:line: reason" (the first 200 are
 * kept; the count is exact). */
size_t actors_warning_count(const actor_dictionary *dictionary);
const char *actors_warning(const actor_dictionary *dictionary, size_t i);
/* Entries and phrases loaded (for statistics and benchmarks). */
size_t actors_entry_count(const actor_dictionary *dictionary);
size_t actors_phrase_count(const actor_dictionary *dictionary);

/* Resolve the mention made of tokens [first_token, first_token+token_count)
 * of d (tokens are already tagged and parsed).  Fills *out (strings in d's
 * arena) and returns 1 when a code was found, 0 otherwise (out->code NULL,
 * the other members filled as far as the text allows). */
int actors_resolve(const actor_dictionary *dictionary, doc *d, uint32_t first_token,
                   uint32_t token_count, dyad_actor *out);

/* Whether a resolved actor is a person: a name that is not the body's own
 * ("Dmitry Peskov" of the Kremlin; not "World Health Organization"). */
int actors_names_person(const dyad_actor *a);

/* The same for a phrase of text s[0..n) that need not be tokenized; `s`
 * should point into d's clean text when spans matter (out->span is
 * relative to d->pub.text when it does, {0,0} otherwise). */
int actors_resolve_text(const actor_dictionary *dictionary, doc *d, const char *s, size_t n,
                        dyad_actor *out);

/* As actors_resolve, with a fallback country for mentions that name a
 * sector but no country ("officials said", "the ministry"): such a mention
 * takes `context_country` (ISO3, e.g. from actors_document_country) and
 * origin "context".  NULL context: no fallback. */
int actors_resolve_in_context(const actor_dictionary *dictionary, doc *d, uint32_t first_token,
                              uint32_t token_count, const char *context_country, dyad_actor *out);

/* The country of the document's dominant actors: the ISO3 code whose
 * countries, capitals and demonyms (1 each), institutions and office
 * holders (2 each) and dateline city (3) weigh most.  Ties go to the earliest mention.
 * NULL when the text names no country.  Uses d's tokens when present and
 * the clean text otherwise.  The string is in d's arena. */
const char *actors_document_country(const actor_dictionary *dictionary, doc *d);

/* PETRARCH's alternative codes ("BENELUX [NLD/BEL/LUX]"): when `actor` is
 * such an entry named alone (its code the first, NLD), the others into
 * codes[] (each ends at '/' or at the string's end; at most max); returns
 * their count, 0 for any other actor. */
size_t actors_alternatives(const actor_dictionary *dictionary, const dyad_actor *actor, const char **codes, size_t max);

/* Names the dictionary does not list, found in a document: capitalised
 * runs (or NLP entities of type PER/ORG when present) with the code their
 * context implies ("Russian Deputy Foreign Minister Alexander Grushko" ->
 * "Alexander Grushko", RUSGOV).  Calls `found` once per occurrence. */
typedef void (*actors_unknown_fn)(void *context, const char *name, const dyad_actor *actor);
void actors_find_unknown(const actor_dictionary *dictionary, doc *d, actors_unknown_fn found, void *context);

#endif
