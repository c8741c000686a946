/* dictionary.h — the event dictionaries in memory: CAMEO code tables and
 * verb / event-noun patterns, read from dyad's own format (data/events/
 * verbs.txt, docs/EVENTS.md) or from PETRARCH-2 verb dictionaries.
 *
 * Words are interned to small integers when the dictionary loads, so
 * matching a sentence compares integers, never strings.  Everything here is
 * read-only once loaded and shared by threads. */
#ifndef DYAD_EVENTS_DICTIONARY_H
#define DYAD_EVENTS_DICTIONARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One CAMEO event code with what dyad reports about it. */
typedef struct cameo_code {
    char code[5];
    const char *label, *plover, *plover_mode, *plover_context; /* NULL when none */
    double goldstein;
    int quad;
} cameo_code;

/* One word of a pattern: any of `alts` (interned ids) matches. */
typedef struct ev_slot {
    uint32_t *alts;
    uint32_t nalts;
    /* Multiword alternatives ("golden goblin galleons"): alts holds the
     * last word, prefix[a] the words before it (prefix_len[a] of them);
     * both NULL when every alternative is one word. */
    uint32_t **prefix;
    uint8_t *prefix_len;
    bool target;  /* a '+' follows: the noun this preposition governs is the target */
    bool target_skip; /* "IN ^ +": the target is the next actor after that noun */
    /* PETRARCH word order (ordered patterns only): the slot stands before
     * the verb (words left of '*') or after it, in the pattern's order; a
     * glued slot ('_' before it: "NEW_&TIES", "*_UPON") starts on the
     * token right after the previous slot's last word (or the verb's). */
    bool before_verb;
    bool glued;
} ev_slot;

typedef struct ev_pattern {
    char code[5];        /* "" for a null pattern: it matches and codes nothing */
    char code2[5];       /* the target's reciprocal event ("[032:033]"), or "" */
    bool noun;           /* an event noun ("talks", "sanctions") rather than a verb */
    bool target_obj;     /* '+' right after the head: the direct object is the target */
    bool subject_target; /* PETRARCH "+ ... * ... $": the subject is the target */
    bool plus_subject;   /* PETRARCH "- NOTED + *" (no '$'): the verb's subject is the target, the
                          * source the subject of the verb above that the pattern names */
    bool compound_subject; /* PETRARCH "% *": only when the subject is coordinated */
    bool deep;           /* PETRARCH patterns read on: words may stand in the verb's clauses too */
    bool ordered;        /* PETRARCH patterns: slots keep the pattern's order and side of the verb */
    bool verb_glued;     /* "RECENTLY_*": the verb right after the last word before it */
    bool verb_line;      /* a verb line's own phrase ("+BREAK_DOWN"), not a '-' pattern of its block */
    int8_t source_slot;  /* with it, the slot whose noun is the source; -1 the object */
    bool source_skip;    /* "FEAST ^ $": the source is the next actor after that phrase */
    uint16_t nslots;
    ev_slot *slots;
    const char *text;    /* "file:line pattern", reported as the event's pattern */
} ev_pattern;

/* A governing verb's code combined with its complement's:
 * "threaten" (13) + "impose sanctions" (16) -> 1312. */
typedef struct ev_complement {
    char governor[3], complement[5];
    char code[5];
} ev_complement;

typedef struct ev_discard {
    uint32_t *words;  /* interned ids, in order */
    uint32_t nwords;
    bool story;
} ev_discard;

typedef struct ev_word { const char *text; uint32_t hash; } ev_word;

/* Head word id -> its patterns, most specific first. */
typedef struct ev_head { uint32_t word; uint32_t first, count; } ev_head;

typedef struct event_tables {
    /* interned words: id 0 is "no word" */
    ev_word *words;
    uint32_t nwords, wcap;
    uint32_t *wslots;     /* open-addressing table of word ids */
    uint32_t wmask;

    ev_pattern *patterns;
    uint32_t npatterns, pcap;
    uint32_t *head_of;    /* head word id per pattern (parallel to patterns) */
    ev_head *heads;       /* sorted by word */
    uint32_t nheads;

    ev_complement *complements;
    uint32_t ncomplements, ccap;

    cameo_code *codes;    /* sorted by code */
    uint32_t ncodes;

    /* Allocation of strings and slot arrays: freed together. */
    char **blocks;
    size_t nblocks, bcap, block_used, block_size;

    /* Discard phrases (PETRARCH *discards*.txt): a sentence holding one
     * is not coded; a story-level one ('+') silences the whole document. */
    ev_discard *discards;
    uint32_t ndiscards, dcap;

    /* Problems met while reading: "file:line: reason". */
    char **warnings;
    uint32_t nwarnings, warncap;
    uint32_t warnings_total;
} event_tables;

void tables_init(event_tables *t);
void tables_free(event_tables *t);
void *tables_alloc(event_tables *t, size_t n);
char *tables_strndup(event_tables *t, const char *s, size_t n);
void tables_warn(event_tables *t, const char *file, unsigned line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The id of a word (lowercased ASCII), interning it when `add`; 0 when absent. */
uint32_t tables_word(event_tables *t, const char *s, size_t n, bool add);
/* Lookup only, safe on a loaded (read-only) table. */
uint32_t tables_word_find(const event_tables *t, const char *s, size_t n);

/* Add a pattern whose head is `head` (already interned). */
ev_pattern *tables_add_pattern(event_tables *t, uint32_t head);
void tables_add_complement(event_tables *t, const char *governor, const char *complement, const char *code);
/* Sort heads and patterns for lookup; call once after reading. */
void tables_finish(event_tables *t);

const ev_head *tables_head(const event_tables *t, uint32_t word);
const cameo_code *tables_code(const event_tables *t, const char *code);
/* The code a governing verb's event takes with a complement, or NULL. */
const char *tables_complement(const event_tables *t, const char *governor, const char *complement);

/* The loaded dictionary behind events.h's opaque event_dictionary: the
 * tables plus the ids of the function words the coder looks for. */
struct event_dictionary {
    event_tables t;
    /* interned ids of the function words the coder looks for */
    uint32_t w_not, w_never, w_nt, w_no, w_by, w_between, w_and, w_neither;
    /* verbs of saying: what they report is coded on its own, whatever code
     * a dictionary gives them (PETRARCH's validation set codes "say" 023) */
    uint32_t reporting[24];
    int nreporting;
    /* data/events/tone.txt: word ids with their sign, sorted by id */
    uint32_t *tone_words;
    int8_t *tone_signs;
    uint32_t ntone;
    /* PETRARCH-2's conventions instead of dyad's (docs/EVENTS.md); set
     * once when the resources are opened */
    bool petrarch;
    unsigned new_actor_length; /* PETRARCH's new_actor_length, with petrarch */
};

/* Readers.  Each returns 0 on success; -1 when the file cannot be read or,
 * under `strict`, has a malformed line (the reason in the warnings). */
int read_cameo_table(event_tables *t, const char *path);
int read_native_verbs(event_tables *t, const char *path, const char *text, size_t n, bool strict);
int read_petrarch_discards(event_tables *t, const char *path, const char *text, size_t n, bool strict);
int read_petrarch_verbs(event_tables *t, const char *path, const char *text, size_t n, bool strict);

#endif
