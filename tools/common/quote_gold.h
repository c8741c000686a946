/* quote_gold.h — the hand-annotated statement sets (tests/statements/,
 * format in its README.md) and their scoring: quote span precision,
 * recall and F1 (exact and overlap), speaker accuracy and actor-code
 * accuracy.  Shared by tools/eval_quotes and the golden-set unit test. */
#ifndef DYAD_TOOLS_QUOTE_GOLD_H
#define DYAD_TOOLS_QUOTE_GOLD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dyad.h"

typedef struct gold_speaker {
    char id[32], name[128], code[32], gender[16];
} gold_speaker;

typedef struct gold_quote {
    uint32_t s, e;     /* in the article text (markers stripped) */
    char kind;         /* 'D' or 'I' */
    int speaker;       /* index into gold_doc.speakers */
} gold_quote;

typedef struct gold_doc {
    char *text;        /* the article as dyad reads it */
    size_t length;
    gold_speaker *speakers;
    size_t speaker_count;
    gold_quote *quotes;
    size_t quote_count;
} gold_doc;

/* Parse an annotated article; 0 on success, else -1 with a reason. */
int gold_parse(const char *src, size_t n, gold_doc *g, char *error, size_t error_size);
void gold_free(gold_doc *g);

typedef struct quote_score {
    size_t docs, gold, predicted;
    size_t exact, overlap;              /* matched pairs */
    size_t speaker_ok, speaker_total;   /* over overlap-matched pairs */
    size_t code_ok, code_total;         /* over matched pairs whose gold speaker has a code */
} quote_score;

/* Score dyad's quotes for one article; with `log`, list each miss. */
void quote_score_doc(const gold_doc *g, const dyad_document *d, quote_score *sc, FILE *log, const char *name);
double quote_f1(size_t matched, size_t gold, size_t predicted);

/* Resources for every stage (statements need the language analysis's
 * resources and the actor dictionaries); NULL with the reason in `error`. */
dyad_resources *quote_resources(char *error, size_t error_size);

#endif
