/* sentence.h — the event coder's view of one parsed sentence: tokens with
 * interned words and child lists (sentence.c), pattern matching over a
 * word's clause (sentence.c), and the actors that fill the roles
 * (roles.c).  Shared by the files of src/events only. */
#ifndef DYAD_EVENTS_SENTENCE_H
#define DYAD_EVENTS_SENTENCE_H

#include <stdint.h>
#include <string.h>

#include "actors/actors.h"
#include "core/deprel.h"
#include "core/document.h"
#include "events/dictionary.h"
#include "events/events.h"

enum { MAX_ROLE = 16, MAX_EVENTS_PER_SENTENCE = 256, SCOPE_DEPTH = 3, MAX_SCOPE = 96 };

typedef struct tok {
    uint32_t lemma, form;   /* interned ids, 0 when not in the dictionary */
    int32_t head;           /* sentence-relative, -1 for the root */
    int32_t first_child, next_sibling;
    const char *deprel;
    const char *upos;
} tok;

/* A quote with a speaker, by the position of its cue. */
typedef struct cue_key {
    dyad_span cue;
    uint32_t quote;
} cue_key;

/* A common noun the dictionary resolved, remembered by its form for a
 * later bare "the ministers" (role_memory.c). */
typedef struct role_seen {
    uint32_t form, sentence;
    dyad_actor actor;
} role_seen;

enum { ROLE_MEMORY = 32 };

typedef struct sent {
    doc *d;
    const event_dictionary *e;
    const actor_dictionary *actors;
    uint32_t first, n;      /* document token range */
    uint32_t index;         /* sentence index */
    tok *t;
    /* per token: the pattern that coded it (or -1) and its code */
    int32_t *pattern;
    char (*code)[5];
    /* per token: the verb above it that its pattern names among the words
     * before the verb ("INDICATED *" on "indicated it deplored"; "INCHING
     * NEARER *" on "is inching nearer to accord"), so the pair is one
     * event, coded here; -1 when none */
    int32_t *absorbed;
    /* per token and one past the last: the commas before it, so whether a
     * comma stands between two words is one subtraction */
    uint32_t *commas;
    /* the sentence's interned lemma and form ids, sorted (2 per token at most) */
    uint32_t *ids;
    uint32_t nids;
    /* the country an unnamed "police" or "gunmen" belongs to: a place the
     * sentence names, else the document's country; found when first needed */
    int context_done;
    const char *context;
    int doc_country_done;
    /* the date the sentence's first day word gives (or the document's),
     * found once for all its events */
    int date_done;
    dyad_date date;
    const char *doc_country;
    /* names already sought among the earlier sentences (ev_resolve_actor's
     * "introduced earlier" step), kept for the whole document */
    struct earlier_name *earlier;
    uint32_t nearlier, earlier_cap; /* capacity: a power of two, or 0 */
    /* the document's quotes with a speaker, by the position of their cue
     * (ev_cued_speaker), built when first needed */
    struct cue_key *cues;
    uint32_t ncues;
    int cues_done;
    /* the latest common nouns resolved on their own words, a ring */
    role_seen roles[ROLE_MEMORY];
    uint32_t nroles;
    /* the latest body or group resolved on its own words, the owner of a
     * later "their spokesman" (role_memory.c) */
    dyad_actor group;
    uint32_t group_sentence, group_token; /* its sentence and head token in the document */
    int group_set;
    /* set while the sources of one verb are reporters a pronoun stands for
     * ("X and Y said they would ..."): they are not each other's target */
    int no_mutual;
} sent;

/* Frees what coding a document kept in s between its sentences. */
void ev_sentence_release(sent *s);

/* An actor filling a role: its head token and what the dictionary says. */
typedef struct actor_ref {
    int32_t head;        /* sentence-relative token, -1 for none */
    dyad_actor actor;
    int resolved;
} actor_ref;

static inline int upos_is(const tok *t, const char *u) { return t->upos && !strcmp(t->upos, u); }
static inline int is_noun(const tok *t) { return !t->upos || upos_is(t, "NOUN") || upos_is(t, "PROPN"); }
static inline int is_verb(const tok *t) { return !t->upos || upos_is(t, "VERB"); }

/* sentence.c */
/* Fill s->t from the document's tokens [s->first, s->first + s->n). */
void ev_index_sentence(sent *s);
/* The first child of h with exactly this relation, or -1. */
/* How many of a word's children ev_child reads (sentence.c says why). */
enum { EV_CHILDREN_READ = 256 };
int32_t ev_child(const sent *s, int32_t h, const char *rel);
/* The case word (preposition) of a nominal, as an interned id, or 0. */
uint32_t ev_case_of(const sent *s, int32_t n);
/* The head's clause (itself first) into out[MAX_SCOPE]; returns the count. */
uint32_t ev_scope(const sent *s, int32_t h, int32_t *out);
/* The words after a verb as PETRARCH reads them: its clause and the
 * clauses under it, five levels down, into out[MAX_SCOPE]. */
uint32_t ev_deep_scope(const sent *s, int32_t h, int32_t *out);
/* Whether every slot of p matches a distinct word of the scope; fills the
 * token each slot matched. */
int ev_pattern_matches(const sent *s, const ev_pattern *p, const int32_t *scope, uint32_t nscope, int32_t *matched);
/* The pattern that codes token h, into s->pattern[h] and s->code[h]. */
void ev_match_head(sent *s, int32_t h, int32_t *scope);

/* roles.c */
/* The token range of a mention: the head with its name parts and modifiers. */
void ev_mention_range(const sent *s, int32_t h, int32_t *lo, int32_t *hi);
/* Resolve the mention headed by h (-1: an empty actor). */
void ev_resolve_actor(sent *s, int32_t h, actor_ref *out);
/* h and the heads coordinated with it, at most max. */
uint32_t ev_coordinated(const sent *s, int32_t h, int32_t *out, uint32_t max);
/* A noun's modifier and the modifiers coordinated with it ("Russian and
 * Chinese [officials]"), at most max. */
uint32_t ev_coordinated_modifiers(const sent *s, int32_t m, int32_t *out, uint32_t max);
/* The subject of a verb (through coordination, control, relative clauses);
 * *passive set when it is a passive's subject. */
int32_t ev_subject_of(const sent *s, int32_t v, int *passive);
/* Whether verb v has a passive's "by" agent. */
int ev_by_agent(const sent *s, int32_t v);

/* Whether token x is a day or month name ("on Thursday", "in May"): a
 * time, never an actor. */
int ev_time_word(const sent *s, int32_t x);

/* The speaker the statements stage found for a quote cued on token v
 * ("said", "told"), or NULL. */
const dyad_actor *ev_cued_speaker(sent *s, int32_t v);
/* The first of the document's cued quotes (s->cues, sorted by cue) whose
 * cue starts at or after byte `at`; s->ncues when none. */
uint32_t ev_cue_at(sent *s, uint32_t at);

/* role_memory.c */
/* Remember noun h resolved as *a; recall for a bare definite noun h the
 * actor the same noun was a few sentences before (keeps out's span and
 * text).  Returns 1 when recalled. */
void ev_role_remember(sent *s, int32_t h, const dyad_actor *a);
int ev_role_recall(sent *s, int32_t h, dyad_actor *out);
/* The latest body or group named before h ("Houthi rebels ... Their
 * spokesman"), remembered by ev_group_remember: the owner code of a
 * mention whose determiner is "its" or "their", or NULL. */
void ev_group_remember(sent *s, int32_t h, const dyad_actor *a);
/* Whether token n is an attack noun ("attack", "strike", "shelling", ...). */
int ev_attack_noun(const sent *s, int32_t n);
const char *ev_possessive_owner(sent *s, int32_t h);

/* anaphora.c */
/* The speaker a personal pronoun ("he", "she") at token h stands for: the
 * one the statements stage found for it or just before it, or NULL. */
const dyad_speaker *ev_pronoun_speaker(sent *s, int32_t h);
/* Whether a preposition (interned id) introduces a target. */
int ev_target_case(const sent *s, uint32_t c);
/* Whether a code is of a non-state side of its country (REB, OPP, INS,
 * UAF, SEP, RAD): the state of that country is another party to it. */
int ev_non_state(const char *code);
/* Whether an actor's code belongs to the country `avoid` names, as its
 * state or people, not as a non-state side of it. */
int ev_of_country(const actor_ref *a, const char *avoid);
/* The target of v; `avoid` is the source's country. */
int32_t ev_target_of(sent *s, int32_t v, const ev_pattern *p, int32_t *scope, const char *avoid);
/* Only the target the pattern itself places (a '+' slot, or the actor a
 * PETRARCH pattern's preposition governs: "CALL ON" -> the actor after
 * "on"); -1 when it places none. */
int32_t ev_pattern_target(sent *s, int32_t v, const ev_pattern *p, int32_t *scope, const char *avoid);

#endif
