/* segment.c — the segmentation half of the language stage: tokenize each
 * paragraph of the clean text and split it into sentences, then publish
 * the tokens and sentences into the document.
 *
 * Paragraphs are hard breaks: no sentence spans two of them.  A document
 * with text but no paragraphs (extraction not run) is treated as one. */
#include "nlp/segment.h"

#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"

#include "nlp/sentences.h"
#include "nlp/tokenize.h"

/* Tokenize and split text[start, end) into d; false (and nothing added)
 * when its tokens would take d past `max_tokens` (0: no limit). */
static bool segment_range(doc *d, nlp_tok_vec *toks, size_t start, size_t end, uint32_t paragraph, size_t max_tokens)
{
    const char *text = d->text.data;
    toks->count = 0;
    nlp_tokenize(text, start, end, toks);
    if (max_tokens && toks->count > max_tokens - d->tokens.count) return false;
    nlp_split_sentences(text, toks->items, toks->count);
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
        if ((t->flags & (NLP_TOK_SENTENCE_END | NLP_TOK_ABBREV)) == (NLP_TOK_SENTENCE_END | NLP_TOK_ABBREV) &&
            t->end - t->start > 1) {
            /* The treebanks give a sentence its own final period even after
             * an abbreviation: "... and so on, etc|." */
            dyad_token stop = tk;
            tk.span.end--;
            tk.form = doc_strndup(d, text + t->start, t->end - 1 - t->start);
            tk.space_after = false;
            stop.span.start = t->end - 1;
            stop.form = doc_strndup(d, text + t->end - 1, 1);
            VEC_PUSH(&d->tokens, tk);
            tk = stop;
        }
        VEC_PUSH(&d->tokens, tk);
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
    return true;
}

void nlp_segment(doc *d) { nlp_segment_within(d, 0); }

bool nlp_segment_within(doc *d, size_t max_tokens)
{
    if (!d->text.data || d->text.len == 0) return true;
    nlp_tok_vec toks = {0};
    bool fits = true;
    if (d->paragraphs.count == 0) {
        fits = segment_range(d, &toks, 0, d->text.len, 0, max_tokens);
    } else {
        /* A wire dateline ("GENEVA, May 3 (Agency) -") is a sentence of its
         * own: read as the lead's first words, the place name becomes the
         * subject of the lead's verb and the reporter's name a modifier. */
        dyad_span dl = d->pub.dateline.city ? d->pub.dateline.span : (dyad_span){0, 0};
        for (size_t p = 0; p < d->paragraphs.count && fits; p++) {
            dyad_span sp = d->paragraphs.items[p].span;
            uint32_t pi = (uint32_t)p;
            if (sp.end > d->text.len || sp.start > sp.end) continue;
            if (dl.end > dl.start && dl.start >= sp.start && dl.end < sp.end) {
                fits = (dl.start == sp.start || segment_range(d, &toks, sp.start, dl.start, pi, max_tokens)) &&
                       segment_range(d, &toks, dl.start, dl.end, pi, max_tokens) &&
                       segment_range(d, &toks, dl.end, sp.end, pi, max_tokens);
                continue;
            }
            fits = segment_range(d, &toks, sp.start, sp.end, pi, max_tokens);
        }
    }
    VEC_FREE(&toks);
    return fits;
}

/* Multiword tokens, as the English treebanks write them. */
static int is_apostrophe_start(const char *s)
{
    return s[0] == '\'' || ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0x99);
}

/* 2 when s ends in a letter, 1 in a digit, 0 otherwise.  Non-ASCII counts
 * as a letter unless it is a mark from the punctuation blocks (quotes,
 * dashes: U+2000..U+2BFF, Latin-1 signs). */
static int ends_in_word_char(const char *s)
{
    size_t n = strlen(s);
    if (!n) return 0;
    unsigned char c = (unsigned char)s[n - 1];
    if (c < 0x80) return (c >= '0' && c <= '9') ? 1 : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 2 : 0;
    size_t i = n - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    uint32_t cp;
    utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0xA1 && cp <= 0xBF) || (cp >= 0x3000 && cp <= 0x303F) ||
        cp == UTF8_REPLACEMENT)
        return 0;
    return 2;
}

static int lower_is(const char *s, const char *w)
{
    for (; *s && *w; s++, w++)
        if ((*s | 0x20) != *w) return 0;
    return !*s && !*w;
}

int nlp_same_written_word(const dyad_token *a, const dyad_token *b)
{
    int end = a->space_after || a->span.end != b->span.start ? 0 : ends_in_word_char(a->form);
    if (!end) return 0;
    if (is_apostrophe_start(b->form)) {
        /* A lone apostrophe is the possessive of a word ending in s, x or z
         * ("payers'", "Essex'"), part of the word; after other words it
         * closes a quotation ("'Electric'"), a token of its own as in EWT. */
        size_t bl = strlen(b->form), al = strlen(a->form);
        if (bl == 1 || (bl == 3 && b->form[0] != '\'')) {
            unsigned char last = (unsigned char)(a->form[al - 1] | 0x20);
            return last == 's' || last == 'x' || last == 'z';
        }
        return 1;
    }
    if (b->form[0] == '`' && ((b->form[1] | 0x20) >= 'a' && (b->form[1] | 0x20) <= 'z')) return 1; /* "mama`s" */
    if ((b->form[0] | 0x20) == 'n' && b->form[1] && is_apostrophe_start(b->form + 1)) return 1; /* n't */
    if (lower_is(b->form, "not") || lower_is(b->form, "na") || lower_is(b->form, "ta") || lower_is(b->form, "nt"))
        return 1;
    /* Clitics written without their apostrophe ("im", "thats", "youre"),
     * after a letter only: "10|M" is a number and its unit. */
    return end == 2 && (lower_is(b->form, "m") || lower_is(b->form, "s") || lower_is(b->form, "re") ||
                        lower_is(b->form, "ve") || lower_is(b->form, "r") || lower_is(b->form, "ll") ||
                        lower_is(b->form, "d")); /* "you|r" for "you're", "they|ll", "you|d" */
}

