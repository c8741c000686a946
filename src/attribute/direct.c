/* direct.c — quotes in quotation marks (and colon passages): which are
 * statements, and the cue and speaker mention of each.
 *
 * A quote is cued by a cue verb right after it (", Peskov said", ", said
 * Peskov", "" Stoltenberg told reporters") or shortly before it ("Kim
 * wrote on Telegram: "...", "a move he said would carry "..."").  Short
 * fragments with no cue are labels or scare quotes, not statements; a
 * paragraph that is one short quote in capitals is a subhead.  Uncued
 * statement-sized quotes are left for speakers.c to attach to the
 * previous speaker (or to the piece of a multi-paragraph quote that has
 * the cue). */
#include <string.h>

#include "attribute/internal.h"

#define CUE_AFTER_WINDOW 14
#define CUE_BEFORE_WINDOW 12
#define FRAGMENT_WINDOW 8
#define LABEL_WORDS 5
/* how far past an uncued quote a cue of its sentence is sought (words and marks) */
#define SENTENCE_CUE_WINDOW 60

static bool same_frame(const ctx *c, uint32_t i, uint8_t depth, uint32_t sent)
{
    const aword *w = &c->w.items[i];
    return w->depth == depth && w->sent == sent;
}

static bool is_terminal(const ctx *c, uint32_t i)
{
    return wpunct(c, i, '.') || wpunct(c, i, '!') || wpunct(c, i, '?') || wpunct(c, i, ';');
}

/* The cue word at i: its lemma, or NULL.  "according to" counts, and
 * "pointed" only with "out". */
static const char *cue_word(const ctx *c, uint32_t i)
{
    const aword *w = &c->w.items[i];
    if (w->kind != W_WORD) return NULL;
    if (weq(c, i, "according") && i + 1 < c->w.count && weq(c, i + 1, "to")) return "according to";
    const char *lemma = lex_cue_lemma(c->t + w->s, w->e - w->s);
    /* "The United States is ...": a capitalised cue word is a name */
    if (!lemma || (w->cap && (i == 0 || c->w.items[i - 1].sent == w->sent))) return NULL;
    if (strcmp(lemma, "point") == 0 && !(i + 1 < c->w.count && weq(c, i + 1, "out"))) return NULL;
    /* opinion verbs and "report" cue only reported speech, not quotes */
    static const char *const not_for_quotes[] = {"believe", "think", "speak", "find", "show", "reveal", "estimate",
                                                 "recommend", "rule", "theorize"};
    for (size_t k = 0; k < sizeof not_for_quotes / sizeof *not_for_quotes; k++)
        if (strcmp(lemma, not_for_quotes[k]) == 0) return NULL;
    return lemma;
}

typedef struct found { int32_t mention; uint32_t cue; const char *lemma; int where; /* 1 after, 2 before, 3 colon */ } found;

/* Whether a cue word (a verb of saying) stands before the quote's opening
 * mark in its frame sentence. */
static bool cue_earlier_in_sentence(const ctx *c, const qspan *q, uint8_t depth, uint32_t sent)
{
    uint32_t lo = c->sent_first.items[sent];
    for (uint32_t i = q->w_open; i-- > lo;) {
        if (!same_frame(c, i, depth, sent)) continue;
        if (c->w.items[i].kind == W_WORD && !c->w.items[i].cap && wcue(c, i)) return true;
    }
    return false;
}

/* ", Peskov said" / ", said Peskov" / " the diplomat concluded" */
static bool cue_after(ctx *c, const qspan *q, found *f)
{
    if (!q->closed) return false;
    uint32_t k = q->w_close + 1;
    if (k >= c->w.count) return false;
    uint8_t depth = q->depth;
    uint32_t sent = c->w.items[q->w_close].sent;
    while (k < c->w.count && same_frame(c, k, depth, sent) && c->w.items[k].kind == W_PUNCT && !is_terminal(c, k)) k++;
    if (k >= c->w.count || !same_frame(c, k, depth, sent) || c->w.items[k].kind != W_WORD) return false;
    const char *lemma = cue_word(c, k);
    if (lemma && strcmp(lemma, "according to") != 0) {
        int32_t m = np_after(c, k + 1, c->w.count);
        if (m < 0) return false;
        *f = (found){m, k, lemma, 1};
        return true;
    }
    uint32_t first = k;
    /* "," the agency quoted him as saying" */
    for (uint32_t i = k; i + 3 < c->w.count && i - first < CUE_AFTER_WINDOW && same_frame(c, i, depth, sent); i++) {
        if (c->w.items[i].kind == W_MARK || is_terminal(c, i)) break;
        if (!weq(c, i, "quoted")) continue;
        int32_t m = np_after(c, i + 1, c->w.count);
        if (m >= 0 && weq(c, c->men.items[m].we, "as") && weq(c, c->men.items[m].we + 1, "saying")) {
            *f = (found){m, c->men.items[m].we + 1, "say", 1};
            return true;
        }
        break;
    }
    for (uint32_t i = k; i < c->w.count && i - first < CUE_AFTER_WINDOW && same_frame(c, i, depth, sent); i++) {
        if (c->w.items[i].kind == W_MARK || (is_terminal(c, i) && !title_stop(c, i))) break;
        /* a relative clause set off by commas inside the speaker's phrase
         * ("a Hamas official, who asked not to be named, told AFP") holds
         * no cue of the quote's */
        if (i > first && wpunct(c, i - 1, ',') && (weq(c, i, "who") || weq(c, i, "which"))) {
            uint32_t j = i + 1;
            while (j < c->w.count && j - first < CUE_AFTER_WINDOW && same_frame(c, j, depth, sent) && !wpunct(c, j, ',') &&
                   c->w.items[j].kind != W_MARK && !is_terminal(c, j))
                j++;
            if (j < c->w.count && wpunct(c, j, ',')) { i = j; continue; }
        }
        lemma = cue_word(c, i);
        if (!lemma) continue;
        if (strcmp(lemma, "according to") == 0) {
            /* '... warned that Pyongyang would take "all necessary measures",
             * according to KCNA': a fragment inside a clause another cue
             * reports is that speaker's; the source after it relays */
            if (q->w_open > 0 && cue_earlier_in_sentence(c, q, depth, sent)) return false;
            int32_t m = np_after(c, i + 2, c->w.count);
            if (m < 0) return false;
            *f = (found){m, i, lemma, 1};
            return true;
        }
        int32_t m = np_before(c, first, i);
        if (m < 0 || c->men.items[m].ws > first + 1) return false;
        *f = (found){m, i, lemma, 1};
        return true;
    }
    return false;
}

/* "Kim wrote on Telegram: "...", "Peskov said that "...", "According to
 * X, "..."", "Peskov: "..."".  `window` bounds the distance in words. */
static bool cue_before(ctx *c, const qspan *q, uint32_t window, found *f)
{
    if (q->w_open == 0) return false;
    uint8_t depth = q->depth;
    uint32_t sent = c->w.items[q->w_open].sent;
    uint32_t lo = q->parent >= 0 ? c->q.items[q->parent].w_open + 1 : c->sent_first.items[sent];
    if (q->parent < 0 && depth > 0) return false;
    /* colon label at the paragraph start */
    uint32_t j = q->w_open - 1;
    if (wpunct(c, j, ':') && same_frame(c, j, depth, sent)) {
        uint32_t a = j;
        while (a > 0 && c->w.items[a - 1].para == q->para && c->w.items[a - 1].kind == W_WORD && j - a < 5) a--;
        if ((a == 0 || c->w.items[a - 1].para != q->para) && a < j && c->w.items[a].cap && !cue_word(c, j - 1)) {
            int32_t m = np_span(c, a, j);
            if (m >= 0) { *f = (found){m, j, ":", 3}; return true; }
        }
    }
    uint32_t words = 0;
    for (int64_t i = (int64_t)q->w_open - 1; i >= lo && words < window; i--) {
        uint32_t u = (uint32_t)i;
        if (!same_frame(c, u, depth, sent)) break;
        if (c->w.items[u].kind == W_MARK) break;
        if (c->w.items[u].kind == W_WORD) words++;
        if (is_terminal(c, u) && u + 1 != q->w_open) break;
        /* a fragment's cue is in its own clause */
        if (window == FRAGMENT_WINDOW && wpunct(c, u, ',') && words > 0) break;
        const char *lemma = cue_word(c, u);
        if (!lemma) continue;
        int32_t m;
        if (strcmp(lemma, "according to") == 0) m = np_after(c, u + 2, q->w_open);
        else {
            m = np_before(c, lo, u);
            /* "Grushko called NATO ... and said ..." */
            if (m < 0 && u > lo && (weq(c, u - 1, "and") || weq(c, u - 1, "but"))) m = np_subject(c, lo, u);
        }
        if (m < 0) return false;
        /* words of a reported clause between the cue and the quote ("said
         * that Washington will "..."") make it a fragment of that clause */
        uint32_t between = 0, after_that = 0;
        bool that = false;
        for (uint32_t k = u + 1; k < q->w_open; k++) {
            if (c->w.items[k].kind != W_WORD) continue;
            if (weq(c, k, "that")) { that = true; continue; }
            between++;
            if (that) after_that++;
        }
        *f = (found){m, u, lemma, (after_that > 0 || between > 4) ? 4 : 2};
        return true;
    }
    return false;
}

static bool sentence_cue(ctx *c, const qspan *q, found *f)
{
    uint32_t sent = c->w.items[q->w_open].sent;
    uint32_t lo = c->sent_first.items[sent];
    uint32_t hi = sent + 1 < c->sent_first.count ? c->sent_first.items[sent + 1] : (uint32_t)c->w.count;
    uint32_t after = q->closed ? q->w_close + 1 : q->w_close;
    for (uint32_t i = after; i < hi && i - after < SENTENCE_CUE_WINDOW; i++) {
        if (c->w.items[i].depth != q->depth || c->w.items[i].cue_used) continue;
        const char *lemma = cue_word(c, i);
        if (!lemma || strcmp(lemma, "according to") == 0) continue;
        int32_t m = np_before(c, lo, i);
        if (m < 0) continue;
        *f = (found){m, i, lemma, 2};
        return true;
    }
    return false;
}

/* "the principle postulated by the US Department of State to "..."":
 * a passive agent just before the quote names its speaker, whatever cue
 * follows the sentence. */
static bool agent_before(ctx *c, const qspan *q, found *f)
{
    uint32_t sent = c->w.items[q->w_open].sent;
    uint32_t lo = c->sent_first.items[sent];
    for (uint32_t i = q->w_open, n = 0; i > lo + 1 && n < 10; n++) {
        i--;
        if (c->w.items[i].depth != q->depth || c->w.items[i].kind == W_MARK) return false;
        if (!weq(c, i, "by")) continue;
        uint32_t v = i - 1;
        size_t vl = wlen(c, v);
        const char *vt = wtext(c, v);
        bool participle = c->w.items[v].kind == W_WORD && !c->w.items[v].cap && vl > 3 && strncmp(vt + vl - 2, "ed", 2) == 0;
        if (!participle) return false;
        int32_t m = np_after(c, i + 1, q->w_open);
        if (m < 0 || c->men.items[m].type == MEN_PRONOUN) return false;
        *f = (found){m, v, "by", 2};
        return true;
    }
    return false;
}

/* A quote nested in another that completes a naming verb ("Lavrov called
 * the talks about a "common space" from A to B "idle talk."") belongs to
 * the verb's subject: the inner speaker, not the outer one.  Only the
 * quote that ends the clause is the complement; a label earlier in it
 * ("common space") is passed over as one word and stays a label. */
#define NAMING_WINDOW 20
static bool adverbial_word(const ctx *c, uint32_t i)
{
    return weq(c, i, "on") || weq(c, i, "in") || weq(c, i, "at") || weq(c, i, "during") || weq(c, i, "last") ||
           weq(c, i, "this") || weq(c, i, "from");
}
static bool naming_cue(ctx *c, const qspan *q, found *f)
{
    if (q->parent < 0) return false;
    uint32_t lo = c->q.items[q->parent].w_open + 1;
    uint32_t after = q->w_close + 1;
    bool ends_clause = q->terminal || !q->closed || after >= c->w.count || is_terminal(c, after) ||
                       (c->w.items[after].kind == W_MARK && c->w.items[after].quote == q->parent);
    if (!ends_clause) return false;
    uint8_t depth = q->depth;
    uint32_t words = 0;
    for (int64_t i = (int64_t)q->w_open - 1; i >= lo && words < NAMING_WINDOW; i--) {
        uint32_t u = (uint32_t)i;
        const aword *w = &c->w.items[u];
        if (w->kind == W_MARK) {
            /* a closed sibling label: step over it */
            if (w->role != 2 || w->quote < 0) return false;
            const qspan *sib = &c->q.items[w->quote];
            if (sib->parent != q->parent || sib->w_open < lo) return false;
            i = sib->w_open;
            words++;
            continue;
        }
        if (w->depth != depth || is_terminal(c, u)) return false;
        if (w->kind != W_WORD) continue;
        words++;
        if (!(weq(c, u, "called") || weq(c, u, "calls") || weq(c, u, "call") || weq(c, u, "dubbed") ||
              weq(c, u, "termed")) || w->cap)
            continue;
        int32_t m = np_before(c, lo, u);
        /* "Dorn on Friday called": a date or place after a preposition is no subject */
        if (m >= 0) {
            const mention *mm = &c->men.items[m];
            for (uint32_t k = mm->ws > lo ? mm->ws - 1 : mm->ws; k < mm->we && m >= 0; k++)
                if (adverbial_word(c, k)) m = -1;
        }
        if (m < 0) {
            /* "Lavrov in a recent interview called ...": the clause's
             * subject, up to the adverbial */
            uint32_t a = u;
            while (a > lo && u - a < CUE_BEFORE_WINDOW && c->w.items[a - 1].depth == depth && !is_terminal(c, a - 1) &&
                   c->w.items[a - 1].kind != W_MARK)
                a--;
            uint32_t hi = a + 1;
            while (hi < u && !adverbial_word(c, hi)) hi++;
            m = np_subject(c, a, hi);
        }
        if (m < 0) return false;
        *f = (found){m, u, "call", 2};
        return true;
    }
    return false;
}

/* A headline or subhead quoted whole is a label, not a statement.  The
 * extractor's word on a subhead is taken only where the paragraph is more
 * than this quote: it calls a paragraph that opens a quote and never closes
 * it (`"We must be prepared for the worst, because ...`) a subhead too, for
 * its missing full stop, so a whole-paragraph quote is judged by its own
 * shape: in capitals, or short and no sentence. */
static bool subhead_paragraph(const ctx *c, const qspan *q)
{
    const dyad_document *p = &c->d->pub;
    bool shaped = q->whole_para && (q->upper || (q->nwords < 8 && !q->terminal));
    if (p->paragraph_count) {
        dyad_paragraph_kind k = p->paragraphs[q->para].kind;
        if (k == DYAD_PARAGRAPH_TITLE) return true;
        if (k == DYAD_PARAGRAPH_SUBHEAD) return q->whole_para ? shaped : true;
    }
    return shaped;
}

static void add_statement(ctx *c, uint32_t qi, const found *f, float conf)
{
    qspan *q = &c->q.items[qi];
    stmt s = {0};
    s.s = q->s, s.e = q->e;
    s.kind = DYAD_QUOTE_DIRECT;
    s.quote = (int32_t)qi;
    s.mention = f ? f->mention : -1;
    s.inherit = -1;
    s.speaker = -1;
    s.confidence = conf;
    if (f) {
        /* a fragment inside a reported clause leaves the cue to the clause */
        if ((q->nwords > LABEL_WORDS || q->terminal) && f->where != 4 && strcmp(f->lemma, "by") != 0) c->w.items[f->cue].cue_used = 1;
        s.cue = f->lemma;
        s.cue_s = c->w.items[f->cue].s, s.cue_e = c->w.items[f->cue].e;
        if (strcmp(f->lemma, "according to") == 0) s.cue_e = c->w.items[f->cue + 1].e;
        uint32_t sent = c->w.items[q->w_open].sent;
        uint32_t lo = c->sent_first.items[sent];
        uint32_t hi = sent + 1 < c->sent_first.count ? c->sent_first.items[sent + 1] : (uint32_t)c->w.count;
        find_channel(c, lo, hi, &s);
    }
    if (s.e > s.s) VEC_PUSH(&c->st, s);
}

void attribute_direct(ctx *c)
{
    for (uint32_t qi = 0; qi < c->q.count; qi++) {
        qspan *q = &c->q.items[qi];
        if (q->e <= q->s) continue;
        if (q->colon) {
            uint32_t a = q->w_open;
            while (a > 0 && c->w.items[a - 1].para == q->para) a--;
            found f = {np_span(c, a, q->w_open), q->w_open, ":", 3};
            /* "A:" / "Answer:" continue the interviewee */
            if (q->w_open - a == 1 && (weq(c, a, "a") || weq(c, a, "answer"))) {
                add_statement(c, qi, NULL, 0.8f);
                c->st.items[c->st.count - 1].answer = true;
            } else if (f.mention < 0) add_statement(c, qi, NULL, 0.7f);
            else add_statement(c, qi, &f, 0.9f);
            continue;
        }
        if (subhead_paragraph(c, q)) continue;
        found f;
        uint32_t sent = c->w.items[q->w_open].sent;
        bool opens_sentence = c->sent_first.items[sent] == q->w_open;
        bool label_sized = q->nwords <= LABEL_WORDS && !(q->terminal && opens_sentence);
        /* a one-word fragment ("open-door") is a label even after a cue */
        if (label_sized && q->nwords < 2) continue;
        if (agent_before(c, q, &f) || cue_after(c, q, &f) || cue_before(c, q, label_sized ? FRAGMENT_WINDOW : CUE_BEFORE_WINDOW, &f) ||
            naming_cue(c, q, &f)) {
            const mention *m = &c->men.items[f.mention];
            float conf = m->type == MEN_NAME ? 0.95f : 0.9f;
            if (label_sized) conf -= 0.15f;
            add_statement(c, qi, &f, conf);
            continue;
        }
        /* uncued: a statement only when it stands as a sentence of its own
         * (or is long), at the top level, in double marks */
        if (q->depth > 0 || label_sized) continue;
        /* single marks at the top level quote only whole paragraphs (British style) */
        if (q->single && !(q->starts_para && q->terminal && q->nwords >= 4)) continue;
        if (!opens_sentence && q->nwords < 8) continue;
        if (q->nwords < 3 && !q->terminal) continue;
        /* a cue elsewhere in the sentence, past damaged or extra marks
         * ("" ... the" three spaces " ... " our journalist asked") */
        if (sentence_cue(c, q, &f)) { add_statement(c, qi, &f, 0.7f); continue; }
        add_statement(c, qi, NULL, 0.6f);
    }
}

/* An unquoted paragraph in the first person ("Let me emphasize once
 * again ...", "I think ...", "We will ..."), standing alone in a report
 * about a speaker: a pull quote.  It continues the previous speaker, with
 * low confidence (speakers.c). */
void attribute_pull_quotes(ctx *c)
{
    const dyad_document *p = &c->d->pub;
    uint32_t a = 0;
    while (a < c->w.count) {
        uint32_t b = a, para = c->w.items[a].para;
        bool plain = true;
        while (b < c->w.count && c->w.items[b].para == para) {
            if (c->w.items[b].depth || (c->w.items[b].kind == W_MARK && c->w.items[b].role)) plain = false;
            b++;
        }
        bool body = !p->paragraph_count || p->paragraphs[para].kind == DYAD_PARAGRAPH_BODY || p->paragraphs[para].kind == DYAD_PARAGRAPH_QUOTE;
        bool first_person = (weq(c, a, "let") && a + 1 < b && (weq(c, a + 1, "me") || weq(c, a + 1, "us"))) ||
                            (weq(c, a, "I") && a + 1 < b && !wpunct(c, a + 1, '.'));
        if (plain && body && first_person && b - a >= 6 && para > 0) {
            bool cued = false;
            for (uint32_t i = a; i < b && !cued; i++) cued = wcue(c, i) && i > a + 1 && weq(c, i - 1, "he");
            if (!cued) {
                stmt s = {0};
                s.s = c->w.items[a].s, s.e = c->w.items[b - 1].e;
                s.kind = DYAD_QUOTE_DIRECT;
                s.quote = -1, s.mention = -1, s.inherit = -1, s.speaker = -1;
                s.pull = true;
                s.confidence = 0.4f;
                VEC_PUSH(&c->st, s);
            }
        }
        a = b;
    }
}
