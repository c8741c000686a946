/* internal.h — what the actor dictionary holds and how its pieces meet:
 * the loaded entries (dictionary.c, petrarch.c), the phrase table
 * (table.c), the words of a mention (words.c) and resolution (resolve.c).
 *
 * Every string lives in one pool (`strings`) and is named by its offset,
 * so loading is a handful of large allocations and the finished
 * dictionary is read-only. */
#ifndef DYAD_ACTORS_INTERNAL_H
#define DYAD_ACTORS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "actors/actors.h"
#include "base/buf.h"
#include "base/vec.h"

/* What a dictionary phrase names.  "Owners" (country, demonym, capital,
 * body, igo, region, group, person) decide whose actor a mention is;
 * agents and roles add the sector (GOV, MIL, ...); modifiers and honorifics
 * shape the role text only. */
typedef enum actor_kind {
    AK_NONE = 0,
    AK_COUNTRY,   /* "Russia" -> RUS */
    AK_DEMONYM,   /* "Russian" -> RUS */
    AK_CAPITAL,   /* "Moscow" -> RUS (alone: RUSGOV) */
    AK_BODY,      /* an institution with a full code: "the Kremlin" -> RUSGOV */
    AK_IGO,       /* "NATO" -> IGOWSTNAT */
    AK_REGION,    /* "the West" -> WST */
    AK_GROUP,     /* a non-state group with a full code */
    AK_PERSON,    /* a named person with dated codes */
    AK_AGENT,     /* a body of a state: "foreign ministry" -> GOV */
    AK_ROLE,      /* a person's role: "foreign minister" -> GOV */
    AK_MODIFIER,  /* "deputy", "acting"; code ELI on "former" */
    AK_HONORIFIC, /* "Mr", "Dr": dropped from names */
    AK_KIND_COUNT
} actor_kind;

enum {
    ENTRY_PETRARCH = 1 << 0,   /* from a PETRARCH file: case-insensitive */
    ENTRY_AGENT_PREFIX = 1 << 1 /* PETRARCH agent "[NGO~]": code goes before the country */
};

/* One code with the dates it holds (yyyymmdd; 0 = open). */
typedef struct actor_term {
    uint32_t code;          /* string offsets; 0 = none */
    uint32_t role, org;
    uint32_t alts;          /* PETRARCH "[ELR/GAL]": the codes after the first ("GAL"), or 0 */
    int32_t from, to;
} actor_term;

/* An entry's name with the alternative codes of its term (actors_finish
 * collects them; PETRARCH dictionaries hold few). */
typedef struct actor_alternative { uint32_t name, codes; } actor_alternative;

typedef struct actor_entry {
    uint8_t kind;
    uint8_t flags;
    uint32_t name;          /* canonical name (first listed) */
    uint32_t country;       /* ISO3 for country-bound entries, or 0 */
    uint32_t org;           /* organisation for bodies, agents and roles, or 0 */
    uint32_t context;       /* "a|b|c": words the document must contain, or 0 */
    uint32_t first_term, term_count;
} actor_entry;

/* A phrase of the table: a normalised key and the entry it names.
 * Phrases with the same key chain through `next` in file order. */
typedef struct actor_phrase {
    uint64_t hash;
    uint32_t key, key_length;
    uint32_t entry;
    uint32_t next;          /* index + 1 of the next phrase with this key */
    uint32_t tail;          /* in a chain's first phrase: index of its last */
    uint32_t capital_mask;  /* words that must start with a capital letter */
    uint32_t upper_mask;    /* words that must be written in capitals ("US") */
    uint32_t gap_mask;      /* PETRARCH names: words a space, not '_', sets
                             * apart, before which modifiers may stand
                             * ("ITHILEN TELEVISION": "Ithilen state-run television") */
    uint8_t word_count;
} actor_phrase;

typedef struct first_word {
    uint64_t hash;
    uint32_t key, key_length;
    uint8_t max_words;
    uint32_t gap_first, gap_count; /* its phrases with a gap_mask: gapped.items[gap_first..+gap_count) */
} first_word;

struct actor_dictionary {
    buf strings;            /* the pool; offset 0 is the empty string */
    VEC(actor_entry) entries;
    VEC(actor_term) terms;
    VEC(actor_alternative) alternatives;
    VEC(actor_phrase) phrases;
    VEC(first_word) firsts;
    VEC(uint32_t) gapped;   /* phrases with a gap_mask (PETRARCH names written with spaces), grouped by first word */
    uint32_t *slots;        /* open addressing over phrases: index + 1 */
    size_t slot_mask;
    uint32_t *first_slots;  /* open addressing over firsts: index + 1 */
    size_t first_slot_mask;
    uint32_t countries[32 * 32 * 32 / 32]; /* bit set of known ISO3 codes */
    int petrarch;           /* loaded from PETRARCH files */
    size_t warnings;        /* bad lines skipped */
    VEC(char *) messages;   /* the first of them, "file:line: reason" */
};

#define ACTOR_MAX_PHRASE_WORDS 24
/* Entries sharing one name that resolution considers (a dictionary may
 * list the same name thousands of times; only the first ones count). */
#define ACTOR_MAX_CHAIN 64

static inline const char *dict_str(const actor_dictionary *a, uint32_t off)
{
    return off ? a->strings.data + off : NULL;
}

/* Strings and entries (dictionary.c). */
uint32_t dict_intern(actor_dictionary *a, const char *s, size_t n);
void dict_mark_country(actor_dictionary *a, const char *code);
int dict_is_country(const actor_dictionary *a, const char *code);

/* The phrase table (table.c).  `name` is a phrase as written in a
 * dictionary; returns 0 when it has no words. */
int table_add(actor_dictionary *a, const char *name, size_t n, uint32_t entry, int case_insensitive);
void table_build(actor_dictionary *a);
uint64_t table_hash(const char *s, size_t n);
/* The first phrase with this key, or NULL. */
const actor_phrase *table_find(const actor_dictionary *a, const char *key, size_t n, uint64_t hash);
/* The first word of some phrase, or NULL: the longest phrase it starts
 * (max_words) and the phrases with gaps it starts. */
const first_word *table_first_word(const actor_dictionary *a, const char *key, size_t n);

/* ---- the words of a mention (words.c) ------------------------------- */

enum { WORD_PUNCT_COMMA = 1, WORD_PUNCT_HARD = 2 };

typedef struct actor_word {
    uint32_t key, key_length;    /* in words.keys */
    uint32_t start, end;         /* bytes in the source text */
    int32_t token;               /* token index, or -1 */
    uint8_t capital;             /* first letter is a capital */
    uint8_t upper;               /* every letter is a capital */
    uint8_t punct;               /* WORD_PUNCT_*, 0 for a word */
    uint8_t possessive;          /* followed by 's */
    uint8_t hyphen_before;       /* joined to the previous word by a hyphen */
    uint8_t sentence_end;        /* ends in a full stop that ends a sentence */
    uint8_t abbreviation;        /* ends in a full stop that does not ("Aug.", "Gen.") */
} actor_word;

#define ACTOR_MAX_WORDS 256

typedef struct actor_words {
    actor_word w[ACTOR_MAX_WORDS];
    size_t n;
    char keys[ACTOR_MAX_WORDS * 24];
    size_t keys_length;
    int full;                    /* words were dropped for lack of room */
} actor_words;

void words_clear(actor_words *ws);
/* Split s[0..n) (base: its offset in the source text) into words. */
void words_add_text(actor_words *ws, const char *s, size_t n, uint32_t base, int32_t token);
/* The words of tokens [first, first+count) of d. */
void words_from_tokens(actor_words *ws, const dyad_document *d, uint32_t first, uint32_t count);
/* Normalise s[0..n) into out (lowercase, accents folded, dots dropped);
 * returns the length written (at most cap). */
size_t words_normalise(const char *s, size_t n, char *out, size_t cap);
/* Word i is a lowercase particle of an Arabic name ("al" of "al-Burhan",
 * "bin", "ibn", "abu") with a capitalised word right after it: part of
 * the name, not the end of it. */
int words_name_particle(const actor_words *ws, size_t i);
/* Words [first, first + count) name a place and a capitalised word of
 * water follows ("Indian Ocean", "Taiwan Strait", "Baltic Sea"): the
 * whole names the water, which is no actor and not that place. */
int words_water_after(const actor_words *ws, size_t first, size_t count);

/* ---- matching (resolve.c) -------------------------------------------- */

typedef struct actor_match {
    uint32_t first, count;       /* words */
    const actor_phrase *phrase;  /* NULL: a word the dictionary does not know */
    const actor_entry *entry;    /* the entry it names here (context applied) */
} actor_match;

/* The text a mention's context words are sought in: the document's
 * text, and whether word offsets point into it. */
typedef struct match_context {
    const char *text;
    size_t length;
    int offsets_in_text;
} match_context;

/* Longest-match the words against the dictionary; returns the matches.
 * A phrase whose entries all need context words the text lacks does not
 * match, so a shorter one may ("King Abdullah" -> "king"). */
size_t actors_match_words(const actor_dictionary *a, const actor_words *ws, const match_context *context,
                          actor_match *out, size_t cap);

/* Compose an actor from words whose offsets refer to source. */
int actors_compose_words(const actor_dictionary *a, doc *d, const actor_words *ws, const char *source,
                         size_t source_length, dyad_actor *out);

/* Dates as yyyymmdd from a document date; 0 when unknown. */
int32_t actors_date_of(const dyad_date *date);

#endif
