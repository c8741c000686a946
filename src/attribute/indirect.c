/* indirect.c — reported statements outside quotation marks:
 *   "X said (that) ...", "X noted that ...", "X admitted ... may ...",
 *   "According to X, ...", "..., according to X.",
 *   and the lead form "..., X said (on Wednesday)." / "..., said X."
 * The cue's subject must open a clause (sentence start, after a comma or
 * "and"/"but"), which keeps out "a move he said would carry" and "which
 * she said proved" — those are asides, not the sentence's statement. */
#include <string.h>

#include "attribute/internal.h"

#define MIN_CONTENT_WORDS 3
#define THAT_WINDOW 10
#define LEAD_TAIL_WORDS 10
#define MAX_SUBJECT_WORDS 8 /* a second speaker's phrase after ", but" */

static bool frame(const ctx *c, uint32_t i) { return c->w.items[i].depth == 0; }

static bool terminal(const ctx *c, uint32_t i)
{
    return wpunct(c, i, '.') || wpunct(c, i, '!') || wpunct(c, i, '?');
}

/* Words in [a, b), counted up to `enough` (callers only ask "at least"). */
static uint32_t count_words(const ctx *c, uint32_t a, uint32_t b, uint32_t enough)
{
    uint32_t n = 0;
    for (uint32_t i = a; i < b && n < enough; i++) if (c->w.items[i].kind == W_WORD || c->w.items[i].kind == W_NUM) n++;
    return n;
}

/* "said Tuesday that ...": a weekday or "late"/"early" right after a cue */
static bool weekday(const ctx *c, uint32_t i)
{
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "late", "early"};
    for (size_t k = 0; k < sizeof days / sizeof *days; k++) if (weq(c, i, days[k])) return true;
    return false;
}

/* The speaker of "... quoted X as saying" (active: the object) or "X was
 * quoted ... as saying" (passive: the subject), or -1. */
static int32_t quoted_as(ctx *c, uint32_t lo, uint32_t as)
{
    for (uint32_t k = as, n = 0; k > lo && n < 10; n++) {
        k--;
        if (!weq(c, k, "quoted")) continue;
        if (k > lo && (weq(c, k - 1, "was") || weq(c, k - 1, "is") || weq(c, k - 1, "been") || weq(c, k - 1, "were")))
            return np_before(c, lo, k);
        return np_after(c, k + 1, as);
    }
    return -1;
}

static bool clause_start(const ctx *c, uint32_t lo, uint32_t i)
{
    if (i == lo) return true;
    uint32_t p = i - 1;
    if (c->w.items[p].kind == W_PUNCT && !wpunct(c, p, '(')) return true; /* ", X said", "(Reuters) - X said" */
    if (weq(c, p, "and") || weq(c, p, "but") || weq(c, p, "while")) return true;
    /* "Earlier Tuesday Peskov said", "On Monday, ..." handled by the comma */
    if (i - lo > 4) return false; /* only a few sentence adverbs ahead of a subject */
    for (uint32_t k = lo; k < i; k++) if (!wis(c, k, LX_SENT_ADVERB) && c->w.items[k].kind == W_WORD) return false;
    return true;
}

/* A word for a text someone issues: "a statement", "a report". */
static bool document_noun(const ctx *c, uint32_t i)
{
    static const char *const nouns[] = {"statement", "report", "survey", "communique", "release", "letter", "document",
                                        "readout", "post", "transcript", "filing", "poll", "study", "notice", "decree"};
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        if (weq(c, i, nouns[k])) return true;
    return false;
}

static bool is_direct_cue(const ctx *c, uint32_t i) { return c->w.items[i].cue_used; }

/* Whether a reported clause stands between cue i and the quote after it:
 * words (past an optional "that") before the first opening quote mark. */
static bool reports_before_quote(const ctx *c, uint32_t i, uint32_t hi)
{
    uint32_t k = i + 1, words = 0;
    if (k < hi && weq(c, k, "that")) k++;
    for (; k < hi && words < 32; k++) {
        const aword *w = &c->w.items[k];
        /* (not 'said in a statement that "..."': the quote is all that was said) */
        if (w->kind == W_MARK && w->role == 1) return words >= 2 && !weq(c, k - 1, "that");
        if (w->kind == W_PUNCT && (c->t[w->s] == ',' || c->t[w->s] == ':' || c->t[w->s] == '.')) return false;
        if (w->kind == W_WORD) words++;
    }
    return false;
}

/* A word that opens a clause of circumstance after a comma: "..., X said
 * on Wednesday, as talks stalled" (the clause is the report's, not said). */
static bool subordinator(const ctx *c, uint32_t i)
{
    static const char *const words[] = {"as", "while", "after", "before", "because", "amid", "since", "when", "although",
                                        "though", "days", "hours", "weeks"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (weq(c, i, words[k])) return true;
    return false;
}

/* "Berlin agreed": a name and a finite verb of its own (not "He said", "He
 * had", which are pieces of another report). */
static bool two_word_clause(const ctx *c, uint32_t a)
{
    const aword *n = &c->w.items[a], *v = &c->w.items[a + 1];
    if (n->kind != W_WORD || !n->cap || v->kind != W_WORD || !v->finite || wcue(c, a + 1)) return false;
    static const char *const pieces[] = {"he", "she", "it", "they", "we", "i", "you", "this", "that"};
    for (size_t k = 0; k < sizeof pieces / sizeof *pieces; k++)
        if (weq(c, a, pieces[k])) return false;
    static const char *const aux[] = {"had", "has", "have", "was", "were", "is", "are", "did", "does", "do", "would", "will",
                                      "could", "can", "should", "may", "might", "must"};
    for (size_t k = 0; k < sizeof aux / sizeof *aux; k++)
        if (weq(c, a + 1, aux[k])) return false;
    return true;
}

/* Trim [a, b): drop trailing punctuation and a leading "that". */
static bool content(const ctx *c, uint32_t a, uint32_t b, uint32_t *s, uint32_t *e, bool *mixed)
{
    /* a dateline ahead of a lead sentence ("MOSCOW, Oct 3 - ", "KYIV (Wire) -",
     * "PORT SUDAN, Sudan, Aug. 3 (Reuters) -"): the one extraction found, else
     * capitals that a dash closes within a few words */
    const dyad_span dl = c->d->pub.dateline.span;
    if (dl.end > dl.start && a < b && c->w.items[a].s >= dl.start && c->w.items[a].s < dl.end)
        while (a < b && c->w.items[a].s < dl.end) a++;
    for (uint32_t i = a; i < b && i - a < 16; i++) {
        const aword *w = &c->w.items[i];
        if (w->kind == W_PUNCT && (c->t[w->s] == '-' || c->t[w->s] == ':' || (unsigned char)c->t[w->s] == 0xE2) && i > a) {
            const aword *f = &c->w.items[a];
            bool caps = f->kind == W_WORD && f->e - f->s > 1;
            for (uint32_t k = f->s; caps && k < f->e; k++) if (c->t[k] >= 'a' && c->t[k] <= 'z') caps = false;
            if (caps) a = i + 1;
            break;
        }
    }
    /* a live blog's time stamp ("08:47 Russian forces ...") */
    if (a < b && c->w.items[a].kind == W_NUM && memchr(c->t + c->w.items[a].s, ':', c->w.items[a].e - c->w.items[a].s) &&
        (a == 0 || c->w.items[a - 1].para != c->w.items[a].para)) a++;
    while (a < b && (c->w.items[a].kind == W_PUNCT || weq(c, a, "that"))) a++;
    /* "X pledged to send ..., according to a statement from Y.": a tail
     * that says where the report came from is not what was said (but
     * "..., according to AFP, the UN criticised" goes on after it) */
    for (uint32_t i = a + 1; i + 2 < b; i++) {
        if (!frame(c, i) || !wpunct(c, i, ',') || !weq(c, i + 1, "according") || !weq(c, i + 2, "to")) continue;
        uint32_t k = i + 3;
        while (k < b && !(frame(c, k) && wpunct(c, k, ','))) k++;
        if (k >= b) b = i;
        break;
    }
    /* (a percent sign ends a figure, not the sentence: "Turnout was 71%") */
    while (b > a && c->w.items[b - 1].kind == W_PUNCT && c->w.items[b - 1].depth == 0 && c->t[c->w.items[b - 1].s] != '%') b--;
    /* (two words make a clause when the second is a finite verb: "said
     * Berlin agreed") */
    uint32_t words = b > a ? count_words(c, a, b, MIN_CONTENT_WORDS) : 0;
    if (words < MIN_CONTENT_WORDS && !(words == 2 && b - a == 2 && two_word_clause(c, a)))
        return false;
    /* all of it one quote: that is a direct statement, found elsewhere */
    const aword *fa = &c->w.items[a];
    if (fa->kind == W_MARK && fa->role == 1 && fa->quote >= 0) {
        const qspan *q = &c->q.items[fa->quote];
        if (q->closed && q->w_close + 1 >= b) return false;
    }
    *mixed = false;
    for (uint32_t i = a; i < b; i++) if (c->w.items[i].kind == W_MARK && c->w.items[i].role == 1) *mixed = true;
    *s = c->w.items[a].s;
    uint32_t last = b - 1;
    /* a quote left open at the end keeps its content; close at the word */
    *e = c->w.items[last].e;
    return true;
}

static void add(ctx *c, uint32_t s, uint32_t e, bool mixed, int32_t m, uint32_t cue, const char *lemma,
                uint32_t lo, uint32_t hi, float conf)
{
    stmt st = {0};
    st.s = s, st.e = e;
    st.kind = mixed ? DYAD_QUOTE_MIXED : DYAD_QUOTE_INDIRECT;
    st.quote = -1;
    st.mention = m;
    st.inherit = -1;
    st.speaker = -1;
    st.cue = lemma;
    st.cue_s = c->w.items[cue].s;
    st.cue_e = c->w.items[cue + (strcmp(lemma, "according to") == 0 ? 1 : 0)].e;
    st.confidence = conf;
    find_channel(c, lo, hi, &st);
    VEC_PUSH(&c->st, st);
}

/* "Peskov said the decision was regrettable and warned that Russia would
 * respond": a second cue joined to the first by "and" or "but", with its
 * own "that" within a few words, opens a second statement of the same
 * speaker.  Returns the "and" (the end of the first statement's content)
 * and sets *cue and *that, or returns b. */
static uint32_t coordinated_cue(const ctx *c, uint32_t a, uint32_t b, uint32_t *cue, uint32_t *that)
{
    for (uint32_t j = a + MIN_CONTENT_WORDS; j + 2 < b; j++) {
        if (!frame(c, j) || !(weq(c, j, "and") || weq(c, j, "but"))) continue;
        if (!wcue(c, j + 1) || c->w.items[j + 1].cap || is_direct_cue(c, j + 1)) continue;
        for (uint32_t k = j + 2; k < b && k <= j + THAT_WINDOW && frame(c, k) && !terminal(c, k); k++)
            if (weq(c, k, "that")) {
                *cue = j + 1, *that = k;
                return j;
            }
    }
    return b;
}

/* "Ruto said he would sign the bill, but opposition leader Raila Odinga
 * warned that ...": a clause joined by ", but" ("while", "whereas",
 * "and") whose own subject reports opens a statement of that speaker.
 * Returns the comma (the end of the first statement's content) and sets
 * *cue and *m, or returns b. */
static uint32_t second_speaker(ctx *c, uint32_t a, uint32_t b, uint32_t *cue, int32_t *m)
{
    for (uint32_t j = a + MIN_CONTENT_WORDS; j + 3 < b; j++) {
        if (!frame(c, j) || !wpunct(c, j, ',')) continue;
        uint32_t k0 = j + 1;
        if (!(weq(c, k0, "but") || weq(c, k0, "while") || weq(c, k0, "whereas") || weq(c, k0, "and"))) continue;
        for (uint32_t k = k0 + 2; k < b && k <= k0 + 1 + MAX_SUBJECT_WORDS && frame(c, k) && !terminal(c, k); k++) {
            if (!wcue(c, k) || c->w.items[k].cap || is_direct_cue(c, k)) continue;
            size_t before = c->men.count;
            int32_t sm = np_before(c, k0 + 1, k);
            if (sm >= 0 && c->men.items[sm].ws == k0 + 1 && c->men.items[sm].type != MEN_PRONOUN) {
                *cue = k, *m = sm;
                return j;
            }
            c->men.count = before; /* (its mentions and the conjuncts' with them) */
            break;
        }
    }
    return b;
}

/* The statement whose content starts at `from` (after the cue i or its
 * "that"), and a second one if a coordinated cue follows (above), or a
 * clause of another speaker (second_speaker). */
static bool add_content(ctx *c, uint32_t from, int32_t m, uint32_t i, const char *lemma, uint32_t lo, uint32_t hi, float conf)
{
    /* "When the vice-president told a conference that X, many heard a
     * warning": a report inside a fronted clause ends with that clause */
    static const char *const fronts[] = {"when", "as", "after", "although", "though", "if", "because", "while", "since",
                                         "before", "once", "until"};
    bool fronted = false;
    for (size_t k = 0; k < sizeof fronts / sizeof *fronts && !fronted && lo < i; k++) fronted = weq(c, lo, fronts[k]);
    if (fronted)
        for (uint32_t k = from; k < hi; k++)
            if (frame(c, k) && wpunct(c, k, ',')) { hi = k; break; }
    uint32_t cue2 = 0, that2 = 0, cut = coordinated_cue(c, from, hi, &cue2, &that2);
    uint32_t cue3 = 0;
    int32_t m3 = -1;
    size_t made = c->men.count;
    uint32_t other = cut == hi ? second_speaker(c, from, hi, &cue3, &m3) : hi;
    uint32_t s, e;
    bool mixed;
    if (!content(c, from, other < hi ? other : cut, &s, &e, &mixed)) {
        c->men.count = made; /* (m3 and its conjuncts' mentions) */
        return false;
    }
    add(c, s, e, mixed, m, i, lemma, lo, hi, conf);
    if (cut < hi && content(c, that2 + 1, hi, &s, &e, &mixed)) add(c, s, e, mixed, m, cue2, wcue(c, cue2), lo, hi, conf);
    if (other < hi) {
        uint32_t k = cue3 + 1;
        if (k < hi && weq(c, k, "that")) k++;
        if (content(c, k, hi, &s, &e, &mixed)) add(c, s, e, mixed, m3, cue3, wcue(c, cue3), other + 1, hi, conf);
    }
    return true;
}

static bool be_form(const ctx *c, uint32_t i)
{
    return weq(c, i, "was") || weq(c, i, "were") || weq(c, i, "is") || weq(c, i, "are") || weq(c, i, "been") ||
           weq(c, i, "being") || weq(c, i, "be");
}

/* A cue in the passive: a form of "be" before it, an adverb between at most. */
static bool passive_cue(const ctx *c, uint32_t lo, uint32_t i)
{
    if (i > lo && be_form(c, i - 1)) return true;
    size_t n = i > lo + 1 ? wlen(c, i - 1) : 0;
    return n > 2 && !memcmp(wtext(c, i - 1) + n - 2, "ly", 2) && be_form(c, i - 2);
}

static bool open_question_word(const ctx *c, uint32_t i)
{
    return weq(c, i, "whether") || weq(c, i, "if") || weq(c, i, "when") || weq(c, i, "how") || weq(c, i, "why") ||
           weq(c, i, "what") || weq(c, i, "where") || weq(c, i, "who") || weq(c, i, "which");
}

/* "did not say", "didn't say", "declined to say", "would not say": a
 * negation or refusal at most three words before the cue. */
static bool negated_cue(const ctx *c, uint32_t lo, uint32_t i)
{
    for (uint32_t k = i; k-- > lo && i - k <= 3;) {
        if (weq(c, k, "not") || weq(c, k, "never") || weq(c, k, "declined") || weq(c, k, "refused") || weq(c, k, "didn't") ||
            weq(c, k, "won't") || weq(c, k, "wouldn't") || weq(c, k, "did n't"))
            return true;
        size_t n = wlen(c, k);
        if (n > 3 && !memcmp(wtext(c, k) + n - 3, "n't", 3)) return true;
    }
    return false;
}

/* A preposition that opens a count, not an adjunct: "said at least 40
 * people were killed", "up to 300 troops", "about 2,000 people". */
static bool quantity_opener(const ctx *c, uint32_t k, uint32_t hi)
{
    if (k + 1 >= hi) return false;
    if (weq(c, k, "at") && (weq(c, k + 1, "least") || weq(c, k + 1, "most"))) return true;
    uint32_t n = weq(c, k, "up") && weq(c, k + 1, "to") ? k + 2 : k + 1;
    if (!(n == k + 2 || weq(c, k, "about") || weq(c, k, "around") || weq(c, k, "over") || weq(c, k, "nearly") ||
          weq(c, k, "some") || weq(c, k, "roughly") || weq(c, k, "almost") || weq(c, k, "under")))
        return false;
    return n < hi && (c->w.items[n].kind == W_NUM || weq(c, n, "two") || weq(c, n, "three") || weq(c, n, "dozens") ||
                      weq(c, n, "hundreds") || weq(c, n, "thousands") || weq(c, n, "half") || weq(c, n, "a"));
}

static void sentence(ctx *c, uint32_t lo, uint32_t hi)
{
    const dyad_document *p = &c->d->pub;
    uint32_t para = c->w.items[lo].para;
    if (p->paragraph_count && (p->paragraphs[para].kind == DYAD_PARAGRAPH_TITLE || p->paragraphs[para].kind == DYAD_PARAGRAPH_SUBHEAD)) return;
    if (!frame(c, lo) && c->w.items[lo].kind != W_MARK) return;
    /* "In his opinion, ..." / "In her view, ..." */
    if (hi - lo > 5 && weq(c, lo, "in") && (weq(c, lo + 1, "his") || weq(c, lo + 1, "her")) &&
        (weq(c, lo + 2, "opinion") || weq(c, lo + 2, "view") || weq(c, lo + 2, "words")) && wpunct(c, lo + 3, ',')) {
        mention pm = {0};
        pm.type = MEN_PRONOUN;
        pm.ws = lo + 1, pm.we = lo + 2;
        pm.s = c->w.items[lo + 1].s, pm.e = c->w.items[lo + 1].e;
        pm.gender = weq(c, lo + 1, "his") ? 1 : 2;
        pm.person = true;
        pm.speaker = -1;
        VEC_PUSH(&c->men, pm);
        uint32_t s, e;
        bool mixed;
        if (content(c, lo + 4, hi, &s, &e, &mixed)) { add(c, s, e, mixed, (int32_t)c->men.count - 1, lo + 2, "opinion", lo, hi, 0.7f); return; }
    }
    for (uint32_t i = lo; i < hi; i++) {
        if (!frame(c, i) || c->w.items[i].kind != W_WORD) continue;
        if (weq(c, i, "according") && i + 1 < hi && weq(c, i + 1, "to")) {
            uint32_t k = i + 2;
            int32_t m = np_after(c, k, hi);
            if (m < 0) continue;
            /* "according to a statement from the Kenyan presidency": the
             * document's issuer is the source */
            uint32_t mw = c->men.items[m].we;
            bool issued = false;
            if (mw + 1 < hi && document_noun(c, mw - 1) && (weq(c, mw, "from") || weq(c, mw, "by") || weq(c, mw, "of"))) {
                int32_t issuer = np_after(c, mw + 1, hi);
                if (issuer >= 0) m = issuer, issued = true;
            }
            uint32_t after = c->men.items[m].we;
            /* "according to a statement read on state television": a
             * document nobody is named as issuing is no speaker (the
             * statement keeps its words, with no speaker) */
            const mention *dm = &c->men.items[m];
            bool nameless_document = !issued && document_noun(c, dm->we - 1) && dm->we - dm->ws <= 2 &&
                                     (dm->we - dm->ws == 1 || wis(c, dm->ws, LX_DET));
            /* "According to Ivan Petrenko, a former envoy, ...": past the apposition */
            while (after < hi && c->w.items[after].s < c->men.items[m].re) after++;
            uint32_t s, e;
            bool mixed;
            uint32_t rest = after;
            while (rest < hi && c->w.items[rest].kind == W_PUNCT) rest++;
            /* "..., according to a statement published after the meeting.":
             * a participle phrase on the source that runs to the end of the
             * sentence is still the source's */
            size_t rl = rest < hi ? wlen(c, rest) : 0;
            if (rest < hi && c->w.items[rest].kind == W_WORD && !c->w.items[rest].cap &&
                (participle_word(c, rest) || (rl > 4 && !memcmp(wtext(c, rest) + rl - 2, "ed", 2)))) {
                uint32_t k = rest;
                while (k < hi && !(frame(c, k) && wpunct(c, k, ','))) k++;
                if (k >= hi) rest = hi;
            }
            uint32_t comma = after;
            while (comma < hi && !wpunct(c, comma, ',') && comma - after < 8) comma++;
            bool comma_after = comma < hi && wpunct(c, comma, ',');
            /* "..., according to two diplomats familiar with the talks.": with
             * a clause before the comma and none closing the source, what
             * follows the source still describes it */
            bool clause_before = i > lo && wpunct(c, i - 1, ',') && !clause_start(c, lo, i - 1);
            if (i > lo && wpunct(c, i - 1, ',') && (rest >= hi || (clause_before && !comma_after))) {
                if (content(c, lo, i - 1, &s, &e, &mixed)) { add(c, s, e, mixed, nameless_document ? -1 : m, i, "according to", lo, hi, 0.75f); return; }
            } else if (clause_start(c, lo, i)) {
                /* "According to X, ..." or, without the comma, "According to X the ..." */
                if (comma_after) after = comma;
                if (content(c, after, hi, &s, &e, &mixed)) { add(c, s, e, mixed, nameless_document ? -1 : m, i, "according to", lo, hi, 0.8f); return; }
            } else if (i > lo && wpunct(c, i - 1, ',')) {
                if (content(c, lo, i - 1, &s, &e, &mixed)) { add(c, s, e, mixed, nameless_document ? -1 : m, i, "according to", lo, hi, 0.75f); return; }
            }
            continue;
        }
        const char *lemma = wcue(c, i);
        /* a cue a direct quote took still reports the clause before that
         * quote: 'Lipavsky said Budapest was "isolated in Europe."' */
        if (!lemma || (is_direct_cue(c, i) && !reports_before_quote(c, i, hi)) || c->w.items[i].cap) continue;
        if (strcmp(lemma, "ask") == 0 || strcmp(lemma, "continue") == 0 || strcmp(lemma, "post") == 0) continue;
        /* a passive cue reports nothing of its subject's: "Deby was
         * declared winner", "he was told to leave" */
        if (passive_cue(c, lo, i)) continue;
        /* nor does a refusal to say: "did not say whether ...", "declined
         * to say when ..." */
        if (i + 1 < hi && open_question_word(c, i + 1) && negated_cue(c, lo, i)) continue;
        if (strcmp(lemma, "point") == 0 && !(i + 1 < hi && weq(c, i + 1, "out"))) continue;
        bool needs_that = strcmp(lemma, "answer") == 0 || strcmp(lemma, "reply") == 0 || strcmp(lemma, "respond") == 0 ||
                          strcmp(lemma, "comment") == 0 || strcmp(lemma, "report") == 0 || strcmp(lemma, "inform") == 0 ||
                          strcmp(lemma, "deny") == 0 || strcmp(lemma, "confirm") == 0 || strcmp(lemma, "maintain") == 0 ||
                          /* findings and rulings report only a "that" clause */
                          strcmp(lemma, "find") == 0 || strcmp(lemma, "show") == 0 || strcmp(lemma, "reveal") == 0 ||
                          strcmp(lemma, "estimate") == 0 || strcmp(lemma, "recommend") == 0 || strcmp(lemma, "rule") == 0 ||
                          strcmp(lemma, "theorize") == 0 ||
                          /* "recalled its ambassador": only "recalled that ..." reports */
                          strcmp(lemma, "recall") == 0;
        /* cues whose object is whom it was told: "told reporters that",
         * "warned Tehran that", "assured allies that" */
        bool addressee_first = strcmp(lemma, "tell") == 0 || strcmp(lemma, "warn") == 0 || strcmp(lemma, "assure") == 0 ||
                               strcmp(lemma, "remind") == 0 || strcmp(lemma, "inform") == 0;
        /* inversion "..., said Peskov." (not "..., told reporters.") */
        if (i > lo && wpunct(c, i - 1, ',') && !addressee_first) {
            int32_t m = np_after(c, i + 1, hi);
            if (m >= 0) {
                uint32_t tail = c->men.items[m].we;
                while (tail < hi && c->w.items[tail].kind == W_PUNCT) tail++;
                uint32_t s, e;
                bool mixed;
                /* (or a participle phrase after it: "..., said Lavrov, adding that ...") */
                bool aside = tail < hi && tail > 0 && wpunct(c, tail - 1, ',') && participle_word(c, tail);
                if ((tail >= hi || aside) && content(c, lo, i - 1, &s, &e, &mixed)) {
                    add(c, s, e, mixed, m, i, lemma, lo, hi, 0.7f);
                    /* the participle's own report is the same speaker's */
                    if (aside && wcue(c, tail) && tail + 1 < hi) {
                        uint32_t k = tail + 1;
                        if (weq(c, k, "that")) k++;
                        add_content(c, k, m, tail, wcue(c, tail), lo, hi, 0.65f);
                    }
                    return;
                }
                c->men.count--;
            }
        }
        int32_t m = -1;
        /* "X welcomed the remarks, saying ...", "X called ... and said ..." */
        bool participle = participle_word(c, i);
        /* "X was quoted (by Y) as saying (that) ..." */
        if (weq(c, i, "saying") && i > lo && weq(c, i - 1, "as")) {
            int32_t qm = quoted_as(c, lo, i);
            if (qm >= 0) {
                uint32_t k = i + 1, s, e;
                bool mixed;
                if (k < hi && weq(c, k, "that")) k++;
                if (content(c, k, hi, &s, &e, &mixed)) { add(c, s, e, mixed, qm, i, "say", lo, hi, 0.75f); return; }
            }
            continue;
        }
        /* ", saying ...", "opened the summit by saying that ..." */
        /* (also "issued a joint statement urging Israel to ...") */
        if (participle && !(i > lo && (wpunct(c, i - 1, ',') || weq(c, i - 1, "by") || weq(c, i - 1, "while") ||
                                       weq(c, i - 1, "after") || weq(c, i - 1, "before") || document_noun(c, i - 1)))) continue;
        if (participle || (i > lo && (weq(c, i - 1, "and") || weq(c, i - 1, "but")))) {
            /* "Peskov added, saying ...": the subject of the cue before */
            /* (a capitalised word is no cue: "... to the United States and said") */
            if (i > lo + 1 && wcue(c, i - 2) && !c->w.items[i - 2].cap) m = np_before(c, lo, i - 2);
            if (m < 0) m = np_subject(c, lo, i);
            if (m >= 0 && c->men.items[m].type == MEN_PRONOUN && c->men.items[m].ws != lo) { c->men.count--; m = -1; }
        } else {
            m = np_before(c, lo, i);
            if (m >= 0 && !clause_start(c, lo, c->men.items[m].ws)) { c->men.count--; m = -1; }
        }
        if (m < 0) continue;
        /* "If the talks fail, he warned, the EU could freeze funds": a cue
         * set off by commas inside the sentence reports all of it */
        uint32_t mws = c->men.items[m].ws;
        if (i + 2 < hi && wpunct(c, i + 1, ',') && mws > lo + 1 && wpunct(c, mws - 1, ',') &&
            !participle_word(c, i + 2) && !subordinator(c, i + 2) && /* ", speaking on condition ..." */
            /* (the words on both sides count: "The ceasefire, Erdogan said, must hold") */
            count_words(c, lo, mws - 1, MIN_CONTENT_WORDS) + count_words(c, i + 2, hi, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS &&
            count_words(c, i + 2, hi, MIN_CONTENT_WORDS) >= 1) {
            uint32_t s, e;
            bool mixed;
            if (content(c, lo, hi, &s, &e, &mixed)) { add(c, s, e, mixed, m, i, lemma, lo, hi, 0.7f); return; }
        }
        uint32_t k = i + 1;
        if (strcmp(lemma, "point") == 0) k++;
        /* "that" within a few words: "said on Thursday that ..." */
        uint32_t that = 0;
        bool may_that = k < hi && (weq(c, k, "that") || wis(c, k, LX_PREP) || addressee_first || weekday(c, k) || weq(c, k, "yesterday") ||
                                   weq(c, k, "today") || weq(c, k, "repeatedly") || weq(c, k, "earlier") || weq(c, k, "publicly") ||
                                   weq(c, k, "later") || weq(c, k, "again") || weq(c, k, "separately"));
        bool comma = false;
        for (uint32_t j = k; may_that && j < hi && j - k < THAT_WINDOW; j++) {
            if (!frame(c, j) || terminal(c, j)) break;
            /* (past a comma, a "that" after a noun is a relative pronoun:
             * "said on Friday, in a vote that critics say ...") */
            if (weq(c, j, "that") && comma && j > k && c->w.items[j - 1].kind == W_WORD && !weekday(c, j - 1)) break;
            if (weq(c, j, "that")) { that = j; break; }
            comma |= wpunct(c, j, ',');
        }
        uint32_t s, e;
        bool mixed;
        float conf = c->men.items[m].type == MEN_NAME ? 0.8f : 0.7f;
        if (that) {
            if (add_content(c, that + 1, m, i, lemma, lo, hi, conf)) return;
            continue;
        }
        /* "told reporters / the agency / a news conference ..." carries an object first */
        if (strcmp(lemma, "tell") == 0) {
            uint32_t k0 = k;
            if (k < hi && wis(c, k, LX_DET)) k++;
            /* (a second determiner opens the reported clause: "told
             * reporters the declaration had been adopted") */
            while (k < hi && k - k0 < 4 && c->w.items[k].kind == W_WORD && frame(c, k) && !wis(c, k, LX_PREP) && !weq(c, k, "that") &&
                   (c->w.items[k].cap || !wis(c, k, LX_SKIP)) && !(k > k0 && (weq(c, k, "it") || weq(c, k, "he") || weq(c, k, "she") || weq(c, k, "they"))) &&
                   !(k > k0 && wis(c, k, LX_DET)))
                k++;
        }
        /* what follows the cue: nothing or adjuncts only ("on Wednesday", "in
         * an interview with the agency") makes the lead form "..., X said." */
        uint32_t tail = 0, tail_end = k; /* counted only as far as the lead form allows */
        bool aside = false; /* "..., officials said on Wednesday, as talks stalled." */
        for (; tail_end < hi && tail <= LEAD_TAIL_WORDS && tail_end - k < 4 * LEAD_TAIL_WORDS; tail_end++) {
            /* (or a phrase: "..., X said on Friday, in a vote that critics ...") */
            if (tail_end + 1 < hi && frame(c, tail_end) && wpunct(c, tail_end, ',') &&
                (subordinator(c, tail_end + 1) || wis(c, tail_end + 1, LX_PREP) || weq(c, tail_end + 1, "amid") ||
                 participle_word(c, tail_end + 1))) {
                aside = true;
                break;
            }
            if (c->w.items[tail_end].kind == W_WORD || c->w.items[tail_end].kind == W_MARK) tail++;
        }
        if (!aside && tail_end < hi && tail <= LEAD_TAIL_WORDS) tail = LEAD_TAIL_WORDS + 1;
        bool adjunct_only = tail == 0 || (wis(c, k, LX_PREP) && !quantity_opener(c, k, hi) && tail <= LEAD_TAIL_WORDS);
        /* "..., Peskov added, saying ..." is the lead form too */
        if (k < hi && wpunct(c, k, ',') && k + 1 < hi && c->w.items[k + 1].kind == W_WORD && wlen(c, k + 1) > 4 &&
            strncmp(wtext(c, k + 1) + wlen(c, k + 1) - 3, "ing", 3) == 0) adjunct_only = true;
        if (!adjunct_only && weekday(c, k) && k + 1 < hi && (wpunct(c, k + 1, '.') || wpunct(c, k + 1, ','))) adjunct_only = true;
        /* "Biden has spoken about using ..." */
        if (strcmp(lemma, "speak") == 0) {
            if (!(k < hi && (weq(c, k, "about") || weq(c, k, "of")))) continue;
            if (content(c, k + 1, hi, &s, &e, &mixed)) { add(c, s, e, mixed, m, i, lemma, lo, hi, conf - 0.1f); return; }
            continue;
        }
        /* "said on Thursday the group would ...": a day before the
         * reported clause, without "that" */
        if (!needs_that && k + 2 < hi && weq(c, k, "on") && weekday(c, k + 1)) {
            uint32_t after = k + 2;
            if (weq(c, k + 1, "late") || weq(c, k + 1, "early")) after++;
            if (after < hi && c->w.items[after].kind == W_WORD && !wis(c, after, LX_PREP) &&
                add_content(c, after, m, i, lemma, lo, hi, conf - 0.05f))
                return;
        }
        uint32_t before_np = c->men.items[m].ws;
        if (adjunct_only) {
            if (before_np > lo && wpunct(c, before_np - 1, ',') && content(c, lo, before_np - 1, &s, &e, &mixed)) {
                add(c, s, e, mixed, m, i, lemma, lo, hi, 0.7f);
                return;
            }
            continue;
        }
        if (needs_that || (wis(c, k, LX_PREP) && !quantity_opener(c, k, hi))) continue;
        if (k < hi && (c->w.items[k].kind == W_PUNCT || c->w.items[k].kind == W_MARK)) continue;
        if (add_content(c, k, m, i, lemma, lo, hi, conf - 0.05f)) return;
    }
}

void attribute_indirect(ctx *c)
{
    for (uint32_t sidx = 0; sidx < c->sent_first.count; sidx++) {
        uint32_t lo = c->sent_first.items[sidx];
        uint32_t hi = sidx + 1 < c->sent_first.count ? c->sent_first.items[sidx + 1] : (uint32_t)c->w.count;
        if (lo < hi) sentence(c, lo, hi);
    }
}
