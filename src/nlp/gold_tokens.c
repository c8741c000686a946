/* gold_tokens.c — documents from given tokens (evaluation and tests). */
#include "nlp/gold_tokens.h"

#include <string.h>

void nlp_add_gold_sentence(doc *d, const char *const *forms, const bool *space_after, size_t n)
{
    if (d->text.len) buf_putc(&d->text, '\n');
    dyad_sentence s = {{(uint32_t)d->text.len, 0}, (uint32_t)d->tokens.count, (uint32_t)n, 0};
    for (size_t i = 0; i < n; i++) {
        dyad_token t;
        memset(&t, 0, sizeof t);
        size_t len = strlen(forms[i]);
        t.span.start = (uint32_t)d->text.len;
        buf_append(&d->text, forms[i], len);
        t.span.end = (uint32_t)d->text.len;
        t.form = doc_strndup(d, forms[i], len);
        t.head = -1;
        t.sentence = (uint32_t)d->sentences.count;
        t.space_after = space_after ? space_after[i] : true;
        if (i + 1 < n && t.space_after) buf_putc(&d->text, ' ');
        VEC_PUSH(&d->tokens, t);
    }
    s.span.end = (uint32_t)d->text.len;
    VEC_PUSH(&d->sentences, s);
    d->given_sentences = true;
}
