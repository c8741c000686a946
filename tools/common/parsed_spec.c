/* parsed_spec.c — hand-parsed sentences as documents (see parsed_spec.h). */
#include "common/parsed_spec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

doc *parsed_spec_doc(const char *spec, const char *date)
{
    static dyad_input in; /* the document points at its input */
    in = dyad_input_from_memory("x", 1, DYAD_FORMAT_TEXT);
    in.id = "t";
    doc *d = doc_new(&in);
    if (date) {
        d->pub.date.precision = DYAD_DATE_DAY;
        sscanf(date, "%d-%d-%d", &d->pub.date.year, &d->pub.date.month, &d->pub.date.day);
    }
    char *copy = strdup(spec);
    dyad_sentence s = {0};
    uint32_t n = 0;
    for (char *save = NULL, *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        char *f[6] = {0};
        int k = 0;
        for (char *save2 = NULL, *p = strtok_r(w, "/", &save2); p && k < 6; p = strtok_r(NULL, "/", &save2)) f[k++] = p;
        if (k < 5) continue;
        dyad_token t = {0};
        if (d->text.len) buf_putc(&d->text, ' ');
        t.span.start = (uint32_t)d->text.len;
        buf_puts(&d->text, f[0]);
        t.span.end = (uint32_t)d->text.len;
        t.form = doc_strdup(d, f[0]);
        t.lemma = doc_strdup(d, f[1]);
        t.upos = doc_strdup(d, f[2]);
        t.head = atoi(f[3]) - 1;
        t.deprel = doc_strdup(d, f[4]);
        t.feats = "_";
        if (k == 6) t.xpos = doc_strdup(d, f[5]);
        VEC_PUSH(&d->tokens, t);
        n++;
    }
    s.span.end = (uint32_t)d->text.len;
    s.token_count = n;
    VEC_PUSH(&d->sentences, s);
    free(copy);
    return d;
}
