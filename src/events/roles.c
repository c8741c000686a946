/* roles.c — who fills an event's roles: the mention a head word stands
 * for, resolved by the actor dictionary (with the sentence's or the
 * document's country for unnamed agents), coordination, the subject of a
 * verb through control, coordination and relative clauses, and the choice
 * of target. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/calendar.h"
#include "base/fail.h"
#include "base/hash.h"
#include "events/sentence.h"
/* The token range of a mention: the head with its name parts and modifiers. */
/* Whether the words between hi and c (after hi) all hang on words up to c:
 * nothing but c's own modifiers stands between them. */
static int adjoins(const sent *s, int32_t hi, int32_t c)
{
    if (c <= hi || c - hi > 8) return 0;
    for (int32_t k = hi + 1; k < c; k++)
        if (s->t[k].head <= hi || s->t[k].head > c) return 0;
    return 1;
}

static int capitalised(const sent *s, int32_t x)
{
    const char *f = s->d->tokens.items[s->first + (uint32_t)x].form;
    return f && isupper((unsigned char)f[0]);
}

/* "15:12": a time of day written as digits around a colon. */
static int clock_time(const sent *s, int32_t x)
{
    const char *f = s->d->tokens.items[s->first + (uint32_t)x].form;
    size_t n = f ? strlen(f) : 0;
    return n && calendar_clock_length(f, n) == n;
}

/* A participle (VBG) marked "after", "before", "while", "when", "since",
 * "upon" or "by": "after meeting his counterpart". */
static int time_marked_participle(const sent *s, int32_t v)
{
    static const char *const marks[] = {"after", "before", "while", "when", "since", "upon", "by"};
    const char *xpos = s->d->tokens.items[s->first + (uint32_t)v].xpos;
    int32_t m = ev_child(s, v, "mark");
    if (m < 0 || !xpos || strcmp(xpos, "VBG")) return 0;
    const char *mf = s->d->tokens.items[s->first + (uint32_t)m].form;
    for (size_t i = 0; mf && i < sizeof marks / sizeof *marks; i++)
        if (!strcasecmp(mf, marks[i])) return 1;
    return 0;
}

/* A capitalised word that names a state or body with an "of" after it
 * ("Republic of Congo", "Bank of England", "Department of Health"), not a
 * title ("Prince of Dol Amroth" is a person of another place). */
static int name_with_of(const sent *s, int32_t x)
{
    static const char *const words[] = {"Republic", "Kingdom", "Emirates", "States", "Islands", "Federation", "Union",
                                        "Department", "Ministry", "Bank", "Council", "Court", "Office", "University",
                                        "Institute", "Commission", "Organization", "Organisation", "League", "Board",
                                        "Agency", "Chamber", "House", "Assembly"};
    const char *f = s->d->tokens.items[s->first + (uint32_t)x].form;
    for (size_t k = 0; f && k < sizeof words / sizeof *words; k++)
        if (!strcmp(f, words[k])) return 1;
    return 0;
}

void ev_mention_range(const sent *s, int32_t h, int32_t *lo, int32_t *hi)
{
    int32_t stack[64];
    int sp = 0;
    *lo = *hi = h;
    stack[sp++] = h;
    int steps = 0;
    while (sp && steps++ < 256) {
        int32_t x = stack[--sp];
        for (int32_t c = s->t[x].first_child; c >= 0; c = s->t[c].next_sibling) {
            const char *r = s->t[c].deprel;
            int take = rel_is(r, "compound") || rel_is(r, "flat") || rel_is(r, "amod") || rel_exact(r, "nmod:poss") ||
                       /* a title before a name ("Prime Minister Romendacil") */
                       (rel_exact(r, "nmod:desc") && c < x) ||
                       rel_is(r, "nummod") || rel_is(r, "det") ||
                       (rel_exact(r, "case") && x != h) || /* "Russia 's" inside a possessor */
                       /* ("the envoy of Chad", "Bank of England"; but a name's
                        * "of" phrase in lower case is no part of it:
                        * "accused Brussels of double standards") */
                       (rel_exact(r, "nmod") && x == h && (ev_case_of(s, c) == tables_word_find(&s->e->t, "of", 2) ||
                                                           ev_case_of(s, c) == tables_word_find(&s->e->t, "from", 4)) &&
                        !(h > 0 && capitalised(s, h) && !capitalised(s, c))) ||
                       /* ... and an "of" right inside a name it took ("the envoy
                        * of the Democratic Republic of Congo", not "Gondor of the
                        * Prince") */
                       (rel_exact(r, "nmod") && x != h && c == x + 2 && name_with_of(s, x) && upos_is(&s->t[c], "PROPN") &&
                        capitalised(s, c) && ev_case_of(s, c) == tables_word_find(&s->e->t, "of", 2)) ||
                       /* "Bree [Prime Minister Romendacil]": a name hung on
                        * a name with no preposition is the same mention */
                       (rel_exact(r, "nmod") && x == h && adjoins(s, *hi, c) && upos_is(&s->t[x], "PROPN") && upos_is(&s->t[c], "PROPN") &&
                        !ev_case_of(s, c));
            /* a comma between a modifier and its word parts them: "suspended
             * since 2023, officials said" is not a mention "2023, officials" */
            if (take && s->commas[c < x ? x : c] != s->commas[(c < x ? c : x) + 1]) take = 0;
            if (!take) continue;
            if (c < *lo) *lo = c;
            if (c > *hi) *hi = c;
            if (sp < 64) stack[sp++] = c;
        }
    }
    /* "14:02 Protesters gathered ...": a live blog's time stamp opening the
     * sentence is no part of the mention */
    if (*lo == 0 && *lo < h && clock_time(s, 0)) *lo = 1;
    /* "Former President Barack Obama warned": an adjective opening the
     * sentence right before the mention, which the parser hung elsewhere
     * (often made it the root), still modifies it */
    if (*lo == 1 && upos_is(&s->t[0], "ADJ") && (s->t[0].head < *lo || s->t[0].head > *hi) && s->commas[0] == s->commas[1])
        *lo = 0;
    /* "ties with [Minas Tirith] [border police]": a name followed by a
     * noun the parser made its sibling (same head, same relation, no
     * preposition of its own, only compounds between) is one mention with
     * that noun */
    int32_t nx = *hi + 1;
    if (upos_is(&s->t[h], "PROPN") && nx < (int32_t)s->n && rel_is(s->t[nx].deprel, "compound")) {
        int32_t c = s->t[nx].head;
        if (c > nx && s->t[c].head == s->t[h].head && s->t[c].head >= 0 && rel_exact(s->t[c].deprel, s->t[h].deprel) &&
            is_noun(&s->t[c]) && !ev_case_of(s, c) && s->commas[c] == s->commas[*hi + 1]) {
            int ok = 1;
            for (int32_t k = nx; k < c && ok; k++) ok = s->t[k].head == c && rel_is(s->t[k].deprel, "compound");
            if (ok) *hi = c;
        }
    }
}

/* (sentence.h) */
int ev_attack_noun(const sent *s, int32_t n)
{
    static const char *const attacks[] = {"strike", "airstrike", "attack", "raid", "shelling", "bombardment", "bombing",
                                          "assault", "offensive"};
    const char *l = s->d->tokens.items[s->first + (uint32_t)n].lemma;
    for (size_t k = 0; l && k < sizeof attacks / sizeof *attacks; k++)
        if (!strcmp(l, attacks[k])) return 1;
    return 0;
}

/* The sentence's place ("in northern Nigeria"), else the document's country. */
static const char *context_country(sent *s)
{
    if (s->context_done) return s->context;
    s->context_done = 1;
    /* PETRARCH's conventions: an agent the text gives no country is
     * "---GOV", never one guessed from the sentence or the document */
    if (s->e->petrarch) return s->context = "---";
    uint32_t w_in = tables_word_find(&s->e->t, "in", 2), w_on = tables_word_find(&s->e->t, "on", 2);
    for (uint32_t i = 0; i < s->n && s->actors; i++) {
        if (!upos_is(&s->t[i], "PROPN") || !(rel_is(s->t[i].deprel, "obl") || rel_is(s->t[i].deprel, "nmod"))) continue;
        uint32_t k = ev_case_of(s, (int32_t)i);
        /* "in Kharkiv", or the place an attack was on ("five people were
         * killed in Russia's attack on Odesa": the people are Odesa's) */
        if (k != w_in && !(k == w_on && s->t[i].head >= 0 && ev_attack_noun(s, s->t[i].head))) continue;
        int32_t lo, hi;
        ev_mention_range(s, (int32_t)i, &lo, &hi);
        dyad_actor a;
        if (actors_resolve(s->actors, s->d, s->first + (uint32_t)lo, (uint32_t)(hi - lo + 1), &a) && a.country) {
            s->context = a.country;
            return s->context;
        }
    }
    if (!s->doc_country_done && s->actors) {
        s->doc_country_done = 1;
        s->doc_country = actors_document_country(s->actors, s->d);
    }
    s->context = s->doc_country;
    return s->context;
}

/* PETRARCH's conventions: an unnamed agent takes the country its own noun
 * phrase names ("activists in Chad", "the lawmakers of Chad"), or the one
 * of the noun it is coordinated with ("Chadian media and government"),
 * never the document's; NULL when the phrase names none. */
static const char *petrarch_context(sent *s, int32_t h)
{
    uint32_t w_in = tables_word_find(&s->e->t, "in", 2), w_of = tables_word_find(&s->e->t, "of", 2);
    for (int hops = 0; h >= 0 && hops < 4; hops++) {
        for (int32_t c = s->t[h].first_child; c >= 0; c = s->t[c].next_sibling) {
            uint32_t cs = rel_is(s->t[c].deprel, "nmod") ? ev_case_of(s, c) : 0;
            if (!cs || (cs != w_in && cs != w_of)) continue;
            int32_t lo, hi;
            ev_mention_range(s, c, &lo, &hi);
            dyad_actor a;
            /* a body with no country ("of Amnesty International", NGM)
             * gives its own code, as PETRARCH composes it, and so does a
             * body with a full code: "officials in the White House" are
             * the White House's (USAGOV) with their own sector stacked on */
            if (actors_resolve(s->actors, s->d, s->first + (uint32_t)lo, (uint32_t)(hi - lo + 1), &a) &&
                (a.country || (a.code && strlen(a.code) == 3))) {
                if (a.code && strlen(a.code) > 3 && a.country && !strncmp(a.code, a.country, 3)) return a.code;
                return a.country ? a.country : a.code;
            }
        }
        if (hops > 0) {
            int32_t lo, hi;
            ev_mention_range(s, h, &lo, &hi);
            dyad_actor a;
            if (actors_resolve(s->actors, s->d, s->first + (uint32_t)lo, (uint32_t)(hi - lo + 1), &a) && a.country)
                return a.country;
        }
        if (!rel_is(s->t[h].deprel, "conj")) break;
        h = s->t[h].head;
    }
    return NULL;
}

int ev_time_word(const sent *s, int32_t x)
{
    const char *f = s->d->tokens.items[s->first + (uint32_t)x].form;
    if (!f) return 0;
    unsigned n = (unsigned)strlen(f);
    return calendar_weekday_from_name(f, n) || calendar_month_from_name(f, n);
}

static int cmp_cue(const void *a, const void *b)
{
    const cue_key *x = a, *y = b;
    if (x->cue.start != y->cue.start) return x->cue.start < y->cue.start ? -1 : 1;
    return x->quote < y->quote ? -1 : x->quote > y->quote;
}

/* The quotes with a speaker sorted by cue, built once per document: asked
 * for every verb above a possessive and every reported clause, a walk over
 * all the quotes made a story of many quotes quadratic.  Ties keep the
 * quotes' order, so the first quote cued there answers, as before.
 * Returns the first cue at or after byte `at`. */
uint32_t ev_cue_at(sent *s, uint32_t at)
{
    const doc *d = s->d;
    if (!s->cues_done) {
        s->cues_done = 1;
        s->ncues = 0;
        s->cues = d->quotes.count ? xmalloc(d->quotes.count * sizeof *s->cues) : NULL;
        for (size_t i = 0; i < d->quotes.count; i++) {
            const dyad_quote *q = &d->quotes.items[i];
            if (q->speaker >= 0 && (size_t)q->speaker < d->speakers.count)
                s->cues[s->ncues++] = (cue_key){q->cue_span, (uint32_t)i};
        }
        if (s->ncues > 1) qsort(s->cues, s->ncues, sizeof *s->cues, cmp_cue);
    }
    uint32_t lo = 0, hi = s->ncues;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (s->cues[mid].cue.start < at) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

const dyad_actor *ev_cued_speaker(sent *s, int32_t v)
{
    const doc *d = s->d;
    dyad_span vs = d->tokens.items[s->first + (uint32_t)v].span;
    uint32_t lo = ev_cue_at(s, vs.start);
    for (uint32_t i = lo; i < s->ncues && s->cues[i].cue.start == vs.start; i++)
        if (s->cues[i].cue.end == vs.end) return &d->speakers.items[d->quotes.items[s->cues[i].quote].speaker].identity;
    return NULL;
}

/* "Michal said his government would expel ...": the owner a possessive
 * pronoun points to is the subject of a clause above the mention (or the
 * speaker the statements stage found for that clause's speech verb), and
 * that owner's country is the context for the mention before the
 * sentence's place or the document's.  A few fixed steps up the tree. */
static const char *owner_country(sent *s, int32_t h)
{
    int32_t poss = ev_child(s, h, "nmod:poss");
    if (poss < 0 || !upos_is(&s->t[poss], "PRON")) return NULL;
    int32_t v = s->t[h].head;
    for (int step = 0; step < 4 && v >= 0; step++, v = s->t[v].head) {
        const dyad_actor *speaker = ev_cued_speaker(s, v);
        if (speaker && speaker->country) return speaker->country;
        int passive;
        int32_t sb = ev_subject_of(s, v, &passive);
        if (sb < 0 || sb == h || upos_is(&s->t[sb], "PRON")) continue;
        int32_t lo, hi;
        ev_mention_range(s, sb, &lo, &hi);
        if (h >= lo && h <= hi) continue;
        dyad_actor a;
        if (actors_resolve(s->actors, s->d, s->first + (uint32_t)lo, (uint32_t)(hi - lo + 1), &a) && a.country)
            return a.country;
    }
    return NULL;
}

/* "Ryzhenkov accused Poland", after "his Belarusian counterpart Maxim
 * Ryzhenkov" earlier in the story: a name the dictionary does not know is
 * the person an earlier, fuller mention introduced.  The same surname is
 * sought among the proper nouns of the sentences before (at most
 * EARLIER_REACH tokens back), and the words that stood before it there
 * (titles, roles, demonyms) are resolved with it.  Each surname's answer
 * is kept for the document, and later sentences only look at the tokens
 * added since, so a story full of unknown names stays linear. */
#define EARLIER_REACH 4000

typedef struct earlier_name {
    const char *surname;
    uint32_t scanned_to; /* every token before this was looked at */
    int found;
    dyad_actor actor;    /* the fuller mention's resolution */
} earlier_name;

static uint32_t name_hash(const char *s) { return fnv1a32_str(FNV1A32_BASIS, s); }

static earlier_name *earlier_slot(sent *s, const char *surname)
{
    if (2 * (s->nearlier + 1) > s->earlier_cap) {
        uint32_t cap = s->earlier_cap ? 2 * s->earlier_cap : 64;
        earlier_name *table = xcalloc(cap, sizeof *table);
        for (uint32_t i = 0; i < s->earlier_cap; i++) {
            if (!s->earlier[i].surname) continue;
            uint32_t k = name_hash(s->earlier[i].surname) & (cap - 1);
            while (table[k].surname) k = (k + 1) & (cap - 1);
            table[k] = s->earlier[i];
        }
        free(s->earlier);
        s->earlier = table;
        s->earlier_cap = cap;
    }
    uint32_t k = name_hash(surname) & (s->earlier_cap - 1);
    while (s->earlier[k].surname && strcmp(s->earlier[k].surname, surname)) k = (k + 1) & (s->earlier_cap - 1);
    if (!s->earlier[k].surname) {
        s->earlier[k].surname = surname;
        s->earlier[k].scanned_to = s->first > EARLIER_REACH ? s->first - EARLIER_REACH : 0;
        s->nearlier++;
    }
    return &s->earlier[k];
}

void ev_sentence_release(sent *s)
{
    free(s->cues);
    s->cues = NULL;
    s->ncues = 0;
    s->cues_done = 0;
    free(s->earlier);
    s->earlier = NULL;
    s->nearlier = s->earlier_cap = 0;
}

static int introduced_earlier(sent *s, int32_t lo, int32_t hi, dyad_actor *out)
{
    doc *d = s->d;
    const dyad_token *t = d->tokens.items;
    for (int32_t k = lo; k <= hi; k++)
        if (!upos_is(&s->t[k], "PROPN")) return 0;
    earlier_name *e = earlier_slot(s, t[s->first + (uint32_t)hi].form);
    /* the tokens since the last look, latest first: a newer fuller
     * mention wins over the one kept */
    uint32_t stop = e->scanned_to;
    /* never further back than the reach, however long ago the last look
     * was: else a surname named again at the end of a long story walked
     * back over all of it, once per surname */
    if (s->first > EARLIER_REACH && stop < s->first - EARLIER_REACH) stop = s->first - EARLIER_REACH;
    if (s->first > e->scanned_to) e->scanned_to = s->first;
    for (uint32_t i = s->first; i-- > stop;) {
        if (!t[i].upos || strcmp(t[i].upos, "PROPN") || strcmp(t[i].form, e->surname)) continue;
        /* the mention there: back over the name, role and title words of
         * its sentence */
        uint32_t first = i, sentence = t[i].sentence;
        while (first > 0 && i - first < 6 && t[first - 1].sentence == sentence && t[first - 1].upos &&
               (!strcmp(t[first - 1].upos, "PROPN") || !strcmp(t[first - 1].upos, "ADJ") ||
                !strcmp(t[first - 1].upos, "NOUN")))
            first--;
        if (first == i) continue; /* no fuller mention here */
        dyad_actor a;
        if (!actors_resolve(s->actors, d, first, i - first + 1, &a) || !a.code) continue;
        e->actor = a;
        e->found = 1;
        break;
    }
    if (!e->found) return 0;
    *out = e->actor;
    dyad_span sp = {t[s->first + (uint32_t)lo].span.start, t[s->first + (uint32_t)hi].span.end};
    out->span = sp;
    out->text = doc_strndup(d, d->text.data + sp.start, sp.end - sp.start);
    out->origin = "earlier";
    out->entity = -1;
    return 1;
}

/* PETRARCH's new_actor_length: a noun phrase no dictionary knows, of at
 * most that many words, is an actor coded by its own text in quotes and
 * capitals ("Gryffindor's head Minerva McGonagall" is "GRYFFINDOR HEAD
 * MINERVA MCGONAGALL": the possessive's "'s" and punctuation are no words;
 * a name set right after its title without a comma belongs to it). */
static void quoted_actor(sent *s, int32_t h, int32_t lo, int32_t hi, actor_ref *out)
{
    int32_t ap = ev_child(s, h, "appos");
    if (ap == hi + 1) {
        int32_t alo, ahi;
        ev_mention_range(s, ap, &alo, &ahi);
        if (alo == ap) hi = ahi;
    }
    doc *d = s->d;
    const dyad_token *dt = d->tokens.items;
    char buf[256];
    size_t n = 0;
    unsigned words = 0;
    buf[n++] = '"';
    for (int32_t k = lo; k <= hi; k++) {
        const char *f = dt[s->first + (uint32_t)k].form;
        if (!f || upos_is(&s->t[k], "PUNCT") || (upos_is(&s->t[k], "PART") && rel_exact(s->t[k].deprel, "case"))) continue;
        size_t fl = strlen(f);
        if (++words > s->e->new_actor_length || n + fl + 3 > sizeof buf) return;
        if (words > 1) buf[n++] = ' ';
        for (size_t i = 0; i < fl; i++) buf[n++] = (char)toupper((unsigned char)f[i]);
    }
    if (!words) return;
    buf[n++] = '"';
    out->actor.code = doc_strndup(d, buf, n);
    out->actor.origin = "text";
    out->resolved = 1;
}

/* A word that counts a group: "tens", "thousands", "dozens", "a group". */
static int quantity_word(const sent *s, int32_t x)
{
    static const char *const words[] = {"tens", "hundreds", "thousands", "millions", "dozens", "scores",
                                        "group", "groups", "number", "handful", "crowd", "crowds"};
    const char *f = s->d->tokens.items[s->first + (uint32_t)x].form;
    for (size_t i = 0; f && i < sizeof words / sizeof *words; i++)
        if (!strcasecmp(f, words[i])) return 1;
    return 0;
}

/* "the Venezuelan government and the opposition": a conjunct that names
 * no country takes the one an adjective of its first conjunct names. */
static const char *conjunct_demonym(sent *s, int32_t h)
{
    if (!rel_is(s->t[h].deprel, "conj") || s->t[h].head < 0) return NULL;
    int32_t g = s->t[h].head;
    for (int32_t c = s->t[g].first_child; c >= 0 && c < g; c = s->t[c].next_sibling) {
        if (!rel_is(s->t[c].deprel, "amod") || !upos_is(&s->t[c], "ADJ")) continue;
        dyad_actor a;
        if (actors_resolve(s->actors, s->d, s->first + (uint32_t)c, 1, &a) && a.code && strlen(a.code) == 3) return a.code;
    }
    return NULL;
}

void ev_resolve_actor(sent *s, int32_t h, actor_ref *out)
{
    memset(out, 0, sizeof *out);
    out->head = h;
    out->actor.entity = -1;
    if (h < 0) return;
    int32_t lo, hi;
    ev_mention_range(s, h, &lo, &hi);
    doc *d = s->d;
    if (s->actors)
        out->resolved = actors_resolve(s->actors, d, s->first + (uint32_t)lo, (uint32_t)(hi - lo + 1), &out->actor);
    if (out->resolved) ev_role_remember(s, h, &out->actor), ev_group_remember(s, h, &out->actor);
    /* "tens of thousands of Georgians", "hundreds of protesters": a count
     * stands for the group it counts */
    if (!out->resolved && s->actors && quantity_word(s, h)) {
        int32_t q = h;
        for (int k = 0; k < 3 && quantity_word(s, q); k++) {
            int32_t of = -1;
            for (int32_t c = s->t[q].first_child; c >= 0 && of < 0; c = s->t[c].next_sibling)
                if (c > q && rel_is(s->t[c].deprel, "nmod") && ev_case_of(s, c) == tables_word_find(&s->e->t, "of", 2)) of = c;
            if (of < 0) break;
            q = of;
        }
        if (q != h && !quantity_word(s, q)) {
            actor_ref inner;
            ev_resolve_actor(s, q, &inner);
            if (inner.resolved) {
                out->actor.code = inner.actor.code;
                out->actor.country = inner.actor.country;
                out->actor.origin = inner.actor.origin;
                out->actor.organisation = inner.actor.organisation;
                out->resolved = 1;
            }
        }
    }
    /* "the ministers" after "European Union foreign ministers" */
    if (!out->resolved && s->actors && ev_role_recall(s, h, &out->actor)) out->resolved = 1;
    const char *owner = !out->resolved && s->actors ? owner_country(s, h) : NULL;
    if (!owner && !out->resolved && s->actors) owner = ev_possessive_owner(s, h);
    if (!owner && !out->resolved && s->actors) owner = conjunct_demonym(s, h);
    if (!owner && !out->resolved && s->actors && s->e->petrarch) owner = petrarch_context(s, h);
    if (!out->resolved && s->actors && (owner || context_country(s))) {
        dyad_actor a2;
        if (actors_resolve_in_context(s->actors, d, s->first + (uint32_t)lo, (uint32_t)(hi - lo + 1),
                                      owner ? owner : context_country(s), &a2)) {
            out->actor = a2;
            out->resolved = 1;
        }
    }
    /* its apposition ("Peskov, the Kremlin spokesman"; "its largest
     * shareholder, the Japanese company SoftBank"), not a phrase with a
     * preposition of its own that the parser hung on it as one ("ties with
     * Chad, years after Sudanese crowds burned its embassy") */
    if (!out->resolved && s->actors) {
        int32_t ap = ev_child(s, h, "appos");
        if (ap >= 0 && ev_child(s, ap, "case") >= 0) ap = -1;
        if (ap >= 0) {
            int32_t alo, ahi;
            ev_mention_range(s, ap, &alo, &ahi);
            dyad_actor a2;
            if (actors_resolve(s->actors, d, s->first + (uint32_t)alo, (uint32_t)(ahi - alo + 1), &a2)) {
                out->actor = a2;
                out->resolved = 1;
            }
        }
    }
    if (!out->resolved && s->actors && introduced_earlier(s, lo, hi, &out->actor)) out->resolved = 1;
    /* "He accused Kyiv ...": the person the statements stage says "he" is */
    const dyad_speaker *ps = !out->resolved && lo == hi ? ev_pronoun_speaker(s, h) : NULL;
    if (ps) {
        dyad_span sp = d->tokens.items[s->first + (uint32_t)h].span;
        out->actor = ps->identity;
        out->actor.span = sp;
        out->actor.text = doc_strndup(d, d->text.data + sp.start, sp.end - sp.start);
        out->actor.origin = "pronoun";
        out->resolved = 1;
    }
    /* PETRARCH's conventions: a name inside a phrase is its actor, as
     * PETRARCH's noun-phrase matching finds it ("an anti-Chad rally": Chad) */
    if (!out->resolved && s->actors && s->e->petrarch) {
        for (int32_t c = s->t[h].first_child; c >= 0 && !out->resolved; c = s->t[c].next_sibling) {
            if (!rel_is(s->t[c].deprel, "compound") || !upos_is(&s->t[c], "PROPN")) continue;
            /* the name and its flat parts, not the "anti" on it */
            int32_t chi = c;
            for (int32_t f = s->t[c].first_child; f >= 0; f = s->t[f].next_sibling)
                if (rel_is(s->t[f].deprel, "flat") && f > chi) chi = f;
            out->resolved = actors_resolve(s->actors, d, s->first + (uint32_t)c, (uint32_t)(chi - c + 1), &out->actor);
        }
    }
    if (!out->resolved && s->e->petrarch && s->e->new_actor_length && is_noun(&s->t[h])) quoted_actor(s, h, lo, hi, out);
    if (!out->actor.text) {
        const dyad_token *dt = d->tokens.items;
        dyad_span sp = {dt[s->first + (uint32_t)lo].span.start, dt[s->first + (uint32_t)hi].span.end};
        out->actor.span = sp;
        out->actor.text = doc_strndup(d, d->text.data + sp.start, sp.end - sp.start);
        out->actor.entity = -1;
    }
    if (!out->resolved) out->actor.code = NULL;
    /* "---GOV": the code says the country is unknown; the country member
     * says nothing rather than "---" */
    if (out->actor.country && !strcmp(out->actor.country, "---")) out->actor.country = NULL;
}

/* Whether c, an appositive, is rather a list's middle item: "Russia,
 * China, Iran and Syria" parsed with "Iran" as an appositive of
 * "Russia" and "Syria" its conjunct.  A name with a conjunct of its own and
 * set off by a comma; "Putin, the president" has none. */
static int list_appositive(const sent *s, int32_t c)
{
    if (!rel_exact(s->t[c].deprel, "appos") || !upos_is(&s->t[c], "PROPN")) return 0;
    int comma = 0, conj = 0;
    for (int32_t x = s->t[c].first_child; x >= 0; x = s->t[x].next_sibling) {
        if (x < c && rel_is(s->t[x].deprel, "punct")) comma = 1;
        if (x > c && rel_is(s->t[x].deprel, "conj") && upos_is(&s->t[x], "PROPN")) conj = 1;
    }
    if (comma && !conj) {
        /* or followed by ", and": "Mordor, the awful Fornost, and Gondor
         * welcomed" with the last item the verb's second subject */
        int32_t end = c; /* the appositive's last word */
        for (int32_t k = c + 1; k < (int32_t)s->n && k <= c + 16; k++) {
            int in = 0;
            for (int32_t x = k, hops = 0; x >= 0 && hops < 16 && !in; x = s->t[x].head, hops++) in = x == c;
            if (!in) break;
            end = k;
        }
        const char *f = end + 1 < (int32_t)s->n ? s->d->tokens.items[s->first + (uint32_t)end + 1].form : NULL;
        conj = end + 2 < (int32_t)s->n && f && !strcmp(f, ",") && upos_is(&s->t[end + 2], "CCONJ");
    }
    return comma && conj;
}

/* h and what is coordinated with it, breadth first, up to max: conjuncts
 * hang on the first one, or (as parsers often do) each on the one before,
 * so both are followed.  A head's conjuncts are nouns (and the items of a
 * list the parser broke with an appositive); a modifier's are nouns or
 * adjectives. */
/* "Luiz Inacio Lula da Silva" parsed with "Silva" a conjunct of "Luiz":
 * a proper-noun conjunct with no coordinator of its own whose mention
 * starts right after a proper noun (no comma, no "and" between) is the
 * rest of that name, not a second actor. */
static int name_tail(const sent *s, int32_t c)
{
    if (!upos_is(&s->t[c], "PROPN")) return 0;
    for (int32_t k = s->t[c].first_child; k >= 0; k = s->t[k].next_sibling)
        if (rel_is(s->t[k].deprel, "cc")) return 0;
    int32_t lo, hi;
    ev_mention_range(s, c, &lo, &hi);
    return lo > 0 && upos_is(&s->t[lo - 1], "PROPN");
}

static uint32_t coordinated(const sent *s, int32_t h, int32_t *out, uint32_t max, int modifiers)
{
    uint32_t n = 0;
    if (h < 0) return 0;
    out[n++] = h;
    for (uint32_t k = 0; k < n && n < max; k++)
        for (int pass = 0; pass < 2; pass++) {
            /* (the second pass: a conjunct the parser hung on the last word
             * of a name, "Minas [Tirith and Osgiliath]") */
            int32_t x = out[k];
            if (pass) {
                int32_t last = -1;
                for (int32_t f = s->t[x].first_child; f >= 0; f = s->t[f].next_sibling)
                    if (f > x && rel_is(s->t[f].deprel, "flat")) last = f;
                if (last < 0) break;
                x = last;
            }
            for (int32_t c = s->t[x].first_child; c >= 0 && n < max; c = s->t[c].next_sibling) {
                int conj = rel_is(s->t[c].deprel, "conj") && (is_noun(&s->t[c]) || (modifiers && upos_is(&s->t[c], "ADJ")));
                if (!conj && (modifiers || !list_appositive(s, c))) continue;
                if (conj && !modifiers && name_tail(s, c)) continue;
                int seen = 0;
                for (uint32_t j = 0; j < n; j++) seen |= out[j] == c;
                if (!seen) out[n++] = c;
            }
        }
    return n;
}

/* A head and the heads coordinated with it ("Russia and China"). */
uint32_t ev_coordinated(const sent *s, int32_t h, int32_t *out, uint32_t max) { return coordinated(s, h, out, max, 0); }

/* A modifier and the modifiers coordinated with it: "Russian and
 * Chinese" (amod), "Estonian and Latvian" (amod too) before a noun. */
uint32_t ev_coordinated_modifiers(const sent *s, int32_t m, int32_t *out, uint32_t max)
{
    return coordinated(s, m, out, max, 1);
}

static int is_relative_pronoun(const sent *s, int32_t x)
{
    const dyad_token *dt = &s->d->tokens.items[s->first + (uint32_t)x];
    if (dt->feats && strstr(dt->feats, "PronType=Rel")) return 1;
    const char *f = dt->form;
    return f && (!strcasecmp(f, "who") || !strcasecmp(f, "which") || !strcasecmp(f, "that") || !strcasecmp(f, "whom"));
}

/* Whether v has a "by" phrase that is a passive's agent. */
int ev_by_agent(const sent *s, int32_t v)
{
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling)
        if (rel_exact(s->t[c].deprel, "obl:agent") ||
            (rel_exact(s->t[c].deprel, "obl") && ev_case_of(s, c) == s->e->w_by))
            return 1;
    return 0;
}

/* Subject of a verb: its own, else through coordination, control or a
 * relative clause (bounded walk up the tree). */
/* CAMEO roots of material acts (quad classes 2 and 4): 06-09, 14-20. */
static int material_code(const char *code)
{
    if (!code || !code[0] || !code[1]) return 0;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    return (root >= 6 && root <= 9) || (root >= 14 && root <= 20);
}

int32_t ev_subject_of(const sent *s, int32_t v, int *passive)
{
    *passive = 0;
    int via_xcomp = 0;
    for (int hops = 0; v >= 0 && hops < 8; hops++) {
        int32_t sb = ev_child(s, v, "nsubj");
        if (sb < 0) sb = ev_child(s, v, "nsubj:outer");
        /* a name the tagger took for a verb ("Pyongyang ... fired" as a
         * clausal subject): a capitalised one-word clause subject */
        if (sb < 0) {
            int32_t cs = ev_child(s, v, "csubj");
            const char *f = cs >= 0 ? s->d->tokens.items[s->first + (uint32_t)cs].form : NULL;
            if (f && isupper((unsigned char)f[0]) && cs < v) sb = cs;
        }
        /* PETRARCH's conventions: a participle that modifies a noun and
         * acts on what follows it ("crowds burned down its embassy", its
         * object read as a passive subject) has that noun for its subject,
         * as PETRARCH takes the phrase before a verb for its source; not a
         * passive one ("the embassy burned by crowds"), nor an infinitive
         * ("the decision to impose").  (Not dyad's default: on news pages
         * it made sources of "resolutions declaring" and the like.) */
        if (s->e->petrarch && hops == 0 && sb < 0 && rel_exact(s->t[v].deprel, "acl") && s->t[v].head >= 0 && s->t[v].head < v &&
            ev_child(s, v, "mark") < 0 && !ev_by_agent(s, v))
            for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling)
                if (c > v && (((rel_exact(s->t[c].deprel, "obj") || rel_exact(s->t[c].deprel, "nsubj:pass")) &&
                               (is_noun(&s->t[c]) || upos_is(&s->t[c], "PRON"))) ||
                              /* or a particle right after it: "crowds burned
                               * down [its embassy]" with the object lost to
                               * another clause; in either reading of "X
                               * burned down" X does it */
                              (c == v + 1 && rel_exact(s->t[c].deprel, "compound:prt"))))
                    return s->t[v].head;
        int32_t sp = ev_child(s, v, "nsubj:pass");
        /* "Chad was heavily criticized", parsed with the adverb as the
         * predicate of "was" and the participle hung on it: the copula's
         * subject is the participle's passive subject */
        const char *vx = s->d->tokens.items[s->first + (uint32_t)v].xpos;
        if (sb < 0 && sp < 0 && hops == 0 && vx && !strcmp(vx, "VBN") && s->t[v].head >= 0 && s->t[v].head < v &&
            upos_is(&s->t[s->t[v].head], "ADV") &&
            ev_child(s, s->t[v].head, "cop") >= 0 && ev_child(s, s->t[v].head, "nsubj") >= 0)
            sp = ev_child(s, s->t[v].head, "nsubj");
        /* PETRARCH's conventions: an agentless passive is read as active
         * ("Chad was criticized over its dispute with Sudan": Chad the
         * critic), as PETRARCH, which has no passive, reads it */
        if (sp >= 0 && sb < 0 && hops == 0 && s->e->petrarch && !ev_by_agent(s, v)) return sp;
        if (sp >= 0 && sb < 0 && hops == 0) {
            /* a passive subject with neither a passive auxiliary nor a "by"
             * agent, on a verb with a direct object, is the parser's slip on
             * an active clause ("Israel ruled out talks") */
            if (ev_child(s, v, "aux:pass") < 0 && ev_child(s, v, "obl:agent") < 0 && ev_child(s, v, "obj") >= 0)
                return sp;
            *passive = 1;
            return sp;
        }
        /* raising through a passive: "Chad was seen to break into ...",
         * "Iran is believed to have attacked": the passive's subject is the
         * complement's own, and the complement is active */
        if (sp >= 0 && sb < 0 && hops > 0 && via_xcomp) return sp;
        if (sb >= 0) {
            if (is_relative_pronoun(s, sb) && rel_exact(s->t[v].deprel, "acl:relcl")) return s->t[v].head;
            return sb;
        }
        const char *r = s->t[v].deprel;
        if (rel_exact(r, "acl:relcl")) return s->t[v].head;

        /* "indicated it would act" parsed with "it" as the governor's
         * object and the clause subjectless: the pronoun right before the
         * clause (auxiliaries between) is its subject */
        if (rel_is(r, "ccomp") && hops == 0 && s->t[v].head >= 0) {
            int32_t o = ev_child(s, s->t[v].head, "obj");
            if (o >= 0 && o < v && upos_is(&s->t[o], "PRON")) {
                int clean = 1;
                for (int32_t k = o + 1; k < v && clean; k++) clean = upos_is(&s->t[k], "AUX") || upos_is(&s->t[k], "PART");
                if (clean) return o;
            }
        }
        /* a purpose clause is its governor's subject's ("Police used water
         * cannon to disperse the crowd and detained 30 people") */
        int purpose = 0;
        /* "told a news conference after meeting Vucic", parsed with the
         * clause a modifier of the noun: a participle with a marker of
         * time is still the verb's adverbial clause */
        if (rel_exact(r, "acl") && s->t[v].head >= 0 && s->t[s->t[v].head].head >= 0 &&
            is_verb(&s->t[s->t[s->t[v].head].head]) && time_marked_participle(s, v) && strncmp(s->code[v], "01", 2) != 0) {
            v = s->t[s->t[v].head].head;
            continue;
        }
        if (rel_is(r, "advcl")) {
            int32_t m = ev_child(s, v, "mark");
            const char *mf = m >= 0 ? s->d->tokens.items[s->first + (uint32_t)m].form : NULL;
            purpose = mf && !strcasecmp(mf, "to");
            /* and so is a participle's with no marker: "shelled Kharkiv,
             * killing two civilians", "announced ..., accusing Moscow";
             * not a participle of saying ("Commenting on ..., Peskov said",
             * "..., saying he hoped"), which would repeat the statement */
            const char *xpos = s->d->tokens.items[s->first + (uint32_t)v].xpos;
            /* a participle after a marker of time or means acts for the
             * subject too: "After meeting his counterpart, Fidan said",
             * "while visiting Kyiv", "by imposing sanctions" */
            if ((m < 0 || time_marked_participle(s, v)) && xpos && !strcmp(xpos, "VBG") && strncmp(s->code[v], "01", 2) != 0)
                purpose = 1;
        }
        if (!(rel_is(r, "conj") || rel_is(r, "xcomp") || purpose) || s->t[v].head < 0) return -1;
        /* "Israeli jets struck Damascus, state media said, killing two
         * soldiers": a participle of material conflict or cooperation hung
         * on the verb of a lead-form report goes on the clause reported
         * before it, never on the reporter (who may still be "warning",
         * "accusing" or "adding": verbal acts stay the speaker's) */
        int32_t g = s->t[v].head;
        if (purpose && !rel_is(r, "xcomp") && !strncmp(s->code[g], "01", 2) && material_code(s->code[v]) &&
            ev_child(s, v, "mark") < 0) {
            int32_t rep = ev_child(s, g, "ccomp");
            if (rep < 0 || rep > g) return -1;
            v = rep;
            via_xcomp = 0;
            continue;
        }
        /* "ordered the French ambassador to leave the country, accusing
         * Paris of ...": a participle set off by a comma after an
         * object-controlled complement is the ordering subject's, not the
         * ambassador's (who would accuse his own government) */
        if (purpose && ev_child(s, v, "mark") < 0 && rel_is(s->t[g].deprel, "xcomp") && s->t[g].head >= 0 &&
            s->commas[v] > s->commas[g] &&
            (ev_child(s, s->t[g].head, "obj") >= 0 || ev_child(s, s->t[g].head, "iobj") >= 0)) {
            v = s->t[g].head;
            via_xcomp = 0;
            continue;
        }
        /* object control: "urged Iran to stop" -> the controller's object */
        if (rel_is(r, "xcomp")) {
            int32_t o = ev_child(s, s->t[v].head, "obj");
            /* (or the object the parser called indirect: "urged [the
             * United States]/iobj to stop") */
            if (o < 0) o = ev_child(s, s->t[v].head, "iobj");
            if (o >= 0 && o != v) return o;
        }
        via_xcomp = rel_is(r, "xcomp");
        v = s->t[v].head;
    }
    return -1;
}

/* "marched in Yerevan": an "in" phrase on a protest verb is where it
 * happened (the event's location), not whom it was against ("shelled
 * positions in Kharkiv" and "abuses in Myanmar" keep theirs). */
static int where_on_verb(const sent *s, int32_t c)
{
    uint32_t w = ev_case_of(s, c);
    return w && w == tables_word_find(&s->e->t, "in", 2) && !strncmp(s->code[s->t[c].head], "14", 2);
}

/* "..., with Belgium warning of legal risks": a "with" phrase after v
 * that a comma sets off is an aside on the circumstances (the parser
 * often reads its participle as a noun), never v's target. */
static int aside_with(const sent *s, int32_t v, int32_t c)
{
    if (c <= v) return 0;
    for (int32_t k = s->t[c].first_child; k >= 0; k = s->t[k].next_sibling)
        if (rel_is(s->t[k].deprel, "case"))
            return k > v && (s->t[k].lemma ? s->t[k].lemma : s->t[k].form) == tables_word_find(&s->e->t, "with", 4) &&
                   s->commas[k] != s->commas[v + 1];
    return 0;
}

int ev_target_case(const sent *s, uint32_t c)
{
    static const char *const preps[] = {"with", "against", "on", "to", "toward", "towards", "at", "into", "from", "over", "for", "upon"};
    if (!c) return 0;
    const char *w = s->e->t.words[c].text;
    for (size_t i = 0; i < sizeof preps / sizeof *preps; i++)
        if (!strcmp(w, preps[i])) return 1;
    return 0;
}

/* Pick the target of verb v: the pattern's, else the first oblique or
 * object that names an actor. */
/* Whether an actor's code is of the country `avoid` (3 letters) names. */
int ev_non_state(const char *code)
{
    static const char *const sides[] = {"REB", "OPP", "INS", "UAF", "SEP", "RAD"};
    if (!code || strlen(code) < 6) return 0;
    for (size_t i = 0; i < sizeof sides / sizeof *sides; i++)
        if (!strncmp(code + 3, sides[i], 3)) return 1;
    return 0;
}

/* (rebels or the opposition of the source's own country are another side
 * of it: "the army accused the RSF") */
int ev_of_country(const actor_ref *a, const char *avoid)
{
    return avoid && a->actor.code && !strncmp(a->actor.code, avoid, 3) && !ev_non_state(a->actor.code);
}

/* The target of v.  `avoid` is the source's country: the source's own
 * troops or capital are not its target ("withdrew its troops", "protested
 * in Paris"), though a named person of the same country can be. */
/* "on Gondor late Sunday" read as one phrase headed by the day: the name
 * compounded on the day word, or -1 (the day itself is never a target). */
static int32_t name_before_time(const sent *s, int32_t day)
{
    for (int32_t c = s->t[day].first_child; c >= 0 && c < day; c = s->t[c].next_sibling)
        if (rel_exact(s->t[c].deprel, "compound") && upos_is(&s->t[c], "PROPN") && !ev_time_word(s, c)) return c;
    return -1;
}

int32_t ev_pattern_target(sent *s, int32_t v, const ev_pattern *p, int32_t *scope, const char *avoid)
{
    if (p && p->nslots) {
        int32_t matched[64];
        uint32_t nscope = ev_scope(s, v, scope);
        if (p->nslots <= 60 && ev_pattern_matches(s, p, scope, nscope, matched))
            for (uint16_t k = 0; k < p->nslots; k++)
                if (p->slots[k].target) {
                    int32_t prep = matched[k];
                    int32_t noun = s->t[prep].head;
                    /* "fired rockets at Israel on Tuesday": the day is no target */
                    if (noun >= 0 && ev_time_word(s, noun)) noun = name_before_time(s, noun);
                    if (noun < 0 || noun == v) continue;
                    actor_ref a;
                    if (p->slots[k].target_skip) { /* the next actor after the skipped phrase */
                        for (uint32_t j = 1; j < nscope; j++) {
                            int32_t c = scope[j];
                            if (c <= noun || !is_noun(&s->t[c])) continue;
                            ev_resolve_actor(s, c, &a);
                            if (a.resolved && !ev_of_country(&a, avoid)) return c;
                        }
                        continue;
                    }
                    ev_resolve_actor(s, noun, &a);
                    if (a.resolved || upos_is(&s->t[noun], "PROPN")) return noun;
                    /* "withdrew from the treaty with the United States":
                     * the actor the marked noun is about */
                    for (int32_t c = s->t[noun].first_child; c >= 0; c = s->t[c].next_sibling) {
                        if (!rel_is(s->t[c].deprel, "nmod") || !ev_target_case(s, ev_case_of(s, c))) continue;
                        ev_resolve_actor(s, c, &a);
                        if (a.resolved && !ev_of_country(&a, avoid)) return c;
                    }
                }
    }
    /* a PETRARCH pattern with no '+' whose preposition governs an actor
     * ("- * MEMOS ON FROM": "memos on trade issues sent from Sudan"): that actor,
     * the first PETRARCH would meet after the verb */
    if (p && p->ordered && p->nslots && !p->target_obj) {
        int marked = 0;
        for (uint16_t k = 0; k < p->nslots; k++) marked |= p->slots[k].target;
        int32_t matched[64], deep[MAX_SCOPE];
        uint32_t nscope = ev_scope(s, v, scope);
        int hit = !marked && p->nslots <= 60 && ev_pattern_matches(s, p, scope, nscope, matched);
        if (!marked && !hit && p->nslots <= 60) /* the pattern may have matched in the wider clause */
            hit = ev_pattern_matches(s, p, deep, ev_deep_scope(s, v, deep), matched);
        for (uint16_t k = 0; hit && k < p->nslots; k++) {
            int32_t m = matched[k];
            if (p->slots[k].before_verb || !(upos_is(&s->t[m], "ADP") || rel_is(s->t[m].deprel, "case"))) continue;
            int32_t noun = s->t[m].head;
            if (noun >= 0 && ev_time_word(s, noun)) noun = name_before_time(s, noun);
            if (noun < 0 || noun == v) continue;
            actor_ref a;
            ev_resolve_actor(s, noun, &a);
            if (a.resolved && !ev_of_country(&a, avoid) && !(a.actor.origin && !strcmp(a.actor.origin, "context"))) return noun;
        }
    }
    return -1;
}

int32_t ev_target_of(sent *s, int32_t v, const ev_pattern *p, int32_t *scope, const char *avoid)
{
    int32_t t = ev_pattern_target(s, v, p, scope, avoid);
    if (t >= 0) return t;
    int32_t o = ev_child(s, v, "obj");
    if (p && p->target_obj && o >= 0) return o;
    /* candidates in preference order; first one that resolves wins, else a name */
    int32_t cand[16];
    int nc = 0;
    /* a word the pattern itself names is what was done, not to whom
     * ("launched 40 drones", "fired missiles") */
    int named = 0;
    if (o >= 0 && p && p->nslots && p->nslots <= 60) {
        int32_t matched[64];
        uint32_t nscope = ev_scope(s, v, scope);
        if (ev_pattern_matches(s, p, scope, nscope, matched))
            for (uint16_t k = 0; k < p->nslots && !named; k++) named = matched[k] == o && !p->slots[k].target;
    }
    if (o >= 0 && !named) cand[nc++] = o;
    int32_t io = ev_child(s, v, "iobj");
    if (io >= 0) cand[nc++] = io;
    /* "condemned the visit by a US delegation" with the "by" phrase hung on
     * the active verb: the agent of the act its object names */
    if (o >= 0 && ev_child(s, v, "nsubj:pass") < 0 && ev_child(s, v, "aux:pass") < 0)
        for (int32_t c = s->t[v].first_child; c >= 0 && nc < 15; c = s->t[c].next_sibling)
            if (c > o && rel_exact(s->t[c].deprel, "obl") && ev_case_of(s, c) == s->e->w_by && !ev_time_word(s, c)) cand[nc++] = c;
    /* (a day or month, "on Thursday", is never one; a name the parser
     * hung on it is: "called on Gondor late Sunday") */
    for (int32_t c = s->t[v].first_child; c >= 0 && nc < 16; c = s->t[c].next_sibling)
        if (rel_exact(s->t[c].deprel, "obl") || rel_exact(s->t[c].deprel, "obl:arg")) {
            /* "rallied in Belgrade against Vucic" parsed with the
             * "against" phrase on the place: it is still the verb's */
            for (int32_t k = s->t[c].first_child; k >= 0 && nc < 15; k = s->t[k].next_sibling)
                if (rel_exact(s->t[k].deprel, "nmod") && ev_case_of(s, k) == tables_word_find(&s->e->t, "against", 7)) cand[nc++] = k;
            if (nc < 16 && ev_target_case(s, ev_case_of(s, c)) && !aside_with(s, v, c)) {
                int32_t x = ev_time_word(s, c) ? name_before_time(s, c) : c;
                if (x >= 0) cand[nc++] = x;
            }
        }
    /* an object's own "with"/"on"/"against" phrase: "imposed sanctions on
     * Iran"; first its "by" phrase, the agent of an act condemned or
     * welcomed: "condemned the visit by a US delegation to Taiwan" */
    if (o >= 0) {
        for (int32_t c = s->t[o].first_child; c >= 0 && nc < 16; c = s->t[c].next_sibling)
            if (rel_is(s->t[c].deprel, "nmod") && ev_case_of(s, c) == s->e->w_by && !ev_time_word(s, c)) cand[nc++] = c;
        for (int32_t c = s->t[o].first_child; c >= 0 && nc < 16; c = s->t[c].next_sibling)
            if (rel_is(s->t[c].deprel, "nmod") && ev_target_case(s, ev_case_of(s, c)) && !ev_time_word(s, c)) cand[nc++] = c;
    }
    /* an object comes first; among obliques an actor named outright
     * before one whose country is only guessed from the context ("on his
     * first official visit" read as an official of the place), which waits
     * for any named actor of the clause */
    int32_t guessed = -1;
    for (int i = 0; i < nc; i++) {
        if (!s->actors) break;
        actor_ref a;
        ev_resolve_actor(s, cand[i], &a);
        if (!a.resolved || (ev_of_country(&a, avoid) && !upos_is(&s->t[cand[i]], "PROPN"))) continue;
        /* (and one only quoted from the text, PETRARCH's new actors) */
        if (a.actor.origin && (!strcmp(a.actor.origin, "context") || !strcmp(a.actor.origin, "text")) &&
            rel_is(s->t[cand[i]].deprel, "obl")) {
            if (guessed < 0) guessed = cand[i];
            continue;
        }
        return cand[i];
    }
    /* a name in the verb's or its object's own target phrase ("ties with
     * Zembla") is the target even when no dictionary knows it, before an
     * actor picked from deeper in the clause */
    if (guessed < 0 && !s->e->petrarch) /* (PETRARCH passes over a name it does not know) */
        for (int i = 0; i < nc; i++)
            if (upos_is(&s->t[cand[i]], "PROPN") && !rel_is(s->t[cand[i]].deprel, "obj") && !rel_is(s->t[cand[i]].deprel, "iobj") &&
                !rel_exact(s->t[cand[i]].deprel, "obl")) return cand[i];
    /* then any nominal of the clause that names an actor outright:
     * "investigated abuses in Myanmar", "deployed troops near the border
     * with Ukraine" (not a "by" agent, not one known only from context) */
    if (s->actors) {
        uint32_t nscope = ev_scope(s, v, scope);
        for (uint32_t k = 1; k < nscope; k++) {
            int32_t c = scope[k];
            const char *r = s->t[c].deprel;
            if (!(rel_is(r, "obl") || rel_is(r, "nmod") || rel_is(r, "obj") || rel_is(r, "iobj"))) continue;
            /* a "by" phrase on the verb is a passive's agent; deeper it is
             * the actor of an event noun ("condemned an attack by X") or
             * of a participle ("condemned the decision announced by X"),
             * but the mediator of a mediation (045) is a third party
             * ("restore relations under a deal brokered by China": not
             * with China) */
            if (rel_exact(r, "nmod:poss") || rel_exact(r, "obl:tmod") ||
                ((rel_exact(r, "obl:agent") || ev_case_of(s, c) == s->e->w_by) &&
                 (s->t[c].head == v || (s->t[c].head >= 0 && !strncmp(s->code[s->t[c].head], "045", 3)))) ||
                (s->t[c].head == v && (aside_with(s, v, c) || where_on_verb(s, c))))
                continue;
            actor_ref a;
            ev_resolve_actor(s, c, &a);
            if (a.resolved && !(a.actor.origin && !strcmp(a.actor.origin, "context")) && !ev_of_country(&a, avoid)) return c;
        }
        /* a purpose clause's object: "signed an accord to supply Gondor";
         * also when the parser hung the clause beside v, on the verb of
         * saying at the end ("..., to supply Gondor ..., a spokesman said") */
        int32_t clauses[16];
        int ncl = 0;
        for (int32_t c = s->t[v].first_child; c >= 0 && ncl < 16; c = s->t[c].next_sibling)
            if (rel_is(s->t[c].deprel, "advcl")) clauses[ncl++] = c;
        int32_t g = s->t[v].head;
        if (g > v && (rel_is(s->t[v].deprel, "ccomp") || rel_is(s->t[v].deprel, "parataxis")))
            for (int32_t c = s->t[g].first_child; c >= 0 && ncl < 16; c = s->t[c].next_sibling)
                if (c > v && c < g && rel_is(s->t[c].deprel, "ccomp") && ev_child(s, c, "nsubj") < 0) clauses[ncl++] = c;
        for (int i = 0; i < ncl; i++) {
            int32_t c = clauses[i];
            if (!is_verb(&s->t[c])) continue;
            int32_t m = ev_child(s, c, "mark");
            const char *mf = m >= 0 ? s->d->tokens.items[s->first + (uint32_t)m].form : NULL;
            if (!mf || strcasecmp(mf, "to")) continue;
            for (int32_t o = s->t[c].first_child; o >= 0; o = s->t[o].next_sibling) {
                /* its object, or the actor its directional phrase names
                 * ("vowed to wage war on the Rohans") */
                if (!(rel_exact(s->t[o].deprel, "obj") || rel_exact(s->t[o].deprel, "iobj") ||
                      (rel_exact(s->t[o].deprel, "obl") && ev_target_case(s, ev_case_of(s, o)) && !ev_time_word(s, o))))
                    continue;
                actor_ref a;
                ev_resolve_actor(s, o, &a);
                if (a.resolved && !ev_of_country(&a, avoid)) return o;
            }
        }
    }
    if (guessed >= 0) return guessed;
    for (int i = 0; i < nc && !s->e->petrarch; i++)
        if (upos_is(&s->t[cand[i]], "PROPN")) return cand[i];
    return -1;
}
