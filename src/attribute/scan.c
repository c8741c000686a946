/* scan.c — the stage's own word list: words, numbers, URLs, punctuation
 * and quotation marks of the clean text, quotation marks paired into
 * quote spans (nested up to MAX_QUOTE_DEPTH), and frame sentences (split
 * only outside quotation marks, so a quote and its cue share a sentence).
 *
 * Pairing is one pass per paragraph with a small stack: a quote never runs
 * past its paragraph, an unbalanced mark is dropped, and straight marks are
 * read by their neighbours (a mark after a space opens, one after a word
 * closes).  6'2" and quotation marks inside URLs are not marks. */
#include <stdlib.h>
#include <string.h>

#include "attribute/internal.h"

static bool is_space_at(const char *t, uint32_t i, uint32_t end, uint32_t *len)
{
    unsigned char ch = (unsigned char)t[i];
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v') { *len = 1; return true; }
    if (ch == 0xC2 && i + 1 < end && (unsigned char)t[i + 1] == 0xA0) { *len = 2; return true; }
    if (ch == 0xE2 && i + 2 < end && (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] >= 0x80 && (unsigned char)t[i + 2] <= 0x8B)) { *len = 3; return true; }
    return false;
}

/* A quotation mark at t[i]: its kind and byte length, or 0. */
static int mark_at(const char *t, uint32_t i, uint32_t end, uint32_t *len)
{
    unsigned char ch = (unsigned char)t[i];
    if (ch == '"') { *len = 1; return MK_DQ; }
    if (ch == '\'') { *len = 1; return MK_SQ; }
    if (ch == 0xC2 && i + 1 < end) {
        unsigned char c1 = (unsigned char)t[i + 1];
        if (c1 == 0xAB) { *len = 2; return MK_GUIL_OPEN; }
        if (c1 == 0xBB) { *len = 2; return MK_GUIL_CLOSE; }
    }
    if (ch == 0xE2 && i + 2 < end && (unsigned char)t[i + 1] == 0x80) {
        unsigned char c2 = (unsigned char)t[i + 2];
        *len = 3;
        switch (c2) {
        case 0x9C: return MK_DQ_OPEN;
        case 0x9D: return MK_DQ_CLOSE;
        case 0x9E: return MK_DQ_LOW;
        case 0x98: return MK_SQ_OPEN;
        case 0x99: return MK_SQ_CLOSE;
        default: break;
        }
    }
    return 0;
}

static bool is_alnum_byte(unsigned char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch >= 0x80; }
static bool is_digit(unsigned char ch) { return ch >= '0' && ch <= '9'; }

/* A word character: ASCII letters and digits, and any non-ASCII byte that
 * is not white space, a quotation mark or a dash/ellipsis (U+2010..U+2026). */
static bool word_char_at(const char *t, uint32_t i, uint32_t end)
{
    unsigned char ch = (unsigned char)t[i];
    if (ch < 0x80) return is_alnum_byte(ch);
    uint32_t l;
    if (is_space_at(t, i, end, &l) || mark_at(t, i, end, &l)) return false;
    if (ch == 0xE2 && i + 2 < end && (unsigned char)t[i + 1] == 0x80) return false; /* dashes, bullets, ellipsis */
    if (ch == 0xC2 && i + 1 < end && (unsigned char)t[i + 1] < 0xC0) return false;  /* Latin-1 punctuation */
    return true;
}

static uint32_t utf8_len(unsigned char ch)
{
    if (ch < 0x80) return 1;
    if ((ch & 0xE0) == 0xC0) return 2;
    if ((ch & 0xF0) == 0xE0) return 3;
    if ((ch & 0xF8) == 0xF0) return 4;
    return 1;
}

static void push_word(ctx *c, uint32_t s, uint32_t e, uint32_t para, int kind, int mark)
{
    aword w = {0};
    w.s = s, w.e = e, w.para = para, w.kind = (uint8_t)kind, w.mark = (uint8_t)mark, w.quote = -1;
    unsigned char ch = (unsigned char)c->t[s];
    w.cap = (ch >= 'A' && ch <= 'Z') || (ch >= 0xC3 && ch <= 0xD4 && kind == W_WORD && s + 1 < e &&
             /* Latin-1/Cyrillic capitals: a rough test on the first code point */
             ((ch == 0xC3 && (unsigned char)c->t[s + 1] < 0x9F) || (ch == 0xD0 && (unsigned char)c->t[s + 1] < 0xB0)));
    /* "al-Sharaa", "el-Sisi": a name behind a short lowercase particle */
    if (!w.cap && kind == W_WORD && e - s > 3) {
        uint32_t k = s;
        while (k < e && k - s < 3 && c->t[k] >= 'a' && c->t[k] <= 'z') k++;
        w.cap = k > s && k + 1 < e && c->t[k] == '-' && c->t[k + 1] >= 'A' && c->t[k + 1] <= 'Z';
    }
    VEC_PUSH(&c->w, w);
}

/* "U.S", "U.K": capitals separated by dots. */
static bool initials(const char *t, uint32_t i, uint32_t j)
{
    if ((j - i) % 2 == 0) return false;
    for (uint32_t k = i; k < j; k++) {
        if ((k - i) % 2 == 0 ? !(t[k] >= 'A' && t[k] <= 'Z') : t[k] != '.') return false;
    }
    return true;
}

/* The apostrophe of a plural possessive ("the rebels' spokesman", "the
 * Houthis’ leader"): a single mark glued to a word [i, j) ending in "s",
 * then white space and a word.  It is read so only where no single quote
 * is open, so the close of 'a win for farmers' and ... stays a mark. */
static bool possessive_apostrophe(const char *t, uint32_t i, uint32_t j, uint32_t e, int m, uint32_t ml)
{
    uint32_t l;
    if ((m != MK_SQ && m != MK_SQ_CLOSE) || j - i < 2 || (t[j - 1] != 's' && t[j - 1] != 'S')) return false;
    if (j + ml >= e || !is_space_at(t, j + ml, e, &l) || j + ml + l >= e) return false;
    return word_char_at(t, j + ml + l, e);
}

static void scan_paragraph(ctx *c, uint32_t para, uint32_t s, uint32_t e)
{
    const char *t = c->t;
    uint32_t i = s, l;
    bool single_open = false; /* a single mark that reads as opening is not closed yet */
    while (i < e) {
        if (is_space_at(t, i, e, &l)) { i += l; continue; }
        int mk = mark_at(t, i, e, &l);
        if (mk) {
            /* apostrophes inside words belong to the word (handled below) */
            bool glued_before = i > s && word_char_at(t, i - 1, e), glued_after = i + l < e && word_char_at(t, i + l, e);
            if (mk == MK_SQ_OPEN || (mk == MK_SQ && !glued_before && glued_after)) single_open = true;
            else if (mk == MK_SQ_CLOSE || (mk == MK_SQ && glued_before)) single_open = false;
            push_word(c, i, i + l, para, W_MARK, mk);
            i += l;
            continue;
        }
        /* URLs: everything up to white space, marks included */
        if ((e - i > 7 && (strncmp(t + i, "http://", 7) == 0 || strncmp(t + i, "https://", 8) == 0)) ||
            (e - i > 4 && strncmp(t + i, "www.", 4) == 0)) {
            uint32_t j = i;
            while (j < e && !is_space_at(t, j, e, &l)) j++;
            push_word(c, i, j, para, W_URL, 0);
            i = j;
            continue;
        }
        if (is_digit((unsigned char)t[i])) {
            uint32_t j = i;
            bool feet = false;
            while (j < e) {
                unsigned char ch = (unsigned char)t[j];
                if (is_digit(ch) || ((ch == '.' || ch == ',' || ch == ':') && j + 1 < e && is_digit((unsigned char)t[j + 1]))) { j++; continue; }
                if (ch == '\'' && j + 1 < e && is_digit((unsigned char)t[j + 1])) { feet = true; j++; continue; }
                if (ch == '"' && feet) { j++; break; }
                if (word_char_at(t, j, e)) { j += utf8_len(ch); continue; } /* 2022-style suffixes: 10km, 3rd */
                break;
            }
            push_word(c, i, j, para, W_NUM, 0);
            i = j;
            continue;
        }
        if (word_char_at(t, i, e)) {
            uint32_t j = i;
            while (j < e) {
                if (word_char_at(t, j, e)) { j += utf8_len((unsigned char)t[j]); continue; }
                unsigned char ch = (unsigned char)t[j];
                uint32_t ml = 0;
                int m = (ch == '\'' || ch == 0xE2) ? mark_at(t, j, e, &ml) : 0;
                bool joiner = ch == '-' || ch == '&' || m == MK_SQ || m == MK_SQ_CLOSE;
                if (!m) ml = 1;
                if (joiner && j + ml < e && word_char_at(t, j + ml, e)) { j += ml; continue; }
                if (possessive_apostrophe(t, i, j, e, m, ml) && !single_open) { j += ml; break; }
                if (ch == '.' && initials(t, i, j) && j + 1 < e && t[j + 1] >= 'A' && t[j + 1] <= 'Z') { j++; continue; }
                break;
            }
            /* trailing dot of U.S. */
            if (j < e && t[j] == '.' && j - i >= 3 && initials(t, i, j)) j++;
            push_word(c, i, j, para, W_WORD, 0);
            i = j;
            continue;
        }
        /* punctuation: one code point */
        l = utf8_len((unsigned char)t[i]);
        if (i + l > e) l = e - i;
        push_word(c, i, i + l, para, W_PUNCT, 0);
        i += l;
    }
}

void scan_words(ctx *c)
{
    const dyad_document *p = &c->d->pub;
    if (!p->paragraph_count) {
        if (p->text_length) scan_paragraph(c, 0, 0, (uint32_t)p->text_length);
        return;
    }
    for (size_t k = 0; k < p->paragraph_count; k++)
        scan_paragraph(c, (uint32_t)k, p->paragraphs[k].span.start, p->paragraphs[k].span.end);
}

/* ---- pairing ---- */

static bool opening_punct(unsigned char ch) { return ch == '(' || ch == '[' || ch == '{' || ch == '-' || ch == '/'; }

static bool space_before(const ctx *c, uint32_t wi)
{
    const aword *w = &c->w.items[wi];
    if (wi == 0 || c->w.items[wi - 1].para != w->para) return true;
    const aword *p = &c->w.items[wi - 1];
    if (p->e < w->s) return true; /* white space between */
    if (p->kind == W_PUNCT && (opening_punct((unsigned char)c->t[p->s]) || (unsigned char)c->t[p->s] == 0xE2)) return true;
    return false;
}

static bool space_after(const ctx *c, uint32_t wi)
{
    const aword *w = &c->w.items[wi];
    if (wi + 1 >= c->w.count || c->w.items[wi + 1].para != w->para) return true;
    const aword *n = &c->w.items[wi + 1];
    if (n->s > w->e) return true;
    if (n->kind == W_PUNCT) {
        unsigned char ch = (unsigned char)c->t[n->s];
        return ch == ',' || ch == '.' || ch == ';' || ch == ':' || ch == '!' || ch == '?' || ch == ')' || ch == ']' || ch == 0xE2;
    }
    if (n->kind == W_MARK) return true;
    return false;
}

static bool is_double(int mk) { return mk >= MK_DQ && mk <= MK_GUIL_CLOSE; }

typedef struct open_mark { uint32_t w; int32_t q; bool dbl; int mk; } open_mark;

static int32_t new_quote(ctx *c, uint32_t wi, int depth, int32_t parent, bool single)
{
    qspan q = {0};
    q.w_open = wi;
    q.para = c->w.items[wi].para;
    q.depth = (uint8_t)depth;
    q.parent = parent;
    q.single = single;
    q.e = UINT32_MAX; /* not closed yet */
    VEC_PUSH(&c->q, q);
    return (int32_t)c->q.count - 1;
}

static void close_quote(ctx *c, int32_t qi, uint32_t wclose, bool closed)
{
    qspan *q = &c->q.items[qi];
    q->w_close = wclose;
    q->closed = closed;
    q->e = 1; /* marks it finished; the bytes are set in finish_quotes */
}

static bool terminal_punct(const ctx *c, uint32_t wi);

/* Machine translation and scraping often move the space to the wrong side
 * of a straight mark: `called the" three spaces "from ... Ocean" idle
 * talk. " How ...?, " he asked`.  Read by its neighbours, the mark after
 * "the" closes the quote and the question's real closing mark is left
 * over.  The damaged reading: inside an open quote, a straight mark glued
 * to the word before and followed by a space opens an inner pair when the
 * next mark, at most INNER_WORDS words on, is preceded by a space and glued
 * to the next word (`spaces "from`), or follows a full stop and a space
 * (`talk. "`); that next mark closes the pair.  pair_paragraph uses this
 * reading only where it leaves fewer marks unpaired than the plain one. */
#define INNER_WORDS 6

/* The mark closing a damaged inner pair opened at word `i`, or 0. */
static uint32_t damaged_inner_close(const ctx *c, uint32_t i, uint32_t b)
{
    uint32_t words = 0;
    for (uint32_t j = i + 1; j < b && j < i + 3 * INNER_WORDS; j++) {
        const aword *w = &c->w.items[j];
        if (w->kind == W_WORD || w->kind == W_NUM) { if (++words > INNER_WORDS) return 0; continue; }
        if (w->kind != W_MARK) continue;
        if (w->mark != MK_DQ || words == 0) return 0;
        bool sb = space_before(c, j), sa = space_after(c, j);
        /* `spaces "from`, never the `, "but` of a quote resumed after its cue */
        if (sb && !sa) return c->w.items[j - 1].kind == W_WORD ? j : 0;
        if (sb && sa && terminal_punct(c, j - 1)) return j;
        return 0;
    }
    return 0;
}

/* One pass over the marks of words [a, b) (one paragraph), plain or with
 * the damaged reading.  With `dry` it only counts: the double marks the
 * reading leaves unpaired (the first quote running on to the next
 * paragraph counts too, alike in both readings).  Without, it records the
 * quotes. */
static int pair_pass(ctx *c, uint32_t a, uint32_t b, bool damaged, bool dry, int *inner)
{
    open_mark st[MAX_QUOTE_DEPTH + 4];
    int n = 0, unpaired = 0;
    *inner = 0;
    uint32_t last_open = UINT32_MAX, inner_close = 0;
    for (uint32_t i = a; i < b; i++) {
        aword *w = &c->w.items[i];
        if (w->kind != W_MARK) continue;
        /* a mark right after an opening one opens too */
        bool sb = space_before(c, i) || (i > a && last_open == i - 1), sa = space_after(c, i);
        int mk = w->mark;
        int top_dbl = -1; /* innermost double open */
        for (int k = n - 1; k >= 0; k--) if (st[k].dbl) { top_dbl = k; break; }
        bool top_single = n > 0 && !st[n - 1].dbl;
        int action = 0; /* 1 open, 2 close */
        if (is_double(mk)) {
            switch (mk) {
            case MK_GUIL_OPEN: case MK_DQ_LOW: action = 1; break;
            case MK_DQ_OPEN:
                if (top_dbl >= 0 && (st[top_dbl].mk == MK_DQ_LOW || (!sb && sa))) action = 2;
                else action = 1;
                break;
            case MK_GUIL_CLOSE: case MK_DQ_CLOSE:
                if (top_dbl >= 0) action = 2;
                else if (sb && !sa) action = 1;
                break;
            default: /* straight */
                if (inner_close && i == inner_close) { action = 2; inner_close = 0; }
                else if (damaged && !inner_close && top_dbl >= 0 && !sb && sa && n < MAX_QUOTE_DEPTH &&
                         i > a && c->w.items[i - 1].kind == W_WORD && /* `the" three`, not `ready," he` */
                         (inner_close = damaged_inner_close(c, i, b)) != 0) { action = 1; ++*inner; }
                else if (top_dbl >= 0) action = (sb && !sa) ? 1 : 2;
                else if (!sa) action = 1;
                break;
            }
        } else {
            if (mk == MK_SQ_OPEN) action = sa ? 0 : 1;
            else if (top_single && !sb) action = 2;
            else if (sb && !sa) action = 1; /* ' or ’ after a space: an opening single mark */
        }
        if (action == 1) {
            if (n >= MAX_QUOTE_DEPTH) { unpaired += is_double(mk); continue; }
            int32_t qi = -1;
            if (!dry) {
                int32_t parent = -1;
                for (int k = n - 1; k >= 0; k--) if (st[k].q >= 0) { parent = st[k].q; break; }
                qi = new_quote(c, i, n, parent, !is_double(mk));
                w->role = 1;
                w->quote = qi;
            }
            st[n++] = (open_mark){i, qi, is_double(mk), mk};
            last_open = i;
        } else if (action == 2) {
            int target = is_double(mk) ? top_dbl : n - 1;
            if (target < 0) { unpaired += is_double(mk); continue; }
            /* marks opened inside and never closed are dropped */
            for (int k = n - 1; k > target; k--) {
                unpaired += st[k].dbl;
                if (!dry) c->q.items[st[k].q].e = 0, c->w.items[st[k].w].role = 0;
            }
            if (!dry) {
                close_quote(c, st[target].q, i, true);
                w->role = 2;
                w->quote = st[target].q;
            }
            n = target;
        } else unpaired += is_double(mk);
    }
    /* what is still open at the paragraph end: a double quote runs to the
     * end (it may continue in the next paragraph); a single one was an
     * apostrophe after all */
    for (int k = n - 1; k >= 0; k--) {
        unpaired += st[k].dbl;
        if (dry) continue;
        if (st[k].dbl && k == 0) close_quote(c, st[k].q, b, false);
        else { c->q.items[st[k].q].e = 0; c->w.items[st[k].w].role = 0; }
    }
    return unpaired;
}

/* A straight mark with a space on both sides (`talk. " How`, `both, " she
 * said`): typing leaves none, damage does. */
static bool spaced_mark(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++) {
        const aword *w = &c->w.items[i];
        if (w->kind == W_MARK && w->mark == MK_DQ && i > a && i + 1 < b && space_before(c, i) && space_after(c, i) &&
            c->w.items[i - 1].e < w->s && w->e < c->w.items[i + 1].s)
            return true;
    }
    return false;
}

/* Pair the marks of words [a, b) (one paragraph): the plain reading, or
 * the damaged one where it pairs more marks, or as many where the
 * paragraph shows the damage (a mark spaced on both sides: `a" war
 * economy "as if ... both, " she said`). */
static void pair_paragraph(ctx *c, uint32_t a, uint32_t b)
{
    int inner;
    int plain = pair_pass(c, a, b, false, true, &inner);
    int damaged = pair_pass(c, a, b, true, true, &inner);
    bool use = inner > 0 && (damaged < plain || (damaged == plain && spaced_mark(c, a, b)));
    pair_pass(c, a, b, use, false, &inner);
}

static bool terminal_punct(const ctx *c, uint32_t wi)
{
    const aword *w = &c->w.items[wi];
    if (w->kind != W_PUNCT) return false;
    unsigned char ch = (unsigned char)c->t[w->s];
    if (ch == '.' || ch == '!' || ch == '?') return true;
    return w->e - w->s == 3 && ch == 0xE2 && (unsigned char)c->t[w->s + 2] == 0xA6; /* … */
}

/* Byte spans, word counts and the words' depth, once all marks are paired. */
static void finish_quotes(ctx *c)
{
    /* drop the quotes that pairing abandoned (e == 0), renumbering the rest */
    int32_t *map = xcalloc(c->q.count + 1, sizeof *map);
    size_t k = 0;
    for (size_t i = 0; i < c->q.count; i++) {
        if (c->q.items[i].e == 0 || c->q.items[i].e == UINT32_MAX) { map[i] = -1; continue; }
        map[i] = (int32_t)k;
        c->q.items[k++] = c->q.items[i];
    }
    size_t old = c->q.count;
    c->q.count = k;
    for (size_t i = 0; i < c->w.count; i++) {
        aword *w = &c->w.items[i];
        if (w->kind == W_MARK && w->quote >= 0) {
            w->quote = (size_t)w->quote < old ? map[w->quote] : -1;
            if (w->quote < 0) w->role = 0;
        }
    }
    for (size_t i = 0; i < k; i++) {
        qspan *q = &c->q.items[i];
        while (q->parent >= 0 && map[q->parent] < 0) {
            /* parent dropped: cannot happen for doubles, be safe */
            q->parent = -1;
        }
        if (q->parent >= 0) q->parent = map[q->parent];
    }
    free(map);

    for (size_t qi = 0; qi < c->q.count; qi++) {
        qspan *q = &c->q.items[qi];
        uint32_t a = q->w_open + 1, b = q->w_close;
        q->depth = q->parent >= 0 ? c->q.items[q->parent].depth + 1 : 0;
        uint32_t nwords = 0, upper = 0, lower = 0;
        bool terminal = false;
        for (uint32_t i = a; i < b; i++) {
            aword *w = &c->w.items[i];
            if (w->kind == W_MARK && w->quote == (int32_t)qi) continue;
            w->depth = (uint8_t)(q->depth + 1);
            if (!(w->kind == W_MARK && w->role)) w->quote = (int32_t)qi;
            if (w->kind == W_WORD || w->kind == W_NUM) {
                nwords++;
                for (uint32_t j = w->s; j < w->e; j++) {
                    unsigned char ch = (unsigned char)c->t[j];
                    if (ch >= 'A' && ch <= 'Z') upper++; else if (ch >= 'a' && ch <= 'z') lower++;
                }
            }
            if (terminal_punct(c, i)) terminal = true;
        }
        c->w.items[q->w_open].depth = q->depth;
        if (q->closed) c->w.items[q->w_close].depth = q->depth;
        q->nwords = nwords;
        q->terminal = terminal;
        q->upper = upper > 3 && lower == 0;
        /* a final comma inside the marks is the reporting sentence's
         * (`...," he said`), not the speaker's */
        while (b > a && c->w.items[b - 1].kind == W_PUNCT && (c->t[c->w.items[b - 1].s] == ',' || c->t[c->w.items[b - 1].s] == ';')) b--;
        q->s = a < b ? c->w.items[a].s : c->w.items[q->w_open].e;
        q->e = a < b ? c->w.items[b - 1].e : q->s;
        if (a >= b) q->e = q->s;
    }
}

/* Whether the words [a, b) are written in capitals only ("NEW DELHI"). */
static bool all_capitals(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t j = a; j < b; j++)
        for (uint32_t k = c->w.items[j].s; k < c->w.items[j].e; k++)
            if (c->t[k] >= 'a' && c->t[k] <= 'z') return false;
    return a < b;
}

/* "Peskov: we ..." at a paragraph's start: the rest of the paragraph is a
 * quote (a colon introduction, as in interview transcripts). */
static void colon_passages(ctx *c, uint32_t a, uint32_t b, size_t nmarks)
{
    const dyad_document *p = &c->d->pub;
    uint32_t para = c->w.items[a].para;
    if (p->paragraph_count && p->paragraphs[para].kind == DYAD_PARAGRAPH_TITLE) return;
    uint32_t i = a;
    while (i < b && i - a < 5 && c->w.items[i].kind == W_WORD && c->w.items[i].depth == 0) i++;
    if (i == a || i >= b - 1 || !wpunct(c, i, ':') || !c->w.items[a].cap) return;
    /* a label is a name or a title: every word capitalised ("Sergei
     * Ryabkov:", "Question:", "Q:"), none a stop word ("Photo:") */
    for (uint32_t j = a; j < i; j++) if (wis(c, j, LX_STOP_LABEL) || !c->w.items[j].cap) return;
    uint32_t from = i + 1;
    /* "NEW DELHI: India and Pakistan agreed ..., the ministry said.": a
     * label in capitals over a paragraph that ends by naming its own
     * speaker is a dateline, as South Asian outlets print it, not a
     * transcript's */
    if (all_capitals(c, a, i)) /* (its cue among the last words: "..., X said.") */
        for (uint32_t j = b > from + 6 ? b - 6 : from; j < b; j++)
            if (c->w.items[j].depth == 0 && c->w.items[j].kind == W_WORD && !c->w.items[j].cap && c->w.items[j].cue) return;
    /* a headline ("Kremlin: Ukraine's Rejection of Idea ...") is no passage */
    uint32_t words = 0, caps = 0;
    for (uint32_t j = from; j < b; j++)
        if (c->w.items[j].kind == W_WORD) { words++; if (c->w.items[j].cap) caps++; }
    if (words >= 4 && caps * 5 >= words * 3) return;
    if (c->w.items[from].kind == W_MARK && c->w.items[from].role == 1) {
        /* "Peskov: "..."" — the quote is already there; the label cues it */
        return;
    }
    qspan q = {0};
    q.w_open = i;
    q.w_close = b;
    q.para = para;
    q.parent = -1;
    q.colon = true;
    q.closed = true;
    q.s = c->w.items[from].s;
    q.e = c->w.items[b - 1].e;
    int32_t qi = (int32_t)c->q.count;
    bool terminal = false;
    uint32_t nwords = 0;
    for (uint32_t j = from; j < b; j++) {
        aword *w = &c->w.items[j];
        w->depth++;
        if (w->quote < 0) w->quote = qi;
        if (w->kind == W_WORD || w->kind == W_NUM) nwords++;
        if (terminal_punct(c, j)) terminal = true;
    }
    /* the paragraph's quotes (the paired ones come in paragraph order) */
    size_t lo = 0, hi = nmarks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->q.items[mid].para < para) lo = mid + 1; else hi = mid;
    }
    for (size_t k = lo; k < nmarks && c->q.items[k].para == para; k++) {
        c->q.items[k].depth++;
        if (c->q.items[k].parent < 0) c->q.items[k].parent = qi;
    }
    q.nwords = nwords;
    q.terminal = terminal;
    VEC_PUSH(&c->q, q);
}

void pair_marks(ctx *c)
{
    uint32_t a = 0;
    while (a < c->w.count) {
        uint32_t b = a;
        while (b < c->w.count && c->w.items[b].para == c->w.items[a].para) b++;
        pair_paragraph(c, a, b);
        a = b;
    }
    finish_quotes(c);
    /* colon passages, paragraph by paragraph (they wrap the quotes found) */
    size_t nmarks = c->q.count;
    a = 0;
    while (a < c->w.count) {
        uint32_t b = a;
        while (b < c->w.count && c->w.items[b].para == c->w.items[a].para) b++;
        colon_passages(c, a, b, nmarks);
        a = b;
    }
    /* where each quote stands in its paragraph */
    for (size_t qi = 0; qi < c->q.count; qi++) {
        qspan *q = &c->q.items[qi];
        if (q->depth != 0 || q->colon) continue;
        uint32_t wo = q->w_open;
        q->starts_para = wo == 0 || c->w.items[wo - 1].para != q->para;
        bool whole = q->starts_para;
        uint32_t after = q->closed ? q->w_close + 1 : q->w_close;
        for (uint32_t i = after; whole && i < c->w.count && c->w.items[i].para == q->para; i++)
            if (c->w.items[i].kind != W_PUNCT) whole = false;
        q->whole_para = whole;
    }
    /* an unclosed quote followed by a paragraph that opens with a mark */
    for (size_t qi = 1; qi < c->q.count; qi++) {
        qspan *q = &c->q.items[qi];
        if (!q->starts_para || q->depth != 0) continue;
        for (size_t k = qi; k-- > 0;) {
            qspan *p = &c->q.items[k];
            if (p->para + 1 < q->para) break;
            if (p->para + 1 == q->para && p->depth == 0 && !p->closed && !p->colon) { q->chain_prev = true; break; }
        }
    }
}

static bool abbreviation_before(const ctx *c, uint32_t wi)
{
    if (wi == 0) return false;
    const aword *p = &c->w.items[wi - 1];
    if (p->kind != W_WORD || p->e != c->w.items[wi].s) return false;
    if (p->e - p->s == 1 && p->cap) return true; /* an initial */
    return lex_is(LX_ABBREV, c->t + p->s, p->e - p->s);
}

void segment_frames(ctx *c)
{
    uint32_t sent = 0;
    c->sent_first.count = 0;
    for (uint32_t i = 0; i < c->w.count; i++) {
        aword *w = &c->w.items[i];
        bool newpara = i == 0 || c->w.items[i - 1].para != w->para;
        bool brk = false;
        if (!newpara && i > 0) {
            const aword *p = &c->w.items[i - 1];
            if (p->depth == 0 && terminal_punct(c, i - 1) && !abbreviation_before(c, i - 1) &&
                (w->cap || (w->kind == W_MARK && w->role == 1) || w->kind == W_NUM))
                brk = true;
            /* "... ." "Next quote" */
            if (p->kind == W_MARK && p->role == 2 && p->depth == 0 && w->kind == W_MARK && w->role == 1 && w->depth == 0) brk = true;
            /* 'would "respond firmly." The opposition said ...': a quoted
             * fragment that ends its sentence inside the marks (American
             * style) ends the frame sentence too, when the quote opened
             * after the sentence's first word (a quote that opens its
             * sentence may still have its cue after it) */
            if (p->kind == W_MARK && p->role == 2 && p->depth == 0 && i >= 2 && terminal_punct(c, i - 2) &&
                !abbreviation_before(c, i - 2) && w->kind == W_WORD && w->cap && p->quote >= 0 &&
                c->q.items[p->quote].w_open > c->sent_first.items[c->sent_first.count - 1] &&
                c->w.items[c->q.items[p->quote].w_open].para == w->para)
                brk = true;
        }
        if (i == 0) { VEC_PUSH(&c->sent_first, 0); }
        else if (newpara || brk) { sent++; VEC_PUSH(&c->sent_first, i); }
        w->sent = sent;
    }
    c->nsent = c->w.count ? sent + 1 : 0;
}
