/* events.c — fuzz the event coder on arbitrary parses: the bytes become
 * tokens with arbitrary heads (cycles, self-loops, out-of-range), relations
 * and tags from small tables, so every walk in the coder meets hostile
 * trees; then the whole chain runs on the bytes as text. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors/actors.h"
#include "core/document.h"
#include "events/events.h"

static const char *const words[] = {"Russia", "attacked", "Ukraine", "said", "threatened", "to", "impose", "sanctions", "on",
                                    "by", "not", "talks", "between", "and", "Wednesday", "which", "the", "NATO", "meet", "with",
                                    "ready", "of", "west", "gunmen", "Kharkiv", "is", "bombed", "Minister"};
static const char *const lemmas[] = {"Russia", "attack", "Ukraine", "say", "threaten", "to", "impose", "sanction", "on",
                                     "by", "not", "talks", "between", "and", "Wednesday", "which", "the", "NATO", "meet", "with",
                                     "ready", "of", "west", "gunman", "Kharkiv", "be", "bomb", "Minister"};
static const char *const upos[] = {"PROPN", "VERB", "NOUN", "ADP", "PART", "PRON", "DET", "CCONJ", "AUX", "ADJ", "PUNCT", NULL};
static const char *const rels[] = {"nsubj", "obj", "obl", "nmod", "case", "conj", "xcomp", "ccomp", "acl:relcl", "nsubj:pass",
                                   "obl:agent", "advmod", "appos", "compound", "flat", "root", "nmod:poss", "amod", "det", "cop", "acl", "mark", NULL};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static event_dictionary *e;
    static actor_dictionary *a;
    if (!e) {
        char err[256];
        e = events_open(DYAD_ROOT "/data", NULL, false, err, sizeof err);
        a = actors_open(DYAD_ROOT "/data", err, sizeof err);
        if (!e) abort();
    }
    dyad_input in = dyad_input_from_memory((const char *)data, size, DYAD_FORMAT_TEXT);
    doc *d = doc_new(&in);
    d->pub.date = (dyad_date){.precision = DYAD_DATE_DAY, .year = 2022, .month = 2, .day = 14};
    size_t n = size / 4;
    if (n > 600) n = 600;
    for (size_t i = 0; i < n; i++) {
        const uint8_t *b = data + 4 * i;
        size_t w = b[0] % (sizeof words / sizeof *words);
        dyad_token t = {0};
        if (d->text.len) buf_putc(&d->text, ' ');
        t.span.start = (uint32_t)d->text.len;
        buf_puts(&d->text, words[w]);
        t.span.end = (uint32_t)d->text.len;
        t.form = words[w];
        t.lemma = lemmas[w];
        t.upos = upos[b[1] % (sizeof upos / sizeof *upos - 1)];
        t.deprel = rels[b[2] % (sizeof rels / sizeof *rels - 1)];
        t.head = (int32_t)(b[3] % (n + 2)) - 1;
        t.feats = "_";
        VEC_PUSH(&d->tokens, t);
    }
    /* one or two sentences over the tokens */
    size_t cut = n / 2;
    if (n) {
        dyad_sentence s1 = {{0, 0}, 0, (uint32_t)cut, 0}, s2 = {{0, 0}, (uint32_t)cut, (uint32_t)(n - cut), 0};
        s1.span.end = cut ? d->tokens.items[cut - 1].span.end : 0;
        s2.span.start = d->tokens.items[cut].span.start;
        s2.span.end = (uint32_t)d->text.len;
        if (cut) VEC_PUSH(&d->sentences, s1);
        VEC_PUSH(&d->sentences, s2);
    }
    /* PETRARCH's conventions too, by the input's last byte (its other
     * walks: first actor after a verb, phrase contexts, quoted actors) */
    events_use_petrarch_conventions(e, size && (data[size - 1] & 1));
    events_set_new_actor_length(e, size && (data[size - 1] & 2) ? 4 : 0);
    events_code(d, e, a);
    for (size_t i = 0; i < d->events.count; i++)
        if (d->events.items[i].trigger.end > d->text.len || !d->events.items[i].cameo) abort();
    doc_free(d);
    /* and the whole chain on the bytes as text */
    dyad_document *doc = dyad_process(NULL, &in, DYAD_STAGE_ALL);
    size_t len;
    free(dyad_document_to_json(doc, &len));
    dyad_document_free(doc);
    return 0;
}
