/* mention.c — the noun phrase a cue names as the speaker.
 *
 * Before a cue ("Kremlin spokesman Dmitry Peskov said", "the diplomat
 * noted", "Kosachyov, deputy chairman of the upper house, said") or after
 * it ("said Peskov", "said the spokesman").  A phrase splits into role
 * words (titles, offices, organisations: "Kremlin spokesman") and a name
 * (the last run of capitalised words that are not role, organisation or
 * place words: "Dmitry Peskov").  No tags are needed; the scans are
 * bounded by the sentence and a few dozen words. */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "attribute/internal.h"
#include "base/calendar.h"
#include "nlp/name_particles.h"

#define MAX_NP_WORDS 20
#define MAX_APPOSITION_WORDS 22
#define GENDER_LOOKBACK 64

static bool frame_word(const ctx *c, uint32_t i, uint8_t depth, uint32_t sent)
{
    const aword *w = &c->w.items[i];
    return w->depth == depth && w->sent == sent && w->kind != W_MARK;
}

static bool is_pronoun(const ctx *c, uint32_t i, uint8_t *gender)
{
    if (weq(c, i, "he")) { *gender = 1; return true; }
    if (weq(c, i, "she")) { *gender = 2; return true; }
    if (weq(c, i, "they")) { *gender = 0; return true; }
    if (weq(c, i, "him")) { *gender = 1; return true; }
    if (weq(c, i, "her") && !(i + 1 < c->w.count && c->w.items[i + 1].kind == W_WORD && !c->w.items[i + 1].cap &&
                              !weq(c, i + 1, "as"))) { *gender = 2; return true; }
    return false;
}

/* Capitalised only because they open a sentence ("It", "This"): never a speaker. */
static bool function_word(const ctx *c, uint32_t i) { return wis(c, i, LX_FUNCTION); }

/* A capitalised word that may belong to a person's name. */
/* "von", "der", "da", "bin" inside a name: a lower-case particle with a
 * capitalised word before it and a capitalised word (or another particle
 * and then one) after it ("Ursula von der Leyen", "Lula da Silva"). */
static bool name_particle(const ctx *c, uint32_t i)
{
    size_t n = wlen(c, i);
    if (c->w.items[i].cap || n > 8) return false;
    char low[8]; /* the tagger's own list, case aside as every word test here */
    for (size_t k = 0; k < n; k++) low[k] = (char)tolower((unsigned char)wtext(c, i)[k]);
    return nlp_name_particle(low, n);
}

static bool inside_name(const ctx *c, uint32_t i)
{
    if (!name_particle(c, i)) return false;
    /* particles run at most three ("de la", "von der"), with capitals both sides */
    uint32_t a = i, b = i + 1;
    while (a > 0 && i - a < 3 && name_particle(c, a - 1)) a--;
    while (b < c->w.count && b - i < 3 && name_particle(c, b)) b++;
    return a > 0 && c->w.items[a - 1].kind == W_WORD && c->w.items[a - 1].cap && b < c->w.count &&
           c->w.items[b].kind == W_WORD && c->w.items[b].cap;
}

static bool name_word(const ctx *c, uint32_t i)
{
    const aword *w = &c->w.items[i];
    if (w->kind == W_WORD && inside_name(c, i)) return true;
    if (w->kind != W_WORD || !w->cap || w->not_name || function_word(c, i)) return false;
    /* "ministers on Monday said": a day is nobody's name */
    if (wlen(c, i) >= 6 && calendar_weekday_from_name(wtext(c, i), (unsigned)wlen(c, i))) return false;
    return !wis(c, i, LX_ROLE) && !wis(c, i, LX_ORG) && !wis(c, i, LX_PLACE) && !wis(c, i, LX_SENT_ADVERB) &&
           !wis(c, i, LX_DET) && !wis(c, i, LX_JOURNALIST) && !wcountry(c, i);
}

static bool np_word(const ctx *c, uint32_t i)
{
    const aword *w = &c->w.items[i];
    if (w->kind == W_WORD && inside_name(c, i)) return true;
    if (w->kind != W_WORD || function_word(c, i)) return false;
    return w->cap || wis(c, i, LX_ROLE) || wis(c, i, LX_ORG) || wis(c, i, LX_JOURNALIST) ||
           wcountry(c, i);
}

static int gender_of_words(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++) {
        /* "his Togolese counterpart, Marguerite Gnakade": a possessive
         * pronoun is the owner's gender, not the mention's */
        if (weq(c, i, "his") || weq(c, i, "her")) continue;
        int g = wgender(c, i);
        if (g) return g;
    }
    return 0;
}

/* The role word right before the phrase's first "of", or -1. */
static int64_t head_before_of(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t i = a + 1; i < b; i++)
        if (weq(c, i, "of") || weq(c, i, "for")) return wis(c, i - 1, LX_ROLE) && !c->w.items[i - 1].cap ? (int64_t)i - 1 : -1;
    return -1;
}

/* "one of the ministers", "two of the negotiators": a quantifier, "of", a
 * determiner and a lower-case plural noun (or a role word) as words
 * [q, q+4).  The speaker is an unnamed member of the group: someone new,
 * never the person a definite "the ministers" might point back to. */
static bool partitive_at(const ctx *c, uint32_t q, uint8_t depth, uint32_t sent)
{
    static const char *const quantifier[] = {"one", "two", "three", "four", "some", "several", "many", "another",
                                             "none", "each", "either", "neither", "most", "both"};
    if (q + 4 > c->w.count) return false;
    for (uint32_t i = q; i < q + 4; i++) if (!frame_word(c, i, depth, sent) || c->w.items[i].kind != W_WORD) return false;
    bool quant = false;
    for (size_t k = 0; k < sizeof quantifier / sizeof *quantifier && !quant; k++) quant = weq(c, q, quantifier[k]);
    if (!quant || !weq(c, q + 1, "of")) return false;
    if (!weq(c, q + 2, "the") && !weq(c, q + 2, "its") && !weq(c, q + 2, "their") && !weq(c, q + 2, "our") &&
        !weq(c, q + 2, "his") && !weq(c, q + 2, "her") && !weq(c, q + 2, "these") && !weq(c, q + 2, "those"))
        return false;
    const aword *n = &c->w.items[q + 3];
    size_t nl = n->e - n->s;
    if (wis(c, q + 3, LX_ROLE)) return true;
    return !n->cap && nl > 3 && c->t[n->e - 1] == 's' && c->t[n->e - 2] != 's' && !wcue(c, q + 3) && !wis(c, q + 3, LX_SKIP) &&
           !wis(c, q + 3, LX_FUNCTION);
}

static int32_t make_partitive(ctx *c, uint32_t q)
{
    mention m = {0};
    m.ws = q, m.we = q + 4;
    m.s = c->w.items[q].s, m.e = c->w.items[q + 3].e;
    m.rs = m.s, m.re = m.e;
    m.type = MEN_ROLE;
    m.partitive = true;
    /* "one of the ministers" is a person; "several of the envoys" a group */
    m.person = weq(c, q, "one") || weq(c, q, "another") || weq(c, q, "each") || weq(c, q, "either") || weq(c, q, "neither");
    m.gender = (uint8_t)gender_of_words(c, q + 3, q + 4);
    m.speaker = -1;
    VEC_PUSH(&c->men, m);
    return (int32_t)c->men.count - 1;
}

/* Whether the name starting at word n follows "a spokesman for" or "an
 * adviser to" (with the named person's title between: "for Prime
 * Minister"), so that the phrase from a names someone speaking for that
 * person.  Not "envoy for Ukraine Keith Kellogg": a place after "for" is
 * the role's charge, and the name its holder. */
static bool speaks_for_name(const ctx *c, uint32_t a, uint32_t n)
{
    static const char *const agents[] = {"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
                                         "aide", "lawyer", "attorney", "representative"};
    uint32_t f = n;
    while (f > a + 1 && c->w.items[f - 1].cap && wis(c, f - 1, LX_ROLE)) f--;
    if (f <= a + 1 || !(weq(c, f - 1, "for") || weq(c, f - 1, "to"))) return false;
    if (f < n ? wcountry(c, f) || wis(c, f, LX_PLACE) : wcountry(c, n) || wis(c, n, LX_PLACE)) return false;
    for (size_t k = 0; k < sizeof agents / sizeof *agents; k++)
        if (weq(c, f - 2, agents[k])) return true;
    return false;
}

/* The full stop of an initial inside a name ("S. Jaishankar"). */
static bool initial_stop(const ctx *c, uint32_t i)
{
    return i > 0 && wpunct(c, i, '.') && wlen(c, i - 1) == 1 && c->w.items[i - 1].cap && c->w.items[i - 1].e == c->w.items[i].s;
}

/* Build the mention for the phrase [a, b) with an optional apposition
 * [pa, pb) (pa == pb when none).  Returns its index or -1. */
static int32_t make_mention(ctx *c, uint32_t a, uint32_t b, uint32_t pa, uint32_t pb)
{
    /* drop leading connectors, sentence adverbs and a determiner that
     * does not lead a role ("The Kremlin" keeps it, it does not matter) */
    while (a < b && (wis(c, a, LX_CONNECT) || wis(c, a, LX_SENT_ADVERB)) && !wis(c, a, LX_DET)) a++;
    while (a < b && wis(c, a, LX_DET) && a + 1 < b && wis(c, a + 1, LX_SENT_ADVERB)) a += 2;
    if (a >= b) return -1;
    mention m = {0};
    /* "..., Ms. Kelly Rivers, said": an honorific opens the name */
    uint8_t honorific_gender = 0;
    if (pa < pb && pb - pa >= 2 && (weq(c, pa, "mr") || weq(c, pa, "mrs") || weq(c, pa, "ms") || weq(c, pa, "dr"))) {
        honorific_gender = (uint8_t)wgender(c, pa);
        pa++;
        if (pa < pb && c->w.items[pa].kind == W_PUNCT) pa++; /* "Ms ." as two words */
    }
    /* "The chief of the General Staff, Valery Gerasimov, said": the
     * apposition is the name, the phrase the role */
    if (pa < pb && pb - pa <= 4) {
        bool all_names = true;
        for (uint32_t i = pa; i < pb; i++)
            if (!name_word(c, i) && !initial_stop(c, i)) all_names = false;
        bool phrase_named = name_word(c, b - 1) && !wis(c, a, LX_DET);
        for (uint32_t i = a; i < b && phrase_named; i++) if (wis(c, i, LX_ROLE)) phrase_named = false;
        if (all_names && !phrase_named) {
            m.ws = a, m.we = pb;
            m.s = c->w.items[a].s, m.e = c->w.items[pb - 1].e;
            m.type = MEN_NAME;
            m.person = true;
            m.ns = c->w.items[pa].s, m.ne = c->w.items[pb - 1].e;
            uint32_t ra = a;
            if (wis(c, ra, LX_DET)) ra++;
            m.rs = c->w.items[ra].s, m.re = c->w.items[b - 1].e;
            m.gender = honorific_gender ? honorific_gender : (uint8_t)gender_of_words(c, a, pb);
            m.speaker = -1;
            VEC_PUSH(&c->men, m);
            return (int32_t)c->men.count - 1;
        }
    }
    m.ws = a, m.we = b;
    m.s = c->w.items[a].s, m.e = c->w.items[b - 1].e;
    m.speaker = -1;
    /* "Agriculture Minister Janis Ozols of Latvia": the country after the
     * name is where the person is from, not the head of the phrase */
    uint32_t nb = b;
    if (b >= a + 4 && wcountry(c, b - 1)) {
        uint32_t of = wis(c, b - 2, LX_DET) ? b - 3 : b - 2;
        if (of > a && (weq(c, of, "of") || weq(c, of, "from")) && name_word(c, of - 1)) nb = of;
    }
    /* "Dr. Ann Lee of the Department of Health said": a person's name of
     * two words or more before "of the" and a body after it */
    for (uint32_t o = a + 2; o + 2 < nb; o++) {
        if (!weq(c, o, "of")) continue;
        uint32_t p = o;
        while (p > a && name_word(c, p - 1)) p--;
        if (o - p < 2 || !weq(c, o + 1, "the") || !c->w.items[o + 2].cap) break;
        m.type = MEN_NAME;
        m.person = true;
        m.ns = c->w.items[p].s, m.ne = c->w.items[o - 1].e;
        m.rs = c->w.items[o + 2].s, m.re = c->w.items[nb - 1].e;
        m.gender = (uint8_t)gender_of_words(c, a, b);
        VEC_PUSH(&c->men, m);
        return (int32_t)c->men.count - 1;
    }
    uint32_t n = nb;
    /* (a possessive is the owner, not part of the name: "Colombia's Petro") */
    while (n > a && name_word(c, n - 1) && !(n < nb && wpossessive(c, n - 1))) n--;
    /* "Café owners in Kyoto": capitals after "in", "at", "near" are a place;
     * "the Joint Chiefs of Staff": capitals on both sides of "of" are one
     * body's name, not a person called "Staff" */
    if (n < nb && n > a + 1 && (weq(c, n - 1, "in") || weq(c, n - 1, "at") || weq(c, n - 1, "near"))) n = nb;
    if (n < nb && n > a + 1 && weq(c, n - 1, "of") && c->w.items[n - 2].kind == W_WORD && c->w.items[n - 2].cap &&
        !wis(c, n - 2, LX_ROLE))
        n = nb;
    uint32_t last = nb - 1;
    /* "a spokesman for the General Staff": capitals after "the" are a body,
     * and the role before "for"/"of" is the head, not a name */
    uint32_t cap0 = n;
    while (cap0 > a && c->w.items[cap0 - 1].kind == W_WORD && c->w.items[cap0 - 1].cap) cap0--;
    bool body_after_role = n < nb && cap0 > a + 2 && weq(c, cap0 - 1, "the") && (weq(c, cap0 - 2, "for") || weq(c, cap0 - 2, "of")) &&
                           head_before_of(c, a, b) == (int64_t)cap0 - 3 &&
                           /* but "of the Russian Foreign Ministry Maria Zakharova" ends in her name */
                           (n == cap0 || (nb - n == 1 && wis(c, n - 1, LX_ROLE)));
    if (n < nb && !body_after_role && speaks_for_name(c, a, n)) {
        /* "a spokesman for Prime Minister Keir Starmer": the spokesman
         * speaks, for the person named */
        m.type = MEN_ROLE;
        m.rs = m.s, m.re = m.e;
        m.person = true;
        m.agent = true;
    } else if (n < nb && !body_after_role) {
        m.type = MEN_NAME;
        m.ns = c->w.items[n].s, m.ne = c->w.items[nb - 1].e;
        m.person = true;
        /* (a determiner alone is no role: "The World Food Programme") */
        if (n > a && !(n == a + 1 && wis(c, a, LX_DET))) m.rs = c->w.items[a].s, m.re = c->w.items[n - 1].e;
    } else if (head_before_of(c, a, b) >= 0 && !wis(c, (uint32_t)head_before_of(c, a, b), LX_JOURNALIST)) {
        /* "the representative of the Russian Foreign Ministry": the head
         * is the role before "of", not the body after it */
        m.type = MEN_ROLE;
        m.rs = m.s, m.re = m.e;
        m.person = true;
    } else if (wis(c, last, LX_JOURNALIST)) {
        m.type = MEN_JOURNALIST;
        m.rs = m.s, m.re = m.e;
        m.person = true;
    } else if (wis(c, last, LX_ROLE) && !(c->w.items[last].cap && wis(c, last, LX_ORG) && last > a && c->w.items[last - 1].cap)) {
        /* (a body's name ending in one: "The National Unity Government") */
        m.type = MEN_ROLE;
        m.rs = m.s, m.re = m.e;
        /* a plural role ("officials", "the ministers") is a group, not the
         * one person named last */
        size_t ln = wlen(c, last);
        const char *lt = wtext(c, last);
        bool plural = ln > 3 && lt[ln - 1] == 's' && lt[ln - 2] != 's' && lex_is(LX_ROLE, lt, ln - 1);
        m.person = !plural && !weq(c, last, "officials") && !weq(c, last, "sources") && !weq(c, last, "diplomats");
    } else if (wis(c, last, LX_ORG) || wis(c, last, LX_PLACE) || c->w.items[last].cap || wcountry(c, last)) {
        m.type = MEN_ORG;
        m.ns = m.s, m.ne = m.e;
    } else
        return -1;
    if (pa < pb && !weq(c, pa, "who") && !weq(c, pa, "which") && !weq(c, pa, "whose") && !weq(c, pa, "where")) {
        uint32_t ra = pa;
        if (wis(c, ra, LX_DET)) ra++;
        if (ra < pb) {
            m.rs = c->w.items[ra].s, m.re = c->w.items[pb - 1].e;
            if (m.type == MEN_NAME) m.person = true;
        }
        int g = gender_of_words(c, pa, pb);
        if (g) m.gender = (uint8_t)g;
        if (wis(c, pb - 1, LX_JOURNALIST)) m.type = MEN_JOURNALIST;
    }
    if (!m.gender) m.gender = (uint8_t)gender_of_words(c, a, b);
    VEC_PUSH(&c->men, m);
    return (int32_t)c->men.count - 1;
}

static int32_t make_pronoun(ctx *c, uint32_t i, uint8_t gender)
{
    mention m = {0};
    m.type = MEN_PRONOUN;
    m.ws = i, m.we = i + 1;
    m.s = c->w.items[i].s, m.e = c->w.items[i].e;
    m.gender = gender;
    m.person = gender != 0;
    m.speaker = -1;
    VEC_PUSH(&c->men, m);
    return (int32_t)c->men.count - 1;
}

/* A number, in figures or words ("3", "two", "several"). */
static bool count_word(const ctx *c, uint32_t i)
{
    static const char *const words[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                        "several", "some", "many", "dozens"};
    if (c->w.items[i].kind == W_NUM) return true;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (weq(c, i, words[k])) return true;
    return false;
}

/* The phrase ending at word j (inclusive), scanning back no further than lo. */
/* "15:12", "9:05": a time of day written as digits around a colon. */
static bool clock_time(const ctx *c, uint32_t i)
{
    size_t n = wlen(c, i);
    return n && calendar_clock_length(wtext(c, i), n) == n;
}

bool title_stop(const ctx *c, uint32_t i)
{
    return i > 0 && i + 1 < c->w.count && wpunct(c, i, '.') && c->w.items[i - 1].kind == W_WORD &&
           c->w.items[i - 1].e == c->w.items[i].s && c->w.items[i + 1].cap && c->w.items[i + 1].para == c->w.items[i].para &&
           lex_is(LX_ABBREV, wtext(c, i - 1), wlen(c, i - 1));
}

static uint32_t phrase_start(const ctx *c, uint32_t lo, uint32_t j, uint8_t depth, uint32_t sent)
{
    uint32_t a = j + 1;
    while (a > lo && j + 1 - (a - 1) <= MAX_NP_WORDS) {
        uint32_t k = a - 1;
        if (!frame_word(c, k, depth, sent)) break;
        if (np_word(c, k)) { a = k; continue; }
        if (a <= j && k > lo && title_stop(c, k) && frame_word(c, k - 1, depth, sent)) { a = k; continue; }
        if (wis(c, k, LX_DET)) {
            a = k;
            /* "Representative to the UN": a determiner after a connector is inside */
            if (k > lo && wis(c, k - 1, LX_CONNECT) && !wis(c, k - 1, LX_DET) && frame_word(c, k - 1, depth, sent)) continue;
            break;
        }
        /* "..., two US officials told": a count opening the phrase */
        if (count_word(c, k) && a <= j && (k == lo || c->w.items[k - 1].kind == W_PUNCT)) {
            a = k;
            break;
        }
        /* "head of the second department of the Foreign Ministry" */
        if ((wis(c, k, LX_CONNECT) || c->w.items[k].kind == W_NUM) && k > lo && a <= j &&
            (np_word(c, k - 1) || wis(c, k - 1, LX_CONNECT) || wis(c, k - 1, LX_DET) ||
             (c->w.items[k - 1].kind == W_WORD && !wis(c, k - 1, LX_SKIP) && !wis(c, k - 1, LX_PREP) && !wcue(c, k - 1))) &&
            frame_word(c, k - 1, depth, sent)) { a = k; continue; }
        /* lower-case words that modify a role or body ("ground forces
         * commander", "two sources", "upper house"), but not a verb in -ing
         * ("after meeting EU envoy Peter Sorensen"; "ruling party" stays) */
        /* (and the words before such a modifier: "the UN human rights chief") */
        bool before_modifier = k + 1 == a && a < j && !c->w.items[a].cap && !wis(c, a, LX_DET) && j - a <= 3 && !c->w.items[k].closed;
        if (c->w.items[k].kind == W_WORD && !c->w.items[k].cap && k + 1 <= j &&
            (wis(c, k + 1, LX_ROLE) || wis(c, k + 1, LX_ORG) || before_modifier) &&
            !(participle_word(c, k) && !weq(c, k, "ruling") && !weq(c, k, "governing") && !weq(c, k, "acting") &&
              !weq(c, k, "outgoing") && !weq(c, k, "incoming") && !weq(c, k, "visiting") && !weq(c, k, "leading")) &&
            !wis(c, k, LX_SKIP) && !wis(c, k, LX_PREP) && !wis(c, k, LX_CONNECT) && !wcue(c, k) &&
            !weq(c, k, "and") && !weq(c, k, "or")) { a = k; continue; }
        /* a lower-case noun before a connector inside the phrase ("the
         * CIS countries at the Foreign Ministry") */
        if (c->w.items[k].kind == W_WORD && !c->w.items[k].cap && k + 1 <= j && wis(c, k + 1, LX_CONNECT) && !wis(c, k + 1, LX_DET) &&
            !wis(c, k, LX_SKIP) && !wis(c, k, LX_PREP) && !wis(c, k, LX_CONNECT) && !wcue(c, k) &&
            k > lo && frame_word(c, k - 1, depth, sent)) { a = k; continue; }
        /* lower-case adjectives of a role phrase ("second", "upper"), not a
         * noun before a name ("a charge Paris denies") */
        if (c->w.items[k].kind == W_WORD && !c->w.items[k].cap && a <= j && k > lo && wis(c, k - 1, LX_DET) && !wis(c, k, LX_SKIP) &&
            !wcue(c, k) && !((weq(c, k - 1, "a") || weq(c, k - 1, "an")) && c->w.items[k + 1].cap && !wis(c, k + 1, LX_ROLE) &&
                             !wis(c, k + 1, LX_ORG)))
            { a = k; continue; }
        break;
    }
    /* a live blog's time stamp opening the paragraph ("15:12 Ukraine's
     * delegation head ...") is no part of the name */
    if (a < j && clock_time(c, a) && (a == 0 || c->w.items[a - 1].para != c->w.items[a].para)) a++;
    return a;
}

/* A person's or a body's name ("Lavrov", "Russia", "the European Union"),
 * not a role or a pronoun. */
static bool named(const mention *m) { return m->type == MEN_NAME || m->type == MEN_ORG; }

/* Whether a subject that starts at word i opens its clause: "Russia and
 * China said", "On Monday, both Russia and China said", but not "Putin
 * met Xi and China said". */
static bool opens_clause(const ctx *c, uint32_t lo, uint32_t i)
{
    if (i > lo && weq(c, i - 1, "both")) i--;
    if (i == lo) return true;
    uint32_t p = i - 1;
    return (c->w.items[p].kind == W_PUNCT && !wpunct(c, p, '(')) || weq(c, p, "but") || weq(c, p, "while");
}

/* Whether words i, "and", j belong to a country's name ("Trinidad and
 * Tobago"). */
static bool name_with_and(const ctx *c, uint32_t i, uint32_t j)
{
    static const char *const pairs[][2] = {{"antigua", "barbuda"}, {"bosnia", "herzegovina"}, {"kitts", "nevis"},
                                           {"trinidad", "tobago"},  {"turks", "caicos"},        {"tome", "principe"},
                                           {"tomé", "príncipe"}};
    for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++)
        if (weq(c, i, pairs[k][0]) && weq(c, j, pairs[k][1])) return true;
    return false;
}

/* The start of the phrase that ends at word j and holds an "and" inside
 * one name: "Bosnia and Herzegovina", "Dr. Ann Lee of the Department of
 * Health and Human Services" (capitals on both sides, an "of" before);
 * a when the phrase starting at a has none. */
static uint32_t name_across_and(const ctx *c, uint32_t lo, uint32_t a, uint32_t j, uint8_t depth, uint32_t sent)
{
    if (a < lo + 2 || !weq(c, a - 1, "and") || !frame_word(c, a - 1, depth, sent) || !c->w.items[a].cap ||
        !frame_word(c, a - 2, depth, sent) || !np_word(c, a - 2) || !c->w.items[a - 2].cap)
        return a;
    uint32_t s = phrase_start(c, lo, a - 2, depth, sent);
    if (name_with_and(c, a - 2, a)) return s;
    /* "Its Peace and Security Council", "the Trade and Industry Ministry":
     * one capitalised word that names no country before a body's name */
    uint32_t w = wis(c, s, LX_DET) ? s + 1 : s;
    if (w == a - 2 && !wcountry(c, w) && !wis(c, w, LX_ORG) && wis(c, j, LX_ORG) && !wis(c, a, LX_DET)) return s;
    /* (capitals, "of", "the" and a title's stop only: not "the policy
     * manual of the Citizenship and Immigration Services") */
    for (uint32_t i = s; i < a - 1; i++)
        if (!c->w.items[i].cap && !wis(c, i, LX_CONNECT) && !wis(c, i, LX_DET) && !title_stop(c, i)) return a;
    for (uint32_t i = s + 1; i + 1 < a - 1; i++)
        if (weq(c, i, "of") && c->w.items[i + 1].kind == W_WORD && (c->w.items[i + 1].cap || wis(c, i + 1, LX_DET))) return s;
    return a;
}

/* A country of a list that shares the role before it ("the leaders of
 * Britain, France and Germany"): the role words are bytes [s, e). */
static void shared_role(mention *m, uint32_t s, uint32_t e)
{
    m->rs = s, m->re = e;
    m->shared_role = true;
}

/* "Russia and China said", "Russia, China and Iran said": the names
 * coordinated before the last one, whose phrase starts at word a.  Makes
 * a mention of each (nearest first, into out) when every one is a name or
 * a body and the first opens the clause; returns how many, or 0. */
static size_t conjuncts_before(ctx *c, uint32_t lo, uint32_t a, uint8_t depth, uint32_t sent, uint32_t *out,
                               uint32_t *role_s, uint32_t *role_e)
{
    if (a < lo + 2 || !weq(c, a - 1, "and") || !frame_word(c, a - 1, depth, sent)) return 0;
    uint32_t starts[MAX_CO_SPEAKERS], ends[MAX_CO_SPEAKERS];
    size_t n = 0;
    uint32_t end = a - 1; /* one past the conjunct's last word */
    for (;;) {
        uint32_t j = end - 1;
        if (end <= lo || !frame_word(c, j, depth, sent) || !np_word(c, j)) return 0;
        uint32_t s = phrase_start(c, lo, j, depth, sent);
        starts[n] = s, ends[n] = end, n++;
        /* a list: ", " before a country or a name ("Russia, China and Iran");
         * "On Monday, Russia and China" stops at the day */
        if (n < MAX_CO_SPEAKERS && s >= lo + 2 && wpunct(c, s - 1, ',') && frame_word(c, s - 2, depth, sent) &&
            (wcountry(c, s - 2) || name_word(c, s - 2))) {
            end = s - 1;
            continue;
        }
        break;
    }
    if (!opens_clause(c, lo, starts[n - 1])) return 0;
    /* "the leaders of Britain, France and Germany said": a role shared by
     * the countries listed after "of" */
    *role_s = *role_e = 0;
    uint32_t f = starts[n - 1], e = ends[n - 1];
    if (e >= f + 3 && wcountry(c, e - 1) && weq(c, e - 2, "of")) {
        uint32_t r = wis(c, f, LX_DET) ? f + 1 : f;
        bool roles = r < e - 2;
        for (uint32_t i = r; i < e - 2; i++) roles &= !c->w.items[i].cap && wis(c, i, LX_ROLE);
        if (roles) *role_s = c->w.items[r].s, *role_e = c->w.items[e - 3].e, starts[n - 1] = e - 1;
    }
    for (size_t k = 0; k < n; k++)
        for (uint32_t i = starts[k]; i < ends[k]; i++)
            if (wis(c, i, LX_CONNECT) && !wis(c, i, LX_DET)) return 0;
    for (size_t k = 0; k < n; k++) {
        int32_t m = make_mention(c, starts[k], ends[k], 0, 0);
        if (m < 0 || !named(&c->men.items[m])) return 0;
        out[k] = (uint32_t)m;
        if (*role_e > *role_s) shared_role(&c->men.items[m], *role_s, *role_e);
    }
    return n;
}

bool participle_word(const ctx *c, uint32_t i)
{
    size_t n = wlen(c, i);
    return c->w.items[i].kind == W_WORD && !c->w.items[i].cap && n > 4 && memcmp(wtext(c, i) + n - 3, "ing", 3) == 0;
}

int32_t np_before(ctx *c, uint32_t lo, uint32_t cue)
{
    if (cue <= lo) return -1;
    uint8_t depth = c->w.items[cue].depth;
    uint32_t sent = c->w.items[cue].sent;
    int64_t j = (int64_t)cue - 1;
    while (j >= lo && frame_word(c, (uint32_t)j, depth, sent) && wis(c, (uint32_t)j, LX_SKIP)) j--;
    /* "Cameroon's Constitutional Council on Monday declared": a day between
     * the phrase and its cue is no part of the phrase */
    if (j > (int64_t)lo + 1 && weq(c, (uint32_t)j - 1, "on") && c->w.items[j].cap &&
        calendar_weekday_from_name(wtext(c, (uint32_t)j), (unsigned)wlen(c, (uint32_t)j)))
        j -= 2;
    if (j < lo || !frame_word(c, (uint32_t)j, depth, sent)) return -1;
    uint32_t pa = 0, pb = 0;
    if (wpunct(c, (uint32_t)j, ',')) {
        /* "Kosachyov, deputy chairman of the upper house, said" */
        int64_t k = j - 1;
        while (k >= lo && j - k <= MAX_APPOSITION_WORDS && frame_word(c, (uint32_t)k, depth, sent) && !wpunct(c, (uint32_t)k, ','))
            k--;
        if (k < lo || !wpunct(c, (uint32_t)k, ',') || k + 1 >= j) return -1;
        pa = (uint32_t)k + 1, pb = (uint32_t)j;
        /* "for his part" is not an apposition but still sits between; nor
         * is a participle phrase ("A NATO official, speaking on condition
         * of anonymity, said"): it says how the speaker spoke, not who */
        if (weq(c, pa, "for") || weq(c, pa, "in") || weq(c, pa, "meanwhile") || weq(c, pa, "however") || participle_word(c, pa) ||
            /* "Egypt, Qatar and Turkey, which are mediating ..., said": a
             * relative clause says what the subject does, not who it is */
            weq(c, pa, "which") ||
            /* "Mr. Lula, on his first visit to China, said": any phrase opening with a preposition */
            wis(c, pa, LX_PREP) ||
            /* "Protest organisers, many of them students, said": a part of
             * the group, not its role */
            (pa + 1 < pb && weq(c, pa + 1, "of") && (weq(c, pa, "many") || weq(c, pa, "some") || weq(c, pa, "most") ||
                                                   weq(c, pa, "all") || weq(c, pa, "several") || weq(c, pa, "both") ||
                                                   weq(c, pa, "few") || weq(c, pa, "none"))))
            pa = pb = 0;
        j = k - 1;
        /* "Andrii Kim, 54, who is ..., said": an age between commas */
        if (j > lo && c->w.items[j].kind == W_NUM && wpunct(c, (uint32_t)j - 1, ',')) j -= 2;
        while (j >= lo && frame_word(c, (uint32_t)j, depth, sent) && wis(c, (uint32_t)j, LX_SKIP)) j--;
        if (j < lo || !frame_word(c, (uint32_t)j, depth, sent)) return -1;
    }
    /* "sources familiar with the matter said", "people close to the talks said" */
    for (int64_t k = j; k >= lo && j - k <= 5; k--)
        if ((weq(c, (uint32_t)k, "familiar") || weq(c, (uint32_t)k, "close")) && k > lo && frame_word(c, (uint32_t)k, depth, sent)) {
            bool tail_ok = true;
            for (int64_t t = k + 1; t <= j; t++) if (!frame_word(c, (uint32_t)t, depth, sent) || c->w.items[t].kind != W_WORD) tail_ok = false;
            if (tail_ok) { j = k - 1; break; }
        }
    uint8_t g;
    if (is_pronoun(c, (uint32_t)j, &g)) return make_pronoun(c, (uint32_t)j, g);
    if (pa == pb && j >= (int64_t)lo + 3 && partitive_at(c, (uint32_t)j - 3, depth, sent)) return make_partitive(c, (uint32_t)j - 3);
    /* "officials in both countries said", "diplomats from the two sides
     * said": a role followed by a short place phrase of common words */
    if (!np_word(c, (uint32_t)j) && pa == pb) {
        for (int64_t k = j - 1; k > (int64_t)lo && j - k <= 3; k--) {
            if (!frame_word(c, (uint32_t)k, depth, sent) || c->w.items[k].kind != W_WORD) break;
            if (!(weq(c, (uint32_t)k, "in") || weq(c, (uint32_t)k, "from") || weq(c, (uint32_t)k, "on"))) continue;
            if (!wis(c, (uint32_t)k - 1, LX_ROLE) || !frame_word(c, (uint32_t)k - 1, depth, sent)) break;
            uint32_t a = phrase_start(c, lo, (uint32_t)k - 1, depth, sent);
            return make_mention(c, a, (uint32_t)k, 0, 0);
        }
    }
    if (!np_word(c, (uint32_t)j)) return -1;
    uint32_t a = name_across_and(c, lo, phrase_start(c, lo, (uint32_t)j, depth, sent), (uint32_t)j, depth, sent);
    /* the conjuncts' mentions go first: callers that drop a mention they
     * do not want drop the last one made */
    uint32_t conj[MAX_CO_SPEAKERS], role_s = 0, role_e = 0;
    size_t nconj = pa == pb ? conjuncts_before(c, lo, a, depth, sent, conj, &role_s, &role_e) : 0;
    int32_t m = make_mention(c, a, (uint32_t)j + 1, pa, pb);
    if (m < 0 || !named(&c->men.items[m])) return m;
    if (nconj && role_e > role_s) shared_role(&c->men.items[m], role_s, role_e);
    uint32_t *link = &c->men.items[m].conj;
    for (size_t k = 0; k < nconj; k++) {
        *link = conj[k] + 1;
        link = &c->men.items[conj[k]].conj;
    }
    return m;
}

/* A weekday, or a month with its day ("Tuesday", "Dec. 2", "March 3";
 * not the "May" of "a spokesman for May"). */
static bool calendar_word(const ctx *c, uint32_t i)
{
    if (c->w.items[i].kind != W_WORD || !c->w.items[i].cap) return false;
    if (calendar_weekday_from_name(wtext(c, i), (unsigned)wlen(c, i))) return true;
    if (!calendar_month_from_name(wtext(c, i), (unsigned)wlen(c, i))) return false;
    uint32_t k = i + 1 < c->w.count && wpunct(c, i + 1, '.') ? i + 2 : i + 1;
    return k < c->w.count && c->w.items[k].kind == W_NUM;
}

int32_t np_after(ctx *c, uint32_t from, uint32_t hi)
{
    if (from >= hi || from >= c->w.count) return -1;
    uint8_t depth = c->w.items[from].depth;
    uint32_t sent = c->w.items[from].sent;
    uint8_t g;
    if (is_pronoun(c, from, &g)) return make_pronoun(c, from, g);
    if (from + 4 <= hi && partitive_at(c, from, depth, sent)) return make_partitive(c, from);
    uint32_t i = from;
    if (wis(c, i, LX_DET)) i++;
    uint32_t b = i;
    while (b < hi && b - from < MAX_NP_WORDS && frame_word(c, b, depth, sent)) {
        if (np_word(c, b)) { b++; continue; }
        if (b > i && b + 1 < hi && title_stop(c, b)) { b++; continue; }
        /* "The Kremlin on Tuesday rejected ...": a day or month is when, not who */
        if (b + 1 < hi && wis(c, b, LX_CONNECT) && calendar_word(c, b + 1)) break;
        if ((wis(c, b, LX_CONNECT) || c->w.items[b].kind == W_NUM) && b + 1 < hi && b > i &&
            (np_word(c, b + 1) || (wis(c, b + 1, LX_DET) && b + 2 < hi && np_word(c, b + 2)))) { b++; continue; }
        if (wis(c, b, LX_DET) && b > i && wis(c, b - 1, LX_CONNECT) && b + 1 < hi && np_word(c, b + 1)) { b++; continue; }
        if (c->w.items[b].kind == W_WORD && !c->w.items[b].cap && b == i && i > from && !wcue(c, b)) { b++; continue; }
        /* a lower-case word that modifies a role or body after it
         * ("according to Finnish border guards", "riot police") */
        if (c->w.items[b].kind == W_WORD && !c->w.items[b].cap && b + 1 < hi && (wis(c, b + 1, LX_ROLE) || wis(c, b + 1, LX_ORG)) &&
            !wis(c, b, LX_SKIP) && !wis(c, b, LX_PREP) && !wis(c, b, LX_CONNECT) && !wcue(c, b) && !weq(c, b, "and") &&
            !weq(c, b, "or") && frame_word(c, b + 1, depth, sent)) { b++; continue; }
        break;
    }
    while (b > i && wis(c, b - 1, LX_CONNECT)) b--;
    if (b == i) return -1;
    uint32_t pa = 0, pb = 0;
    if (b < hi && wpunct(c, b, ',') && b + 1 < hi) {
        uint32_t k = b + 1;
        bool clause = false; /* "According to officials, the plan was dropped": no apposition */
        while (k < hi && k - b <= MAX_APPOSITION_WORDS && frame_word(c, k, depth, sent) && !wpunct(c, k, ',') && !wpunct(c, k, '.'))
            clause |= c->w.items[k++].finite;
        /* ... or a name closed by a comma ("Bolivia's foreign minister,
         * Celinda Sosa, condemned ..."), which make_mention reads as the name */
        bool named = k > b + 1 && k - (b + 1) <= 4 && k < hi && wpunct(c, k, ',') && wis(c, b - 1, LX_ROLE);
        for (uint32_t n = b + 1; named && n < k; n++) named = name_word(c, n);
        if (k > b + 1 && !clause && (wis(c, b + 1, LX_DET) || wis(c, k - 1, LX_ROLE) || named)) pa = b + 1, pb = k;
    }
    return make_mention(c, from, b, pa, pb);
}

/* People introduced with a title ("Deputy Foreign Minister Sergei
 * Ryabkov") or an apposition ("Sergei Ryabkov, the deputy minister,"),
 * and PER entities when the tagger ran: antecedents for "he" and "the
 * diplomat" even before they are quoted. */
static int by_start(const void *a, const void *b)
{
    const mention *x = a, *y = b;
    return x->s < y->s ? -1 : x->s > y->s;
}

/* The outlet is never a person of the story: "VIENNA (Danube Wire) -" names
 * who reports, and a name inside the dateline, or one spelled as the outlet,
 * is no antecedent for "he" or "the ministers". */
static bool outlet_words(const ctx *c, uint32_t s, uint32_t e)
{
    const dyad_document *p = &c->d->pub;
    if (p->dateline.span.end > p->dateline.span.start && s >= p->dateline.span.start && e <= p->dateline.span.end) return true;
    const char *names[2] = {p->outlet.value, p->dateline.outlet};
    for (int k = 0; k < 2; k++)
        if (names[k] && strlen(names[k]) == e - s && strncasecmp(names[k], c->t + s, e - s) == 0) return true;
    return false;
}

/* PER entities of the recogniser, as people the text introduces. */
static void entity_persons(ctx *c)
{
    const dyad_entity *e = c->d->entities.items;
    size_t n = c->d->entities.count;
    uint32_t wi = 0;
    for (size_t k = 0; k < n; k++) {
        if (!e[k].type || strcmp(e[k].type, "PER") != 0) continue;
        while (wi < c->w.count && c->w.items[wi].s < e[k].span.start) wi++;
        uint32_t b = wi;
        while (b < c->w.count && c->w.items[b].e <= e[k].span.end) b++;
        if (b == wi || c->w.items[wi].depth != 0) continue;
        /* a name in the headline introduces no one: the story starts below it */
        if (c->d->pub.paragraph_count && c->d->pub.paragraphs[c->w.items[wi].para].kind == DYAD_PARAGRAPH_TITLE) continue;
        size_t before = c->men.count;
        int32_t mi = make_mention(c, wi, b, 0, 0);
        if (mi < 0) continue;
        mention m = c->men.items[mi];
        c->men.count = before;
        if (m.type != MEN_NAME || outlet_words(c, m.ns, m.ne)) continue;
        VEC_PUSH(&c->persons, m);
    }
    /* back in text order, one person per position */
    if (c->persons.count > 1) qsort(c->persons.items, c->persons.count, sizeof *c->persons.items, by_start);
    size_t k = 0;
    for (size_t i = 0; i < c->persons.count; i++)
        if (!k || c->persons.items[k - 1].s != c->persons.items[i].s) c->persons.items[k++] = c->persons.items[i];
    c->persons.count = k;
    /* "Baerbock" again, after "Annalena Baerbock": the same woman, though the
     * bare surname says nothing of gender.  A person without one takes it
     * from an earlier person whose name ends in the same word (a bounded
     * look-back), so "he" is not given to her for want of a gender. */
    for (size_t i = 0; i < c->persons.count; i++) {
        mention *m = &c->persons.items[i];
        if (m->gender || m->ne <= m->ns) continue;
        const char *ms = c->t + m->ns, *sp = memrchr(ms, ' ', m->ne - m->ns);
        const char *last = sp ? sp + 1 : ms;
        size_t ln = (size_t)(c->t + m->ne - last);
        for (size_t j = i, seen = 0; j-- > 0 && seen < GENDER_LOOKBACK; seen++) {
            const mention *p = &c->persons.items[j];
            if (!p->gender || p->ne - p->ns < ln) continue;
            const char *pe = c->t + p->ne;
            if (memcmp(pe - ln, last, ln) == 0 && (p->ne - p->ns == ln || pe[-(ptrdiff_t)ln - 1] == ' ')) {
                m->gender = p->gender;
                break;
            }
        }
    }
}

void collect_persons(ctx *c)
{
    /* the channel of a sentence, found once for all the names in it */
    uint32_t channel_sent = UINT32_MAX, channel_at = 0;
    const char *channel = NULL;
    for (uint32_t i = 0; i < c->w.count; i++) {
        const aword *w = &c->w.items[i];
        if (w->depth != 0 || !name_word(c, i)) continue;
        if (i > 0 && c->w.items[i - 1].sent == w->sent && name_word(c, i - 1)) continue; /* not the run's start */
        bool titled = i > 0 && c->w.items[i - 1].sent == w->sent && c->w.items[i - 1].depth == 0 &&
                      (wis(c, i - 1, LX_ROLE) || (wis(c, i - 1, LX_ORG) && c->w.items[i - 1].cap));
        uint32_t b = i;
        while (b < c->w.count && b - i < 4 && c->w.items[b].sent == w->sent && c->w.items[b].depth == 0 && name_word(c, b)) b++;
        /* "met Blinken in Mexico City": capitals after "in", "at", "near",
         * "outside" or "inside" name a place, not a person */
        if (!titled && i > 0 && c->w.items[i - 1].sent == w->sent &&
            (weq(c, i - 1, "in") || weq(c, i - 1, "at") || weq(c, i - 1, "near") || weq(c, i - 1, "outside") ||
             weq(c, i - 1, "inside"))) {
            i = b;
            continue;
        }
        /* one word after a title is often a place; two or more capitalised
         * words that are no title, organisation or place read as a name */
        if (b - i < 2 && !(titled && b < c->w.count && wpunct(c, b, ','))) continue;
        /* "the chief of the General Staff, Valery Gerasimov,": the name is the apposition */
        if (b - i < 2 && b + 1 < c->w.count && wpunct(c, b, ',') && name_word(c, b + 1)) continue;
        /* "the North Atlantic Alliance", "the European Union": a body */
        if (!titled && ((i > 0 && wis(c, i - 1, LX_DET)) ||
                        (b < c->w.count && (wis(c, b, LX_ORG) || wis(c, b, LX_ROLE) || wis(c, b, LX_PLACE))))) { i = b; continue; }
        uint32_t a = titled ? phrase_start(c, 0, b - 1, 0, w->sent) : i;
        size_t before = c->men.count;
        int32_t mi = -1;
        /* "Ukraine's ambassador to the United States, Olga Stefanishyna,":
         * the name is the apposition of the role phrase before it */
        if (!titled && i >= 2 && wpunct(c, i - 1, ',') && c->w.items[i - 2].sent == w->sent && np_word(c, i - 2) &&
            b < c->w.count && (wpunct(c, b, ',') || wpunct(c, b, '.'))) {
            uint32_t pa = phrase_start(c, 0, i - 2, 0, w->sent);
            bool role = false;
            for (uint32_t k = pa; k < i - 1; k++) role |= wis(c, k, LX_ROLE);
            if (role) {
                mi = make_mention(c, pa, i - 1, i, b);
                if (mi >= 0 && !(c->men.items[mi].type == MEN_NAME && c->men.items[mi].re > c->men.items[mi].rs)) {
                    c->men.count = before;
                    mi = -1;
                }
            }
        }
        if (mi < 0) mi = make_mention(c, a, b, 0, 0);
        if (mi < 0) continue;
        mention m = c->men.items[mi];
        c->men.count = before; /* not a cue's mention: keep it out of that list */
        if (m.type != MEN_NAME || outlet_words(c, m.ns, m.ne)) continue;
        /* "Grushko held a press conference": the channel of what follows,
         * for a person named before it ("told a news conference after
         * meeting envoy Peter Sorensen" is no channel of Sorensen's) */
        if (channel_sent != w->sent) {
            uint32_t s0 = c->sent_first.items[w->sent];
            uint32_t s1 = w->sent + 1 < c->sent_first.count ? c->sent_first.items[w->sent + 1] : (uint32_t)c->w.count;
            stmt probe = {0};
            find_channel(c, s0, s1, &probe);
            channel_sent = w->sent;
            channel = probe.channel;
            channel_at = probe.channel_at;
        }
        m.channel = channel && i < channel_at ? channel : NULL;
        VEC_PUSH(&c->persons, m);
        i = b;
    }
    entity_persons(c);
}

int32_t np_span(ctx *c, uint32_t a, uint32_t b) { return a < b ? make_mention(c, a, b, 0, 0) : -1; }

int32_t np_subject(ctx *c, uint32_t lo, uint32_t hi)
{
    uint32_t i = lo;
    /* past a dateline ("MINSK, June 14 - ", "ANKARA (Wire) - ") */
    for (uint32_t k = lo; k < hi && k - lo < 10; k++) {
        const aword *w = &c->w.items[k];
        if (w->kind == W_PUNCT && (c->t[w->s] == '-' || (unsigned char)c->t[w->s] == 0xE2) && k > lo) {
            bool caps = c->w.items[lo].kind == W_WORD && c->w.items[lo].e - c->w.items[lo].s > 1;
            for (uint32_t b = c->w.items[lo].s; caps && b < c->w.items[lo].e; b++) if (c->t[b] >= 'a' && c->t[b] <= 'z') caps = false;
            if (caps) i = k + 1;
            break;
        }
    }
    uint32_t first = i; /* (a list's first name is followed by a comma too) */
    while (i < hi && (wis(c, i, LX_SENT_ADVERB) || c->w.items[i].kind == W_PUNCT || c->w.items[i].kind == W_NUM ||
                      (c->w.items[i].kind == W_WORD && c->w.items[i].cap && i + 1 < hi && wpunct(c, i + 1, ','))))
        i++;
    if (i >= hi) return -1;
    int32_t m = np_after(c, i, hi);
    if (m < 0) return m;
    /* "Britain, France and Germany issued a joint statement urging ...": a
     * list of names as the subject is read back from its end, where
     * np_before sees its conjuncts */
    uint32_t k = c->men.items[m].we;
    bool joined = false;
    while (k + 1 < hi && (wpunct(c, k, ',') || weq(c, k, "and")) && (wcountry(c, k + 1) || name_word(c, k + 1))) {
        joined |= weq(c, k, "and");
        k++;
        while (k < hi && np_word(c, k)) k++;
        if (joined) break;
    }
    if (!joined || k >= hi || c->w.items[k].kind != W_WORD) return m;
    size_t made = c->men.count;
    int32_t list = np_before(c, first, k);
    if (list >= 0 && c->men.items[list].conj) return list;
    c->men.count = made; /* (no list after all: the phrase np_after found) */
    return m;
}
