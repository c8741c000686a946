/* tokenize.c — fuzz the tokenizer and the sentence splitter: arbitrary
 * bytes straight into the tokenizer (it must never read outside its range),
 * then the same bytes repaired to UTF-8, cut into paragraphs at newlines and
 * segmented as the pipeline does, with the invariants a reader relies on:
 * tokens in order, inside the text, never empty, never overlapping;
 * sentences covering their tokens, each inside one paragraph; then the
 * learned boundary pass's filters over those sentences. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "core/document.h"
#include "nlp/boundary.h"
#include "nlp/segment.h"
#include "nlp/sentences.h"
#include "nlp/tokenize.h"

#include "paragraphs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Raw bytes, in an exact-size heap copy so ASan sees any over-read. */
    char *raw = malloc(size ? size : 1);
    memcpy(raw, data, size);
    nlp_tok_vec v = {0};
    nlp_tokenize(raw, 0, size, &v);
    nlp_split_sentences(raw, v.items, v.count);
    for (size_t i = 0; i < v.count; i++) {
        if (v.items[i].start >= v.items[i].end || v.items[i].end > size) abort();
        if (i && v.items[i].start < v.items[i - 1].end) abort();
    }
    if (v.count && !(v.items[v.count - 1].flags & NLP_TOK_SENTENCE_END)) abort();
    VEC_FREE(&v);
    free(raw);

    buf text = BUF_INIT;
    utf8_repair_append(&text, (const char *)data, size);
    dyad_input in = dyad_input_from_memory(text.data ? text.data : "", text.len, DYAD_FORMAT_TEXT);
    doc *d = doc_new(&in);
    fuzz_add_line_paragraphs(d, text.data, text.len);
    nlp_segment(d);
    doc_publish(d);
    const dyad_document *p = &d->pub;
    size_t next_token = 0;
    for (size_t s = 0; s < p->sentence_count; s++) {
        const dyad_sentence *se = &p->sentences[s];
        if (se->first_token != next_token || se->token_count == 0) abort();
        if (se->paragraph >= p->paragraph_count) abort();
        const dyad_paragraph *pa = &p->paragraphs[se->paragraph];
        if (se->span.start < pa->span.start || se->span.end > pa->span.end) abort();
        for (uint32_t k = 0; k < se->token_count; k++) {
            const dyad_token *t = &p->tokens[se->first_token + k];
            if (t->span.start >= t->span.end || t->span.start < se->span.start || t->span.end > se->span.end) abort();
            if (strlen(t->form) != t->span.end - t->span.start) abort();
            if (memcmp(t->form, p->text + t->span.start, strlen(t->form)) != 0) abort();
            if (t->sentence != s || t->head != -1) abort();
        }
        next_token += se->token_count;
    }
    if (next_token != p->token_count) abort();
    /* The learned pass's filters (boundary.h) on these sentences, with a
     * cut proposed at every gap: what they keep is in order and inside,
     * and edited prose keeps no more than web text. */
    boundary_model none = {0};
    boundary_model b = boundary_for_document(&none, d);
    (void)b;
    for (size_t s = 0; s < d->sentences.count; s++) {
        const dyad_sentence *se = &d->sentences.items[s];
        size_t n = se->token_count;
        if (n < 2) continue;
        uint32_t *cuts = malloc(n * sizeof *cuts);
        size_t kept[2];
        for (int edited = 0; edited < 2; edited++) {
            for (size_t i = 1; i < n; i++) cuts[i - 1] = (uint32_t)i;
            kept[edited] = boundary_keep_cuts(d, d->tokens.items + se->first_token, n, cuts, n - 1, edited);
            for (size_t k = 0; k < kept[edited]; k++)
                if (cuts[k] == 0 || cuts[k] >= n || (k && cuts[k] <= cuts[k - 1])) abort();
        }
        if (kept[1] > kept[0]) abort();
        free(cuts);
    }
    doc_free(d);
    buf_free(&text);
    return 0;
}
