/* internal.h — what the files of the statements stage share.
 *
 * The stage works on its own light word list of the clean text (words,
 * numbers, punctuation and quotation marks with byte offsets), so that it
 * runs before or without the tokenizer and tagger; tokens, entities and
 * tags are used where present (mapping spans to tokens for actor
 * resolution).  Everything is linear in the text: one scan for the words,
 * one for the quotation marks, one per sentence for cues. */
#ifndef DYAD_ATTRIBUTE_INTERNAL_H
#define DYAD_ATTRIBUTE_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <strings.h>

#include "actors/actors.h"
#include "base/vec.h"
#include "core/document.h"

enum { W_WORD, W_NUM, W_PUNCT, W_MARK, W_URL };
/* Quotation marks: straight ones are decided by context when paired. */
enum { MK_DQ = 1, MK_DQ_OPEN, MK_DQ_CLOSE, MK_DQ_LOW, MK_GUIL_OPEN, MK_GUIL_CLOSE,
       MK_SQ, MK_SQ_OPEN, MK_SQ_CLOSE };
#define MAX_QUOTE_DEPTH 6
/* "Russia, China and Iran said": at most this many speakers besides the last one */
#define MAX_CO_SPEAKERS 3

typedef struct aword {
    uint32_t s, e;         /* bytes of the clean text */
    uint32_t para;         /* paragraph index */
    uint32_t sent;         /* frame sentence (see segment_frames) */
    int32_t quote;         /* innermost quote containing the word (for marks: the quote they open/close), -1 */
    uint8_t kind, mark;
    uint8_t depth;         /* quotes enclosing the word; a mark has its outside depth */
    uint8_t cap;           /* starts with an upper-case letter */
    uint8_t role;          /* for marks: 1 open, 2 close, 0 unused (not a quote) */
    uint8_t cue_used;      /* a direct quote's cue: not an indirect statement's */
    uint8_t gender;        /* lex_gender of the word */
    uint8_t not_name;      /* the tagger calls it a verb, adverb, pronoun, ...: never part of a name */
    uint8_t finite;        /* the tagger calls it a finite verb (VBD, VBZ, VBP, MD): no apposition holds one */
    uint8_t closed;        /* the tagger calls it a verb, adverb, pronoun, ...: no modifier of a role */
    uint16_t cls;          /* lexicon classes (1 << lexclass), computed once */
    const char *cue;       /* cue lemma, or NULL */
    const char *country;   /* ISO 3166 code of a country word, or NULL */
} aword;

/* A span of quoted text (or a colon-introduced passage). */
typedef struct qspan {
    uint32_t s, e;         /* content, marks excluded, white space trimmed */
    uint32_t w_open, w_close; /* word indexes of the marks (w_close = one past the content when unclosed) */
    uint32_t para;
    int32_t parent;        /* enclosing quote or -1 */
    uint8_t depth;         /* 0 = not inside another quote */
    bool closed, single, colon;
    bool starts_para;      /* the paragraph opens with this quote's mark */
    bool whole_para;       /* nothing but this quote (and punctuation) in the paragraph */
    bool chain_prev;       /* continues the previous paragraph's unclosed quote */
    uint32_t nwords;       /* words in the content */
    bool terminal;         /* the content ends a sentence (.?!) or holds one */
    bool upper;            /* written in capitals (a subhead) */
} qspan;

enum { MEN_NONE, MEN_NAME, MEN_PRONOUN, MEN_ROLE, MEN_ORG, MEN_JOURNALIST };

/* Who the text says spoke, as found at a cue. */
typedef struct mention {
    uint32_t s, e;         /* the noun phrase ("Kremlin spokesman Dmitry Peskov") */
    uint32_t ns, ne;       /* its name part ("Dmitry Peskov"), ns == ne when none */
    uint32_t rs, re;       /* role words (pre-modifiers or an apposition), rs == re when none */
    uint32_t ws, we;       /* word range of the noun phrase */
    uint8_t type;
    uint8_t gender;        /* 0 unknown, 1 male, 2 female */
    bool person;
    bool partitive;        /* "one of the ministers": an unnamed member of a group, never an anaphor */
    bool agent;            /* "a spokesman for Keir Starmer": speaks for the person named, is not that person */
    bool shared_role;      /* a country of "the leaders of Britain, France and Germany": rs..re is the role */
    uint32_t conj;         /* 1 + the mention coordinated before this one ("Russia" of "Russia and
                            * China said": both speak), 0 when none */
    int32_t speaker;       /* filled by resolution */
    const char *channel;   /* a channel named where a person is introduced ("held a press conference") */
    bool keyed;            /* key computed (speakers.c) */
    char key[47];          /* what identifies the speaker: surname, body or role, lower-cased */
} mention;

/* One statement before publication. */
typedef struct stmt {
    uint32_t s, e;
    uint8_t kind;          /* dyad_quote_kind */
    int32_t quote;         /* qspan index for direct ones, -1 */
    int32_t mention;       /* index into ctx.mentions, -1 when uncued */
    int32_t inherit;       /* statement whose speaker this one continues, -1 */
    const char *cue;
    uint32_t cue_s, cue_e;
    const char *channel;
    uint32_t channel_at;   /* the word where find_channel met the channel */
    const char *relayed;
    float confidence;
    int32_t speaker;
    int32_t co_speakers[MAX_CO_SPEAKERS]; /* the other speakers of a coordinated subject, -1 after the last */
    bool answer;           /* an "A:" paragraph of an interview: the interviewee */
    bool pull;             /* an unquoted first-person paragraph (a pull quote) */
} stmt;

typedef struct ctx {
    doc *d;
    const actor_dictionary *actors;
    const char *t;
    VEC(aword) w;
    VEC(qspan) q;
    VEC(mention) men;
    VEC(stmt) st;
    VEC(mention) persons;  /* people the text introduces, for "he" and "the diplomat" */
    uint32_t nsent;
    VEC(uint32_t) sent_first; /* first word of each frame sentence */
    const char *doc_country;  /* actors_document_country, computed on first use */
    bool doc_country_done;
} ctx;

/* scan.c */
void scan_words(ctx *c);
void pair_marks(ctx *c);
void segment_frames(ctx *c);

/* lexicon.c: word classes, all matched case-insensitively on the word. */
typedef enum { LX_CUE, LX_ROLE, LX_ORG, LX_PLACE, LX_SKIP, LX_FEMALE_NAME, LX_STOP_LABEL,
               LX_DET, LX_CONNECT, LX_PREP, LX_ABBREV, LX_SENT_ADVERB, LX_JOURNALIST,
               LX_FUNCTION, LX_COUNT } lexclass;
/* Look every word up once (scan.c calls it): wis() and friends then test bits. */
void classify_words(ctx *c);
/* tags.c: what the tagger says, when it ran (upos set); nothing otherwise. */
void apply_tags(ctx *c);
bool lex_is(lexclass cls, const char *s, size_t n);
/* The cue's lemma ("say") when the word is a cue verb, else NULL. */
const char *lex_cue_lemma(const char *s, size_t n);
/* Country code (ISO 3166 alpha-3) for a country name or demonym, else NULL. */
const char *lex_country(const char *s, size_t n);
/* 1 male, 2 female, 0 unknown for a role or title word ("spokeswoman"). */
int lex_gender(const char *s, size_t n);
bool lex_lists_sorted(void);

/* helpers on words */
static inline const char *wtext(const ctx *c, uint32_t i) { return c->t + c->w.items[i].s; }
static inline size_t wlen(const ctx *c, uint32_t i) { return c->w.items[i].e - c->w.items[i].s; }
static inline bool weq(const ctx *c, uint32_t i, const char *lit)
{
    size_t n = wlen(c, i);
    return __builtin_strlen(lit) == n && strncasecmp(wtext(c, i), lit, n) == 0;
}
/* Words i and j spelled alike, case aside ("Officials" and "officials"). */
static inline bool wsame(const ctx *c, uint32_t i, uint32_t j)
{
    size_t n = wlen(c, i);
    return wlen(c, j) == n && strncasecmp(wtext(c, i), wtext(c, j), n) == 0;
}
static inline bool wis(const ctx *c, uint32_t i, lexclass cls) { return (c->w.items[i].cls >> cls) & 1u; }
static inline bool wpunct(const ctx *c, uint32_t i, char ch)
{
    const aword *w = &c->w.items[i];
    return w->kind == W_PUNCT && w->e - w->s == 1 && c->t[w->s] == ch;
}
/* A word ending in "'s" or "’s" ("Colombia's", "the mission’s"). */
static inline bool wpossessive(const ctx *c, uint32_t i)
{
    const char *w = wtext(c, i);
    size_t n = wlen(c, i);
    return (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's') || (n > 4 && !__builtin_memcmp(w + n - 4, "\xE2\x80\x99s", 4));
}
static inline const char *wcue(const ctx *c, uint32_t i) { return c->w.items[i].cue; }
static inline const char *wcountry(const ctx *c, uint32_t i) { return c->w.items[i].country; }
static inline int wgender(const ctx *c, uint32_t i) { return c->w.items[i].gender; }

/* mention.c */
/* A lower-case word in -ing ("speaking", "citing", "asking"): it opens a
 * participle phrase, not a role or a name. */
bool participle_word(const ctx *c, uint32_t i);
/* The full stop of a title glued to it before a capitalised word ("Gen.
 * Abdel Fattah al-Burhan", "Col.", "Dr."): part of the name, no sentence end. */
bool title_stop(const ctx *c, uint32_t i);
int32_t np_before(ctx *c, uint32_t lo, uint32_t cue);
int32_t np_after(ctx *c, uint32_t from, uint32_t hi);
/* The mention made of words [a, b) as they stand (a colon label). */
int32_t np_span(ctx *c, uint32_t a, uint32_t b);
/* The subject at a sentence's start ("X welcomed ..., saying ..."). */
int32_t np_subject(ctx *c, uint32_t lo, uint32_t hi);
void collect_persons(ctx *c);

/* direct.c, indirect.c */
void attribute_direct(ctx *c);
void attribute_indirect(ctx *c);
void attribute_pull_quotes(ctx *c);
/* channel.c: the channel and relaying outlet found in the words [lo, hi). */
void find_channel(ctx *c, uint32_t lo, uint32_t hi, stmt *st);

/* speakers.c */
/* Resolves every statement's speaker and fills d->quotes and d->speakers. */
void resolve_speakers(ctx *c);

#endif
