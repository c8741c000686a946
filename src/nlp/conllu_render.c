/* conllu_render.c — a dyad document as CoNLL-U, the layout of `dyad parse
 * --as conllu` (and of the evaluation tools, so what is scored is what
 * users get).
 *
 * One block per sentence with "# sent_id" and "# text", "# newdoc id" and
 * "# newpar id" where documents and paragraphs begin, ten tab-separated
 * columns, "_" for a layer that was not computed, SpaceAfter=No in MISC.
 * Words that the tokenizer cut out of one written word ("do|n't",
 * "Bush|'s", "can|not") are grouped under a multiword-token line, as the
 * English treebanks write them, so token-level scores line up. */
#include "nlp/conllu_render.h"

#include <string.h>

#include "nlp/segment.h"

static void field(buf *b, const char *s)
{
    buf_putc(b, '\t');
    buf_puts(b, s && *s ? s : "_");
}

static void text_line(buf *b, const char *key, const char *s, size_t n)
{
    buf_printf(b, "# %s = ", key);
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        buf_putc(b, (c == '\n' || c == '\t' || c == '\r') ? ' ' : c);
    }
    buf_putc(b, '\n');
}

static void sentence(buf *b, const dyad_document *doc, size_t si, const char *id)
{
    const dyad_sentence *s = &doc->sentences[si];
    buf_printf(b, "# sent_id = %s-%zu\n", id, si + 1);
    if (s->span.end <= doc->text_length && s->span.start <= s->span.end)
        text_line(b, "text", doc->text + s->span.start, s->span.end - s->span.start);
    uint32_t first = s->first_token;
    uint32_t count = s->token_count;
    if (first > doc->token_count || count > doc->token_count - first) count = 0;
    for (uint32_t k = 0; k < count; k++) {
        const dyad_token *t = &doc->tokens[first + k];
        /* A multiword token: this word and the ones glued to it. */
        uint32_t last = k;
        while (last + 1 < count && nlp_same_written_word(&doc->tokens[first + last], &doc->tokens[first + last + 1])) last++;
        if (last > k) {
            const dyad_token *e = &doc->tokens[first + last];
            buf_printf(b, "%u-%u\t", k + 1, last + 1);
            buf_append(b, doc->text + t->span.start, e->span.end - t->span.start);
            buf_puts(b, "\t_\t_\t_\t_\t_\t_\t_\t");
            buf_puts(b, e->space_after ? "_" : "SpaceAfter=No");
            buf_putc(b, '\n');
        }
        for (uint32_t w = k; w <= last; w++) {
            const dyad_token *x = &doc->tokens[first + w];
            buf_printf(b, "%u", w + 1);
            field(b, x->form);
            field(b, x->lemma);
            field(b, x->upos);
            field(b, x->xpos);
            field(b, x->feats);
            if (!x->deprel) {
                buf_puts(b, "\t_");
            } else if (x->head < 0) {
                buf_puts(b, "\t0");
            } else if ((uint32_t)x->head >= first && (uint32_t)x->head < first + count) {
                buf_printf(b, "\t%u", (uint32_t)x->head - first + 1);
            } else {
                buf_puts(b, "\t_");
            }
            field(b, x->deprel);
            buf_puts(b, "\t_\t");
            buf_puts(b, (w < last || x->space_after) ? "_" : "SpaceAfter=No");
            buf_putc(b, '\n');
        }
        k = last;
    }
    buf_putc(b, '\n');
}

void nlp_conllu_render(buf *out, const dyad_document *doc)
{
    buf b = *out;
    const char *id = doc->id ? doc->id : "doc";
    text_line(&b, "newdoc id", id, strlen(id));
    if (doc->failed) {
        for (size_t i = 0; i < doc->error_count; i++) {
            const dyad_diagnostic *e = &doc->errors[i];
            buf_printf(&b, "# error = %s: ", e->code ? e->code : "error");
            const char *m = e->message ? e->message : "";
            for (const char *p = m; *p; p++) buf_putc(&b, *p == '\n' ? ' ' : *p);
            buf_putc(&b, '\n');
        }
    }
    uint32_t paragraph = UINT32_MAX;
    for (size_t i = 0; i < doc->sentence_count; i++) {
        if (doc->sentences[i].paragraph != paragraph) {
            paragraph = doc->sentences[i].paragraph;
            buf_printf(&b, "# newpar id = %s-p%u\n", id, paragraph + 1);
        }
        sentence(&b, doc, i, id);
    }
    *out = b;
}

