/* annotate.c — fuzz the whole language analysis with the shipped models:
 * arbitrary bytes, repaired to UTF-8 and cut into paragraphs at newlines,
 * go through segmentation, tagging, the learned boundary pass, parsing, the
 * punctuation pairs and the recogniser.  Every token must come out with its
 * annotations, every head inside its own sentence, every sentence's heads
 * a tree (no cycle, one root), every entity inside the tokens.  Without
 * models/ (a fresh clone before training) each input is only segmented. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "core/document.h"
#include "nlp/nlp.h"
#include "nlp/segment.h"

#include "paragraphs.h"

static nlp_models *models;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char err[512];
    models = nlp_models_open(DYAD_ROOT "/models", err, sizeof err);
    return 0;
}

/* Walking up from any token reaches the root within n steps. */
static void check_tree(const dyad_token *tok, size_t first, size_t n)
{
    size_t roots = 0;
    for (size_t i = 0; i < n; i++) {
        const dyad_token *t = &tok[first + i];
        if (t->head < 0) {
            roots++;
            continue;
        }
        if ((size_t)t->head < first || (size_t)t->head >= first + n) abort();
        size_t x = first + i, steps = 0;
        while (tok[x].head >= 0) {
            x = (size_t)tok[x].head;
            if (++steps > n) abort();
        }
    }
    if (n && roots != 1) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    buf text = BUF_INIT;
    utf8_repair_append(&text, (const char *)data, size);
    doc *d = doc_new(NULL);
    fuzz_add_line_paragraphs(d, text.data, text.len);
    if (models) nlp_analyse(d, models, 0);
    else nlp_segment(d);
    for (size_t s = 0; models && s < d->sentences.count; s++) {
        const dyad_sentence *se = &d->sentences.items[s];
        for (uint32_t k = 0; k < se->token_count; k++) {
            const dyad_token *t = &d->tokens.items[se->first_token + k];
            if (!t->upos || !t->xpos || !t->lemma || !t->feats || !t->deprel || t->sentence != s) abort();
        }
        check_tree(d->tokens.items, se->first_token, se->token_count);
    }
    for (size_t i = 0; i < d->entities.count; i++) {
        const dyad_entity *e = &d->entities.items[i];
        if (e->token_count == 0 || e->first_token + e->token_count > d->tokens.count) abort();
    }
    doc_free(d);
    buf_free(&text);
    return 0;
}
