/* segment.c — the segmentation half of the language stage: tokenize each
 * paragraph of the clean text and split it into sentences, then publish
 * the tokens and sentences into the document.
 *
 * Paragraphs are hard breaks: no sentence spans two of them.  A document
 * with text but no paragraphs (extraction not run) is treated as one. */
#include "nlp/segment.h"

#include <stdlib.h>

#include "nlp/sentences.h"
#include "nlp/tokenize.h"

static void segment_range(doc *d, nlp_tok_vec *toks, size_t start, size_t end, uint32_t paragraph)
{
    const char *text = d->text.data;
    toks->count = 0;
    nlp_tokenize(text, start, end, toks);
    nlp_split_sentences(text, toks->items, toks->count);
    VEC_GROW(&d->tokens, d->tokens.count + toks->count);
    size_t first = d->tokens.count;
    for (size_t i = 0; i < toks->count; i++) {
        const nlp_tok *t = &toks->items[i];
        dyad_token tk = {0};
        tk.span.start = t->start;
        tk.span.end = t->end;
        tk.form = doc_strndup(d, text + t->start, t->end - t->start);
        tk.head = -1;
        tk.sentence = (uint32_t)d->sentences.count;
        tk.space_after = (t->flags & NLP_TOK_SPACE_AFTER) != 0;
        d->tokens.items[d->tokens.count++] = tk;
        if (t->flags & NLP_TOK_SENTENCE_END) {
            dyad_sentence s = {0};
            s.first_token = (uint32_t)first;
            s.token_count = (uint32_t)(d->tokens.count - first);
            s.span.start = d->tokens.items[first].span.start;
            s.span.end = t->end;
            s.paragraph = paragraph;
            VEC_PUSH(&d->sentences, s);
            first = d->tokens.count;
        }
    }
}

void nlp_segment(doc *d)
{
    if (!d->text.data || d->text.len == 0) return;
    nlp_tok_vec toks = {0};
    if (d->paragraphs.count == 0) {
        segment_range(d, &toks, 0, d->text.len, 0);
    } else {
        for (size_t p = 0; p < d->paragraphs.count; p++) {
            dyad_span sp = d->paragraphs.items[p].span;
            if (sp.end > d->text.len || sp.start > sp.end) continue;
            segment_range(d, &toks, sp.start, sp.end, (uint32_t)p);
        }
    }
    VEC_FREE(&toks);
}
