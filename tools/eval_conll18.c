/* eval_conll18.c — the CoNLL 2018 shared task evaluation, written from its
 * published definitions, and a driver that analyses a treebank from raw
 * text.
 *
 *   eval_conll18 GOLD SYSTEM            score a system CoNLL-U file
 *   eval_conll18 --raw GOLD [options]   rebuild the raw text of GOLD from its
 *                                       "# text" lines (documents and
 *                                       paragraphs from "# newdoc"/"# newpar",
 *                                       and after a nested block such as an
 *                                       image caption ("# newpar_block")),
 *                                       analyse it with dyad, and score it
 *     --models DIR     model folder (default: the repository's models/)
 *     --segment-only   tokenizer and sentence splitter only
 *     --write FILE     also write the system output as CoNLL-U
 *     --peers          print the published EWT figures beside dyad's
 *     --token-errors   list every stretch where the system's tokens or
 *                      words differ from gold, one a line on stdout
 *                      ("kind<TAB>gold<TAB>system", tokens joined by "|",
 *                      words of one token by "+"), and a count by kind
 *
 * Scoring: system and gold are aligned on character offsets that ignore
 * white space.  Tokens and sentences count when their spans are equal.
 * Words outside multiword tokens align by span; inside a stretch covered
 * by multiword tokens they align by the longest common subsequence of
 * their lowercased forms.  UPOS, XPOS, UFeats (the universal features),
 * AllTags (the three), lemma, UAS and LAS are then F1 over aligned words
 * (LAS compares the universal part of the relation, before any ":"
 * subtype); CLAS, MLAS and BLEX are LAS over content words, MLAS also with
 * UPOS, UFeats and the function-word children right, BLEX with the lemma,
 * as the CoNLL 2018 shared task defines them.  Each F1 is
 * 2*correct / (gold + system). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/vec.h"
#include "core/document.h"
#include "core/resources.h"
#include "nlp/conllu.h"
#include "nlp/conllu_render.h"
#include "nlp/nlp.h"
#include "nlp/segment.h"
#include "common/ufeats.h"

typedef struct word {
    uint32_t start, end;      /* span of the word, or of its multiword token */
    int multiword;
    const char *form, *lemma, *upos, *xpos, *deprel, *feats;
    long head;                /* index of the head word, -1 root, -2 unknown */
} word;

typedef struct span {
    uint32_t start, end;
} span;

typedef VEC(span) span_vec;

typedef struct side {
    VEC(word) words;
    span_vec tokens;
    span_vec sentences;
    buf chars;                /* the non-white-space characters, in order */
    uint32_t offset;
} side;

static arena strings;

static const char *keep(const char *s)
{
    if (!s || !*s) return "_";
    return arena_strdup(&strings, s);
}

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Add a written token's characters; returns its span. */
static span add_token(side *sd, const char *s, size_t n)
{
    span sp = {sd->offset, sd->offset};
    for (size_t i = 0; i < n; i++) {
        if (is_space((unsigned char)s[i])) continue;
        buf_putc(&sd->chars, s[i]);
        sp.end++;
    }
    sd->offset = sp.end;
    VEC_PUSH(&sd->tokens, sp);
    return sp;
}

/* ------------------------------------------------------------------ */
/* Reading both sides                                                   */

static void add_gold_sentence(side *sd, const conllu_sentence *s)
{
    size_t base = sd->words.count;
    uint32_t sentence_start = sd->offset;
    size_t r = 0;
    for (size_t i = 0; i < s->word_count;) {
        int id = (int)i + 1;
        while (r < s->range_count && s->ranges[r].first < id) r++;
        size_t last = i;
        span sp;
        int multi = 0;
        if (r < s->range_count && s->ranges[r].first == id && s->ranges[r].last >= id &&
            (size_t)s->ranges[r].last <= s->word_count) {
            sp = add_token(sd, s->ranges[r].form, strlen(s->ranges[r].form));
            last = (size_t)s->ranges[r].last - 1;
            multi = 1;
            r++;
        } else {
            sp = add_token(sd, s->words[i].form, strlen(s->words[i].form));
        }
        for (size_t k = i; k <= last; k++) {
            const conllu_word *cw = &s->words[k];
            word w = {sp.start, sp.end, multi, keep(cw->form), keep(cw->lemma), keep(cw->upos),
                      keep(cw->xpos), keep(cw->deprel), keep(cw->feats), -2};
            if (cw->head == 0) w.head = -1;
            else if (cw->head > 0 && (size_t)cw->head <= s->word_count) w.head = (long)(base + (size_t)cw->head - 1);
            VEC_PUSH(&sd->words, w);
        }
        i = last + 1;
    }
    span ss = {sentence_start, sd->offset};
    if (s->word_count) VEC_PUSH(&sd->sentences, ss);
}

static void add_system_document(side *sd, const dyad_document *d)
{
    size_t doc_base = sd->words.count;
    for (size_t si = 0; si < d->sentence_count; si++) {
        const dyad_sentence *s = &d->sentences[si];
        uint32_t sentence_start = sd->offset;
        for (uint32_t k = 0; k < s->token_count; k++) {
            const dyad_token *t = &d->tokens[s->first_token + k];
            uint32_t last = k;
            while (last + 1 < s->token_count &&
                   nlp_same_written_word(&d->tokens[s->first_token + last], &d->tokens[s->first_token + last + 1]))
                last++;
            const dyad_token *e = &d->tokens[s->first_token + last];
            span sp = add_token(sd, d->text + t->span.start, e->span.end - t->span.start);
            for (uint32_t x = k; x <= last; x++) {
                const dyad_token *tx = &d->tokens[s->first_token + x];
                word w = {sp.start, sp.end, last > k, keep(tx->form), keep(tx->lemma), keep(tx->upos),
                          keep(tx->xpos), keep(tx->deprel), keep(tx->feats), -2};
                if (tx->deprel) w.head = tx->head < 0 ? -1 : (long)(doc_base + (size_t)tx->head);
                VEC_PUSH(&sd->words, w);
            }
            k = last;
        }
        span ss = {sentence_start, sd->offset};
        if (s->token_count) VEC_PUSH(&sd->sentences, ss);
    }
}

/* ------------------------------------------------------------------ */
/* Alignment                                                            */

static int beyond_end(const word *w, size_t n, size_t i, uint32_t end)
{
    if (i >= n) return 1;
    if (w[i].multiword) return w[i].start >= end;
    return w[i].end > end;
}

static uint32_t extend_end(const word *w, uint32_t end) { return (w->multiword && w->end > end) ? w->end : end; }

static void align_by_lcs(const word *g, size_t gs, size_t gn, const word *s, size_t ss, size_t sn, long *g2s)
{
    if (gn == 0 || sn == 0 || gn * sn > 4000000) return;
    int *lcs = calloc(gn * sn, sizeof *lcs);
    if (!lcs) return;
#define L(a, b) lcs[(a) * sn + (b)]
    for (size_t a = gn; a-- > 0;) {
        for (size_t b = sn; b-- > 0;) {
            int v = 0;
            if (strcasecmp(g[gs + a].form, s[ss + b].form) == 0) v = 1 + (a + 1 < gn && b + 1 < sn ? L(a + 1, b + 1) : 0);
            if (a + 1 < gn && L(a + 1, b) > v) v = L(a + 1, b);
            if (b + 1 < sn && L(a, b + 1) > v) v = L(a, b + 1);
            L(a, b) = v;
        }
    }
    size_t a = 0, b = 0;
    while (a < gn && b < sn) {
        if (L(a, b) == 0) break;
        if (strcasecmp(g[gs + a].form, s[ss + b].form) == 0 &&
            L(a, b) == 1 + (a + 1 < gn && b + 1 < sn ? L(a + 1, b + 1) : 0)) {
            g2s[gs + a] = (long)(ss + b);
            a++;
            b++;
        } else if (L(a, b) == (a + 1 < gn ? L(a + 1, b) : 0)) {
            a++;
        } else {
            b++;
        }
    }
#undef L
    free(lcs);
}

static void align_words(const side *gold, const side *sys, long *g2s)
{
    const word *g = gold->words.items, *s = sys->words.items;
    size_t ng = gold->words.count, ns = sys->words.count, gi = 0, si = 0;
    while (gi < ng && si < ns) {
        if (g[gi].multiword || s[si].multiword) {
            uint32_t end;
            if (g[gi].multiword) {
                end = g[gi].end;
                if (!s[si].multiword && s[si].start < g[gi].start) si++;
            } else {
                end = s[si].end;
                if (!g[gi].multiword && g[gi].start < s[si].start) gi++;
            }
            size_t gs = gi, ss = si;
            while (!beyond_end(g, ng, gi, end) || !beyond_end(s, ns, si, end)) {
                if (gi < ng && (si >= ns || g[gi].start <= s[si].start)) end = extend_end(&g[gi++], end);
                else end = extend_end(&s[si++], end);
            }
            align_by_lcs(g, gs, gi - gs, s, ss, si - ss, g2s);
        } else if (g[gi].start == s[si].start && g[gi].end == s[si].end) {
            g2s[gi++] = (long)si++;
        } else if (g[gi].start <= s[si].start) {
            gi++;
        } else {
            si++;
        }
    }
}

static size_t matching_spans(const span *a, size_t na, const span *b, size_t nb)
{
    size_t i = 0, j = 0, m = 0;
    while (i < na && j < nb) {
        if (a[i].start == b[j].start && a[i].end == b[j].end) { m++; i++; j++; }
        else if (a[i].start < b[j].start || (a[i].start == b[j].start && a[i].end < b[j].end)) i++;
        else j++;
    }
    return m;
}

static size_t universal_length(const char *r)
{
    const char *c = strchr(r, ':');
    return c ? (size_t)(c - r) : strlen(r);
}

/* ---- the CoNLL 2018 metrics beyond attachment ---- */

/* Content and function relations as the shared task splits them (by the
 * universal part); punctuation is neither. */
static bool rel_in(const char *r, const char *const *set, size_t n)
{
    size_t l = strcspn(r, ":");
    for (size_t i = 0; i < n; i++)
        if (strlen(set[i]) == l && memcmp(set[i], r, l) == 0) return true;
    return false;
}
static bool content_rel(const char *r)
{
    static const char *const set[] = {"nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative",
                                      "expl", "dislocated", "advcl", "advmod", "discourse", "nmod", "appos",
                                      "nummod", "acl", "amod", "conj", "fixed", "flat", "compound", "list",
                                      "parataxis", "orphan", "goeswith", "reparandum", "root", "dep"};
    return rel_in(r, set, sizeof set / sizeof *set);
}
static bool function_rel(const char *r)
{
    static const char *const set[] = {"aux", "cop", "mark", "det", "clf", "case", "cc"};
    return rel_in(r, set, sizeof set / sizeof *set);
}

/* Each word's function-word children, in order: first[i] .. first[i + 1]
 * in kids. */
typedef struct children {
    size_t *first, *kids;
} children;

static void children_of(const word *w, size_t n, children *c)
{
    c->first = calloc(n + 2, sizeof *c->first);
    c->kids = malloc((n + 1) * sizeof *c->kids);
    for (size_t i = 0; i < n; i++)
        if (w[i].head >= 0 && (size_t)w[i].head < n && function_rel(w[i].deprel)) c->first[w[i].head + 2]++;
    for (size_t i = 0; i < n; i++) c->first[i + 2] += c->first[i + 1];
    for (size_t i = 0; i < n; i++)
        if (w[i].head >= 0 && (size_t)w[i].head < n && function_rel(w[i].deprel)) c->kids[c->first[w[i].head + 1]++] = i;
}

static void children_free(children *c)
{
    free(c->first);
    free(c->kids);
}

static bool same_rel(const char *a, const char *b)
{
    size_t la = universal_length(a), lb = universal_length(b);
    return la == lb && strncmp(a, b, la) == 0;
}

/* MLAS's test of a content word's function-word children: the same
 * words (by the alignment), relations, UPOS and universal features. */
static bool same_function_children(const word *gw, const children *gc, size_t gi, const word *sw, const children *sc,
                                   size_t si, const long *s2g)
{
    size_t ga = gc->first[gi], gb = gc->first[gi + 1], sa = sc->first[si], sb = sc->first[si + 1];
    if (gb - ga != sb - sa) return false;
    for (size_t k = 0; k < gb - ga; k++) {
        const word *g = &gw[gc->kids[ga + k]], *s = &sw[sc->kids[sa + k]];
        if (s2g[sc->kids[sa + k]] != (long)gc->kids[ga + k]) return false;
        if (!same_rel(g->deprel, s->deprel) || strcmp(g->upos, s->upos) || !same_ufeats(g->feats, s->feats)) return false;
    }
    return true;
}

typedef struct score {
    const char *name;
    size_t correct, gold, system;
} score;

static double f1(const score *s) { return s->gold + s->system ? 200.0 * (double)s->correct / (double)(s->gold + s->system) : 0; }

static void print_score(const score *s)
{
    double p = s->system ? 100.0 * (double)s->correct / (double)s->system : 0;
    double r = s->gold ? 100.0 * (double)s->correct / (double)s->gold : 0;
    printf("%-11s| %9.2f | %9.2f | %9.2f\n", s->name, p, r, f1(s));
}

/* ------------------------------------------------------------------ */
/* Raw text through dyad                                                */

typedef struct raw_run {
    nlp_models *models;
    int segment_only;
    double seconds;
    size_t documents;
    buf conllu;
    int write;
} raw_run;

static void analyse_document(raw_run *run, side *sys, const char *id, buf *text, const span_vec *paragraphs)
{
    dyad_input in = dyad_input_from_memory(text->data, text->len, DYAD_FORMAT_TEXT);
    in.id = id;
    doc *d = doc_new(&in);
    for (size_t p = 0; p < paragraphs->count; p++)
        doc_add_paragraph(d, DYAD_PARAGRAPH_BODY, text->data + paragraphs->items[p].start,
                          paragraphs->items[p].end - paragraphs->items[p].start);
    struct timespec t0, t1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    if (run->models && !run->segment_only) nlp_analyse(d, run->models, 0);
    else nlp_segment(d);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    run->seconds += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    doc_publish(d);
    add_system_document(sys, &d->pub);
    if (run->write) nlp_conllu_render(&run->conllu, &d->pub);
    run->documents++;
    doc_free(d);
}

/* GUM names the blocks a paragraph opens with ("# newpar_block = p (7 s) |
 * figure (1 s) | caption (1 s)": a paragraph of seven sentences whose first
 * is an image caption) but gives "# newpar" only where a block starts, not
 * where one ends.  The text after a figure, caption, heading, list item,
 * quotation or speaker's turn (a nested one, or the outer one when loose
 * text follows it, as the date line under a Wikinews headline) was apart
 * from the block in the original page, so the rebuild starts a paragraph
 * there too; inline markup ("hi") is not a block. */
static const char *const visual_blocks[] = {"figure", "caption", "head", "item", "list", "quote", "p", "sp", "table", "row", "cell"};

static size_t block_count(const char *piece, const char *end, int *visual)
{
    while (piece < end && *piece == ' ') piece++;
    size_t n = strcspn(piece, " (|");
    *visual = 0;
    for (size_t i = 0; i < sizeof visual_blocks / sizeof *visual_blocks; i++)
        if (strlen(visual_blocks[i]) == n && strncmp(piece, visual_blocks[i], n) == 0) *visual = 1;
    const char *open = NULL; /* the last "(N s)" of the piece */
    for (const char *c = piece; c < end; c++)
        if (*c == '(') open = c;
    if (!open) return 0;
    char *stop;
    unsigned long v = strtoul(open + 1, &stop, 10);
    return (stop > open + 1 && strncmp(stop, " s)", 3) == 0) ? (size_t)v : 0;
}

/* Mark in breaks[] (one flag per sentence) the sentences that follow the end
 * of a nested block, from the sentences' "# newpar_block" comments. */
static void nested_block_ends(const conllu_sentence *const *ss, size_t n, unsigned char *breaks)
{
    for (size_t si = 0; si < n; si++) {
        const char *v = ss[si]->newpar_block;
        if (!v) continue;
        size_t outer = 0;
        for (const char *piece = v; *piece;) {
            const char *bar = strchr(piece, '|');
            const char *end = bar ? bar : piece + strlen(piece);
            int visual;
            size_t count = block_count(piece, end, &visual);
            if (piece == v) outer = count;
            if (visual && count > 0 && count <= outer && si + count < n) breaks[si + count] = 1;
            if (!bar) break;
            piece = bar + 1;
        }
    }
}

/* Rebuild the documents of the gold file and analyse each. */
static void analyse_raw(raw_run *run, side *sys, const conllu_sentence *const *ss, size_t n, const unsigned char *breaks)
{
    buf text = BUF_INIT;
    span_vec paragraphs = {0};
    char id[64];
    size_t docno = 0;
    for (size_t i = 0; i < n; i++) {
        const conllu_sentence *s = ss[i];
        if ((s->newdoc || i == 0) && text.len) {
            snprintf(id, sizeof id, "doc%zu", ++docno);
            analyse_document(run, sys, id, &text, &paragraphs);
            buf_clear(&text);
            paragraphs.count = 0;
        }
        int new_paragraph = s->newpar || s->newdoc || paragraphs.count == 0 || (breaks && breaks[i]);
        if (new_paragraph) {
            if (text.len) buf_puts(&text, "\n");
            span p = {(uint32_t)text.len, (uint32_t)text.len};
            VEC_PUSH(&paragraphs, p);
        } else {
            buf_putc(&text, ' ');
        }
        if (s->text) {
            buf_puts(&text, s->text);
        } else {
            for (size_t w = 0; w < s->word_count; w++) {
                buf_puts(&text, s->words[w].form);
                if (w + 1 < s->word_count && s->words[w].space_after) buf_putc(&text, ' ');
            }
        }
        paragraphs.items[paragraphs.count - 1].end = (uint32_t)text.len;
    }
    if (text.len) {
        snprintf(id, sizeof id, "doc%zu", ++docno);
        analyse_document(run, sys, id, &text, &paragraphs);
    }
    buf_free(&text);
    VEC_FREE(&paragraphs);
}

/* ------------------------------------------------------------------ */
/* Token and word disagreements (--token-errors)                        */

/* A rough name for what a disagreeing stretch holds, so the errors can be
 * counted by class; the first test that fits wins. */
static const char *error_kind(const char *s, size_t n)
{
    int alpha = 0, digit = 0, upper = 0, apostrophe = 0, hyphen = 0, slash = 0, at = 0, period = 0, colon = 0;
    int money = 0, other_punct = 0, nonascii = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) nonascii = 1;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') alpha = 1;
        if (c >= 'A' && c <= 'Z') upper = 1;
        if (c >= '0' && c <= '9') digit = 1;
        if (c == '\'') apostrophe = 1;
        if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99) apostrophe = 1;
        if (c == '-') hyphen = 1;
        if (c == '/') slash = 1;
        if (c == '@') at = 1;
        if (c == '.') period = 1;
        if (c == ':') colon = 1;
        if (c == '$' || c == '%') money = 1;
        if (strchr("!?*=~^<>()[]{};,\"#&+_|", c)) other_punct = 1;
    }
    (void)upper;
    if (n > 3 && (strncasecmp(s, "http", 4) == 0 || strncasecmp(s, "www", 3) == 0)) return "url";
    if (at) return "email/handle";
    if (apostrophe && alpha) return "apostrophe";
    if (hyphen && (alpha || digit)) return digit && !alpha ? "hyphen-number" : "hyphen";
    if (slash) return "slash";
    if (money) return "money/percent";
    if (colon && digit) return "time/number";
    if (period && alpha && !digit) return "period-word";
    if (digit && alpha) return "number-letters";
    if (digit) return "number";
    if (!alpha && !digit) return "punctuation";
    if (other_punct) return "word-punctuation";
    if (nonascii) return "non-ascii";
    return "fused-word";
}

typedef struct kind_count {
    const char *kind;
    size_t count;
} kind_count;

static void count_kind(kind_count *kinds, size_t *nk, size_t cap, const char *kind)
{
    for (size_t i = 0; i < *nk; i++)
        if (strcmp(kinds[i].kind, kind) == 0) {
            kinds[i].count++;
            return;
        }
    if (*nk < cap) kinds[(*nk)++] = (kind_count){kind, 1};
}

/* The tokens of one side from index *i that lie inside [from, to), written
 * with "|" between tokens; returns the index after them. */
static size_t put_tokens(buf *out, const side *sd, size_t i, uint32_t from, uint32_t to)
{
    for (int first = 1; i < sd->tokens.count && sd->tokens.items[i].start < to; i++) {
        const span *t = &sd->tokens.items[i];
        if (t->end <= from) continue;
        if (!first) buf_putc(out, '|');
        buf_append(out, sd->chars.data + t->start, t->end - t->start);
        first = 0;
    }
    return i;
}

/* The words of one side whose token is the span sp, joined with "+"; *w
 * moves past them. */
static void put_words(buf *out, const side *sd, size_t *w, span sp)
{
    const word *ws = sd->words.items;
    while (*w < sd->words.count && ws[*w].start < sp.start) (*w)++;
    for (int first = 1; *w < sd->words.count && ws[*w].start == sp.start && ws[*w].end == sp.end; (*w)++, first = 0) {
        if (!first) buf_putc(out, '+');
        buf_puts(out, ws[*w].form);
    }
}

/* Walk both token streams in step: a stretch between two offsets where
 * both sides have a token boundary, holding other than one equal token on
 * each side, is a token error; an equal token whose words differ (a
 * multiword token split otherwise) is a word error. */
static void list_token_errors(const side *gold, const side *sys)
{
    enum { KINDS = 64 };
    kind_count kinds[KINDS];
    size_t nk = 0, token_errors = 0, word_errors = 0;
    const span *g = gold->tokens.items, *s = sys->tokens.items;
    size_t ng = gold->tokens.count, ns = sys->tokens.count, gi = 0, si = 0, gw = 0, sw = 0;
    buf a = BUF_INIT, b = BUF_INIT, kind = BUF_INIT;
    while (gi < ng && si < ns) {
        if (g[gi].start == s[si].start && g[gi].end == s[si].end) {
            buf_clear(&a);
            buf_clear(&b);
            put_words(&a, gold, &gw, g[gi]);
            put_words(&b, sys, &sw, s[si]);
            if (a.len != b.len || (a.len && strncasecmp(a.data, b.data, a.len) != 0)) {
                word_errors++;
                buf_clear(&kind);
                buf_printf(&kind, "words:%s", error_kind(sys->chars.data + g[gi].start, g[gi].end - g[gi].start));
                const char *k = keep(kind.data);
                count_kind(kinds, &nk, KINDS, k);
                printf("%s\t%.*s\t%.*s\n", k, (int)a.len, a.data ? a.data : "", (int)b.len, b.data ? b.data : "");
            }
            gi++;
            si++;
            continue;
        }
        uint32_t from = g[gi].start < s[si].start ? g[gi].start : s[si].start, to = from;
        size_t ge = gi, se = si;
        /* grow the stretch until both sides end a token at the same offset */
        for (;;) {
            while (ge < ng && g[ge].start < to) to = g[ge].end > to ? g[ge].end : to, ge++;
            while (se < ns && s[se].start < to) to = s[se].end > to ? s[se].end : to, se++;
            if (to == from) to = g[gi].end > s[si].end ? g[gi].end : s[si].end;
            if ((ge >= ng || g[ge].start >= to) && (se >= ns || s[se].start >= to)) break;
        }
        buf_clear(&a);
        buf_clear(&b);
        put_tokens(&a, gold, gi, from, to);
        put_tokens(&b, sys, si, from, to);
        const char *k;
        buf_clear(&kind);
        buf_printf(&kind, "%s:%s", ge - gi < se - si ? "split" : ge - gi > se - si ? "joined" : "moved",
                   error_kind(gold->chars.data + from, to - from));
        k = keep(kind.data);
        count_kind(kinds, &nk, KINDS, k);
        token_errors++;
        printf("%s\t%.*s\t%.*s\n", k, (int)a.len, a.data ? a.data : "", (int)b.len, b.data ? b.data : "");
        gi = ge;
        si = se;
    }
    printf("# %zu token errors, %zu word errors inside equal tokens\n", token_errors, word_errors);
    for (size_t i = 0; i < nk; i++)
        for (size_t j = i + 1; j < nk; j++)
            if (kinds[j].count > kinds[i].count) {
                kind_count t = kinds[i];
                kinds[i] = kinds[j];
                kinds[j] = t;
            }
    for (size_t i = 0; i < nk; i++) printf("# %6zu %s\n", kinds[i].count, kinds[i].kind);
    buf_free(&a);
    buf_free(&b);
    buf_free(&kind);
}

/* ------------------------------------------------------------------ */

static void usage(void)
{
    fprintf(stderr, "usage: eval_conll18 GOLD SYSTEM\n"
                    "       eval_conll18 --raw GOLD [--models DIR] [--segment-only] [--write FILE] [--peers]\n                       [--token-errors]\n");
}

static void free_side(side *s)
{
    VEC_FREE(&s->words);
    VEC_FREE(&s->tokens);
    VEC_FREE(&s->sentences);
    buf_free(&s->chars);
}

int main(int argc, char **argv)
{
    const char *gold_path = NULL, *system_path = NULL, *model_dir = NULL, *write_path = NULL;
    int raw = 0, peers = 0, token_errors = 0;
    raw_run run = {0};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--raw") == 0) raw = 1;
        else if (strcmp(argv[i], "--segment-only") == 0) run.segment_only = 1;
        else if (strcmp(argv[i], "--peers") == 0) peers = 1;
        else if (strcmp(argv[i], "--token-errors") == 0) token_errors = 1;
        else if (strcmp(argv[i], "--models") == 0 && i + 1 < argc) model_dir = argv[++i];
        else if (strcmp(argv[i], "--write") == 0 && i + 1 < argc) write_path = argv[++i];
        else if (argv[i][0] == '-') { usage(); return 2; }
        else if (!gold_path) gold_path = argv[i];
        else if (!system_path) system_path = argv[i];
        else { usage(); return 2; }
    }
    if (!gold_path || (!raw && !system_path)) {
        usage();
        return 2;
    }
    arena_init(&strings);
    char err[512];
    const conllu_sentence **gs;
    size_t gn;
    conllu_reader *gr = conllu_read_all(gold_path, &gs, &gn, err, sizeof err);
    if (!gr) {
        fprintf(stderr, "eval_conll18: %s\n", err);
        return 1;
    }
    if (conllu_error_count(gr)) fprintf(stderr, "eval_conll18: %s: %zu malformed (first: %s)\n", gold_path, conllu_error_count(gr), conllu_first_error(gr));
    side gold = {0}, sys = {0};
    for (size_t i = 0; i < gn; i++) add_gold_sentence(&gold, gs[i]);

    conllu_reader *sr = NULL;
    if (raw) {
        if (!run.segment_only) {
            char *dir = model_dir ? strdup(model_dir) : resources_default_dir(NULL, "DYAD_MODEL_DIR", "models");
            run.models = nlp_models_open(dir, err, sizeof err);
            if (!run.models) fprintf(stderr, "eval_conll18: no models (%s): scoring segmentation only\n", err);
            free(dir);
        }
        run.write = write_path != NULL;
        unsigned char *breaks = calloc(gn + 1, 1);
        if (breaks) nested_block_ends(gs, gn, breaks);
        analyse_raw(&run, &sys, gs, gn, breaks);
        free(breaks);
        if (run.models) nlp_models_close(run.models);
        if (write_path) {
            FILE *f = fopen(write_path, "w");
            if (!f || fwrite(run.conllu.data ? run.conllu.data : "", 1, run.conllu.len, f) != run.conllu.len) {
                fprintf(stderr, "eval_conll18: cannot write %s\n", write_path);
            }
            if (f) fclose(f);
        }
        buf_free(&run.conllu);
    } else {
        const conllu_sentence **ss;
        size_t sn;
        sr = conllu_read_all(system_path, &ss, &sn, err, sizeof err);
        if (!sr) {
            fprintf(stderr, "eval_conll18: %s\n", err);
            return 1;
        }
        for (size_t i = 0; i < sn; i++) add_gold_sentence(&sys, ss[i]);
    }

    /* The two character streams must be the same text. */
    size_t common = gold.chars.len < sys.chars.len ? gold.chars.len : sys.chars.len, at = 0;
    while (at < common && gold.chars.data[at] == sys.chars.data[at]) at++;
    if (at < common || gold.chars.len != sys.chars.len)
        fprintf(stderr, "eval_conll18: warning: texts differ at character %zu (gold %zu, system %zu characters): "
                        "gold \"%.20s\" system \"%.20s\"\n",
                at, gold.chars.len, sys.chars.len, gold.chars.data ? gold.chars.data + at : "",
                sys.chars.data ? sys.chars.data + at : "");

    long *g2s = malloc((gold.words.count + 1) * sizeof *g2s);
    for (size_t i = 0; i < gold.words.count; i++) g2s[i] = -1;
    align_words(&gold, &sys, g2s);
    /* EVAL_CONLL18_WORDS=1: the gold words left unaligned (tokenizer errors),
     * one a line, with the system word that starts where they start */
    if (getenv("EVAL_CONLL18_WORDS")) {
        size_t j = 0;
        for (size_t i = 0; i < gold.words.count; i++) {
            if (g2s[i] >= 0) continue;
            const word *g = &gold.words.items[i];
            while (j < sys.words.count && sys.words.items[j].start < g->start) j++;
            const word *w = j < sys.words.count ? &sys.words.items[j] : NULL;
            fprintf(stderr, "unaligned gold \"%s\" system \"%s\"\n", g->form, w && w->start == g->start ? w->form : "");
        }
    }

    if (token_errors) list_token_errors(&gold, &sys);

    score tokens = {"Tokens", matching_spans(gold.tokens.items, gold.tokens.count, sys.tokens.items, sys.tokens.count),
                    gold.tokens.count, sys.tokens.count};
    score sentences = {"Sentences",
                       matching_spans(gold.sentences.items, gold.sentences.count, sys.sentences.items, sys.sentences.count),
                       gold.sentences.count, sys.sentences.count};
    score words = {"Words", 0, gold.words.count, sys.words.count};
    score upos = {"UPOS", 0, gold.words.count, sys.words.count}, xpos = {"XPOS", 0, gold.words.count, sys.words.count};
    score ufeats = {"UFeats", 0, gold.words.count, sys.words.count};
    score alltags = {"AllTags", 0, gold.words.count, sys.words.count};
    score lemmas = {"Lemmas", 0, gold.words.count, sys.words.count};
    score uas = {"UAS", 0, gold.words.count, sys.words.count}, las = {"LAS", 0, gold.words.count, sys.words.count};
    /* CLAS, MLAS and BLEX count content words only: gold ones for recall,
     * the system's for precision. */
    score clas = {"CLAS", 0, 0, 0}, mlas = {"MLAS", 0, 0, 0}, blex = {"BLEX", 0, 0, 0};
    for (size_t i = 0; i < gold.words.count; i++) clas.gold += content_rel(gold.words.items[i].deprel);
    for (size_t i = 0; i < sys.words.count; i++) clas.system += content_rel(sys.words.items[i].deprel);
    mlas.gold = blex.gold = clas.gold;
    mlas.system = blex.system = clas.system;
    long *s2g = malloc((sys.words.count + 1) * sizeof *s2g);
    for (size_t i = 0; i < sys.words.count; i++) s2g[i] = -1;
    for (size_t i = 0; i < gold.words.count; i++)
        if (g2s[i] >= 0) s2g[g2s[i]] = (long)i;
    children gch, sch;
    children_of(gold.words.items, gold.words.count, &gch);
    children_of(sys.words.items, sys.words.count, &sch);
    for (size_t i = 0; i < gold.words.count; i++) {
        if (g2s[i] < 0) continue;
        const word *g = &gold.words.items[i], *s = &sys.words.items[g2s[i]];
        words.correct++;
        bool up = strcmp(g->upos, s->upos) == 0, uf = same_ufeats(g->feats, s->feats);
        bool lemma = strcmp(g->lemma, "_") == 0 || strcmp(g->lemma, s->lemma) == 0;
        upos.correct += up;
        xpos.correct += strcmp(g->xpos, s->xpos) == 0;
        ufeats.correct += uf;
        alltags.correct += up && uf && strcmp(g->xpos, s->xpos) == 0;
        lemmas.correct += lemma;
        int head_ok = (g->head == -1 && s->head == -1) || (g->head >= 0 && s->head >= 0 && g2s[g->head] == s->head);
        if (g->head == -2 || s->head == -2) head_ok = 0;
        uas.correct += head_ok;
        bool labelled = head_ok && same_rel(g->deprel, s->deprel);
        las.correct += labelled;
        if (!labelled || !content_rel(g->deprel)) continue;
        clas.correct++;
        blex.correct += lemma;
        mlas.correct += up && uf &&
                        same_function_children(gold.words.items, &gch, i, sys.words.items, &sch, (size_t)g2s[i], s2g);
    }
    children_free(&gch);
    children_free(&sch);
    free(s2g);
    printf("Metric     | Precision |    Recall |  F1 Score\n");
    printf("-----------+-----------+-----------+-----------\n");
    const score *all[] = {&tokens, &sentences, &words, &upos, &xpos, &ufeats, &alltags, &lemmas, &uas, &las, &clas, &mlas, &blex};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) print_score(all[i]);
    if (raw && run.seconds > 0)
        printf("speed: %.0f words/s (%s, one core, %zu documents, %zu words)\n", (double)sys.words.count / run.seconds,
               run.models && !run.segment_only ? "segmentation and annotation" : "segmentation only", run.documents,
               sys.words.count);
    if (peers) {
        printf("\nfrom raw text, EWT test  |  UPOS |   UAS |   LAS\n");
        printf("dyad                     | %5.1f | %5.1f | %5.1f\n", f1(&upos), f1(&uas), f1(&las));
        printf("UDPipe 1.2 (published)   |  93.3 |  80.2 |  77.0\n");
        printf("Stanza 1.1.1 (published) |  95.4 |  86.2 |  83.6\n");
    }

    free(g2s);
    free_side(&gold);
    free_side(&sys);
    conllu_close(gr);
    if (sr) conllu_close(sr);
    arena_free(&strings);
    return 0;
}
