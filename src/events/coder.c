/* coder.c — who did what to whom: CAMEO events from dependency-parsed
 * sentences, and statement events from the quotes of the statements stage.
 *
 * For each word that heads a dictionary pattern (a verb, or an event noun
 * such as "talks" or "sanctions") the most specific pattern whose words all
 * occur in the word's own clause gives the code.  The parse then gives the
 * roles: subject (nsubj) is the source, the object or the noun a pattern's
 * preposition governs is the target; passives swap them (nsubj:pass is the
 * target, "by" the source); coordinated actors and verbs multiply events;
 * a complement (xcomp) is coded through its governing verb ("threatened to
 * impose sanctions" is one threat, 1312, not a threat plus sanctions);
 * reported speech keeps both the statement and the reported event.  Actors
 * are resolved on the subtree of their head word by the actor dictionary.
 * The sentence view and pattern matching live in sentence.c, the roles in
 * roles.c; this file builds the events, from verbs, event nouns and quotes.
 * Every loop is bounded by the sentence length; nothing recurses. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/calendar.h"
#include "base/fail.h"
#include "base/search.h"
#include "events/dictionary.h"
#include "events/events.h"
#include "events/sentence.h"

/* ------------------------------------------------------------------ */
/* Dates and places                                                    */

/* The first day word in tokens [first, first + n) resolved against the
 * document's date: a weekday is the latest one on or before it (news
 * reports the past), or with `ahead` the next one after it ("will close
 * the border from Saturday"). */
static dyad_date event_date_ahead(const doc *d, uint32_t first, uint32_t n, const dyad_date *doc_date, int ahead)
{
    const dyad_token *dt = d->tokens.items;
    for (uint32_t i = 0; i < n && first + i < d->tokens.count; i++) {
        const char *f = dt[first + i].form;
        if (!f) continue;
        size_t n = strlen(f);
        int wd = (n >= 6 && isupper((unsigned char)f[0])) ? calendar_weekday_from_name(f, (unsigned)n) : 0;
        int back = -1;
        if (!strcasecmp(f, "yesterday")) back = 1;
        else if (!strcasecmp(f, "today")) back = 0;
        if (!wd && back < 0) continue;
        dyad_date r = {0};
        r.origin = "text";
        r.evidence = f;
        int known = doc_date->precision == DYAD_DATE_DAY || doc_date->precision == DYAD_DATE_TIMESTAMP;
        if (!known) {
            if (!wd) continue;
            r.precision = DYAD_DATE_WEEKDAY;
            r.weekday = wd;
            return r;
        }
        long days = calendar_days_from_civil(doc_date->year, doc_date->month, doc_date->day);
        if (wd) {
            int today = calendar_weekday(doc_date->year, doc_date->month, doc_date->day);
            back = ahead ? -((wd - today + 7) % 7) : (today - wd + 7) % 7;
        }
        calendar_civil_from_days(days - back, &r.year, &r.month, &r.day);
        r.precision = DYAD_DATE_DAY;
        r.weekday = calendar_weekday(r.year, r.month, r.day);
        return r;
    }
    /* an event is dated by its day: a page stamped "2026-11-27T09:14+02:00"
     * dates its events 2026-11-27 */
    dyad_date r = *doc_date;
    if (r.precision == DYAD_DATE_TIMESTAMP) {
        r.precision = DYAD_DATE_DAY;
        r.hour = r.minute = r.second = 0;
        r.has_utc_offset = false;
        r.utc_offset_minutes = 0;
    }
    return r;
}

static dyad_date event_date(const doc *d, uint32_t first, uint32_t n, const dyad_date *doc_date)
{
    return event_date_ahead(d, first, n, doc_date, 0);
}

/* "will"/"would"/"shall"/"'ll" on the verb: an act still to come. */
static int future(const sent *s, int32_t v)
{
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        if (!rel_exact(s->t[c].deprel, "aux")) continue;
        const char *f = s->d->tokens.items[s->first + (uint32_t)c].form;
        if (f && (!strcasecmp(f, "will") || !strcasecmp(f, "would") || !strcasecmp(f, "'ll") || !strcasecmp(f, "shall") ||
                  !strcasecmp(f, "wo") /* won't */ || !strcmp(f, "\xE2\x80\x99ll")))
            return 1;
    }
    return 0;
}

/* The date of the event v codes: a day word on v itself ("will close the
 * border from Saturday, Orpo announced on Thursday": the announcement is
 * Thursday's), or on the verb it hangs on, before the first one anywhere
 * in the sentence. */
static dyad_date sentence_date(sent *s)
{
    if (!s->date_done) {
        s->date = event_date(s->d, s->first, s->n, &s->d->pub.date);
        s->date_done = 1;
    }
    return s->date;
}

/* Whether v has a time phrase "last week", "last month", "earlier this
 * year", "a week ago" among its dependents. */
static int vague_past(const sent *s, int32_t v)
{
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        const char *l = s->d->tokens.items[s->first + (uint32_t)c].lemma;
        if (!l || (strcmp(l, "week") && strcmp(l, "month") && strcmp(l, "year"))) continue;
        for (int32_t m = s->t[c].first_child; m >= 0; m = s->t[m].next_sibling) {
            const char *f = s->d->tokens.items[s->first + (uint32_t)m].form;
            if (f && (!strcasecmp(f, "last") || !strcasecmp(f, "past") || !strcasecmp(f, "previous") || !strcasecmp(f, "earlier") ||
                      !strcasecmp(f, "ago")))
                return 1;
        }
    }
    return 0;
}

/* The year of the latest month (and day, when not 0) on or before the
 * document's date dd, or with `ahead` of the next on or after it: the
 * document's year, one less or one more. */
static int year_nearest(const dyad_date *dd, int month, int day, int ahead)
{
    int dm = dd->precision >= DYAD_DATE_YEAR_MONTH ? dd->month : 0, dday = dd->precision >= DYAD_DATE_DAY ? dd->day : 0;
    if (!dm) return dd->year;
    int after = month > dm || (month == dm && day && dday && day > dday);
    int before = month < dm || (month == dm && day && dday && day < dday);
    return dd->year - (!ahead && after) + (ahead && before);
}

/* A month the event's own words name: "In January, Trump threatened"
 * (the latest January on or before the document's month; with `ahead`
 * the next one from it), "next month", "this month".  Only with a
 * document date to count from; a month with a day number ("on March 5")
 * is left to the day words.  Fills *out and returns 1 when found. */
static int month_phrase_date(const sent *s, int32_t c, int ahead, dyad_date *out)
{
    const dyad_date *dd = &s->d->pub.date;
    if (dd->precision < DYAD_DATE_YEAR_MONTH || !dd->year || !dd->month) return 0;
    const dyad_token *t = &s->d->tokens.items[s->first + (uint32_t)c];
    if (!t->form || !t->lemma) return 0;
    int month = 0, year = dd->year;
    if (!strcmp(t->lemma, "month")) {
        const char *which = NULL;
        for (int32_t m = s->t[c].first_child; m >= 0; m = s->t[m].next_sibling) {
            const char *f = s->d->tokens.items[s->first + (uint32_t)m].form;
            if (f && (!strcasecmp(f, "next") || !strcasecmp(f, "this"))) which = f;
        }
        if (!which) return 0;
        month = dd->month + (strcasecmp(which, "next") == 0);
        if (month > 12) month = 1, year++;
    } else {
        size_t n = strlen(t->form);
        if (n < 3 || !isupper((unsigned char)t->form[0])) return 0;
        month = calendar_month_from_name(t->form, (unsigned)n);
        if (!month) return 0;
        int in = 0;
        for (int32_t m = s->t[c].first_child; m >= 0; m = s->t[m].next_sibling) {
            const char *f = s->d->tokens.items[s->first + (uint32_t)m].form;
            if (rel_is(s->t[m].deprel, "nummod") || upos_is(&s->t[m], "NUM")) return 0; /* "March 5", "May 2024" */
            if (rel_exact(s->t[m].deprel, "case") && f && !strcasecmp(f, "in")) in = 1;
        }
        if (!in) return 0;
        year = year_nearest(dd, month, 0, ahead);
    }
    *out = (dyad_date){0};
    out->precision = DYAD_DATE_YEAR_MONTH;
    out->year = year;
    out->month = month;
    out->origin = "text";
    out->evidence = t->form;
    return 1;
}

/* The number a token spells if it is all digits (at most 4), else -1. */
static int token_number(const sent *s, int32_t c)
{
    const char *f = s->d->tokens.items[s->first + (uint32_t)c].form;
    if (!f || !*f || strlen(f) > 4) return -1;
    int n = 0;
    for (const char *p = f; *p; p++) {
        if (!isdigit((unsigned char)*p)) return -1;
        n = n * 10 + (*p - '0');
    }
    return n;
}

/* A calendar date the event's own phrase c prints: "on July 26", "on Aug.
 * 20", "on 3 March", "on July 26, 2023", "in March 2022", "in 2021".  The
 * phrase is c with its children and theirs (parsers hang the month on the
 * day or the day on the month).  A day and month without a year take the
 * document's year, the latest such day on or before the document's date
 * (with `ahead`, the next on or after it); with no document year they stay
 * a month and day.  A bare year must stand in an "in" phrase ("in 2021",
 * not "since 2021" nor "200 troops").  Fills *out and returns 1. */
static int calendar_phrase_date(const sent *s, int32_t c, int ahead, dyad_date *out)
{
    int32_t words[24];
    uint32_t nw = 0;
    words[nw++] = c;
    for (int32_t m = s->t[c].first_child; m >= 0 && nw < 24; m = s->t[m].next_sibling) {
        words[nw++] = m;
        for (int32_t g = s->t[m].first_child; g >= 0 && nw < 24; g = s->t[g].next_sibling) words[nw++] = g;
    }
    if (nw >= 24) return 0;
    int month = 0, day = 0, year = 0, in = 0, other = 0;
    const char *evidence = NULL;
    for (uint32_t k = 0; k < nw; k++) {
        int32_t w = words[k];
        const char *f = s->d->tokens.items[s->first + (uint32_t)w].form;
        if (!f) continue;
        size_t n = strlen(f);
        int num = token_number(s, w);
        int mo = n >= 3 && isupper((unsigned char)f[0]) ? calendar_month_from_name(f, (unsigned)n) : 0;
        if (mo && !month) {
            month = mo;
            evidence = f;
        } else if (num >= 1 && num <= 31 && !day && n <= 2) {
            day = num;
        } else if (num >= 1900 && num <= 2100 && !year && n == 4) {
            year = num;
            if (!evidence) evidence = f;
        } else if (rel_exact(s->t[w].deprel, "case")) {
            if (!strcasecmp(f, "in")) in = 1;
            else if (strcasecmp(f, "on")) other = 1; /* "since", "until", "by": not when it happened */
        } else if (!rel_is(s->t[w].deprel, "punct") && !rel_is(s->t[w].deprel, "det")) {
            other = 1;
        }
    }
    if (other) return 0;
    if (!month && !(year && in && !day)) return 0;
    if (month && !day && !year) return 0; /* "In January": month_phrase_date's */
    if (day && !month) return 0;
    if (month && day && !calendar_valid(year ? year : 2000, month, day)) return 0;
    const dyad_date *dd = &s->d->pub.date;
    dyad_date r = {0};
    r.origin = "text";
    r.evidence = evidence;
    if (!year && day) {
        if (dd->precision < DYAD_DATE_YEAR || !dd->year) {
            r.precision = DYAD_DATE_MONTH_DAY;
            r.month = month;
            r.day = day;
            *out = r;
            return 1;
        }
        year = year_nearest(dd, month, day, ahead);
        if (!calendar_valid(year, month, day)) return 0; /* (29 February) */
    }
    r.year = year;
    r.month = month;
    r.day = day;
    r.precision = day ? DYAD_DATE_DAY : month ? DYAD_DATE_YEAR_MONTH : DYAD_DATE_YEAR;
    if (day) r.weekday = calendar_weekday(year, month, day);
    *out = r;
    return 1;
}

/* "last year", "last month" on v: that year or month, counted from the
 * document's date; "last week", "a year ago", "earlier this year" give no
 * date (no day, and no period to name). */
static dyad_date last_period_date(const sent *s, int32_t v)
{
    const dyad_date *dd = &s->d->pub.date;
    dyad_date r = {0};
    if (dd->precision < DYAD_DATE_YEAR || !dd->year) return r;
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        const dyad_token *t = &s->d->tokens.items[s->first + (uint32_t)c];
        if (!t->lemma || (strcmp(t->lemma, "year") && strcmp(t->lemma, "month"))) continue;
        int last = 0, other = 0;
        for (int32_t m = s->t[c].first_child; m >= 0; m = s->t[m].next_sibling) {
            const char *f = s->d->tokens.items[s->first + (uint32_t)m].form;
            if (f && !strcasecmp(f, "last")) last = 1;
            else if (!rel_is(s->t[m].deprel, "punct")) other = 1;
        }
        if (!last || other) continue;
        r.origin = "text";
        r.evidence = t->form;
        if (!strcmp(t->lemma, "year")) {
            r.precision = DYAD_DATE_YEAR;
            r.year = dd->year - 1;
        } else if (dd->precision >= DYAD_DATE_YEAR_MONTH && dd->month) {
            r.precision = DYAD_DATE_YEAR_MONTH;
            r.year = dd->month == 1 ? dd->year - 1 : dd->year;
            r.month = dd->month == 1 ? 12 : dd->month - 1;
        } else
            return (dyad_date){0};
        return r;
    }
    return r;
}

/* The verb whose tense an event noun takes: "would resume peace talks",
 * "will not host the talks" (the noun the object of a verb); v itself
 * for a verb. */
static int32_t tense_bearer(const sent *s, int32_t v)
{
    if (v < 0 || !(upos_is(&s->t[v], "NOUN") || upos_is(&s->t[v], "PROPN"))) return v;
    int32_t g = s->t[v].head;
    if (g >= 0 && upos_is(&s->t[g], "VERB") && rel_is(s->t[v].deprel, "obj")) return g;
    return v;
}

/* A day, month or date the words of v's own phrase name, or those of the
 * verb it depends on as a participle or a complement ("the government
 * said on Thursday, accusing Moscow": the accusation is Thursday's, not
 * the Saturday of the closure); up there only the first children are
 * looked at, so that a verb with thousands of dependents is not walked
 * again for each of them.  A day word one level down a nominal of v's
 * own counts too ("said at a news conference yesterday").  Fills *out and
 * returns 1 when found. */
static int own_day(sent *s, int32_t v, int ahead, dyad_date *out)
{
    const doc *d = s->d;
    for (int hop = 0; hop < 3 && v >= 0; hop++) {
        int left = hop ? 32 : INT32_MAX;
        for (int32_t c = s->t[v].first_child; c >= 0 && left-- > 0; c = s->t[c].next_sibling) {
            uint32_t at = s->first + (uint32_t)c;
            dyad_date r = event_date_ahead(d, at, 1, &d->pub.date, ahead);
            if ((r.evidence && r.evidence == d->tokens.items[at].form) || month_phrase_date(s, c, ahead, &r) ||
                calendar_phrase_date(s, c, ahead, &r)) {
                *out = r;
                return 1;
            }
            if (hop || !(rel_is(s->t[c].deprel, "obl") || rel_is(s->t[c].deprel, "nmod")) || !is_noun(&s->t[c])) continue;
            int below = 8;
            for (int32_t g = s->t[c].first_child; g >= 0 && below-- > 0; g = s->t[g].next_sibling) {
                uint32_t ga = s->first + (uint32_t)g;
                r = event_date_ahead(d, ga, 1, &d->pub.date, ahead);
                if (r.evidence && r.evidence == d->tokens.items[ga].form) {
                    *out = r;
                    return 1;
                }
            }
        }
        const char *r = s->t[v].deprel;
        if (!(rel_is(r, "advcl") || rel_is(r, "xcomp"))) break;
        v = s->t[v].head;
    }
    return 0;
}

static int32_t speech_governor(sent *s, int32_t v);

/* The date of the event v codes with `code`. */
static dyad_date event_date_of(sent *s, int32_t v, const char *code)
{
    const doc *d = s->d;
    int ahead = v >= 0 && future(s, tense_bearer(s, v));
    /* a statement is dated by a day word on its own verb ("said on
     * Tuesday"), else by the document: a day inside what was said ("'The
     * crossing will open on Monday,' the minister said") is not the day
     * it was said */
    int statement = v >= 0 && !strncmp(s->code[v], "01", 2);
    /* "held talks last week": a time the text gives only as a week, month or
     * year before the document's day has no day to give (null, not another
     * weekday of the sentence) */
    if (v >= 0 && vague_past(s, v)) return last_period_date(s, v);
    dyad_date r;
    if (v >= 0 && own_day(s, v, ahead, &r)) return r;
    if (statement) return event_date(d, s->first, 0, &d->pub.date);
    if (ahead) {
        /* an intent or a threat (03, 13: "said on Thursday that it would
         * suspend talks") was made when it was announced: the day of the
         * verb of saying, else the document's */
        if (code && (!strncmp(code, "03", 2) || !strncmp(code, "13", 2))) {
            int32_t sg = speech_governor(s, tense_bearer(s, v));
            if (sg >= 0 && sg != v && own_day(s, sg, 0, &r)) return r;
            return event_date(d, s->first, 0, &d->pub.date);
        }
        /* any other act still to come with no day of its own has no date
         * yet: the "Thursday" of "said on Thursday that talks would
         * resume" is the statement's, not the talks' */
        return (dyad_date){0};
    }
    return sentence_date(s);
}

/* Whether noun n is in an "in"/"at" phrase: a place, not a party. */
static int place_phrase(const sent *s, int32_t n)
{
    if (n < 0) return 0;
    uint32_t c = ev_case_of(s, n);
    return c && (c == tables_word_find(&s->e->t, "in", 2) || c == tables_word_find(&s->e->t, "at", 2));
}

/* "in Geneva": an oblique of the verb with "in"/"at" naming a place. */
static const char *event_location(sent *s, int32_t v)
{
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        if (!rel_is(s->t[c].deprel, "obl") || !upos_is(&s->t[c], "PROPN") || !place_phrase(s, c)) continue;
        uint32_t abs = s->first + (uint32_t)c;
        int place = s->d->entities.count == 0;
        /* the entity holding the word: entities come in text order and
         * do not overlap, so the last one starting at or before it */
        size_t el = 0, eh = s->d->entities.count;
        while (el < eh) {
            size_t mid = el + (eh - el) / 2;
            if (s->d->entities.items[mid].first_token <= abs) el = mid + 1;
            else eh = mid;
        }
        if (el > 0) {
            const dyad_entity *en = &s->d->entities.items[el - 1];
            if (abs < en->first_token + en->token_count && en->type && (!strcmp(en->type, "LOC") || !strcmp(en->type, "GPE")))
                place = 1;
        }
        if (!place) continue;
        int32_t lo, hi;
        ev_mention_range(s, c, &lo, &hi);
        const dyad_token *dt = s->d->tokens.items;
        uint32_t a = dt[s->first + (uint32_t)lo].span.start, b = dt[s->first + (uint32_t)hi].span.end;
        if (s->t[lo].upos && !strcmp(s->t[lo].upos, "DET")) a = dt[s->first + (uint32_t)lo + 1].span.start;
        return doc_strndup(s->d, s->d->text.data + a, b - a);
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Building events                                                     */

static int has_negation(const sent *s, int32_t v)
{
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        const tok *t = &s->t[c];
        uint32_t w = t->lemma ? t->lemma : t->form;
        if ((rel_is(t->deprel, "advmod") || rel_is(t->deprel, "neg")) && w &&
            (w == s->e->w_not || w == s->e->w_never || w == s->e->w_nt))
            return 1;
    }
    return 0;
}

/* Whether the clause v, hanging on g, is one g says did not happen: the
 * complement of "fail" ("failed to agree"; also read as a "to" clause of
 * purpose, "had failed to help them"), of "deny" ("denied targeting
 * civilians", "denied that it had attacked the tanker"), of "rule out"
 * ("ruled out sending troops") and of "yet" ("has yet to recognise",
 * "is yet to sign").  A negated g ("did not deny that") asserts nothing
 * either way and is left to the other tests. */
static int denied_by(const sent *s, int32_t v, int32_t g, int to_clause)
{
    const char *l = s->d->tokens.items[s->first + (uint32_t)g].lemma;
    const char *r = s->t[v].deprel;
    int comp = rel_is(r, "xcomp") || rel_is(r, "ccomp");
    /* (the relation first: a governor with thousands of conjuncts is not
     * walked once for each of them) */
    if (!l || !(comp || to_clause) || has_negation(s, g)) return 0;
    if (!strcmp(l, "fail")) return rel_is(r, "xcomp") || to_clause;
    if (!strcmp(l, "deny")) return comp;
    if (!strcmp(l, "rule") && comp) {
        for (int32_t c = s->t[g].first_child; c >= 0; c = s->t[c].next_sibling) {
            const char *f = s->d->tokens.items[s->first + (uint32_t)c].form;
            if (rel_is(s->t[c].deprel, "compound") && f && !strcasecmp(f, "out")) return 1;
        }
        return 0;
    }
    if (comp || to_clause)
        for (int32_t c = s->t[g].first_child; c >= 0; c = s->t[c].next_sibling) {
            const char *f = s->d->tokens.items[s->first + (uint32_t)c].form;
            if (c < v && rel_is(s->t[c].deprel, "advmod") && f && !strcasecmp(f, "yet") &&
                (!strcmp(l, "have") || !strcmp(l, "be")))
                return 1;
        }
    return 0;
}

static int negated(const sent *s, int32_t v)
{
    /* "Neither Paris nor Berlin attended": the subject's "neither" */
    int32_t sb = ev_child(s, v, "nsubj");
    for (int32_t c = sb >= 0 ? s->t[sb].first_child : -1; c >= 0; c = s->t[c].next_sibling) {
        uint32_t w = s->t[c].lemma ? s->t[c].lemma : s->t[c].form;
        if (w && w == s->e->w_neither && rel_is(s->t[c].deprel, "cc")) return 1;
    }
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        const tok *t = &s->t[c];
        if (!(rel_is(t->deprel, "advmod") || rel_is(t->deprel, "neg") || rel_is(t->deprel, "det"))) continue;
        uint32_t w = t->lemma ? t->lemma : t->form;
        if (w && (w == s->e->w_not || w == s->e->w_never || w == s->e->w_nt || (w == s->e->w_no && rel_is(t->deprel, "det"))))
            return 1;
    }
    /* "failed to agree", "denied targeting civilians": the complement of
     * "fail" or "deny" did not happen (as far as its subject says) */
    int32_t g = s->t[v].head;
    int purpose = 0; /* "has not responded to the request to extradite her": a "to" clause of purpose */
    if (g >= 0 && rel_is(s->t[v].deprel, "advcl")) {
        int32_t m = ev_child(s, v, "mark");
        const char *mf = m >= 0 ? s->d->tokens.items[s->first + (uint32_t)m].form : NULL;
        purpose = mf && !strcasecmp(mf, "to");
    }
    if (g >= 0 && denied_by(s, v, g, purpose)) return 1;
    /* "Russia is yet to sign", parsed with "yet" and "to" on the verb */
    int yet = 0, to = 0;
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        const char *f = s->d->tokens.items[s->first + (uint32_t)c].form;
        if (!f || c > v) continue;
        if (rel_is(s->t[c].deprel, "advmod") && !strcasecmp(f, "yet")) yet = 1;
        if (rel_exact(s->t[c].deprel, "mark") && !strcasecmp(f, "to")) to = 1;
    }
    if (yet && to) return 1;
    /* "did not want to strike", "would not bow to pressure" (read with
     * "pressure" a verb): the complement or purpose of a negated verb is
     * negated */
    if (g >= 0 && (rel_is(s->t[v].deprel, "xcomp") || purpose) && has_negation(s, g)) return 1;
    return 0;
}

/* Whether the pattern that coded v spells the negation out itself (a
 * PETRARCH "&NEGATVAUXVRB * OVER EFFORTS" with its own code): then the
 * code already says it and the event is not flagged negated. */
static int pattern_negates(const sent *s, int32_t v, const ev_pattern *p, int32_t *scope)
{
    if (!p || !p->nslots || p->nslots > 60) return 0;
    int32_t matched[64];
    uint32_t nscope = ev_scope(s, v, scope);
    if (!ev_pattern_matches(s, p, scope, nscope, matched)) return 0;
    for (uint16_t k = 0; k < p->nslots; k++) {
        uint32_t w = s->t[matched[k]].lemma ? s->t[matched[k]].lemma : s->t[matched[k]].form;
        if (w && (w == s->e->w_not || w == s->e->w_never || w == s->e->w_nt || w == s->e->w_neither)) return 1;
    }
    return 0;
}

static int hedged(const sent *s, int32_t v)
{
    static const char *const modals[] = {"would", "could", "might", "may", "should"};
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        if (!rel_exact(s->t[c].deprel, "aux")) continue;
        const char *f = s->d->tokens.items[s->first + (uint32_t)c].form;
        for (size_t i = 0; f && i < sizeof modals / sizeof *modals; i++)
            if (!strcasecmp(f, modals[i])) return 1;
    }
    return 0;
}

/* How far the text commits to v happening (dyad_event.modality): its
 * own "if"/"unless" marker, else its modal auxiliary. */
static const char *modality(const sent *s, int32_t v)
{
    static const char *const possible[] = {"could", "may", "might", "can", "should"};
    const char *m = "asserted";
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        const char *f = s->d->tokens.items[s->first + (uint32_t)c].form;
        if (!f) continue;
        if (rel_exact(s->t[c].deprel, "mark") && (!strcasecmp(f, "if") || !strcasecmp(f, "unless"))) return "conditional";
        if (!rel_exact(s->t[c].deprel, "aux")) continue;
        for (size_t i = 0; i < sizeof possible / sizeof *possible; i++)
            if (!strcasecmp(f, possible[i])) m = "possible";
    }
    return strcmp(m, "asserted") ? m : future(s, v) ? "future" : m;
}

static int same_actor(const dyad_actor *a, const dyad_actor *b)
{
    if (a->code && b->code) return !strcmp(a->code, b->code) && a->span.start == b->span.start;
    return a->span.start == b->span.start && a->span.end == b->span.end;
}

static int same_event(const dyad_event *a, const dyad_event *b)
{
    if (a->sentence != b->sentence || strcmp(a->cameo, b->cameo) || a->negated != b->negated) return 0;
    const char *sa = a->source.code ? a->source.code : a->source.text, *sb = b->source.code ? b->source.code : b->source.text;
    const char *ta = a->target.code ? a->target.code : a->target.text, *tb = b->target.code ? b->target.code : b->target.text;
    if (!sa || !sb || strcmp(sa, sb)) return 0;
    if (!ta || !tb) return !ta && !tb;
    return !strcmp(ta, tb);
}

static void fill_code(const event_tables *tb, dyad_event *ev, const char *code, doc *d)
{
    ev->cameo = doc_strdup(d, code);
    const cameo_code *c = tables_code(tb, code);
    if (!c && strlen(code) > 2) { /* an unknown leaf: describe it by its nearest known parent */
        char parent[5];
        snprintf(parent, sizeof parent, "%s", code);
        for (size_t n = strlen(parent); !c && n > 2; n--) {
            parent[n - 1] = '\0';
            c = tables_code(tb, parent);
        }
    }
    if (c) {
        ev->cameo_label = c->label;
        ev->plover = c->plover;
        ev->plover_mode = c->plover_mode;
        ev->plover_context = c->plover_context;
        ev->goldstein = c->goldstein;
        ev->quad_class = c->quad;
    } else {
        int root = atoi(code) / (strlen(code) >= 3 ? (strlen(code) == 4 ? 100 : 10) : 1);
        ev->quad_class = root >= 1 && root <= 4 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : root <= 20 ? 4 : 0;
    }
    ev->verbal = ev->quad_class == 1 || ev->quad_class == 3;
}

static void add_event(sent *s, size_t first_in_sentence, dyad_event *ev)
{
    doc *d = s->d;
    if (d->events.count - first_in_sentence >= MAX_EVENTS_PER_SENTENCE) return;
    for (size_t i = first_in_sentence; i < d->events.count; i++) {
        dyad_event *o = &d->events.items[i];
        if (same_event(o, ev)) return;
        /* one act read twice, once without its target (two readings of a
         * broken parse): the one that names the target stands */
        if (o->trigger.start != ev->trigger.start || o->trigger.end != ev->trigger.end || !(!o->target.text != !ev->target.text))
            continue;
        dyad_event bare = *ev;
        if (!ev->target.text) {
            bare = *o;
            bare.target = ev->target;
            if (same_event(&bare, ev)) return;
        } else {
            bare.target = o->target;
            if (same_event(&bare, o)) {
                *o = *ev;
                return;
            }
        }
    }
    VEC_PUSH(&d->events, *ev);
}

static float confidence_of(const actor_ref *src, const actor_ref *tgt, const ev_pattern *p, int hedge)
{
    float c = 0.45f;
    if (src->resolved) c += 0.25f;
    if (tgt && tgt->head >= 0) c += tgt->resolved ? 0.15f : 0.05f;
    if (p && p->nslots) c += 0.1f;
    if (hedge) c -= 0.2f;
    return c < 0.05f ? 0.05f : c > 0.99f ? 0.99f : c;
}

/* Codes whose ev_coordinated subjects act on each other when no target is
 * named: "India and Pakistan discussed", "Armenia and Azerbaijan fought". */

/* "Three Palestinians were killed in an Israeli air strike": a passive
 * with no "by" agent whose "in" phrase is an attack names the attacker
 * by the attack's adjective ("Israeli") or possessor ("Russia's"): that
 * word, as the source; -1 when none. */
static int32_t attack_owner(const sent *s, int32_t v)
{
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        if (!rel_is(s->t[c].deprel, "obl") || ev_case_of(s, c) != tables_word_find(&s->e->t, "in", 2)) continue;
        if (!ev_attack_noun(s, c)) continue;
        for (int32_t m = s->t[c].first_child; m >= 0 && m < c; m = s->t[m].next_sibling)
        {
            const char *f = s->d->tokens.items[s->first + (uint32_t)m].form;
            if ((rel_is(s->t[m].deprel, "amod") && upos_is(&s->t[m], "ADJ") && f && isupper((unsigned char)f[0])) ||
                rel_exact(s->t[m].deprel, "nmod:poss"))
                return m;
        }
    }
    return -1;
}

/* Whether n hangs on v through nouns only ("met the envoy of Chad"), not
 * inside a clause below v ("delayed their meeting after a convoy was seen
 * near Chad"). */
static int own_argument(const sent *s, int32_t v, int32_t n)
{
    for (int hops = 0; n >= 0 && hops < 16; hops++) {
        int32_t h = s->t[n].head;
        if (h == v) return 1;
        if (h < 0 || upos_is(&s->t[h], "VERB")) return 0;
        n = h;
    }
    return 1;
}

static int symmetric(const char *code)
{
    /* (not 042 "visit", 043 "host", 045 "mediate": one side does them) */
    static const char *const prefixes[] = {"030", "036", "040", "041", "044", "046", "057", "06", "0841", "0871", "19"};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (!strncmp(code, prefixes[i], strlen(prefixes[i]))) return 1;
    return 0;
}

/* Whether clause v says its subjects act on each other whatever the code:
 * "accused each other of provocations", "blamed one another", "traded
 * accusations", "exchanged fire". */
static int reciprocal(const sent *s, int32_t v)
{
    const char *lemma = s->d->tokens.items[s->first + (uint32_t)v].lemma;
    if (lemma && (!strcasecmp(lemma, "trade") || !strcasecmp(lemma, "exchange"))) return 1;
    /* "each other" (parsed as "each" with "other" fixed, or the reverse)
     * or "one another" hanging on the verb */
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        for (int32_t w = c - 1; w <= c; w++) {
            if (w < 0 || (uint32_t)w + 1 >= s->n) continue;
            const char *a = s->d->tokens.items[s->first + (uint32_t)w].form, *b = s->d->tokens.items[s->first + (uint32_t)w + 1].form;
            if (a && b && ((!strcasecmp(a, "each") && !strcasecmp(b, "other")) || (!strcasecmp(a, "one") && !strcasecmp(b, "another"))))
                return 1;
        }
    }
    return 0;
}

/* PETRARCH's conventions: an agent the text gives no country is "---GOV",
 * never one guessed from the story; so a speaker the statements stage
 * coded from context ("officials said" in a Gondor story: GONGOV) speaks
 * as "---" with the same sector. */
static void petrarch_context_speaker(const event_dictionary *e, doc *d, dyad_actor *a)
{
    if (!e->petrarch || !a->origin || strcmp(a->origin, "context") != 0 || !a->code || !a->country) return;
    size_t n = strlen(a->country);
    if (strncmp(a->code, a->country, n) != 0) return;
    char code[64];
    snprintf(code, sizeof code, "---%s", a->code + n);
    a->code = doc_strdup(d, code);
    a->country = NULL;
}

/* One event of head v from src to tgt. */
static void emit_one(sent *s, int32_t v, const char *code, const actor_ref *src, const actor_ref *tgt, int negate,
                     const dyad_date *date, const char *location, int hedge, size_t first_in_sentence)
{
    const event_tables *tb = &s->e->t;
    const ev_pattern *p = s->pattern[v] >= 0 ? &tb->patterns[s->pattern[v]] : NULL;
    doc *d = s->d;
    dyad_event ev;
    memset(&ev, 0, sizeof ev);
    ev.sentence = s->index;
    ev.span = d->sentences.items[s->index].span;
    ev.trigger = d->tokens.items[s->first + (uint32_t)v].span;
    ev.source = src->actor;
    ev.target = tgt->actor;
    fill_code(tb, &ev, code, d);
    ev.negated = negate;
    ev.modality = modality(s, v);
    /* an event noun is as certain as the verb that carries it ("would resume
     * peace talks", "will not host the talks") */
    if (!strcmp(ev.modality, "asserted") && tense_bearer(s, v) != v) ev.modality = modality(s, tense_bearer(s, v));
    ev.date = *date;
    ev.location = location;
    ev.pattern = p ? p->text : NULL;
    ev.quote = -1;
    ev.confidence = confidence_of(src, tgt, p, hedge);
    add_event(s, first_in_sentence, &ev);
}

/* Emit the events of one coded head (verb or noun) for every pair of
 * ev_coordinated source and target. */
/* Resolve a role's heads into actors.  A role noun whose "of" phrase lists
 * several countries ("the ambassadors of Arnor, Osgiliath and Gondor")
 * stands for one actor per country, each with the role the first resolved
 * to (ARNGOV, OSGGOV, GONGOV).  Sources that are no actor are dropped;
 * targets that are none become an empty target. */
static uint32_t role_actors(sent *s, const int32_t *heads, uint32_t n, actor_ref *out, uint32_t max, int sources)
{
    uint32_t k = 0;
    uint32_t w_of = tables_word_find(&s->e->t, "of", 2);
    uint32_t w_in = tables_word_find(&s->e->t, "in", 2); /* "lawmakers in Fornost and Gondor" */
    for (uint32_t i = 0; i < n && k < max; i++) {
        int32_t h = heads[i];
        actor_ref a;
        ev_resolve_actor(s, h, &a);
        /* a pronoun or a bare common noun no dictionary knows is no actor,
         * nor is a day or month a parser took for a subject */
        int none = (!a.resolved && !upos_is(&s->t[h], "PROPN") && s->t[h].upos) || (!a.resolved && ev_time_word(s, h));
        if (none) {
            if (sources) continue;
            ev_resolve_actor(s, -1, &a);
        }
        out[k++] = a;
        if (!a.resolved || !a.actor.code || strlen(a.actor.code) < 3) continue;
        /* PETRARCH "BENELUX [NLD/BEL/LUX]": one actor per code */
        const char *alts[8];
        size_t na = s->actors ? actors_alternatives(s->actors, &a.actor, alts, 8) : 0;
        for (size_t j = 0; j < na && k < max; j++) {
            const char *slash = strchr(alts[j], '/');
            size_t len = slash ? (size_t)(slash - alts[j]) : strlen(alts[j]);
            actor_ref b = a;
            b.actor.code = doc_strndup(s->d, alts[j], len);
            b.actor.country = len == 3 ? b.actor.code : NULL;
            out[k++] = b;
        }
        /* "Russian and Chinese officials", "Estonian and Latvian
         * leaders": coordinated modifiers of one noun, one actor each, with
         * the role the first gave the noun (RUSGOV, CHNGOV) */
        for (int32_t m = s->t[h].first_child; m >= 0; m = s->t[m].next_sibling) {
            if (m > h || !(rel_is(s->t[m].deprel, "compound") || rel_is(s->t[m].deprel, "amod"))) continue;
            int32_t list[MAX_ROLE];
            uint32_t nl = ev_coordinated_modifiers(s, m, list, MAX_ROLE);
            for (uint32_t j = 1; j < nl && k < max; j++) {
                if (list[j] > h) continue;
                actor_ref b;
                ev_resolve_actor(s, list[j], &b);
                if (!b.resolved || !b.actor.code || strlen(b.actor.code) != 3 || !strncmp(b.actor.code, a.actor.code, 3)) continue;
                b.actor.code = arena_printf(&s->d->arena, "%s%s", b.actor.code, a.actor.code + 3);
                b.actor.role = a.actor.role;
                b.head = h;
                out[k++] = b;
            }
        }
        if (strlen(a.actor.code) <= 3 || !upos_is(&s->t[h], "NOUN")) continue;
        int32_t of = -1;
        for (int32_t c = s->t[h].first_child; c >= 0 && of < 0; c = s->t[c].next_sibling)
            if (rel_is(s->t[c].deprel, "nmod") && ((w_of && ev_case_of(s, c) == w_of) || (w_in && ev_case_of(s, c) == w_in)))
                of = c;
        /* "lawmakers and officials in Estonia and Latvia": a conjunct
         * without a phrase of its own shares the first conjunct's */
        int32_t first = h;
        for (int hops = 0; of < 0 && hops < MAX_ROLE && rel_is(s->t[first].deprel, "conj") && s->t[first].head >= 0; hops++) {
            first = s->t[first].head;
            for (int32_t c = s->t[first].first_child; c >= 0 && of < 0; c = s->t[c].next_sibling)
                if (c > h && rel_is(s->t[c].deprel, "nmod") &&
                    ((w_of && ev_case_of(s, c) == w_of) || (w_in && ev_case_of(s, c) == w_in)))
                    of = c;
        }
        if (of < 0) continue;
        int32_t list[MAX_ROLE];
        uint32_t nl = ev_coordinated(s, of, list, MAX_ROLE);
        for (uint32_t j = 1; j < nl && k < max; j++) {
            actor_ref b;
            ev_resolve_actor(s, list[j], &b);
            if (!b.resolved || !b.actor.code || strlen(b.actor.code) != 3) continue;
            b.actor.code = arena_printf(&s->d->arena, "%s%s", b.actor.code, a.actor.code + 3);
            b.actor.role = a.actor.role;
            out[k++] = b;
        }
    }
    return k;
}

/* Material conflict by arms: CAMEO roots 18 (assault), 19 (fight) and 20
 * (mass violence). */
static int armed_force(const char *code)
{
    return code && code[0] && code[1] && (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2));
}

/* Whether a composed code carries this sector after its country. */
static int has_sector(const char *code, const char *sector)
{
    size_t n = strlen(code);
    for (size_t k = 3; k + 3 <= n; k += 3)
        if (!strncmp(code + k, sector, 3)) return 1;
    return 0;
}

/* Some CAMEO distinctions follow from who acts, not from the verb:
 * conventional military force (190, 193 small arms) is unconventional
 * violence (180) when the actor is no army (the unidentified gunmen UAF,
 * radicals RAD, criminals CRM of the actor dictionary; rebels REB fight
 * battles and keep 19x); a bombing (183) by an armed force is an air or
 * artillery strike (195), and so is force used by jets, warplanes,
 * aircraft, bombers or drones; a violent clash (145) between armed forces
 * or rebels is fighting (190), not a riot. */
static const char *code_for_source(const char *code, const dyad_actor *actor)
{
    const char *source = actor->code;
    /* "Israeli jets struck ...", "warplanes bombed ...": force from the air
     * is an air strike (195) */
    static const char *const air[] = {"jets", "jet", "warplanes", "warplane", "aircraft", "bombers", "drones", "drone", "helicopters"};
    if ((!strcmp(code, "190") || !strcmp(code, "183")) && actor->text)
        for (size_t i = 0; i < sizeof air / sizeof *air; i++) {
            const char *hit = strstr(actor->text, air[i]);
            size_t n = strlen(air[i]);
            if (hit && (hit == actor->text || hit[-1] == ' ') && (hit[n] == '\0' || hit[n] == ' ')) return "195";
        }
    /* "Thousands of protesters gathered outside parliament": a crowd that
     * gathers demonstrates (141), it does not consult (040) */
    static const char *const crowds[] = {"protesters", "protestors", "demonstrators", "marchers", "crowd", "crowds"};
    if (!strcmp(code, "040") && actor->text)
        for (size_t i = 0; i < sizeof crowds / sizeof *crowds; i++) {
            const char *hit = strstr(actor->text, crowds[i]);
            size_t n = strlen(crowds[i]);
            if (hit && (hit == actor->text || hit[-1] == ' ') && (hit[n] == '\0' || hit[n] == ' ')) return "141";
        }
    if (!source || strlen(source) < 6) return code;
    if ((!strcmp(code, "190") || !strcmp(code, "193")) &&
        (has_sector(source, "UAF") || has_sector(source, "RAD") || has_sector(source, "CRM")))
        return "180";
    if (!strcmp(code, "183") && has_sector(source, "MIL")) return "195";
    if (!strcmp(code, "145") && (has_sector(source, "MIL") || has_sector(source, "REB"))) return "190";
    return code;
}

enum { OTHER_SIDE_SENTENCES = 3 };

/* Whether actor a is a state or one of its branches (JPN, JPNGOV, JPNMIL,
 * ...), not a group of its people (rebels, opposition, gunmen). */
static int state_sector(const dyad_actor *a)
{
    if (!a->code || !a->country) return 0;
    size_t n = strlen(a->country);
    if (strncmp(a->code, a->country, n) != 0) return 0;
    const char *sector = a->code + n;
    return !*sector || !strncmp(sector, "GOV", 3) || !strncmp(sector, "MIL", 3) || !strncmp(sector, "LEG", 3) ||
           !strncmp(sector, "JUD", 3) || !strncmp(sector, "COP", 3);
}

/* "China lodged a protest with Japan ... A ministry official accused Tokyo
 * of interfering": an unnamed agent that took the story's country from
 * context (a TOKYO dateline) cannot be the country it acts on.  It takes
 * the country of the latest source the text named itself, in this
 * sentence or the few before, that is not the target's (China), if any. */
static void other_side_context(sent *s, actor_ref *src, const actor_ref *tgt)
{
    const dyad_actor *a = &src->actor, *t = &tgt->actor;
    if (!a->origin || strcmp(a->origin, "context") != 0 || !a->country || !t->country || strcmp(a->country, t->country) != 0 ||
        !s->actors || src->head < 0 || !t->code)
        return;
    /* only a country taken from the story (not from a demonym or owner
     * near the mention), acting on that country's state (its rebels or
     * opposition are another side: "his government ... the Taliban") */
    if (!s->doc_country || strcmp(a->country, s->doc_country) != 0) return;
    if (!state_sector(t) || !state_sector(a)) return;
    const dyad_event *ev = s->d->events.items;
    for (size_t k = s->d->events.count; k-- > 0;) {
        if (ev[k].sentence + OTHER_SIDE_SENTENCES < s->index) break;
        const dyad_actor *o = &ev[k].source;
        if (!o->country || !o->origin || !strcmp(o->origin, "context") || !strcmp(o->country, t->country)) continue;
        int32_t lo, hi;
        dyad_actor again;
        ev_mention_range(s, src->head, &lo, &hi);
        if (actors_resolve_in_context(s->actors, s->d, s->first + (uint32_t)lo, (uint32_t)(hi - lo + 1), o->country, &again) &&
            again.code)
            src->actor = again;
        return;
    }
}

/* Whether the mention headed by c runs on from the phrase of subject
 * `first`: the word right before it belongs to that phrase ("Gangs led by
 * Jimmy "Barbecue" | Cherizier"), so c is the rest of a name the parser
 * cut off, not another item of a list. */
static int continues_phrase(const sent *s, int32_t c, int32_t first)
{
    int32_t lo, hi;
    ev_mention_range(s, c, &lo, &hi);
    if (lo <= first) return 0;
    const char *f = s->d->tokens.items[s->first + (uint32_t)lo - 1].form;
    if (upos_is(&s->t[lo - 1], "CCONJ") || (f && (!strcmp(f, ",") || !strcmp(f, ";")))) return 0;
    int32_t x = lo - 1;
    /* (a nickname in quotation marks, which the parser hangs anywhere,
     * is part of the name: skip it) */
    while (x > first && upos_is(&s->t[x], "PUNCT")) x--;
    if (x - 1 > first) {
        const char *q = s->d->tokens.items[s->first + (uint32_t)x - 1].form;
        if (q && (!strcmp(q, "\"") || !strcmp(q, "\xE2\x80\x9C") || !strcmp(q, "'"))) x -= 2;
    }
    while (x > first && upos_is(&s->t[x], "PUNCT")) x--;
    /* (through a participle or relative clause of that subject: "led by") */
    for (int hops = 0; x >= 0 && hops < 8; hops++, x = s->t[x].head)
        if (s->t[x].head == first) return rel_is(s->t[x].deprel, "acl");
    return 0;
}

static void emit_head(sent *s, int32_t v, const char *code, int32_t src_head, int32_t tgt_head, int negate,
                      size_t first_in_sentence)
{
    int32_t srcs[MAX_ROLE], tgts[MAX_ROLE];
    uint32_t ns = ev_coordinated(s, src_head, srcs, MAX_ROLE);
    uint32_t nt = ev_coordinated(s, tgt_head, tgts, MAX_ROLE);
    /* a list the parser split into several subjects ("A, B, C and D held") */
    int32_t sv = src_head >= 0 ? s->t[src_head].head : -1;
    /* (not a second subject that runs on from the first's phrase: "Gangs
     * led by Jimmy "Barbecue" Cherizier attacked", with the leader's
     * surname a second subject, is one actor, not two fighting each
     * other) */
    if (sv >= 0 && rel_exact(s->t[src_head].deprel, "nsubj"))
        for (int32_t c = s->t[sv].first_child; c >= 0 && ns < MAX_ROLE; c = s->t[c].next_sibling)
            if (c != src_head && rel_exact(s->t[c].deprel, "nsubj") && is_noun(&s->t[c]) && !continues_phrase(s, c, src_head))
                ns += ev_coordinated(s, c, srcs + ns, MAX_ROLE - ns);
    if (!ns) return;
    actor_ref sa[MAX_ROLE], ta[MAX_ROLE];
    uint32_t nsa = role_actors(s, srcs, ns, sa, MAX_ROLE, 1);
    uint32_t nta = role_actors(s, tgts, nt, ta, MAX_ROLE, 0);
    if (!nsa) return;
    dyad_date date = event_date_of(s, v, code);
    const char *location = event_location(s, v);
    int hedge = hedged(s, v);
    /* each coordinated subject is the other's target, also when the only
     * target found is where it happened ("Armenia and Azerbaijan met in
     * Almaty") */
    /* "Riyadh and Tehran agreed to restore relations": what two sides
     * agree to do (03 through "agree") they do with each other */
    const char *vl = s->d->tokens.items[s->first + (uint32_t)v].lemma;
    int agreed = vl && !strcmp(vl, "agree") && !strncmp(code, "03", 2);
    int mutual = nsa >= 2 && !s->no_mutual && (symmetric(code) || reciprocal(s, v) || agreed) &&
                 (!nta || place_phrase(s, tgt_head) || !own_argument(s, v, tgt_head));
    if (mutual) {
        memcpy(ta, sa, nsa * sizeof *sa);
        nta = nsa;
    }
    const ev_pattern *p = s->pattern[v] >= 0 ? &s->e->t.patterns[s->pattern[v]] : NULL;
    for (uint32_t i = 0; i < nsa; i++) {
        for (uint32_t j = 0; j < (nta ? nta : 1); j++) {
            if (mutual && i == j) continue;
            actor_ref src = sa[i], tgt;
            if (nta) tgt = ta[j];
            else ev_resolve_actor(s, -1, &tgt);
            /* "Venezuelan officials resumed talks with the opposition": a
             * target that names a sector but no country belongs to the
             * source's country before the document's (a place the
             * sentence names still comes first) */
            if (tgt.head >= 0 && tgt.actor.origin && !strcmp(tgt.actor.origin, "context") && src.actor.country &&
                s->context == s->doc_country && (!tgt.actor.country || strcmp(tgt.actor.country, src.actor.country))) {
                int32_t lo, hi;
                dyad_actor again;
                ev_mention_range(s, tgt.head, &lo, &hi);
                if (actors_resolve_in_context(s->actors, s->d, s->first + (uint32_t)lo, (uint32_t)(hi - lo + 1),
                                              src.actor.country, &again))
                    tgt.actor = again;
            }
            if (tgt.head >= 0) other_side_context(s, &src, &tgt);
            if (tgt.head >= 0 && same_actor(&src.actor, &tgt.actor)) continue;
            /* "the army said Pakistani troops shelled ...": a body acting
             * on itself is no target (two named people of one government
             * still are) */
            if (tgt.head >= 0 && src.actor.code && tgt.actor.code && !strcmp(src.actor.code, tgt.actor.code) &&
                !tgt.actor.name && !src.actor.name)
                ev_resolve_actor(s, -1, &tgt);
            /* a place of the source's own country is no target ("French
             * farmers protested in Paris"); two people of one government are.
             * Force against a place of one's own country is civil war and
             * keeps it ("Kyiv shelled Donetsk"). */
            if (tgt.head >= 0 && src.actor.code && tgt.actor.code && strlen(tgt.actor.code) == 3 &&
                !strncmp(src.actor.code, tgt.actor.code, 3) && !armed_force(code) &&
                !(p && p->subject_target)) /* (unless a pattern's "+ ... $" says who is who) */
                ev_resolve_actor(s, -1, &tgt);
            emit_one(s, v, code_for_source(code, &src.actor), &src, &tgt, negate, &date, location, hedge,
                     first_in_sentence);
            /* the reciprocal event a PETRARCH "[032:033]" pattern names */
            if (p && p->code2[0] && tgt.head >= 0 && tgt.actor.code && !strcmp(code, p->code))
                emit_one(s, v, p->code2, &tgt, &src, negate, &date, location, hedge, first_in_sentence);
        }
    }
}

/* "NATO-Russia negotiations", "US-Russia talks": an event noun whose
 * modifier joins two actors with a hyphen.  Both directions for the
 * symmetric codes (talks, agreements, fighting), else first -> second. */
static int code_hyphen_pair(sent *s, int32_t n, int negate, size_t first_in_sentence)
{
    if (!s->actors) return 0;
    doc *d = s->d;
    const dyad_token *dt = d->tokens.items;
    for (int32_t c = s->t[n].first_child; c >= 0; c = s->t[c].next_sibling) {
        if (!(rel_is(s->t[c].deprel, "compound") || rel_is(s->t[c].deprel, "amod") || rel_is(s->t[c].deprel, "nmod"))) continue;
        dyad_span sp = dt[s->first + (uint32_t)c].span;
        const char *text = d->text.data + sp.start;
        size_t len = sp.end - sp.start;
        const char *dash = memchr(text, '-', len);
        if (!dash || dash == text || dash == text + len - 1) continue;
        actor_ref a, b;
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        a.head = b.head = c;
        if (!actors_resolve_text(s->actors, d, text, (size_t)(dash - text), &a.actor)) continue;
        if (!actors_resolve_text(s->actors, d, dash + 1, len - (size_t)(dash - text) - 1, &b.actor)) continue;
        if (!a.actor.code || !b.actor.code || !strcmp(a.actor.code, b.actor.code)) continue;
        a.resolved = b.resolved = 1;
        dyad_date date = sentence_date(s);
        emit_one(s, n, s->code[n], &a, &b, negate, &date, NULL, 0, first_in_sentence);
        if (symmetric(s->code[n])) emit_one(s, n, s->code[n], &b, &a, negate, &date, NULL, 0, first_in_sentence);
        return 1;
    }
    /* the tokenizer's split: "US", "-", "Russia", "talks" */
    if (n >= 3) {
        const char *dash = dt[s->first + (uint32_t)n - 2].form;
        if (dash && !strcmp(dash, "-") && is_noun(&s->t[n - 1]) && is_noun(&s->t[n - 3])) {
            actor_ref a, b;
            memset(&a, 0, sizeof a);
            memset(&b, 0, sizeof b);
            a.head = n - 3;
            b.head = n - 1;
            a.resolved = actors_resolve(s->actors, d, s->first + (uint32_t)n - 3, 1, &a.actor);
            b.resolved = actors_resolve(s->actors, d, s->first + (uint32_t)n - 1, 1, &b.actor);
            if (a.resolved && b.resolved && a.actor.code && b.actor.code && strcmp(a.actor.code, b.actor.code)) {
                dyad_date date = sentence_date(s);
                emit_one(s, n, s->code[n], &a, &b, negate, &date, NULL, 0, first_in_sentence);
                if (symmetric(s->code[n])) emit_one(s, n, s->code[n], &b, &a, negate, &date, NULL, 0, first_in_sentence);
                return 1;
            }
        }
    }
    return 0;
}


/* "must"/"should"/"ought" on the verb. */
static int obliged(const sent *s, int32_t v)
{
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        if (!rel_exact(s->t[c].deprel, "aux")) continue;
        const char *f = s->d->tokens.items[s->first + (uint32_t)c].form;
        if (f && (!strcasecmp(f, "must") || !strcasecmp(f, "should") || !strcasecmp(f, "ought"))) return 1;
    }
    return 0;
}

/* The reporter of a clause under saying verb g: the quote's speaker when
 * the statements stage cued a quote on g, else g's subject. */
static int reporter_of(sent *s, int32_t g, actor_ref *out)
{
    const dyad_actor *id = ev_cued_speaker(s, g);
    if (id && id->code) {
        memset(out, 0, sizeof *out);
        out->head = g;
        out->actor = *id;
        out->resolved = 1;
        return 1;
    }
    int passive;
    int32_t sb = ev_subject_of(s, g, &passive);
    if (sb < 0 || passive) return 0;
    ev_resolve_actor(s, sb, out);
    return out->resolved;
}

static void demand_on(sent *s, int32_t v, int32_t g, int32_t subject, const char *code, size_t first_in_sentence)
{
    actor_ref rep;
    if (!reporter_of(s, g, &rep)) return;
    const char *c = tables_complement(&s->e->t, "10", code);
    char demand[5];
    snprintf(demand, sizeof demand, "%s", c ? c : "100");
    int32_t subs[MAX_ROLE];
    uint32_t ns = ev_coordinated(s, subject, subs, MAX_ROLE);
    dyad_date date = sentence_date(s);
    for (uint32_t i = 0; i < ns; i++) {
        actor_ref tgt;
        ev_resolve_actor(s, subs[i], &tgt);
        if (!tgt.resolved || (rep.actor.code && tgt.actor.code && !strcmp(rep.actor.code, tgt.actor.code))) continue;
        emit_one(s, v, demand, &rep, &tgt, negated(s, v), &date, NULL, 0, first_in_sentence);
    }
}

/* A gathering words are said at, or the press or a crowd that hears
 * them ("told reporters"): not someone they are said to. */
static int occasion(const sent *s, int32_t x)
{
    static const char *const words[] = {"conference", "briefing", "interview", "session", "meeting", "summit",
                                        "forum", "rally", "gathering", "hearing", "event", "ceremony",
                                        "reporter", "reporters", "journalist", "journalists", "correspondent",
                                        "correspondents", "press", "media", "audience", "crowd",
                                        /* where it was said: "said on Telegram" */
                                        "telegram", "twitter", "x", "facebook", "instagram", "website", "television",
                                        "radio", "tv", "channel", "platform", "podcast"};
    uint32_t id = s->t[x].lemma ? s->t[x].lemma : s->t[x].form;
    const char *w = id ? s->e->t.words[id].text : s->d->tokens.items[s->first + (uint32_t)x].form;
    for (size_t i = 0; w && i < sizeof words / sizeof *words; i++)
        if (!strcasecmp(w, words[i])) return 1;
    return 0;
}

/* A verb of saying, by its code (CAMEO 01: statements, comments, claims
 * and denials, but not 014 "consider" or 017 "symbolic act", which say
 * nothing) or its lemma.  "NATO said the alliance would review the
 * request": the clause "review" hangs on is not its content. */
static int reporting(const sent *s, int32_t g)
{
    const char *c = s->code[g];
    if (c[0] == '0' && c[1] == '1' && c[2] != '4' && c[2] != '7') return 1;
    for (int i = 0; i < s->e->nreporting; i++)
        if (s->t[g].lemma == s->e->reporting[i] || s->t[g].form == s->e->reporting[i]) return 1;
    return 0;
}

/* The speech verb whose content clause v is, or -1.  Parsers differ on
 * reported speech, so three shapes count:
 *   - v hangs on the speech verb (ccomp, parataxis): "Oslo said Bern must pay";
 *   - the speech verb hangs on v (parataxis, or a ccomp/advcl after v with
 *     its own subject): "Bern must pay, Oslo said";
 *   - v is the parataxis or conjunct of a fronted clause (advcl, "To ease the
 *     crisis, ...") that itself hangs on the speech verb: the fronted clause
 *     must not hide the main one.
 * Only a few fixed steps up the tree: nothing walks the whole sentence. */
/* The first token of [lo, hi) that starts at or after byte `at` (tokens
 * are in text order), or hi. */
static uint32_t token_at(const doc *d, uint32_t lo, uint32_t hi, uint32_t at)
{
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (d->tokens.items[mid].span.start < at) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* The cue of a quote the statements stage found in this sentence whose
 * content holds token v ("..., the bloc should stop supplying Kiev ...,
 * Grushko added." with "added" misparsed as a relative clause of the last
 * noun), as a token of the sentence, or -1. */
static int32_t quote_cue_over(sent *s, int32_t v)
{
    const doc *d = s->d;
    const dyad_token *t = d->tokens.items + s->first;
    uint32_t end = t[s->n - 1].span.end;
    dyad_span vs = t[v].span;
    for (uint32_t i = ev_cue_at(s, t[0].span.start); i < s->ncues && s->cues[i].cue.start < end; i++) {
        const dyad_quote *q = &d->quotes.items[s->cues[i].quote];
        if (vs.start < q->span.start || vs.end > q->span.end) continue;
        uint32_t lo = token_at(d, s->first, s->first + s->n, s->cues[i].cue.start) - s->first;
        /* (a cue the parse already put above v was judged there: "indicated
         * it should have acted" is no report of a demand) */
        if (lo < s->n && t[lo].span.start == s->cues[i].cue.start && is_verb(&s->t[lo]) && (int32_t)lo != s->t[v].head)
            return (int32_t)lo;
    }
    return -1;
}

static int32_t speech_governor(sent *s, int32_t v)
{
    int32_t g = s->t[v].head;
    if (g >= 0 && reporting(s, g)) return g;
    for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling) {
        if (c < v || !is_verb(&s->t[c]) || !reporting(s, c)) continue;
        const char *rc = s->t[c].deprel;
        if (!(rel_is(rc, "parataxis") || rel_is(rc, "ccomp") || rel_is(rc, "advcl") || rel_is(rc, "conj"))) continue;
        int p;
        int32_t sb = ev_subject_of(s, c, &p);
        if (sb >= 0 && !p) return c;
    }
    /* through a fronted adverbial clause: v is its parataxis or conjunct */
    if (g >= 0 && g < v && (rel_is(s->t[v].deprel, "parataxis") || rel_is(s->t[v].deprel, "conj")) &&
        rel_is(s->t[g].deprel, "advcl")) {
        int32_t gg = s->t[g].head;
        if (gg > v && reporting(s, gg)) return gg;
    }
    /* the parse lost the reporting verb: the statements stage's cue */
    return quote_cue_over(s, v);
}

/* The clause a speech verb reports, the converse of speech_governor: its
 * ccomp; else the clause before it that it hangs on ("Bern must pay, Oslo
 * said"); else the parataxis of a fronted clause of its own ("To ease
 * tensions, Bern should pay, Oslo added"). -1 when there is none. */
static int32_t speech_content(const sent *s, int32_t v)
{
    int32_t cc = ev_child(s, v, "ccomp");
    if (cc >= 0) return cc;
    int32_t h = s->t[v].head;
    const char *r = s->t[v].deprel;
    if (h >= 0 && h < v && is_verb(&s->t[h]) &&
        (rel_is(r, "parataxis") || rel_is(r, "ccomp") || rel_is(r, "advcl") || rel_is(r, "conj")))
        return h;
    for (int32_t a = s->t[v].first_child; a >= 0 && a < v; a = s->t[a].next_sibling) {
        if (!rel_is(s->t[a].deprel, "advcl")) continue;
        for (int32_t c = s->t[a].first_child; c >= 0; c = s->t[c].next_sibling)
            if (c > a && c < v && is_verb(&s->t[c]) && rel_is(s->t[c].deprel, "parataxis")) return c;
    }
    return -1;
}

/* "Russian police arrested Russian students": a direct object of the
 * source's own country is its target when it names that country itself and
 * is another part of it (EDU, not COP); "withdrew its troops" stays no
 * target.  For a bare verb only: a pattern's words may be the object. */
static int32_t own_country_object(sent *s, int32_t v, const char *src_code)
{
    int32_t o = ev_child(s, v, "obj");
    if (o < 0 || !src_code) return -1;
    actor_ref a;
    ev_resolve_actor(s, o, &a);
    if (!a.resolved || !a.actor.code || !strcmp(a.actor.code, src_code) || strlen(a.actor.code) <= 3) return -1;
    if (a.actor.origin && !strcmp(a.actor.origin, "context")) return -1;
    int32_t lo, hi;
    ev_mention_range(s, o, &lo, &hi);
    for (int32_t k = lo; k <= hi; k++)
        if (upos_is(&s->t[k], "PRON")) return -1; /* "its troops": the source's own */
    return o;
}

/* Whether token k lies in the clause of token top: in its subtree, not
 * inside a clause below with a subject of its own (a bounded walk up). */
static int under(const sent *s, int32_t k, int32_t top)
{
    for (int hops = 0; k >= 0 && hops < 64; hops++, k = s->t[k].head) {
        if (k == top) return 1;
        if (ev_child(s, k, "nsubj") >= 0 || ev_child(s, k, "nsubj:pass") >= 0) return 0;
        /* nor in an adverbial clause opened by a conjunction or a
         * preposition ("after a hobbit was seen in Chad" says when, not to
         * whom; "to wage war on Chad" is still the verb's) */
        if (rel_is(s->t[k].deprel, "advcl") || rel_is(s->t[k].deprel, "parataxis")) {
            for (int32_t c = s->t[k].first_child; c >= 0; c = s->t[c].next_sibling) {
                const char *f = s->d->tokens.items[s->first + (uint32_t)c].form;
                if ((rel_is(s->t[c].deprel, "mark") || rel_is(s->t[c].deprel, "case")) && f && strcasecmp(f, "to")) return 0;
                if (rel_is(s->t[c].deprel, "aux") || rel_is(s->t[c].deprel, "cop")) return 0; /* a finite clause */
            }
        }
    }
    return 0;
}

/* The first actor, in the order of the text, among the words after v that
 * belong to clause cc: PETRARCH's target of a statement ("said on Friday
 * that an embargo on Chad would fail": Chad).  Heads of mentions only, not
 * the modifiers inside one; -1 when cc names none there. */
static int32_t first_actor_after(sent *s, int32_t v, int32_t cc, int32_t src)
{
    if (cc < 0) return -1;
    /* (a verb phrase's first actor is near: a run-on sentence of thousands
     * of words must not cost each of its verbs a walk over all of them) */
    for (int32_t k = v + 1; k < (int32_t)s->n && k <= v + 64; k++) {
        const char *r = s->t[k].deprel;
        if (!is_noun(&s->t[k]) || k == src || !under(s, k, cc)) continue;
        if (rel_is(r, "compound") || rel_is(r, "flat") || rel_is(r, "amod") || rel_exact(r, "nmod:poss")) continue;
        if (ev_time_word(s, k)) continue;
        actor_ref a;
        ev_resolve_actor(s, k, &a);
        if (a.resolved && a.actor.code) return k;
    }
    return -1;
}

/* CAMEO roots 10-20: demands, disapproval, rejection, threats, protest and force. */
static bool conflict_code(const char *code)
{
    return code && code[0] && code[1] && ((code[0] == '1' && code[1] >= '0') || (code[0] == '2' && code[1] == '0'));
}

/* A verb of ceasing or holding back: its complement is not an event. */
static bool stopping(const sent *s, int32_t g)
{
    static const char *const verbs[] = {"stop", "cease", "halt", "quit", "refrain", "avoid", "end", "discontinue"};
    const char *l = s->d->tokens.items[s->first + (uint32_t)g].lemma;
    for (size_t i = 0; l && i < sizeof verbs / sizeof *verbs; i++)
        if (!strcmp(l, verbs[i])) return true;
    return false;
}

/* Whether the adverbial clause v under g names a subject of its own, a
 * noun or name other than g's: a second actor doing something else. */
static bool own_subject_after(const sent *s, int32_t g, int32_t v)
{
    int32_t n = ev_child(s, v, "nsubj");
    if (n < 0 || !(upos_is(&s->t[n], "PROPN") || upos_is(&s->t[n], "NOUN"))) return false;
    int passive;
    return ev_subject_of(s, g, &passive) != n;
}

/* Whether v is an unmarked participle set off by a comma whose code is
 * a verbal act (CAMEO 02-13: appeals, accusations, demands, threats, ...;
 * statements aside, which would repeat the clause's own report). */
static bool verbal_participle(const sent *s, int32_t v, const char *code)
{
    const char *xpos = s->d->tokens.items[s->first + (uint32_t)v].xpos;
    if (!xpos || strcmp(xpos, "VBG") || ev_child(s, v, "mark") >= 0 || v == 0) return false;
    if (!(code[0] == '0' && code[1] >= '2') && !(code[0] == '1' && code[1] >= '0' && code[1] <= '3')) return false;
    const char *before = s->d->tokens.items[s->first + (uint32_t)v - 1].form;
    return before && !strcmp(before, ",");
}

/* The subject of an "if"/"unless" clause of v or of its complement x
 * that names an actor outside the country `avoid`, or -1. */
static int32_t condition_subject(sent *s, int32_t v, int32_t x, const char *avoid)
{
    for (int k = 0; k < 2; k++) {
        int32_t h = k ? x : v;
        if (h < 0) continue;
        for (int32_t c = s->t[h].first_child; c >= 0; c = s->t[c].next_sibling) {
            if (!rel_is(s->t[c].deprel, "advcl")) continue;
            int32_t m = ev_child(s, c, "mark");
            const char *mf = m >= 0 ? s->d->tokens.items[s->first + (uint32_t)m].form : NULL;
            if (!mf || (strcasecmp(mf, "if") && strcasecmp(mf, "unless"))) continue;
            int32_t sb = ev_child(s, c, "nsubj");
            if (sb < 0) continue;
            actor_ref a;
            ev_resolve_actor(s, sb, &a);
            if (a.resolved && !ev_of_country(&a, avoid)) return sb;
        }
    }
    return -1;
}

/* Whether a code names people at work or in civil life (labour,
 * civilians, health workers, teachers and students, business), who strike
 * by stopping work. */
static int civil_sector(const char *code)
{
    static const char *const sectors[] = {"LAB", "CVL", "HLH", "EDU", "BUS"};
    for (size_t i = 0; i < sizeof sectors / sizeof *sectors; i++)
        if (has_sector(code, sectors[i])) return 1;
    return 0;
}

/* "warned that the vote set a dangerous precedent", "warned that famine
 * was spreading": a warning about how things stand or go is a pessimistic
 * comment (012), no threat.  It threatens (130) when it is addressed to
 * someone ("warned Seoul against", "warned the US that"), when what it
 * announces is the warner's own act ("warned that it would retaliate"),
 * or when it says what will befall an actor ("warned that NATO troops
 * would be legitimate targets"). */
static int warning_about(sent *s, int32_t v)
{
    const char *l = s->d->tokens.items[s->first + (uint32_t)v].lemma;
    if (!l || (strcmp(l, "warn") && strcmp(l, "caution"))) return 0;
    int32_t c = ev_child(s, v, "ccomp");
    if (c < 0 || ev_child(s, v, "obj") >= 0 || ev_child(s, v, "iobj") >= 0) return 0;
    int32_t sb = ev_child(s, c, "nsubj");
    if (sb < 0) sb = ev_child(s, c, "nsubj:pass");
    if (sb < 0) return 1;
    if (upos_is(&s->t[sb], "PRON")) {
        const char *f = s->d->tokens.items[s->first + (uint32_t)sb].form;
        /* "warned that it would retaliate", "that we will respond" */
        static const char *const own[] = {"it", "they", "we", "he", "she", "i"};
        for (size_t k = 0; f && k < sizeof own / sizeof *own; k++)
            if (!strcasecmp(f, own[k])) return 0;
        return 1;
    }
    if (!future(s, c) && !hedged(s, c)) return 1;
    actor_ref a;
    ev_resolve_actor(s, sb, &a);
    return !a.resolved;
}

static void code_verb(sent *s, int32_t v, size_t first_in_sentence, int32_t *scope)
{
    const event_tables *tb = &s->e->t;
    const char *code = s->code[v];
    const ev_pattern *p = &tb->patterns[s->pattern[v]];
    /* a complement is coded through its governor */
    const char *r = s->t[v].deprel;
    int32_t g = s->t[v].head;
    if (g >= 0 && rel_is(r, "xcomp") && s->code[g][0] && !reporting(s, g)) return;
    /* what a verb of stopping governs is what does not go on: "urged
     * Washington to stop arming Taiwan" arms no one */
    if (g >= 0 && rel_is(r, "xcomp") && stopping(s, g)) return;
    /* "we expect Minsk to explain", "allowed the ships to leave": what an
     * uncoded verb wishes or permits of its object has not happened */
    if (g >= 0 && rel_is(r, "xcomp") && !s->code[g][0] && is_verb(&s->t[g]) && ev_child(s, v, "nsubj") < 0 &&
        s->absorbed[v] != g) { /* (unless v's pattern names that verb: "+ HOSTING * FEAST") */
        int32_t o = ev_child(s, g, "obj");
        if (o < 0) o = ev_child(s, g, "iobj"); /* ("expect [Minsk]/iobj to explain") */
        /* (a pronoun object is the parser's reading of "indicated it would") */
        if (o >= 0 && !upos_is(&s->t[o], "PRON")) return;
    }
    /* (but a verb of saying after it with a subject of its own is a
     * statement of its own: "Chad welcomed the talks, the agency said"
     * parsed with "said" an adverbial clause of "welcomed") */
    /* (nor is an adverbial clause with a subject of its own after it:
     * "Turkey offered talks, as Moscow rejected calls to withdraw") */
    /* (nor a participle of a verbal act set off after it: "Croatia closed
     * the border, accusing Serbia of smuggling" also accuses) */
    if (g >= 0 && (rel_is(r, "advcl") || rel_is(r, "ccomp") || rel_is(r, "acl")) && s->code[g][0] && !reporting(s, g) &&
        !(v > g && !rel_is(r, "ccomp") && reporting(s, v) && ev_child(s, v, "nsubj") >= 0) &&
        !(v > g && rel_is(r, "advcl") && own_subject_after(s, g, v)) &&
        !(v > g && rel_is(r, "advcl") && verbal_participle(s, v, code)))
        return;
    char combined[5];
    int negate = negated(s, v) && !pattern_negates(s, v, p, scope);
    /* appeals and demands are addressed to someone: "urged Serbia to
     * negotiate", "demanded that Sweden change course" */
    int addressed = !strncmp(code, "02", 2) || !strncmp(code, "10", 2);
    /* a governor takes its complement's meaning: threaten + sanction = 1312;
     * the complement is an xcomp, or a that-clause of an appeal, demand,
     * promise, refusal or threat */
    int32_t x = ev_child(s, v, "xcomp");
    int governs = addressed || !strncmp(code, "03", 2) || !strncmp(code, "12", 2) || !strncmp(code, "13", 2);
    if (x < 0 && governs) x = ev_child(s, v, "ccomp");
    /* "agreed on Monday to impose sanctions" with the "to" clause read as
     * one of purpose: a governing verb's complement all the same */
    for (int32_t c = s->t[v].first_child; x < 0 && governs && c >= 0; c = s->t[c].next_sibling) {
        if (c < v || !rel_is(s->t[c].deprel, "advcl") || !s->code[c][0] || ev_child(s, c, "nsubj") >= 0) continue;
        int32_t m = ev_child(s, c, "mark");
        const char *mf = m >= 0 ? s->d->tokens.items[s->first + (uint32_t)m].form : NULL;
        if (mf && !strcasecmp(mf, "to")) x = c;
    }
    const char *gl = s->d->tokens.items[s->first + (uint32_t)v].lemma;
    if (x >= 0 && s->code[x][0] && p->nslots <= 1 && !strncmp(code, "03", 2) && !strncmp(s->code[x], "16", 2) && gl &&
        (!strcmp(gl, "agree") || !strcmp(gl, "decide"))) {
        /* "EU ministers agreed to impose sanctions on Iran": a decision to
         * reduce relations or sanction is that act (163), as "agreed new
         * sanctions" is, not an intent (03) or a threat (1312) */
        snprintf(combined, sizeof combined, "%s", s->code[x]);
        code = combined;
    } else if (x >= 0 && s->code[x][0] && p->nslots <= 1) {
        const char *c = tables_complement(tb, code, s->code[x]);
        if (c) {
            snprintf(combined, sizeof combined, "%s", c);
            code = combined;
        } else if (!strncmp(code, "03", 2) && x > v && conflict_code(s->code[x])) {
            /* "activists planning to protest": an intent to cooperate
             * only when what is intended cooperates */
            return;
        }
    }
    if (!strcmp(code, "130") && p->nslots == 0 && warning_about(s, v)) code = "012";
    int passive;
    int32_t src = ev_subject_of(s, v, &passive);
    int32_t tgt;
    /* "Russia said it would retaliate": the pronoun subject of a reported
     * clause is the reporter */
    int32_t said_by = src >= 0 && !passive && upos_is(&s->t[src], "PRON") ? speech_governor(s, v) : -1;
    if (said_by < 0 && g >= 0 && rel_is(r, "ccomp")) said_by = g;
    /* "Chad indicated it deplored Sudan", parsed with "it" as the
     * object controlling an xcomp: a pronoun under a verb of saying is
     * still its subject's */
    if (said_by < 0 && g >= 0 && rel_is(r, "xcomp") && s->absorbed[v] == g) said_by = g;
    /* "Chad is inching nearer to accord with Sudan": a verb with no
     * subject of its own, whose pattern names the verb above it, acts for
     * that verb's subject */
    if (src < 0 && s->absorbed[v] >= 0) src = ev_subject_of(s, s->absorbed[v], &passive);
    int reported_by = 0; /* the subject is a pronoun standing for the reporters */
    if (src >= 0 && !passive && upos_is(&s->t[src], "PRON") && said_by >= 0) {
        actor_ref a;
        ev_resolve_actor(s, src, &a);
        if (!a.resolved) {
            int gp;
            int32_t gs = ev_subject_of(s, said_by, &gp);
            if (gs >= 0 && !gp && !upos_is(&s->t[gs], "PRON")) src = gs, reported_by = 1;
        }
    }
    /* "X said NATO must stop supplying weapons": not an act of NATO's but
     * X's demand on NATO (10x); the act itself did not happen */
    if (!passive && src >= 0 && obliged(s, v)) {
        int32_t sg = speech_governor(s, v);
        if (sg >= 0) {
            demand_on(s, v, sg, src, code, first_in_sentence);
            return;
        }
    }
    /* "the union said it would strike on Friday", "the doctors struck
     * over wages": workers who strike without striking anyone stop work
     * (143), they do not attack */
    int32_t struck = ev_child(s, v, "obj");
    actor_ref hit;
    if (struck >= 0) ev_resolve_actor(s, struck, &hit);
    if (!strcmp(code, "190") && !p->nslots && (struck < 0 || (!hit.resolved && !upos_is(&s->t[struck], "PROPN")))) {
        const char *l = s->d->tokens.items[s->first + (uint32_t)v].lemma;
        int32_t who = src;
        if (who >= 0 && !passive && upos_is(&s->t[who], "PRON") && said_by >= 0) {
            int gp;
            who = ev_subject_of(s, said_by, &gp);
        }
        actor_ref a;
        if (l && !strcmp(l, "strike") && who >= 0) {
            ev_resolve_actor(s, who, &a);
            if (a.actor.code && civil_sector(a.actor.code)) code = "143";
        }
    }
    /* a future act announced is an intent or a threat: "said it would
     * attack" is 138, "will send aid" 033 (the complement table says how) */
    if (future(s, v) && strlen(code) >= 2) {
        int root = (code[0] - '0') * 10 + (code[1] - '0');
        const char *gov = root >= 4 && root <= 8 ? "03" : root >= 14 && root <= 20 ? "13" : NULL;
        const char *c = gov ? tables_complement(tb, gov, code) : NULL;
        if (c) {
            snprintf(combined, sizeof combined, "%s", c);
            code = combined;
        }
    }
    char avoid[4] = "";
    const char *src_code = NULL;
    if (src >= 0 && !passive) {
        actor_ref a;
        ev_resolve_actor(s, src, &a);
        src_code = a.actor.code;
        /* a country only guessed from the context is no reason to pass
         * over a target, nor is one's own country under armed force
         * ("gunmen attacked villagers", both of the place) */
        if (a.actor.code && strlen(a.actor.code) >= 3 && !(a.actor.origin && !strcmp(a.actor.origin, "context")) &&
            !armed_force(code) && !ev_non_state(a.actor.code) /* (rebels' own country's state is their opponent) */)
            memcpy(avoid, a.actor.code, 3);
    }
    const char *av = avoid[0] ? avoid : NULL;
    if (passive) {
        tgt = src;
        src = -1;
        for (int32_t c = s->t[v].first_child; c >= 0; c = s->t[c].next_sibling)
            if ((rel_exact(s->t[c].deprel, "obl:agent") || rel_exact(s->t[c].deprel, "obl")) && ev_case_of(s, c) == s->e->w_by) {
                src = c;
                break;
            }
        if (src < 0 && !s->e->petrarch) src = attack_owner(s, v);
    } else {
        tgt = -1;
        if (addressed) {
            int32_t o = ev_child(s, v, "obj");
            if (o < 0) o = ev_child(s, v, "iobj");
            if (o < 0 && x >= 0 && rel_is(s->t[x].deprel, "ccomp")) o = ev_child(s, x, "nsubj");
            if (o >= 0) {
                actor_ref a;
                ev_resolve_actor(s, o, &a);
                if ((a.resolved && !(ev_of_country(&a, av) && !upos_is(&s->t[o], "PROPN"))) || upos_is(&s->t[o], "PROPN"))
                    tgt = o;
            }
        }
        /* a target the verb's own pattern places comes before the
         * complement's: "called on Gondor to be allowed to leave Lorien"
         * is addressed to Gondor */
        if (tgt < 0 && x >= 0 && s->code[x][0]) tgt = ev_pattern_target(s, v, p, scope, av);
        /* "refused to meet Putin": the complement's object next */
        if (tgt < 0 && x >= 0 && s->code[x][0])
            tgt = ev_target_of(s, x, s->pattern[x] >= 0 ? &tb->patterns[s->pattern[x]] : NULL, scope, av);
        if (tgt < 0) tgt = ev_target_of(s, v, p, scope, av);
        /* a shared object of coordinated verbs hangs on the first one and
         * stands after the last ("condemned and rejected the plan"); one
         * before v is the first verb's own ("welcomed the offer but warned
         * that ...") */
        if (tgt < 0 && rel_is(r, "conj") && g >= 0 && is_verb(&s->t[g]) && ev_child(s, v, "ccomp") < 0) {
            tgt = ev_target_of(s, g, NULL, scope, av);
            if (tgt >= 0 && tgt < v) tgt = -1;
        }
        if (tgt < 0 && av && !p->nslots) tgt = own_country_object(s, v, src_code);
    }
    /* "threatened to trigger the snapback of U.N. sanctions if Iran does not
     * resume cooperation": a threat is aimed at whoever its condition
     * names, not at a body the object's modifier names */
    if (!passive && !strncmp(code, "13", 2) && !s->e->petrarch) {
        int32_t cond = condition_subject(s, v, x, av);
        if (cond >= 0 && (tgt < 0 || !upos_is(&s->t[tgt], "PROPN"))) tgt = cond;
    }
    /* PETRARCH's "+ * FROM $": the subject receives, the "from" noun gives */
    if (!passive && p->subject_target) {
        int32_t giver = -1;
        int32_t matched[64];
        uint32_t nscope = ev_scope(s, v, scope);
        if (p->source_slot >= 0 && p->nslots <= 60 && ev_pattern_matches(s, p, scope, nscope, matched)) {
            int32_t m = matched[p->source_slot];
            if (upos_is(&s->t[m], "ADP") || rel_is(s->t[m].deprel, "case")) {
                giver = s->t[m].head; /* "FROM $": the noun "from" governs */
            } else { /* "MONEY $": the phrase that follows the word */
                for (int32_t c = s->t[m].first_child; c >= 0 && giver < 0; c = s->t[c].next_sibling)
                    if (rel_is(s->t[c].deprel, "nmod") && c > m) giver = c;
                for (int32_t c = s->t[v].first_child; c >= 0 && giver < 0; c = s->t[c].next_sibling)
                    if (rel_is(s->t[c].deprel, "obl") && c > m) giver = c;
            }
        }
        else if (p->source_slot < 0)
            giver = ev_child(s, v, "obj");
        /* "FEAST ^ $": past the phrase that follows, the next actor */
        if (giver >= 0 && p->source_skip) {
            int32_t glo, ghi;
            ev_mention_range(s, giver, &glo, &ghi);
            giver = first_actor_after(s, ghi, v, src);
        }
        if (giver >= 0 && giver != v) {
            tgt = src;
            /* "+ HOSTING * FEAST $": the '+' stands before the verb above
             * that the pattern names, so the target is that verb's subject
             * ("Chad will be hosting Sudan to celebrate the feast with
             * Egypt": Chad, not Sudan, whom the complement's reading
             * makes the subject) */
            if (s->absorbed[v] >= 0) {
                int ap;
                int32_t as = ev_subject_of(s, s->absorbed[v], &ap);
                if (as >= 0 && !ap) tgt = as;
            }
            src = giver;
        }
    }
    /* PETRARCH's "- NOTED + * [115]" under REGRET: "Chad noted that Sudan
     * regretted ...": the '+' before the verb makes its subject the target,
     * and the source is the subject of the verb above that the pattern
     * names (Chad -> Sudan) */
    if (!passive && p->plus_subject && s->absorbed[v] >= 0 && src >= 0) {
        int ap;
        int32_t as = ev_subject_of(s, s->absorbed[v], &ap);
        if (as >= 0 && !ap && as != src) {
            tgt = src;
            src = as;
        }
    }
    /* a day or month ("on Thursday") is no target, and must not keep the
     * clause a verb is about from giving one ("expressed hopes on Thursday
     * that Sudan ..."); a verb of saying is left as it was: there the
     * empty slot keeps the statement plain, for its quote's tone to code */
    if (tgt >= 0 && !passive && ev_time_word(s, tgt) && !reporting(s, v)) tgt = -1;
    /* a statement's target is whom it was said to, not an actor it names,
     * nor the occasion ("told a press conference", "a news briefing") */
    if (tgt >= 0 && reporting(s, v) && (s->t[tgt].head != v || occasion(s, tgt))) tgt = -1;
    /* PETRARCH's conventions: the first actor named after the verb in
     * the clause it is about; none when that clause comes before it */
    if (tgt < 0 && !passive && s->e->petrarch) {
        int32_t cc = reporting(s, v) ? speech_content(s, v) : ev_child(s, v, "ccomp");
        tgt = cc > v ? first_actor_after(s, v, cc, src) : -1;
    }
    /* "Arnor believes Dagolath can cope", "X said Kyiv shelled Donetsk":
     * with no other target, the subject of the clause it is about */
    if (tgt < 0 && !passive && !s->e->petrarch) {
        int32_t cc = reporting(s, v) ? speech_content(s, v) : ev_child(s, v, "ccomp");
        int cp;
        int32_t about = cc >= 0 ? ev_subject_of(s, cc, &cp) : -1;
        if (about >= 0 && about != src) {
            actor_ref a;
            ev_resolve_actor(s, about, &a);
            /* "Zakharova warned that Moscow would respond": a statement
             * about one's own side names no other party */
            int own = a.actor.code && src_code && strlen(a.actor.code) >= 3 && !strncmp(a.actor.code, src_code, 3) &&
                      (!strcmp(a.actor.code, src_code) || strlen(a.actor.code) == 3 || strlen(src_code) == 3);
            /* (nor is a common noun whose country is only the context's
             * guess: "after a military plane violated its airspace, the
             * ministry said" names no Estonian plane) */
            int guessed = a.actor.origin && !strcmp(a.actor.origin, "context") && !upos_is(&s->t[about], "PROPN");
            if (a.resolved && !own && !guessed && !(ev_of_country(&a, av) && !upos_is(&s->t[about], "PROPN"))) tgt = about;
        }
    }
    /* PETRARCH's conventions: with no target yet, the first actor after
     * the verb in its own clause ("rescheduled his trip in the Shire":
     * the Shire), as PETRARCH takes the first actor of the verb phrase */
    if (tgt < 0 && !passive && s->e->petrarch && !reporting(s, v)) tgt = first_actor_after(s, v, v, src);
    if (src == tgt) tgt = -1;
    /* "Israel and the United States said they would not negotiate": sides
     * that refuse together speak of a third side, not of each other ("said
     * they would meet" still meet each other) */
    s->no_mutual = reported_by && negate;
    emit_head(s, v, code, src, tgt, negate, first_in_sentence);
    s->no_mutual = 0;
}

/* Whether verb g only carries out the event noun it governs ("held
 * talks", "imposed sanctions", "launched an offensive"), so the verb's
 * subject is the noun's actor; "was using the talks" or "criticised the
 * sanctions" make the subject no party to them. */
static int support_verb(const sent *s, int32_t g)
{
    static const char *const verbs[] = {"adopt",  "agree",  "approve", "begin",  "carry",  "complete", "conclude",
                                        "conduct", "continue", "declare", "enter", "expand", "extend", "finish",
                                        "have",   "hold",   "host",    "impose", "introduce", "launch", "mount",
                                        "open",   "order",  "pass",    "prolong", "pursue", "renew",  "resume",
                                        "slap",   "stage",  "start",   "step",   "take",   "tighten", "toughen",
                                        "unveil", "wage",   "widen"};
    const char *l = s->d->tokens.items[s->first + (uint32_t)g].lemma;
    if (!l) return 0;
    size_t lo = 0, hi = sizeof verbs / sizeof *verbs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(verbs[mid], l);
        if (!c) return 1;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}

/* Event nouns: "talks between Russia and NATO", "sanctions on Iran". */
static void code_noun(sent *s, int32_t n, size_t first_in_sentence, int32_t *scope)
{
    const event_tables *tb = &s->e->t;
    const ev_pattern *p = &tb->patterns[s->pattern[n]];
    int32_t g = s->t[n].head;
    /* the verb it hangs on already coded the event ("imposed sanctions") */
    if (g >= 0 && s->code[g][0] && !reporting(s, g)) return;
    int32_t src = -1, tgt = -1;
    int32_t poss = ev_child(s, n, "nmod:poss");
    if (poss >= 0) src = poss;
    for (int32_t c = s->t[n].first_child; c >= 0; c = s->t[c].next_sibling) {
        if (!rel_is(s->t[c].deprel, "nmod")) continue;
        uint32_t cs = ev_case_of(s, c);
        if (cs == s->e->w_between) {
            /* "between X and Y": the first is the source, the next the target */
            int32_t conj = -1;
            for (int32_t k = s->t[c].first_child; k >= 0; k = s->t[k].next_sibling)
                if (rel_is(s->t[k].deprel, "conj")) { conj = k; break; }
            if (src < 0) src = c;
            if (conj >= 0) tgt = conj;
        } else if (tgt < 0 && ev_target_case(s, cs)) {
            tgt = c;
        }
    }
    for (uint16_t k = 0; k < p->nslots && tgt < 0; k++) {
        if (!p->slots[k].target) continue;
        int32_t matched[64];
        uint32_t nscope = ev_scope(s, n, scope);
        if (ev_pattern_matches(s, p, scope, nscope, matched)) tgt = s->t[matched[k]].head;
    }
    /* "announced sanctions on Iran" is the announcer's act, but "welcomed
     * the ceasefire" (013) declares no truce, and "told a cabinet meeting"
     * names where it was said, not a meeting held */
    int announced = g >= 0 && reporting(s, g) && (!s->code[g][0] || !strcmp(s->code[g], "010")) && !occasion(s, n);
    if (src < 0 && g >= 0 && rel_is(s->t[n].deprel, "obj") && (announced || support_verb(s, g))) {
        int passive;
        src = ev_subject_of(s, g, &passive);
        /* "approved sanctions on Iran" with "on Iran" hung on the verb */
        for (int32_t c = s->t[g].first_child; c >= 0 && tgt < 0; c = s->t[c].next_sibling)
            if (c > n && rel_is(s->t[c].deprel, "obl") && ev_target_case(s, ev_case_of(s, c)) && !ev_time_word(s, c)) tgt = c;
    }
    int negate = negated(s, n) || (g >= 0 && negated(s, g));
    if (src < 0 || tgt < 0)
        if (code_hyphen_pair(s, n, negate, first_in_sentence)) return;
    if (src < 0) return;
    if (src == tgt) tgt = -1;
    /* a "between" pair: emit source -> target with the source alone */
    if (tgt >= 0 && s->t[tgt].head == src && rel_is(s->t[tgt].deprel, "conj")) {
        int32_t saved = s->t[src].first_child;
        /* hide the conjunct from coordination of the source */
        int32_t prev = -1, c = saved;
        while (c >= 0 && c != tgt) prev = c, c = s->t[c].next_sibling;
        if (c == tgt) {
            if (prev < 0) s->t[src].first_child = s->t[tgt].next_sibling;
            else s->t[prev].next_sibling = s->t[tgt].next_sibling;
        }
        emit_head(s, n, s->code[n], src, tgt, negate, first_in_sentence);
        if (c == tgt) {
            if (prev < 0) s->t[src].first_child = tgt;
            else s->t[prev].next_sibling = tgt;
        }
        return;
    }
    emit_head(s, n, s->code[n], src, tgt, negate, first_in_sentence);
}

/* Whether the sentence holds a discard phrase: 1 sentence-level, 2 story-level. */
static int discarded(const sent *s)
{
    const event_tables *tb = &s->e->t;
    int found = 0;
    for (uint32_t k = 0; k < tb->ndiscards; k++) {
        const ev_discard *dc = &tb->discards[k];
        for (uint32_t i = 0; i + dc->nwords <= s->n; i++) {
            uint32_t m = 0;
            while (m < dc->nwords && dc->words[m] && (s->t[i + m].form == dc->words[m] || s->t[i + m].lemma == dc->words[m])) m++;
            if (m == dc->nwords) {
                if (dc->story) return 2;
                found = 1;
                break;
            }
        }
    }
    return found;
}

static void code_sentence(sent *s, int32_t *scope)
{
    for (uint32_t i = 0; i < s->n; i++) ev_match_head(s, (int32_t)i, scope);
    /* a PETRARCH pattern that names the governing verb ("INDICATED *" on
     * "indicated it deplored") codes the pair: the governor adds nothing */
    for (uint32_t i = 0; i < s->n; i++)
        if (s->absorbed[i] >= 0) s->code[s->absorbed[i]][0] = '\0';
    /* "declined to comment" (011 decline comment), "threatened to impose
     * sanctions" (1312 threaten impose sanctions): the words a native
     * pattern names in the clause of its head are part of that event, not
     * events of their own (010 comment, 163 sanctions) */
    for (uint32_t i = 0; i < s->n; i++) {
        if (s->pattern[i] < 0 || !s->code[i][0]) continue;
        const ev_pattern *p = &s->e->t.patterns[s->pattern[i]];
        if (p->ordered || p->noun || !p->nslots || p->nslots > 60) continue;
        int32_t matched[64];
        uint32_t nscope = ev_scope(s, (int32_t)i, scope);
        if (!ev_pattern_matches(s, p, scope, nscope, matched)) continue;
        for (uint16_t k = 0; k < p->nslots; k++) {
            int32_t m = matched[k];
            /* (a noun right under the head stays: "declared a truce with
             * X" reads its target from it, and the coded head keeps it from
             * coding on its own) */
            if (m != (int32_t)i && (upos_is(&s->t[m], "VERB") || s->t[m].head != (int32_t)i)) s->code[m][0] = '\0';
        }
    }
    /* "agreed new sanctions on Iran": a verb that only carries out the
     * event noun it governs, coded by a pattern of its bare head, gives way
     * to the noun, whose code says what was done */
    for (uint32_t i = 0; i < s->n; i++) {
        int32_t g = s->t[i].head;
        if (g < 0 || s->pattern[i] < 0 || !s->code[i][0] || !s->e->t.patterns[s->pattern[i]].noun) continue;
        if (!rel_is(s->t[i].deprel, "obj") || s->pattern[g] < 0 || !s->code[g][0] || reporting(s, g)) continue;
        const ev_pattern *gp = &s->e->t.patterns[s->pattern[g]];
        if (!gp->noun && !gp->nslots && !gp->ordered && support_verb(s, g)) s->code[g][0] = '\0';
    }
    size_t first = s->d->events.count;
    for (uint32_t i = 0; i < s->n; i++) {
        if (s->pattern[i] < 0 || !s->code[i][0]) continue;
        const ev_pattern *p = &s->e->t.patterns[s->pattern[i]];
        if (p->noun) code_noun(s, (int32_t)i, first, scope);
        else code_verb(s, (int32_t)i, first, scope);
    }
}

/* ------------------------------------------------------------------ */
/* Statements from quotes                                              */

static int tone_of(const event_dictionary *e, uint32_t id)
{
    size_t at = u32_lower_bound(e->tone_words, e->ntone, id);
    return at < e->ntone && e->tone_words[at] == id ? e->tone_signs[at] : 0;
}

/* Whether the clause holding token i is negated: the first verb above it
 * (at most four links up) has "not", "n't" or "never" among the words near
 * it that hang on it (a window keeps this constant). */
static int clause_negated(const doc *d, uint32_t i)
{
    const dyad_token *t = d->tokens.items;
    uint32_t k = i;
    for (int hop = 0; hop < 5; hop++) {
        /* the token's own clause: a verb is its own, and a conjunct's
         * negation is not its partner's ("does not bring peace, but delays") */
        if (hop) {
            if (t[k].head < 0 || (uint32_t)t[k].head >= d->tokens.count || (t[k].deprel && !strcmp(t[k].deprel, "conj"))) return 0;
            k = (uint32_t)t[k].head;
        }
        if (!t[k].upos || (strcmp(t[k].upos, "VERB") && strcmp(t[k].upos, "AUX"))) continue;
        uint32_t lo = k > 6 ? k - 6 : 0;
        for (uint32_t c = lo; c < d->tokens.count && c <= k + 2; c++)
            if (t[c].head == (int32_t)k && t[c].form &&
                (!strcasecmp(t[c].form, "not") || !strcasecmp(t[c].form, "n't") || !strcasecmp(t[c].form, "never")))
                return 1;
        return 0;
    }
    return 0;
}

enum { MAX_TONE_TARGETS = 3 };

/* The tone of a quote's content and the actors it names other than the
 * speaker's own side: "Kiev's cooperation with NATO only delays the
 * settlement" is negative and names UKR and NATO. */
static int quote_tone(doc *d, const event_dictionary *e, const actor_dictionary *actors, const dyad_quote *q,
                      const char *speaker_code, dyad_actor *targets, int *ntargets)
{
    int neg = 0, pos = 0;
    *ntargets = 0;
    const dyad_token *t = d->tokens.items;
    uint32_t first = q->sentence < d->sentences.count ? d->sentences.items[q->sentence].first_token : 0;
    for (uint32_t i = first; i < d->tokens.count && t[i].span.start < q->span.end; i++) {
        if (t[i].span.start < q->span.start) continue;
        uint32_t id = t[i].lemma ? tables_word_find(&e->t, t[i].lemma, strlen(t[i].lemma)) : 0;
        int sign = id ? tone_of(e, id) : 0;
        if (!sign && t[i].form) {
            id = tables_word_find(&e->t, t[i].form, strlen(t[i].form));
            sign = id ? tone_of(e, id) : 0;
        }
        /* "cannot be ignored", "not a mistake": a negated tone word says nothing */
        for (uint32_t b = 1; sign && b <= 3 && i >= b && i - b >= first; b++) {
            const char *pf = t[i - b].form;
            if (pf && (!strcasecmp(pf, "not") || !strcasecmp(pf, "n't") || !strcasecmp(pf, "never") ||
                       !strcasecmp(pf, "cannot") || !strcasecmp(pf, "no")))
                sign = 0;
        }
        /* nor does one in a negated clause: "the conditions for a productive
         * meeting did not exist" */
        if (sign && clause_negated(d, i)) sign = 0;
        neg += sign < 0, pos += sign > 0;
        /* a run of names: an actor the quote speaks of */
        int name = t[i].upos ? !strcmp(t[i].upos, "PROPN") : (t[i].form && isupper((unsigned char)t[i].form[0]));
        if (!name || !actors || *ntargets >= MAX_TONE_TARGETS) continue;
        uint32_t j = i;
        while (j + 1 < d->tokens.count && t[j + 1].span.end <= q->span.end && t[j + 1].upos && !strcmp(t[j + 1].upos, "PROPN")) j++;
        dyad_actor a;
        if (actors_resolve(actors, d, i, j - i + 1, &a) && a.code &&
            !(speaker_code && !strncmp(a.code, speaker_code, 3))) {
            int seen = 0;
            for (int k = 0; k < *ntargets; k++) seen |= !strcmp(targets[k].code, a.code);
            if (!seen) targets[(*ntargets)++] = a;
        }
        i = j;
    }
    return neg ? -1 : pos ? 1 : 0;
}

/* The verb events found before the statements join them, indexed for
 * code_quotes: by trigger (to merge a quote into the event of its cue) and
 * by sentence (they are in sentence order), so that a document of many
 * quotes and events is not searched once per quote. */
typedef struct verb_events {
    uint32_t *by_trigger; /* indexes, sorted by trigger start, then index */
    size_t n;             /* the events [0, n) of the document */
} verb_events;

static int by_trigger_start(const void *a, const void *b, void *events)
{
    const dyad_event *ev = events;
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    uint32_t sx = ev[x].trigger.start, sy = ev[y].trigger.start;
    return sx != sy ? (sx < sy ? -1 : 1) : (x < y ? -1 : x > y);
}

/* The first position in by_trigger whose event's trigger starts at start
 * (events: the document's, which may have moved since the index was made). */
static size_t first_with_trigger(const verb_events *v, const dyad_event *events, uint32_t start)
{
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (events[v->by_trigger[mid]].trigger.start < start) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Whether quote qi shares its words and cue with a quote of another
 * speaker: the quotes of a coordinated subject ("Russia and China said"),
 * which sit side by side. */
static int shares_words(const doc *d, size_t qi)
{
    const dyad_quote *q = &d->quotes.items[qi];
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t k = qi + (size_t)dir;
        if (k >= d->quotes.count) continue;
        const dyad_quote *o = &d->quotes.items[k];
        if (o->span.start == q->span.start && o->span.end == q->span.end && o->cue_span.start == q->cue_span.start &&
            o->speaker != q->speaker)
            return 1;
    }
    return 0;
}

/* Whether two actors carry the same code. */
static int same_code(const dyad_actor *a, const dyad_actor *b) { return a->code && b->code && !strcmp(a->code, b->code); }

/* Whether event ev fired on quote q's cue. */
static int on_cue(const dyad_event *ev, const dyad_quote *q)
{
    return ev->trigger.start == q->cue_span.start && ev->trigger.end == q->cue_span.end;
}

/* Of the verb events on the cue of a quote that shares its words with
 * other speakers ("Russia and China said"), whether ev is this speaker's:
 * its subject is the quote's speaker mention, or it is coded as the
 * speaker (when one is: `exact`), else of the speaker's country ("Britain"
 * for "the leaders of Britain"), so that "Hamas and Islamic Jihad said"
 * keeps both; a subject the dictionaries do not know is the speaker's only
 * where the statement names that speaker. */
static int speakers_event(const dyad_event *ev, const dyad_quote *q, const dyad_actor *speaker, int exact)
{
    if (ev->source.span.end > ev->source.span.start && ev->source.span.start < q->speaker_mention.end &&
        q->speaker_mention.start < ev->source.span.end)
        return 1;
    if (!ev->source.code) return 0;
    if (exact || same_code(&ev->source, speaker)) return same_code(&ev->source, speaker);
    return ev->source.country && speaker->country && !strcmp(ev->source.country, speaker->country);
}

/* The first verb event of sentence s or later. */
static size_t first_in_sentence_of(const verb_events *v, const dyad_event *events, uint32_t s)
{
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (events[mid].sentence < s) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static void code_quotes(doc *d, const event_dictionary *e, const actor_dictionary *actors)
{
    uint32_t date_sentence = UINT32_MAX;
    dyad_date quote_date = d->pub.date;
    /* the verb events, indexed once; statement events join after them in
     * quote (text) order, so those of a quote's sentence are at the tail */
    verb_events verbs = {NULL, d->events.count};
    /* verb events that became a twin of another on the same cue */
    unsigned char *drop = xcalloc(verbs.n ? verbs.n : 1, 1);
    size_t ndrop = 0;
    if (verbs.n) {
        verbs.by_trigger = xmalloc(verbs.n * sizeof *verbs.by_trigger);
        for (size_t k = 0; k < verbs.n; k++) verbs.by_trigger[k] = (uint32_t)k;
        qsort_r(verbs.by_trigger, verbs.n, sizeof *verbs.by_trigger, by_trigger_start, d->events.items);
    }
    for (size_t qi = 0; qi < d->quotes.count; qi++) {
        const dyad_quote *q = &d->quotes.items[qi];
        if (q->speaker < 0 || (size_t)q->speaker >= d->speakers.count) continue;
        const dyad_speaker *sp = &d->speakers.items[q->speaker];
        /* a verb event on this quote's cue whose subject the parser found
         * inside what was said ('"The people know the truth," he wrote'
         * read with "The people" as the writer) is the speaker's */
        if (!sp->journalist && q->cue_span.end > q->cue_span.start)
            for (size_t i = first_with_trigger(&verbs, d->events.items, q->cue_span.start); i < verbs.n; i++) {
                dyad_event *ev = &d->events.items[verbs.by_trigger[i]];
                if (ev->trigger.start != q->cue_span.start) break;
                if (ev->trigger.end != q->cue_span.end) continue;
                if (ev->source.span.start >= q->span.start && ev->source.span.end <= q->span.end &&
                    ev->source.span.end > ev->source.span.start)
                    ev->source = sp->identity;
            }
        /* the outlet's own questions, and speakers no dictionary can code,
         * make no event: a statement by nobody in particular is noise */
        if (sp->journalist || !sp->identity.code) continue;
        dyad_speaker as_coded = *sp;
        petrarch_context_speaker(e, d, &as_coded.identity);
        sp = &as_coded;
        /* a plain statement takes its tone from what was said */
        dyad_actor targets[MAX_TONE_TARGETS];
        int ntargets = 0;
        int tone = e->ntone ? quote_tone(d, e, actors, q, sp->identity.code, targets, &ntargets) : 0;
        const char *toned = tone < 0 ? (ntargets ? "111" : "012") : tone > 0 ? "013" : NULL;
        /* a verb event already fired on the cue: let it carry the quote */
        int merged = 0, shared = shares_words(d, qi);
        size_t merged_at = (size_t)-1;
        /* candidates: the verb events whose trigger starts at the cue, then
         * the statement events added since for this or the sentence before */
        size_t cand[64], ncand = 0;
        if (q->cue_span.end) {
            for (size_t i = first_with_trigger(&verbs, d->events.items, q->cue_span.start); i < verbs.n && ncand < 64; i++) {
                if (d->events.items[verbs.by_trigger[i]].trigger.start != q->cue_span.start) break;
                cand[ncand++] = verbs.by_trigger[i];
            }
            size_t tail = d->events.count;
            while (tail > verbs.n && d->events.items[tail - 1].sentence + 1 >= q->sentence) tail--;
            for (size_t k = tail; k < d->events.count && ncand < 64; k++) cand[ncand++] = k;
        }
        /* "Russia and China said": the verb's event for one subject stays
         * that speaker's (speakers_event) */
        int exact = 0;
        for (size_t c = 0; shared && c < ncand; c++)
            exact |= on_cue(&d->events.items[cand[c]], q) && same_code(&d->events.items[cand[c]].source, &sp->identity);
        for (size_t c = 0; c < ncand; c++) {
            size_t k = cand[c];
            dyad_event *ev = &d->events.items[k];
            if (on_cue(ev, q)) {
                if (shared && !speakers_event(ev, q, &sp->identity, exact)) continue;
                if (k < verbs.n && drop[k]) continue;
                if (ev->quote < 0) ev->quote = (int32_t)qi;
                merged = 1;
                /* the statements stage knows who "the diplomat" or "he" is:
                 * its speaker replaces a source the verb's subject could
                 * only guess (unresolved, or coded from context) */
                int guessed = !ev->source.code || (ev->source.origin && !strcmp(ev->source.origin, "context"));
                if (sp->identity.code && (guessed || !strncmp(ev->cameo, "01", 2))) ev->source = sp->identity;
                /* "Michal said his government would act": once the
                 * speaker is known, a statement about the speaker's own
                 * side names no other party */
                if (!strncmp(ev->cameo, "01", 2) && ev->target.code && ev->source.code &&
                    !strcmp(ev->target.code, ev->source.code))
                    ev->target = (dyad_actor){.entity = -1};
                /* several subjects the parser gave the cue (some of them
                 * inside what was said) all became the speaker: one
                 * statement, not three identical ones */
                int twin = 0;
                for (size_t o = 0; o < c && !twin && k < verbs.n; o++) {
                    size_t j = cand[o];
                    const dyad_event *other = &d->events.items[j];
                    twin = j < verbs.n && !drop[j] && other->trigger.start == ev->trigger.start &&
                           other->trigger.end == ev->trigger.end && other->quote == ev->quote && same_event(other, ev);
                }
                if (twin) {
                    drop[k] = 1;
                    ndrop++;
                    continue;
                }
                if (merged_at == (size_t)-1 || k < merged_at) merged_at = k;
            }
        }
        if (merged) {
            dyad_event *ev = &d->events.items[merged_at];
            if (toned && !strcmp(ev->cameo, "010") && !ev->target.code) {
                fill_code(&e->t, ev, toned, d);
                ev->pattern = "quote tone (data/events/tone.txt)";
                if (ntargets) ev->target = targets[0];
                dyad_event more = *ev; /* the other actors criticised */
                for (int k = 1; k < ntargets; k++) {
                    more.target = targets[k];
                    VEC_PUSH(&d->events, more);
                }
            }
            continue;
        }
        /* the cue's own code when it is a comment, criticism, rejection,
         * threat or praise ("denied" 016?, "criticised" 111); else 010 */
        const char *code = "010";
        const ev_pattern *pat = NULL;
        if (q->cue) {
            uint32_t w = tables_word_find(&e->t, q->cue, strlen(q->cue));
            const ev_head *h = w ? tables_head(&e->t, w) : NULL;
            for (uint32_t i = 0; h && i < h->count; i++) {
                const ev_pattern *p = &e->t.patterns[h->first + i];
                if (p->noun || p->nslots || !p->code[0]) continue;
                if (!strncmp(p->code, "01", 2) || !strncmp(p->code, "05", 2) || !strncmp(p->code, "11", 2) ||
                    !strncmp(p->code, "12", 2) || !strncmp(p->code, "13", 2)) {
                    code = p->code;
                    pat = p;
                }
                break;
            }
        }
        dyad_event ev;
        memset(&ev, 0, sizeof ev);
        ev.sentence = q->sentence;
        ev.span = q->sentence < d->sentences.count ? d->sentences.items[q->sentence].span : q->span;
        ev.trigger = q->cue_span.end ? q->cue_span : q->span;
        ev.source = sp->identity;
        ev.target = (dyad_actor){.entity = -1};
        fill_code(&e->t, &ev, code, d);
        ev.modality = "asserted"; /* a statement was made */
        ev.date = d->pub.date;
        if (q->sentence < d->sentences.count) {
            const dyad_sentence *st = &d->sentences.items[q->sentence];
            /* the sentence's date outside what was said ("'The crossing
             * will open on Monday,' the minister said" was said today, not
             * last Monday), read once a sentence when no quote is inside */
            uint32_t s_end = st->first_token + st->token_count;
            uint32_t q0 = token_at(d, st->first_token, s_end > d->tokens.count ? st->first_token : s_end, q->span.start);
            uint32_t q1 = token_at(d, q0, s_end > d->tokens.count ? q0 : s_end, q->span.end);
            if (q0 < q1) {
                ev.date = event_date(d, st->first_token, q0 - st->first_token, &d->pub.date);
                if (!ev.date.evidence || ev.date.evidence == d->pub.date.evidence)
                    ev.date = event_date(d, q1, s_end > q1 ? s_end - q1 : 0, &d->pub.date);
            } else {
                if (date_sentence != q->sentence) {
                    quote_date = event_date(d, st->first_token, st->token_count, &d->pub.date);
                    date_sentence = q->sentence;
                }
                ev.date = quote_date;
            }
            /* a day word on the cue itself comes first ("announced on
             * Thursday"); the cue token found by bisection (tokens are in
             * text order) */
            uint32_t hi = st->first_token + st->token_count;
            uint32_t lo = token_at(d, st->first_token, hi > d->tokens.count ? st->first_token : hi, q->cue_span.start);
            for (uint32_t k = lo; q->cue_span.end && k < hi && k < d->tokens.count; k++) {
                const dyad_token *cue = &d->tokens.items[k];
                if (cue->span.start != q->cue_span.start) break;
                if (cue->span.end != q->cue_span.end) continue;
                for (uint32_t c = st->first_token; c < st->first_token + st->token_count; c++) {
                    if (d->tokens.items[c].head != (int64_t)k) continue;
                    dyad_date r = event_date(d, c, 1, &d->pub.date);
                    if (r.evidence && r.evidence == d->tokens.items[c].form) { ev.date = r; break; }
                }
                break;
            }
        }
        ev.pattern = pat ? pat->text : "quote";
        ev.quote = (int32_t)qi;
        ev.confidence = q->confidence * (sp->identity.code ? 0.9f : 0.6f);
        int copies = 1;
        if (toned && !strcmp(code, "010")) {
            fill_code(&e->t, &ev, toned, d);
            ev.pattern = "quote tone (data/events/tone.txt)";
            if (ntargets) ev.target = targets[0], copies = ntargets;
        }
        for (int c = 0; c < copies; c++) {
            if (c) ev.target = targets[c];
            int dup = 0;
            /* only events of the same sentence can be the same event */
            for (size_t k = first_in_sentence_of(&verbs, d->events.items, ev.sentence); k < verbs.n && !dup &&
                                                                         d->events.items[k].sentence == ev.sentence;
                 k++)
                dup = same_event(&d->events.items[k], &ev);
            for (size_t k = d->events.count; !dup && k > verbs.n && d->events.items[k - 1].sentence >= ev.sentence; k--)
                dup = same_event(&d->events.items[k - 1], &ev);
            if (!dup) VEC_PUSH(&d->events, ev);
        }
    }
    free(verbs.by_trigger);
    if (ndrop) {
        size_t w = 0;
        for (size_t k = 0; k < d->events.count; k++)
            if (k >= verbs.n || !drop[k]) d->events.items[w++] = d->events.items[k];
        d->events.count = w;
    }
    free(drop);
}

typedef struct { dyad_event ev; size_t order; } ordered_event;

static int cmp_event(const void *a, const void *b)
{
    const ordered_event *x = a, *y = b;
    if (x->ev.sentence != y->ev.sentence) return x->ev.sentence < y->ev.sentence ? -1 : 1;
    if (x->ev.trigger.start != y->ev.trigger.start) return x->ev.trigger.start < y->ev.trigger.start ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Sentence order, then trigger order, stable otherwise. */
static void sort_events(doc *d)
{
    size_t n = d->events.count;
    if (n < 2) return;
    ordered_event *tmp = xmalloc(n * sizeof *tmp);
    for (size_t i = 0; i < n; i++) tmp[i] = (ordered_event){d->events.items[i], i};
    qsort(tmp, n, sizeof *tmp, cmp_event);
    for (size_t i = 0; i < n; i++) d->events.items[i] = tmp[i].ev;
    free(tmp);
}

void events_code(doc *d, const event_dictionary *e, const actor_dictionary *actors)
{
    if (!e) return;
    if (!d->sentences.count || !d->tokens.count) {
        code_quotes(d, e, actors);
        sort_events(d);
        goto ids;
    }
    uint32_t maxn = 0;
    for (size_t i = 0; i < d->sentences.count; i++)
        if (d->sentences.items[i].token_count > maxn) maxn = d->sentences.items[i].token_count;
    sent s;
    memset(&s, 0, sizeof s);
    s.d = d;
    s.e = e;
    s.actors = actors;
    s.t = xmalloc(((size_t)maxn + 1) * sizeof *s.t);
    s.pattern = xmalloc(((size_t)maxn + 1) * sizeof *s.pattern);
    s.code = xmalloc(((size_t)maxn + 1) * sizeof *s.code);
    s.absorbed = xmalloc(((size_t)maxn + 1) * sizeof *s.absorbed);
    s.ids = xmalloc(2 * ((size_t)maxn + 1) * sizeof *s.ids);
    s.commas = xmalloc(((size_t)maxn + 2) * sizeof *s.commas);
    int32_t scope[MAX_SCOPE + 64];
    int story_discard = 0;
    for (size_t i = 0; i < d->sentences.count; i++) {
        const dyad_sentence *st = &d->sentences.items[i];
        if (!st->token_count || st->first_token + st->token_count > d->tokens.count) continue;
        s.first = st->first_token;
        s.n = st->token_count;
        s.index = (uint32_t)i;
        s.context_done = 0;
        s.context = NULL;
        s.date_done = 0;
        ev_index_sentence(&s);
        int discard = e->t.ndiscards ? discarded(&s) : 0;
        if (discard == 2) { /* a story-level discard: nothing in this document is coded */
            d->events.count = 0;
            story_discard = 1;
            break;
        }
        if (!discard) code_sentence(&s, scope);
    }
    free(s.t);
    free(s.pattern);
    free(s.code);
    free(s.absorbed);
    free(s.ids);
    free(s.commas);
    ev_sentence_release(&s);
    if (!story_discard) code_quotes(d, e, actors);
    /* statements join in sentence order; ids follow that order */
    sort_events(d);
ids:;
    const char *id = d->pub.id ? d->pub.id : (d->input && d->input->id ? d->input->id : "");
    for (size_t k = 0; k < d->events.count; k++)
        d->events.items[k].id = arena_printf(&d->arena, "%s#e%zu", id, k + 1);
}
