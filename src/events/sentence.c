/* sentence.c — one parsed sentence as the event coder sees it: tokens with
 * interned lemma and form, heads and child lists, a repair for the
 * commonest misparse of wire sentences, the clause a pattern's words are
 * sought in, and the matching of dictionary patterns.  Every walk is
 * bounded by the sentence length; nothing recurses. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/search.h"
#include "events/sentence.h"
static uint32_t intern_token(const event_tables *tb, const char *s)
{
    return s ? tables_word_find(tb, s, strlen(s)) : 0;
}

/* The sentence's one root that is no punctuation; -1 when there are
 * several (the repairs below leave such a parse alone) or none. */
static int32_t single_root(const sent *s)
{
    int32_t root = -1;
    for (uint32_t i = 0; i < s->n; i++)
        if (s->t[i].head < 0 && !rel_is(s->t[i].deprel, "punct")) {
            if (root >= 0) return -1;
            root = (int32_t)i;
        }
    return root;
}

/* A misparse small parsers make on wire sentences: "The United States
 * imposed sanctions on Russia" read as one noun phrase headed by
 * "sanctions", with "imposed" an adjective.  When a whole sentence hangs on
 * a noun, and a past-tense verb inside it follows a name and precedes that
 * noun, read it as the clause it is: the name is the subject, the noun the
 * object.  The repair touches only the coder's copy of the tree. */
static void repair_noun_headed_clause(sent *s)
{
    int32_t root = single_root(s);
    if (root < 0 || !upos_is(&s->t[root], "NOUN")) return;
    for (int32_t v = 1; v < root; v++) {
        const tok *tv = &s->t[v];
        if (tv->head != root || !(rel_is(tv->deprel, "amod") || rel_is(tv->deprel, "acl") || rel_is(tv->deprel, "compound")))
            continue;
        const char *xpos = s->d->tokens.items[s->first + (uint32_t)v].xpos;
        const char *form = s->d->tokens.items[s->first + (uint32_t)v].form;
        size_t fl = form ? strlen(form) : 0;
        int past = (xpos && (!strcmp(xpos, "VBD") || !strcmp(xpos, "VBN"))) || (fl > 3 && !strcmp(form + fl - 2, "ed"));
        if (!past) continue;
        int32_t a = v - 1; /* the name just before the verb */
        if (!(upos_is(&s->t[a], "PROPN") || upos_is(&s->t[a], "NOUN"))) continue;
        if (s->t[a].head != root && s->t[a].head != v) continue;
        /* between the verb and the noun: only its modifiers */
        int clean = 1;
        for (int32_t k = v + 1; k < root && clean; k++)
            clean = upos_is(&s->t[k], "DET") || upos_is(&s->t[k], "ADJ") || upos_is(&s->t[k], "NUM") ||
                    upos_is(&s->t[k], "NOUN") || upos_is(&s->t[k], "PROPN");
        if (!clean) continue;
        /* the name's own modifiers ("The United") move with it */
        for (int32_t k = 0; k < a; k++)
            if (s->t[k].head == root) s->t[k].head = a;
        s->t[a].head = v;
        s->t[a].deprel = "nsubj";
        s->t[v].head = -1;
        s->t[v].deprel = "root";
        s->t[v].upos = "VERB";
        s->t[root].head = v;
        s->t[root].deprel = "obj";
        return; /* what hung on the noun (its "on Russia") stays there, as an object's phrase */
    }
}

/* repair_split_subject: the most words from one subject to the next */
enum { SPLIT_SUBJECT_REACH = 8 };
/* The repairs that move dependents in a pass over the sentence make at
 * most this many a sentence, so run-on lists stay linear (news sentences
 * need one: dev set, PETRARCH records, seed pages). */
enum { REPAIRS_PER_SENTENCE = 4 };

/* Another misparse: a name with its title split into two subjects of one
 * verb ("Bree Prime Minister Romendacil" read as "Bree" and "Prime Minister
 * Romendacil", both nsubj).  When a noun subject is followed, with nothing
 * but the second subject's own modifiers between them (no comma, no "and"),
 * by a second subject of the same verb, the first is a compound of the
 * second, so the mention is read whole (BREGOV, not BRE). */
static void repair_split_subject(sent *s)
{
    for (uint32_t i = 0; i + 1 < s->n; i++) {
        tok *a = &s->t[i];
        /* the first may be a demonym tagged as an adjective: "Turkish
         * President Tayyip Erdogan" read as "Turkish" and "President ..." */
        if (!rel_exact(a->deprel, "nsubj") || !(upos_is(a, "PROPN") || upos_is(a, "NOUN") || upos_is(a, "ADJ")) ||
            a->head < 0)
            continue;
        uint32_t j = i + 1;
        /* the run after a: words that hang inside the run, up to the
         * second subject, a title and a name at most (SPLIT_SUBJECT_REACH
         * words: the dev set, PETRARCH records and seed pages need 3; an
         * unbounded run made a sentence of subjects quadratic) */
        while (j < s->n && j - i <= SPLIT_SUBJECT_REACH && !(rel_exact(s->t[j].deprel, "nsubj") && s->t[j].head == a->head)) {
            const tok *k = &s->t[j];
            if (upos_is(k, "PUNCT") || upos_is(k, "CCONJ") || upos_is(k, "VERB") || upos_is(k, "AUX") || k->head <= (int32_t)i) break;
            j++;
        }
        if (j >= s->n || j == i || !rel_exact(s->t[j].deprel, "nsubj") || s->t[j].head != a->head) continue;
        if (!upos_is(&s->t[j], "PROPN") && !upos_is(&s->t[j], "NOUN")) continue;
        int inside = 1; /* every word between hangs on a word of the run */
        for (uint32_t k = i + 1; k < j && inside; k++)
            inside = s->t[k].head > (int32_t)i && s->t[k].head <= (int32_t)j;
        if (!inside) continue;
        a->head = (int32_t)j;
        a->deprel = "compound";
    }
}

/* "Officials are about to restore ties", "the army is set to withdraw":
 * parsers often make the subject noun the root, with "are" its copula and
 * the verb a modifier several links down.  When the root is a noun with a
 * copula and no subject, and a later verb with a "to" marker hangs on it
 * through words that stand between them, the verb is the clause and the
 * noun its subject (the verb's own phrases stay where they are). */
static void repair_copula_headed_intent(sent *s)
{
    int32_t root = single_root(s);
    if (root < 0 || !(upos_is(&s->t[root], "NOUN") || upos_is(&s->t[root], "PROPN"))) return;
    int cop = 0;
    for (uint32_t i = 0; i < s->n; i++) {
        if (s->t[i].head != root) continue;
        if (rel_is(s->t[i].deprel, "nsubj")) return;
        if (rel_exact(s->t[i].deprel, "cop") && (int32_t)i > root) cop = 1;
    }
    if (!cop) return;
    const dyad_token *dt = s->d->tokens.items;
    for (int32_t v = root + 2; v < (int32_t)s->n && v < root + 6; v++) {
        if (!upos_is(&s->t[v], "VERB")) continue;
        /* v reaches the root through words between them */
        int32_t x = s->t[v].head;
        int steps = 0;
        while (x > root && x < v && steps++ < 4) x = s->t[x].head;
        if (x != root) return;
        int to = 0;
        for (int32_t k = root + 1; k < v; k++) {
            const char *f = dt[s->first + (uint32_t)k].form;
            if (f && !strcasecmp(f, "to") && s->t[k].head == v) to = 1;
            if (upos_is(&s->t[k], "VERB") || upos_is(&s->t[k], "PUNCT")) return;
        }
        if (!to) return;
        for (int32_t k = root + 1; k < (int32_t)s->n; k++)
            if (k != v && s->t[k].head == root) s->t[k].head = v;
        for (int32_t k = root + 1; k < v; k++)
            if (s->t[k].head != v && s->t[k].head > root && s->t[k].head < v) s->t[k].head = v;
        s->t[v].head = -1;
        s->t[v].deprel = "root";
        s->t[root].head = v;
        s->t[root].deprel = "nsubj";
        return;
    }
}

/* "The ambassadors of Arnor, Osgiliath and Gondor presented ...": the
 * parser may close the "of" phrase after its first country and make the
 * rest of the list a second subject.  When a subject's "of" noun is
 * followed by a comma and a proper-noun subject of the same verb, that
 * subject continues the "of" list (a conjunct of its first member), so
 * each country gets the role. */
static void repair_split_of_list(sent *s)
{
    const dyad_token *dt = s->d->tokens.items;
    for (uint32_t x = 2; x + 2 < s->n; x++) {
        tok *of_noun = &s->t[x];
        if (!rel_is(of_noun->deprel, "nmod") || !upos_is(of_noun, "PROPN") || of_noun->head < 0) continue;
        const tok *role = &s->t[of_noun->head];
        if (!rel_exact(role->deprel, "nsubj") || !upos_is(role, "NOUN") || role->head < 0) continue;
        const char *of = dt[s->first + x - 1].form;
        if (!of || strcasecmp(of, "of") || s->t[x - 1].head != (int32_t)x) continue;
        if (!upos_is(&s->t[x + 1], "PUNCT") || !dt[s->first + x + 1].form || strcmp(dt[s->first + x + 1].form, ",")) continue;
        tok *next = &s->t[x + 2];
        if (!rel_exact(next->deprel, "nsubj") || next->head != role->head || !upos_is(next, "PROPN")) continue;
        next->head = (int32_t)x;
        next->deprel = "conj";
        s->t[x + 1].head = (int32_t)(x + 2);
    }
}

/* The mirror of the misparse above: "France supplied jets to India",
 * "Turkish police arrested opposition politicians", "Armenia and Azerbaijan
 * fought along the border" read with the first noun phrase as the root and
 * the past-tense verb a modifier of the noun after it (or of the root
 * itself).  When a sentence's root is a noun phrase with no clause of its
 * own (no copula, no subject, no clause hung on it), and a
 * past-tense verb follows right after that phrase, the verb is the clause:
 * the root noun its subject, the noun it modified its object. */
static void repair_subject_headed_clause(sent *s)
{
    int32_t r = single_root(s);
    if (r < 0 || !(upos_is(&s->t[r], "NOUN") || upos_is(&s->t[r], "PROPN"))) return;
    for (uint32_t i = 0; i < s->n; i++) {
        const char *rel = s->t[i].deprel;
        if (s->t[i].head == r && (rel_is(rel, "cop") || rel_is(rel, "nsubj") || rel_is(rel, "aux"))) return;
        if (s->t[i].head == r && upos_is(&s->t[i], "VERB") &&
            (rel_is(rel, "ccomp") || rel_is(rel, "advcl") || rel_is(rel, "parataxis")))
            return;
    }
    const dyad_token *dt = s->d->tokens.items;
    for (int32_t v = r + 1; v < (int32_t)s->n && v <= r + 6; v++) {
        const tok *tv = &s->t[v];
        const char *xpos = dt[s->first + (uint32_t)v].xpos;
        const char *form = dt[s->first + (uint32_t)v].form;
        size_t fl = form ? strlen(form) : 0;
        int past = (xpos && (!strcmp(xpos, "VBD") || !strcmp(xpos, "VBN"))) ||
                   (upos_is(tv, "VERB") && fl > 3 && !strcmp(form + fl - 2, "ed"));
        if (!past) {
            /* only the subject phrase may stand between: its names,
             * nouns, adjectives, "and" */
            /* (and "of": "Thousands of people demonstrated ...") */
            if (!(upos_is(tv, "PROPN") || upos_is(tv, "NOUN") || upos_is(tv, "ADJ") || upos_is(tv, "CCONJ") ||
                  upos_is(tv, "DET") || (upos_is(tv, "ADP") && form && !strcasecmp(form, "of"))) ||
                tv->head < r)
                return;
            continue;
        }
        for (int32_t k = r + 1; k < v; k++) /* the phrase hangs together before the verb */
            if (s->t[k].head < r || s->t[k].head >= v) return;
        if (!(rel_is(tv->deprel, "amod") || rel_is(tv->deprel, "acl") || rel_is(tv->deprel, "compound"))) return;
        int32_t old = tv->head;
        /* (hung on the root or on a word of its phrase: "Thousands of
         * people [demonstrated]") */
        if (old != r && old <= v && !(old > r && old < v)) return;
        s->t[v].head = -1;
        s->t[v].deprel = "root";
        s->t[v].upos = "VERB";
        if (old > v) {
            int has_case = 0;
            for (uint32_t k = 0; k < s->n; k++)
                if (s->t[k].head == old && rel_is(s->t[k].deprel, "case")) has_case = 1;
            s->t[old].head = v;
            s->t[old].deprel = has_case ? "obl" : "obj";
        }
        for (int32_t k = v + 1; k < (int32_t)s->n; k++)
            if (s->t[k].head == r) s->t[k].head = v;
        s->t[r].head = v;
        s->t[r].deprel = "nsubj";
        return;
    }
}

/* The lead form read as a reduced relative: "Russian forces used poison
 * gas in Avdiivka, Ukraine said" parsed with "used ..." a modifier of
 * "forces" and both "forces" and "Ukraine" subjects of "said".  When the
 * root has two noun subjects, the first carrying a past-tense verb as acl
 * before a comma and the second, that verb is the reported clause (a
 * ccomp of the root) and the first noun its subject. */
static void repair_lead_clause_read_as_relative(sent *s)
{
    int32_t root = single_root(s);
    if (root < 0) return;
    int32_t a = -1, b = -1;
    for (uint32_t i = 0; i < s->n; i++)
        if (s->t[i].head == root && rel_exact(s->t[i].deprel, "nsubj")) {
            if (a < 0) a = (int32_t)i;
            else if (b < 0) b = (int32_t)i;
        }
    if (b < 0 || b > root || !(upos_is(&s->t[a], "NOUN") || upos_is(&s->t[a], "PROPN"))) return;
    const dyad_token *dt = s->d->tokens.items;
    for (int32_t v = a + 1; v < b; v++) {
        if (s->t[v].head != a || !rel_is(s->t[v].deprel, "acl") || !upos_is(&s->t[v], "VERB")) continue;
        const char *xpos = dt[s->first + (uint32_t)v].xpos;
        if (!xpos || (strcmp(xpos, "VBD") && strcmp(xpos, "VBN")) || s->commas[b] == s->commas[v]) return;
        s->t[v].head = root;
        s->t[v].deprel = "ccomp";
        s->t[a].head = v;
        s->t[a].deprel = "nsubj";
        return;
    }
}

/* The lead form's speaker read as an apposition: "Finland will close the
 * crossing on Friday, Prime Minister Petteri Orpo said" parsed with the
 * name an appos of "Friday" and "said" without a subject.  When the root
 * verb has no subject and the words right before it, after a comma, are a
 * noun phrase hung on an earlier word as appos, that phrase is the root's
 * subject. */
static void repair_subject_read_as_apposition(sent *s)
{
    int32_t root = single_root(s);
    if (root < 2 || !upos_is(&s->t[root], "VERB")) return;
    for (uint32_t i = 0; i < s->n; i++)
        if (s->t[i].head == root && rel_is(s->t[i].deprel, "nsubj")) return;
    int32_t start = root - 1; /* the phrase [start, root) after its comma */
    while (start > 0 && root - start < SPLIT_SUBJECT_REACH && s->commas[start] == s->commas[root]) start--;
    if (s->commas[start + 1] != s->commas[root] || s->commas[start] == s->commas[start + 1]) return;
    start++;
    int32_t h = -1;
    for (int32_t k = start; k < root; k++) {
        int32_t kh = s->t[k].head;
        if (kh >= start && kh < root) continue;
        if (h >= 0 || !rel_exact(s->t[k].deprel, "appos") || kh >= start || !(upos_is(&s->t[k], "PROPN") || upos_is(&s->t[k], "NOUN")))
            return;
        h = k;
    }
    if (h < 0) return;
    s->t[h].head = root;
    s->t[h].deprel = "nsubj";
    if (s->t[start - 1].head != root && s->t[start - 1].head == h) s->t[start - 1].head = root;
}

/* A list of subjects read as the root, with the verb its conjunct:
 * "Russia, China and Iran condemned Israel" parsed with "Russia" the root
 * and "condemned" a conj of it whose subject is "Iran".  When the root is
 * a name or noun with no clause of its own, and a verb hung on it as conj
 * has a name or noun subject between them, the verb is the root, the first
 * name its subject and the verb's subject the list's last conjunct (with
 * the "and" and the comma before it). */
static void repair_subject_list_read_as_root(sent *s)
{
    int32_t r = single_root(s);
    if (r < 0 || !(upos_is(&s->t[r], "NOUN") || upos_is(&s->t[r], "PROPN"))) return;
    int32_t v = -1;
    for (uint32_t i = 0; i < s->n; i++) {
        const char *rel = s->t[i].deprel;
        if (s->t[i].head != r) continue;
        if (rel_is(rel, "cop") || rel_is(rel, "nsubj") || rel_is(rel, "aux")) return;
        if (v < 0 && (int32_t)i > r && rel_exact(rel, "conj") && upos_is(&s->t[i], "VERB")) v = (int32_t)i;
    }
    if (v < 0) return;
    int32_t c = -1;
    for (int32_t k = r + 1; k < v; k++)
        if (s->t[k].head == v && rel_exact(s->t[k].deprel, "nsubj")) c = k;
    if (c < 0 || !(upos_is(&s->t[c], "NOUN") || upos_is(&s->t[c], "PROPN"))) return;
    /* between the root and the verb only the list: its words hang inside
     * it, or on the verb as the list's commas and "and" */
    for (int32_t k = r + 1; k < v; k++) {
        int32_t h = s->t[k].head;
        if (h >= r && h < v) continue;
        if (h == v && (k == c || upos_is(&s->t[k], "PUNCT") || upos_is(&s->t[k], "CCONJ"))) continue;
        return;
    }
    for (int32_t k = r + 1; k < c; k++)
        if (s->t[k].head == v) s->t[k].head = upos_is(&s->t[k], "CCONJ") ? c : r;
    s->t[v].head = -1;
    s->t[v].deprel = "root";
    s->t[r].head = v;
    s->t[r].deprel = "nsubj";
    s->t[c].head = r;
    s->t[c].deprel = "conj";
}

/* "called on Gondor to be allowed to leave" parsed with "on" the marker
 * of the clause "Gondor to be allowed ...": "on" opens no clause with a
 * subject, nor does "from" ("freed from Barad-dur after that group
 * yielded").  When "on", "upon" or "from" right after a verb marks a clause of that
 * verb whose subject follows the preposition at once, the preposition is
 * the subject's case and the subject an oblique of the verb ("called on
 * X"); the clause stays hung on the verb. */
static void repair_preposition_read_as_marker(sent *s)
{
    const dyad_token *dt = s->d->tokens.items;
    for (uint32_t p = 1; p + 2 < s->n; p++) {
        const char *f = dt[s->first + p].form;
        if (!f || (strcasecmp(f, "on") && strcasecmp(f, "upon") && strcasecmp(f, "from")) ||
            !rel_exact(s->t[p].deprel, "mark"))
            continue;
        int32_t v = (int32_t)p - 1, h = s->t[p].head, x = (int32_t)p + 1;
        if (!upos_is(&s->t[v], "VERB") || h <= x || s->t[h].head != v) continue;
        if (!rel_is(s->t[x].deprel, "nsubj") || s->t[x].head != h) continue;
        if (!(upos_is(&s->t[x], "PROPN") || upos_is(&s->t[x], "NOUN") || upos_is(&s->t[x], "PRON"))) continue;
        s->t[p].head = x;
        s->t[p].deprel = "case";
        s->t[x].head = v;
        s->t[x].deprel = "obl"; /* the clause stays hung on the verb as it was */
    }
}

/* The reverse: "Russia expelled two diplomats after Estonia arrested a
 * journalist" parsed with "after Estonia" a prepositional phrase and
 * "arrested" a conjunct of "expelled", which hands it Russia as subject.
 * When "after", "before", "since", "until" or "because" is the case of a
 * name or noun, the words right after that noun's phrase are a finite
 * verb hung as conj or parataxis with no subject and no "and"/"but" of its
 * own, the preposition marks that verb's clause and the noun is its
 * subject: the clause is an adverbial clause of the conjunct's head. */
static void repair_marker_read_as_preposition(sent *s)
{
    const dyad_token *dt = s->d->tokens.items;
    int moved = 0;
    for (uint32_t p = 1; p + 2 < s->n && moved < REPAIRS_PER_SENTENCE; p++) {
        const char *f = dt[s->first + p].form;
        if (!f || (strcasecmp(f, "after") && strcasecmp(f, "before") && strcasecmp(f, "since") && strcasecmp(f, "until") &&
                   strcasecmp(f, "because")) ||
            !rel_exact(s->t[p].deprel, "case"))
            continue;
        int32_t x = s->t[p].head;
        if (x <= (int32_t)p || !(upos_is(&s->t[x], "PROPN") || upos_is(&s->t[x], "NOUN") || upos_is(&s->t[x], "PRON")))
            continue;
        /* the verb right after the noun's phrase (its flat/compound parts) */
        int32_t v = x + 1;
        while (v < (int32_t)s->n && s->t[v].head == x && (rel_is(s->t[v].deprel, "flat") || rel_is(s->t[v].deprel, "compound"))) v++;
        if (v >= (int32_t)s->n || !upos_is(&s->t[v], "VERB")) continue;
        const char *xpos = dt[s->first + (uint32_t)v].xpos;
        /* or the verb read as a reduced relative on the noun ("after a
         * vessel [fired a water cannon]"), when it has an object of its own */
        int relative = rel_is(s->t[v].deprel, "acl") && s->t[v].head == x && s->t[x].head >= 0 &&
                       upos_is(&s->t[s->t[x].head], "VERB") && xpos && (!strcmp(xpos, "VBD") || !strcmp(xpos, "VBN"));
        for (uint32_t k = (uint32_t)v + 1; relative && k < s->n && k <= (uint32_t)v + 8; k++)
            if (s->t[k].head == v && rel_is(s->t[k].deprel, "obj")) { relative = 2; break; }
        if (relative != 2 && !(rel_is(s->t[v].deprel, "conj") || rel_is(s->t[v].deprel, "parataxis"))) continue;
        if (relative != 2 && (!xpos || (strcmp(xpos, "VBD") && strcmp(xpos, "VBZ") && strcmp(xpos, "VBP")))) continue;
        if (relative == 2) s->t[v].head = s->t[x].head;
        int own = 0; /* a subject or "and" of v's own stands near it (a window keeps this linear) */
        for (uint32_t k = p > 3 ? p - 3 : 0; k < s->n && k <= (uint32_t)v + 3 && !own; k++)
            own = s->t[k].head == v && (rel_is(s->t[k].deprel, "nsubj") || rel_is(s->t[k].deprel, "cc"));
        if (own || s->t[v].head < 0) continue;
        s->t[v].deprel = "advcl";
        s->t[x].head = v;
        s->t[x].deprel = "nsubj";
        s->t[p].head = v;
        s->t[p].deprel = "mark";
        moved++;
    }
}

/* "ordered French troops to leave" parsed with "to leave" an adverbial
 * clause (of purpose) instead of the complement whose subject is the
 * object: after a verb that makes its object do something, a "to" clause
 * right after the object is that complement (xcomp), so the patterns that
 * name it ("order troops leave") see it. */
static int governs(const sent *s, int32_t a, int32_t b);

static void repair_object_complement_read_as_purpose(sent *s)
{
    static const char *const makers[] = {"order", "tell", "ask", "urge", "force", "allow", "instruct", "compel",
                                         "persuade", "encourage", "invite", "call", "press", "push", "direct",
                                         "authorize", "authorise", "permit", "require", "warn", "advise"};
    const dyad_token *dt = s->d->tokens.items;
    for (uint32_t x = 1; x + 1 < s->n; x++) {
        if (!rel_exact(s->t[x].deprel, "advcl") || !upos_is(&s->t[x], "VERB")) continue;
        int32_t v = s->t[x].head;
        if (v < 0 || v >= (int32_t)x || !upos_is(&s->t[v], "VERB")) continue;
        const char *lemma = dt[s->first + (uint32_t)v].lemma;
        int maker = 0;
        for (size_t k = 0; lemma && k < sizeof makers / sizeof *makers && !maker; k++) maker = !strcasecmp(lemma, makers[k]);
        if (!maker) continue;
        /* "to" right before x, and the object's phrase right before "to" */
        uint32_t to = x - 1;
        const char *tf = dt[s->first + to].form;
        if (!tf || strcasecmp(tf, "to") || s->t[to].head != (int32_t)x || to == 0) continue;
        int32_t o = (int32_t)to - 1;
        while (o >= 0 && o != v && !(s->t[o].head == v && rel_exact(s->t[o].deprel, "obj"))) {
            /* (an object phrase of a few words: the scan stays short) */
            if (!governs(s, v, o) || o <= v || (int32_t)to - o > 12) { o = -1; break; }
            o--;
        }
        if (o < 0 || o == v) continue;
        s->t[x].deprel = "xcomp";
    }
}

/* "lodged representations with Ambassador Kenji Kanasugi and demanded
 * that ...": "with" read as the marker of a clause whose subject is the
 * ambassador and whose verb is "demanded".  When the word after "and" is
 * that clause's verb, the "with" phrase belongs to the verb before and the
 * verb after "and" is that verb's conjunct, sharing its subject. */
static void repair_with_phrase_read_as_clause(sent *s)
{
    const dyad_token *dt = s->d->tokens.items;
    for (uint32_t p = 1; p + 3 < s->n; p++) {
        const char *f = dt[s->first + p].form;
        if (!f || strcasecmp(f, "with") || !rel_exact(s->t[p].deprel, "mark")) continue;
        int32_t h = s->t[p].head;
        if (h <= (int32_t)p + 1 || !upos_is(&s->t[h], "VERB") || s->t[h].head < 0 || s->t[h].head >= (int32_t)p) continue;
        int32_t g = s->t[h].head, x = -1, cc = -1;
        if (h - (int32_t)p > 12) continue; /* (a short phrase: the scan stays linear) */
        for (int32_t k = (int32_t)p + 1; k < h; k++) {
            if (s->t[k].head == h && rel_is(s->t[k].deprel, "nsubj")) x = k;
            if (s->t[k].head == h && rel_exact(s->t[k].deprel, "cc")) cc = k;
        }
        if (x < 0 || cc != h - 1 || !upos_is(&s->t[g], "VERB")) continue;
        s->t[p].head = x;
        s->t[p].deprel = "case";
        s->t[x].head = g;
        s->t[x].deprel = "obl";
        s->t[h].deprel = "conj";
    }
}

/* Whether h has a dependent of relation rel (children are not linked
 * while the repairs run: a scan of the heads, bounded by the sentence). */
static int has_dependent(const sent *s, int32_t h, const char *rel)
{
    for (uint32_t k = 0; k < s->n; k++)
        if (s->t[k].head == h && rel_is(s->t[k].deprel, rel)) return 1;
    return 0;
}

/* "Tunc said the judiciary was independent and rejected claims": a verb
 * of stance or speech with no subject of its own, coordinated with the
 * reported clause, is the reporter's second act (the parser hangs it on
 * the nearest verb, inside what was said). */
static void repair_stance_conjunct_inside_report(sent *s)
{
    static const char *const stance[] = {"reject", "deny", "dismiss", "warn", "urge", "accuse", "condemn", "insist", "add",
                                         "call", "demand", "vow", "pledge", "criticise", "criticize", "blame", "threaten"};
    const dyad_token *dt = s->d->tokens.items;
    int moved = 0; /* (a few per sentence, so a run-on list of verbs stays linear) */
    for (uint32_t c = 2; c < s->n && moved < REPAIRS_PER_SENTENCE; c++) {
        if (!rel_exact(s->t[c].deprel, "conj") || !upos_is(&s->t[c], "VERB")) continue;
        const char *l = dt[s->first + c].lemma;
        int is_stance = 0;
        for (size_t k = 0; l && k < sizeof stance / sizeof *stance && !is_stance; k++) is_stance = !strcmp(l, stance[k]);
        if (!is_stance) continue;
        int32_t h = s->t[c].head;
        if (h < 0 || h >= (int32_t)c || !rel_exact(s->t[h].deprel, "ccomp")) continue;
        int32_t r = s->t[h].head;
        const char *rl = r >= 0 ? dt[s->first + (uint32_t)r].lemma : NULL;
        if (!rl || (strcmp(rl, "say") && strcmp(rl, "tell") && strcmp(rl, "state") && strcmp(rl, "announce"))) continue;
        moved++; /* (the two scans below run a few times per sentence at most) */
        if (has_dependent(s, (int32_t)c, "nsubj") || !has_dependent(s, r, "nsubj")) continue;
        s->t[c].head = r;
    }
}

/* "told reporters that Cairo would host the next round" parsed with
 * "that" a relative pronoun and "host" a relative clause on "reporters":
 * a relative clause whose verb has a subject of its own besides "that" is
 * the complement clause of the verb the noun hangs on, and "that" its
 * marker. */
static void repair_that_clause_read_as_relative(sent *s)
{
    const dyad_token *dt = s->d->tokens.items;
    for (uint32_t t = 1; t + 2 < s->n; t++) {
        const char *f = dt[s->first + t].form;
        if (!f || strcasecmp(f, "that") || !rel_is(s->t[t].deprel, "nsubj")) continue;
        int32_t v = s->t[t].head;
        if (v <= (int32_t)t || !rel_exact(s->t[v].deprel, "acl:relcl") || !upos_is(&s->t[v], "VERB")) continue;
        int32_t n = s->t[v].head;
        if (n < 0 || n + 1 != (int32_t)t || s->t[n].head < 0 || !upos_is(&s->t[s->t[n].head], "VERB")) continue;
        int other = 0; /* a subject of its own between "that" and the verb (a few words) */
        for (int32_t k = (int32_t)t + 1; k < v && k <= (int32_t)t + 12 && !other; k++)
            other = s->t[k].head == v && rel_is(s->t[k].deprel, "nsubj");
        if (!other) continue;
        s->t[t].deprel = "mark";
        s->t[v].head = s->t[n].head;
        s->t[v].deprel = "ccomp";
    }
}

/* "convicted former President Jair Bolsonaro" parsed with "former" a
 * complement of the verb and the name hung on it: "former" modifies the
 * name's phrase, and the name is the verb's object. */
static void repair_former_read_as_complement(sent *s)
{
    const dyad_token *dt = s->d->tokens.items;
    int moved = 0; /* (a few per sentence: each moves dependents in a pass) */
    for (uint32_t f = 1; f + 1 < s->n && moved < REPAIRS_PER_SENTENCE; f++) {
        const char *w = dt[s->first + f].form;
        if (!w || (strcasecmp(w, "former") && strcasecmp(w, "ex")) || rel_is(s->t[f].deprel, "amod")) continue;
        int32_t v = s->t[f].head;
        if (v < 0 || !upos_is(&s->t[v], "VERB")) continue;
        int32_t n = -1; /* the name or title phrase hung on "former" */
        for (uint32_t k = f + 1; k < s->n && k < f + 6 && n < 0; k++)
            if (s->t[k].head == (int32_t)f && (rel_is(s->t[k].deprel, "obl") || rel_is(s->t[k].deprel, "obj") || rel_is(s->t[k].deprel, "nsubj")) &&
                (upos_is(&s->t[k], "PROPN") || upos_is(&s->t[k], "NOUN")))
                n = (int32_t)k;
        if (n < 0) continue;
        for (uint32_t k = 0; k < s->n; k++) /* what else hung on "former" goes with the name */
            if (s->t[k].head == (int32_t)f && (int32_t)k != n) s->t[k].head = n;
        s->t[n].head = v;
        s->t[n].deprel = "obj";
        s->t[f].head = (int32_t)f + 1 < n ? (int32_t)f + 1 : n;
        s->t[f].deprel = "amod";
        moved++;
    }
}

/* "in south Ithilen" parsed with "in" on "south" (a compound of the name)
 * and the name left as an unmarked modifier: the preposition belongs to
 * the phrase's head, and the head is an ordinary "in" phrase again. */
static void repair_case_on_modifier(sent *s)
{
    for (uint32_t c = 0; c + 2 < s->n; c++) {
        if (!rel_exact(s->t[c].deprel, "case")) continue;
        int32_t m = s->t[c].head;
        if (m <= (int32_t)c || !(rel_exact(s->t[m].deprel, "compound") || rel_exact(s->t[m].deprel, "amod"))) continue;
        int32_t h = s->t[m].head;
        if (h <= m) continue;
        int has_case = 0; /* (children are not linked yet: look at heads) */
        for (int32_t k = m + 1; k < h && !has_case; k++) has_case = s->t[k].head == h && rel_exact(s->t[k].deprel, "case");
        if (has_case) continue;
        s->t[c].head = h;
        if (rel_exact(s->t[h].deprel, "nmod:unmarked")) s->t[h].deprel = "nmod";
        else if (rel_exact(s->t[h].deprel, "obl:unmarked")) s->t[h].deprel = "obl";
    }
}

/* "accused Saudi Arabia of bombing civilians" read with "bombing" a noun
 * and "Saudi Arabia" a compound of "civilians", which takes the verb's
 * object: a modifier cannot stand before its head's own preposition.
 * The modifier is the verb's object, and the "of" phrase hangs on it. */
static void repair_modifier_before_case(sent *s)
{
    for (uint32_t c = 1; c + 2 < s->n; c++) {
        if (!rel_exact(s->t[c].deprel, "case")) continue;
        int32_t h = s->t[c].head;
        if (h <= (int32_t)c || !rel_exact(s->t[h].deprel, "obj") || s->t[h].head < 0 || s->t[h].head >= (int32_t)c) continue;
        /* the head's modifier standing right before the case word */
        int32_t m = (int32_t)c - 1;
        if (s->t[m].head != h || !(rel_exact(s->t[m].deprel, "compound") || rel_exact(s->t[m].deprel, "amod")) ||
            !upos_is(&s->t[m], "PROPN"))
            continue;
        int32_t v = s->t[h].head;
        s->t[m].head = v;
        s->t[m].deprel = "obj";
        /* the name's own compounds and adjectives before it stay with it */
        for (int32_t k = m - 1; k > v && s->t[k].head == h &&
                                (rel_exact(s->t[k].deprel, "compound") || rel_exact(s->t[k].deprel, "amod"));
             k--)
            s->t[k].head = m;
        s->t[h].head = m;
        s->t[h].deprel = "nmod";
    }
}

/* Whether a is an ancestor of b, or b itself (a bounded walk up). */
static int governs(const sent *s, int32_t a, int32_t b)
{
    for (int steps = 0; b >= 0 && steps < 64; steps++, b = s->t[b].head)
        if (b == a) return 1;
    return 0;
}

/* A name the actor dictionary lists, split by the parser ("Japan and South
 * Korea agreed" read with "South" a conjunct of Japan and "Korea" a second
 * subject): a run of adjacent proper nouns that resolves, whole, to one
 * dictionary entry becomes one mention headed by its last word, which takes
 * the relation of the run's first word that hangs outside it; the other
 * words become its compounds, and words that hung on them hang on the
 * head.  Skipped when the new head's governor lies under the run (that
 * would close a loop). */
static int capitalised_word(const sent *s, uint32_t i)
{
    const char *f = s->d->tokens.items[s->first + i].form;
    return f && isupper((unsigned char)f[0]) && f[1] && islower((unsigned char)f[1]);
}

/* Whether token h is a hyphen glued to capitalised words on both sides
 * ("Guinea-Bissau" tokenized as three). */
static int hyphen_joins(const sent *s, uint32_t h)
{
    if (h == 0 || h + 1 >= s->n) return 0;
    const dyad_token *t = &s->d->tokens.items[s->first + h];
    if (!t->form || strcmp(t->form, "-")) return 0;
    return t[-1].span.end == t->span.start && t->span.end == t[1].span.start && capitalised_word(s, h + 1);
}

static void repair_split_name(sent *s)
{
    if (!s->actors) return;
    /* each repair moves the run's dependents in a pass over the sentence;
     * news sentences need one (dev set, PETRARCH records, seed pages), so
     * a few per sentence keep a run-on list of split names linear */
    int repairs_left = REPAIRS_PER_SENTENCE;
    for (uint32_t i = 0; i + 1 < s->n && repairs_left > 0;) {
        if (!upos_is(&s->t[i], "PROPN") && !(capitalised_word(s, i) && hyphen_joins(s, i + 1))) { i++; continue; }
        uint32_t j = i;
        /* (a capitalised word the tagger took for an adjective or a noun
         * continues the name: "Amnesty International"; so does one joined
         * by a hyphen the tokenizer split off: "Guinea-Bissau") */
        while (j + 1 < s->n && j - i < 6) {
            if (upos_is(&s->t[j + 1], "PROPN") || (capitalised_word(s, j + 1) && (upos_is(&s->t[j + 1], "ADJ") ||
                                                                                  upos_is(&s->t[j + 1], "NOUN"))))
                j++;
            else if (hyphen_joins(s, j + 1))
                j += 2;
            else
                break;
        }
        int32_t lo = (int32_t)i, hi = (int32_t)j;
        i = j + 1;
        if (hi == lo) continue;
        int outside = 0;
        int32_t first_out = -1;
        for (int32_t k = lo; k <= hi; k++)
            if (s->t[k].head < lo || s->t[k].head > hi) {
                outside++;
                if (first_out < 0) first_out = k;
            }
        if (outside < 2) continue;
        dyad_actor a;
        if (!actors_resolve(s->actors, s->d, s->first + (uint32_t)lo, (uint32_t)(hi - lo + 1), &a) || !a.code ||
            !a.origin || strcmp(a.origin, "dictionary"))
            continue;
        int32_t gov = s->t[first_out].head;
        int loop = 0;
        for (int32_t k = lo; k <= hi && !loop; k++) loop = gov >= 0 && governs(s, k, gov);
        if (loop) continue;
        const char *rel = s->t[first_out].deprel;
        for (uint32_t x = 0; x < s->n; x++)
            if (((int32_t)x < lo || (int32_t)x > hi) && s->t[x].head >= lo && s->t[x].head < hi) s->t[x].head = hi;
        for (int32_t k = lo; k < hi; k++) {
            s->t[k].head = hi;
            s->t[k].deprel = "compound";
        }
        s->t[hi].head = gov;
        s->t[hi].deprel = rel;
        repairs_left--;
    }
}

/* "Bree Prime Minister Romendacil met ..." read as a coordination of
 * "Bree" and "Prime Minister Romendacil" with neither "and" nor a comma
 * between them: two names side by side with no coordinator are one name,
 * not a list (a list has a comma or a conjunction).  When a conjunct
 * follows its head inside one run of capitalised words and every word
 * between hangs inside the run, and the run names an actor, the head is a
 * compound of the conjunct, which takes the head's place in the tree. */
static void repair_conj_inside_name(sent *s)
{
    if (!s->actors) return;
    /* Each repair moves the head's dependents in one pass over the
     * sentence, and a repaired conjunct inherits the head's further
     * conjuncts, so a run-on list of names would chain repairs (quadratic
     * time); news sentences need one at most (dev set, PETRARCH records,
     * seed pages: twice one), so a few per sentence keep it linear. */
    int repairs_left = REPAIRS_PER_SENTENCE;
    for (uint32_t c = 1; c < s->n && repairs_left > 0; c++) {
        if (!rel_exact(s->t[c].deprel, "conj") || !upos_is(&s->t[c], "PROPN")) continue;
        int32_t h = s->t[c].head;
        if (h < 0 || h >= (int32_t)c || (int32_t)c - h > 6) continue;
        if (!(upos_is(&s->t[h], "PROPN") || (capitalised_word(s, (uint32_t)h) && upos_is(&s->t[h], "ADJ")))) continue;
        int ok = s->t[h].head >= 0 && !rel_exact(s->t[h].deprel, "conj");
        for (int32_t k = h + 1; k < (int32_t)c && ok; k++)
            ok = capitalised_word(s, (uint32_t)k) &&
                 (upos_is(&s->t[k], "PROPN") || upos_is(&s->t[k], "ADJ") || upos_is(&s->t[k], "NOUN")) &&
                 s->t[k].head > h && s->t[k].head <= (int32_t)c;
        /* a coordinator of its own nearby: a list after all (looked for
         * in a window, not the whole sentence) */
        for (uint32_t k = h > 3 ? (uint32_t)h - 3 : 0; k < s->n && k <= c + 3 && ok; k++)
            if (s->t[k].head == (int32_t)c && rel_exact(s->t[k].deprel, "cc")) ok = 0;
        /* on a broken tree where the conjunct governs its head's governor,
         * taking that governor would close a loop (a word its own head) */
        if (!ok || governs(s, (int32_t)c, s->t[h].head)) continue;
        dyad_actor a;
        if (!actors_resolve(s->actors, s->d, s->first + (uint32_t)h, c - (uint32_t)h + 1, &a) || !a.code) continue;
        for (uint32_t k = 0; k < s->n; k++)
            if (s->t[k].head == h && ((int32_t)k < h || k > c)) s->t[k].head = (int32_t)c;
        s->t[c].head = s->t[h].head;
        s->t[c].deprel = s->t[h].deprel;
        s->t[h].head = (int32_t)c;
        s->t[h].deprel = "compound";
        repairs_left--;
    }
}

/* "Pyongyang on Thursday fired shells at Seoul" read with "Pyongyang" a
 * verb heading the sentence and "fired" its parataxis: a capitalised word
 * that opens the sentence, that the actor dictionary lists on its own, and
 * that has no subject or object of its own, is the subject of the first
 * verb after it that has none; that verb takes its place in the tree and
 * the words that hung on the name (a day, a place) hang on the verb. */
static void repair_name_read_as_verb(sent *s)
{
    if (!s->actors || s->n < 3) return;
    int32_t r = 0;
    if (upos_is(&s->t[0], "DET")) r = 1; /* "The Kremlin ..." */
    if (!upos_is(&s->t[r], "VERB")) return;
    const char *form = s->d->tokens.items[s->first + (uint32_t)r].form;
    if (!form || !isupper((unsigned char)form[0])) return;
    int32_t v = -1;
    for (uint32_t k = 0; k < s->n; k++) {
        if (s->t[k].head != r) continue;
        const char *rel = s->t[k].deprel;
        if (rel_is(rel, "nsubj") || rel_is(rel, "obj") || rel_is(rel, "csubj") || rel_is(rel, "aux") || rel_is(rel, "cop"))
            return;
        if (v < 0 && (int32_t)k > r && upos_is(&s->t[k], "VERB") &&
            (rel_is(rel, "parataxis") || rel_is(rel, "conj") || rel_is(rel, "ccomp") || rel_is(rel, "advcl") ||
             rel_is(rel, "xcomp") || rel_is(rel, "dep")))
            v = (int32_t)k;
    }
    if (v < 0) return;
    for (uint32_t k = 0; k < s->n; k++)
        if (s->t[k].head == v && (rel_is(s->t[k].deprel, "nsubj") || rel_is(s->t[k].deprel, "mark"))) return;
    dyad_actor a;
    if (!actors_resolve(s->actors, s->d, s->first + (uint32_t)r, 1, &a) || !a.code || !a.origin ||
        strcmp(a.origin, "dictionary"))
        return;
    for (uint32_t k = 0; k < s->n; k++)
        if (s->t[k].head == r && (int32_t)k != v && !rel_is(s->t[k].deprel, "det")) s->t[k].head = v;
    s->t[v].head = s->t[r].head;
    s->t[v].deprel = s->t[r].deprel;
    s->t[r].head = v;
    s->t[r].deprel = "nsubj";
    s->t[r].upos = "PROPN";
    s->t[r].lemma = s->t[r].form;
}

/* "Japan and South Korea agree": the second name hung on the first as a
 * modifier (nmod, compound, appos) with the "and" between them on one of
 * its words is a conjunct, as the "and" says. */
static void repair_coordination_read_as_modifier(sent *s)
{
    for (uint32_t c = 1; c + 1 < s->n; c++) {
        if (!upos_is(&s->t[c], "CCONJ") || !rel_exact(s->t[c].deprel, "cc")) continue;
        int32_t z = s->t[c].head;
        for (int steps = 0; z >= 0 && steps < 4 && (rel_exact(s->t[z].deprel, "compound") || rel_exact(s->t[z].deprel, "flat"));
             steps++)
            z = s->t[z].head;
        if (z < 0 || z <= (int32_t)c) continue;
        int32_t x = s->t[z].head;
        if (x < 0 || x >= (int32_t)c) continue;
        if (!(upos_is(&s->t[z], "PROPN") || upos_is(&s->t[z], "NOUN")) || !(upos_is(&s->t[x], "PROPN") || upos_is(&s->t[x], "NOUN")))
            continue;
        const char *r = s->t[z].deprel;
        if (!(rel_exact(r, "nmod") || rel_exact(r, "compound") || rel_exact(r, "appos"))) continue;
        s->t[z].deprel = "conj";
        s->t[c].head = z;
    }
}

static int cmp_id(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

void ev_index_sentence(sent *s)
{
    const dyad_token *dt = s->d->tokens.items;
    for (uint32_t i = 0; i < s->n; i++) {
        const dyad_token *x = &dt[s->first + i];
        tok *t = &s->t[i];
        t->form = intern_token(&s->e->t, x->form);
        t->lemma = x->lemma ? intern_token(&s->e->t, x->lemma) : t->form;
        t->deprel = x->deprel;
        t->upos = x->upos;
        long h = x->head;
        t->head = (h >= (long)s->first && h < (long)(s->first + s->n) && h != (long)(s->first + i)) ? (int32_t)(h - s->first) : -1;
        t->first_child = t->next_sibling = -1;
        s->pattern[i] = -1;
        s->code[i][0] = '\0';
        s->absorbed[i] = -1;
    }
    s->commas[0] = 0;
    for (uint32_t i = 0; i < s->n; i++) {
        const char *f = dt[s->first + i].form;
        s->commas[i + 1] = s->commas[i] + (upos_is(&s->t[i], "PUNCT") && f && f[0] == ',');
    }
    repair_noun_headed_clause(s);
    repair_subject_headed_clause(s);
    repair_subject_list_read_as_root(s);
    repair_preposition_read_as_marker(s);
    repair_marker_read_as_preposition(s);
    repair_split_of_list(s);
    repair_split_subject(s);
    repair_lead_clause_read_as_relative(s);
    repair_subject_read_as_apposition(s);
    repair_copula_headed_intent(s);
    repair_split_name(s);
    repair_conj_inside_name(s);
    repair_name_read_as_verb(s);
    repair_coordination_read_as_modifier(s);
    repair_case_on_modifier(s);
    repair_modifier_before_case(s);
    repair_object_complement_read_as_purpose(s);
    repair_with_phrase_read_as_clause(s);
    repair_stance_conjunct_inside_report(s);
    repair_that_clause_read_as_relative(s);
    repair_former_read_as_complement(s);
    /* children in sentence order: link from the end */
    for (int32_t i = (int32_t)s->n - 1; i >= 0; i--) {
        int32_t h = s->t[i].head;
        if (h < 0) continue;
        s->t[i].next_sibling = s->t[h].first_child;
        s->t[h].first_child = i;
    }
    /* the sentence's word ids, sorted: a pattern whose word the sentence
     * lacks fails without a search (most of a big dictionary's patterns) */
    uint32_t n = 0;
    for (uint32_t i = 0; i < s->n; i++) {
        if (s->t[i].lemma) s->ids[n++] = s->t[i].lemma;
        if (s->t[i].form && s->t[i].form != s->t[i].lemma) s->ids[n++] = s->t[i].form;
    }
    /* sentences are short, but a run-on one of thousands of words must
     * not cost the square of its length */
    qsort(s->ids, n, sizeof *s->ids, cmp_id);
    s->nids = n;
}

static int sentence_has(const sent *s, uint32_t id)
{
    size_t at = u32_lower_bound(s->ids, s->nids, id);
    return at < s->nids && s->ids[at] == id;
}

/* Whether every slot of p has a word the sentence holds somewhere (slots
 * of many alternatives are not checked: the search finds them). */
static int words_present(const sent *s, const ev_pattern *p)
{
    for (uint16_t k = 0; k < p->nslots; k++) {
        const ev_slot *sl = &p->slots[k];
        if (sl->nalts > 4) continue;
        int any = 0;
        for (uint32_t a = 0; a < sl->nalts && !any; a++) any = sl->alts[a] && sentence_has(s, sl->alts[a]);
        if (!any) return 0;
    }
    return 1;
}

int32_t ev_child(const sent *s, int32_t h, const char *rel)
{
    /* The first EV_CHILDREN_READ children only: no word of a real parse has
     * more, and a crafted one with thousands (a noun with 16,000 verb
     * conjuncts, each asking for the noun's subject) would make every
     * lookup read them all: quadratic time. */
    int k = 0;
    for (int32_t c = s->t[h].first_child; c >= 0 && k < EV_CHILDREN_READ; c = s->t[c].next_sibling, k++)
        if (rel_exact(s->t[c].deprel, rel)) return c;
    return -1;
}

/* The case word (preposition) of a nominal, as an interned id, or 0. */
uint32_t ev_case_of(const sent *s, int32_t n)
{
    for (int32_t c = s->t[n].first_child; c >= 0; c = s->t[c].next_sibling)
        if (rel_is(s->t[c].deprel, "case")) return s->t[c].lemma ? s->t[c].lemma : s->t[c].form;
    return 0;
}

/* Relations that open another clause: a pattern's words are not sought there. */
static int opens_clause(const char *deprel)
{
    return rel_is(deprel, "nsubj") || rel_is(deprel, "csubj") || rel_is(deprel, "conj") || rel_is(deprel, "parataxis") ||
           rel_is(deprel, "advcl") || rel_is(deprel, "ccomp") || rel_exact(deprel, "acl:relcl") || rel_is(deprel, "punct") ||
           rel_is(deprel, "list") || rel_is(deprel, "vocative") || rel_is(deprel, "discourse") || rel_is(deprel, "reparandum");
}

/* A conjunct of a noun below the head is part of the same phrase, not
 * another clause: "launched a bombing and shelling offensive" (with
 * "shelling" a gerund the parser coordinated with "bombing") is one
 * object, and so is "launched drones and an offensive".  A verb with a
 * subject of its own, or one that is not an -ing form, opens a clause. */
static int nominal_conjunct(const sent *s, int32_t parent, int32_t c, int32_t h)
{
    if (parent == h || !rel_exact(s->t[c].deprel, "conj")) return 0;
    if (!(upos_is(&s->t[parent], "NOUN") || upos_is(&s->t[parent], "PROPN"))) return 0;
    if (upos_is(&s->t[c], "NOUN") || upos_is(&s->t[c], "PROPN")) return 1;
    if (!upos_is(&s->t[c], "VERB")) return 0;
    const char *x = s->d->tokens.items[s->first + (uint32_t)c].xpos;
    if (!x || strcmp(x, "VBG")) return 0;
    for (int32_t k = s->t[c].first_child; k >= 0; k = s->t[k].next_sibling)
        if (rel_is(s->t[k].deprel, "nsubj") || rel_is(s->t[k].deprel, "aux")) return 0;
    return 1;
}

/* The head's clause, breadth first to SCOPE_DEPTH levels. */
uint32_t ev_scope(const sent *s, int32_t h, int32_t *out)
{
    /* a queue; a nominal conjunct stands at its first conjunct's depth, so
     * "fired tear gas and water cannon at ..." reaches "at" as "fired tear
     * gas at ..." does */
    uint8_t depth[MAX_SCOPE];
    uint32_t n = 0;
    out[n] = h, depth[n++] = 0;
    for (uint32_t k = 0; k < n; k++) {
        if (depth[k] >= SCOPE_DEPTH) continue;
        for (int32_t c = s->t[out[k]].first_child; c >= 0 && n < MAX_SCOPE; c = s->t[c].next_sibling) {
            if (!opens_clause(s->t[c].deprel)) out[n] = c, depth[n++] = (uint8_t)(depth[k] + 1);
            else if (nominal_conjunct(s, out[k], c, h)) out[n] = c, depth[n++] = depth[k];
        }
    }
    /* the word governing a complement clause: "indicated (it) would act" */
    int32_t g = s->t[h].head;
    if (g >= 0 && n < MAX_SCOPE && (rel_is(s->t[h].deprel, "ccomp") || rel_is(s->t[h].deprel, "xcomp"))) out[n++] = g;
    return n;
}

/* Whether every slot of p matches a distinct word of the scope; fills the
 * token each slot matched. */
/* A preposition or particle must belong to the head or to the word the
 * previous slot matched: "call for" needs "for" on "call" itself, not on
 * "assurances for Ukraine" two levels down; "impose sanctions on" may have
 * "on" under "sanctions". */
/* A preposition, particle or marker: it belongs to some word. */
static int function_word(const tok *t)
{
    return upos_is(t, "ADP") || rel_is(t->deprel, "case") || rel_exact(t->deprel, "compound:prt") ||
           rel_is(t->deprel, "mark");
}

static int attached(const sent *s, int32_t x, int32_t head, int32_t previous)
{
    const tok *t = &s->t[x];
    if (!function_word(t)) return 1;
    int32_t n = t->head;
    if (n < 0) return 0;
    if (n == head || s->t[n].head == head) return 1;
    if (previous < 0) return 0;
    if (n == previous || s->t[n].head == previous || s->t[n].head == s->t[previous].head) return 1;
    /* or on a conjunct of the previous word: "fired tear gas and water
     * cannon at thousands of protesters" ("at" hangs on "cannon") */
    int32_t nh = s->t[n].head;
    return nh >= 0 && rel_exact(s->t[nh].deprel, "conj") && s->t[nh].head == previous;
}

/* attached() for PETRARCH's ordered patterns, where words may be skipped
 * ("TALKS AT ^ WITH +": "held talks at Geneva with Iran", "with" on
 * "talks", two slots back): a function
 * word belongs to the verb, to a word an earlier slot matched, or to that
 * word's head. */
static int attached_any(const sent *s, int32_t x, int32_t head, const int32_t *matched, int k)
{
    const tok *t = &s->t[x];
    if (!function_word(t)) return 1;
    int32_t n = t->head;
    if (n < 0) return 0;
    int32_t nh = s->t[n].head;
    if (n == head || nh == head) return 1;
    /* through a participle that modifies a matched word's phrase: "memos
     * on trade issues sent from Sudan" ("FROM" on "sent", on "issues") */
    int32_t via = nh >= 0 && rel_exact(s->t[nh].deprel, "acl") ? s->t[nh].head : -1;
    for (int j = 0; j < k; j++) {
        int32_t m = matched[j];
        if (n == m || nh == m || (nh >= 0 && nh == s->t[m].head)) return 1;
        if (via >= 0 && (via == m || via == s->t[m].head)) return 1;
    }
    return 0;
}

/* A multiword alternative's earlier words stand just before token x. */
static int prefix_ok(const sent *s, const ev_slot *sl, uint32_t a, int32_t x)
{
    if (!sl->prefix || !sl->prefix_len[a]) return 1;
    int n = sl->prefix_len[a];
    if (x < n) return 0;
    for (int i = 1; i <= n; i++) {
        uint32_t w = sl->prefix[a][n - i];
        const tok *t = &s->t[x - i];
        if (!w || (w != t->lemma && w != t->form)) return 0;
    }
    return 1;
}

/* The first token of slot sl's match ending at x (x, or the first word of
 * a multiword alternative), or -1 when no alternative ends at x.  A word
 * matches by lemma or form; by form only when `exact`. */
static int32_t slot_start(const sent *s, const ev_slot *sl, int32_t x, int exact)
{
    const tok *t = &s->t[x];
    for (uint32_t a = 0; a < sl->nalts; a++)
        if (sl->alts[a] && ((!exact && sl->alts[a] == t->lemma) || sl->alts[a] == t->form) && prefix_ok(s, sl, a, x))
            return x - (sl->prefix ? sl->prefix_len[a] : 0);
    return -1;
}

/* Where the words PETRARCH reads before a verb begin: right after its
 * subject ("the minister | unexpectedly now won't try to | block"), else
 * after the last punctuation; a dozen tokens at most.  A complement
 * clause reaches back to its governor's subject ("Chad | indicated it
 * would | act"), where PETRARCH finds the source. */
static int32_t before_verb_start(const sent *s, int32_t verb)
{
    int passive;
    int32_t g = s->t[verb].head, v = verb;
    if (g >= 0 && g < v && (rel_is(s->t[v].deprel, "ccomp") || rel_is(s->t[v].deprel, "xcomp"))) v = g;
    int32_t sb = ev_subject_of(s, v, &passive), lo = v;
    if (sb >= 0 && sb < v) {
        int32_t a, b;
        ev_mention_range(s, sb, &a, &b);
        lo = b + 1 > v ? v : b + 1;
        /* "Chad's death toll has risen": the actor is the possessor, and
         * PETRARCH reads the rest of the phrase before the verb
         * ("- DEATH TOLL * [223]") */
        for (int32_t k = a; k < sb; k++) {
            if (!rel_exact(s->t[k].deprel, "nmod:poss") || s->t[k].head < a || s->t[k].head > sb) continue;
            int32_t pa, pb;
            ev_mention_range(s, k, &pa, &pb);
            if (pb < sb && pb + 1 < lo) lo = pb + 1;
        }
    } else {
        while (lo > 0 && v - lo < 12 && !upos_is(&s->t[lo - 1], "PUNCT")) lo--;
    }
    return verb - lo > 16 ? verb - 16 : lo; /* the caller's window holds 16 */
}

/* The candidate tokens of an ordered match around verb v: the scope's
 * words after it in text order, and the words before it (found when a
 * pattern first needs them).  Built once per verb, shared by its patterns. */
typedef struct before_words {
    int32_t tok[16];
    uint32_t n;
    int done;
} before_words;

typedef struct order_ctx {
    int32_t v;
    int32_t after[MAX_SCOPE];
    uint32_t nafter;
    before_words *bw; /* shared by the verb's near and deep scopes */
} order_ctx;

static void order_init(order_ctx *c, before_words *bw, const int32_t *scope, uint32_t nscope)
{
    c->v = scope[0];
    c->nafter = 0;
    c->bw = bw;
    for (uint32_t j = 1; j < nscope && c->nafter < MAX_SCOPE; j++) {
        int32_t x = scope[j];
        if (x <= c->v) continue;
        uint32_t i = c->nafter++; /* insertion sort: scopes are small */
        while (i > 0 && c->after[i - 1] > x) c->after[i] = c->after[i - 1], i--;
        c->after[i] = x;
    }
}

/* PETRARCH's reading of a pattern: the words left of '*' stand before the
 * verb and those right of it after, each side in the pattern's order; a
 * '_' join wants the next token.  The words after the verb come from its
 * clause (the scope), those before from the text between subject and verb.
 * A bounded backtracking search: a first choice that leaves no room for a
 * later glued word ("new ... new economic relations") is given up. */
static int ordered_matches(const sent *s, const ev_pattern *p, order_ctx *c, int32_t *matched)
{
    int32_t v = c->v;
    int ns = p->nslots;
    before_words *bw = c->bw;
    if (!bw->done) {
        int need_before = 0;
        for (int k = 0; k < ns; k++) need_before |= p->slots[k].before_verb;
        if (need_before) {
            bw->n = 0;
            int32_t start = before_verb_start(s, v);
            /* "Neither Chad nor Sudan boycotted": PETRARCH reads the
             * subject's leading "neither" before the verb too */
            int32_t sb = ev_child(s, v, "nsubj");
            for (int32_t c = sb >= 0 ? s->t[sb].first_child : -1; c >= 0 && bw->n < 16; c = s->t[c].next_sibling)
                if (c < start && c < sb && rel_exact(s->t[c].deprel, "cc:preconj")) bw->tok[bw->n++] = c;
            for (int32_t x = start; x < v && bw->n < 16; x++) bw->tok[bw->n++] = x;
            bw->done = 1;
        }
    }
    /* first the tokens each slot's words match, in text order: a slot
     * with none (the usual case) fails the pattern at once */
    enum { MAX_HITS = 256 }; /* more only in pathological patterns, which then fail */
    int32_t hit_tok[MAX_HITS], hit_start[MAX_HITS];
    int first[65];
    int nh = 0;
    /* words glued all the way to the verb ("WIRE_+TAP", "RECENTLY_*") are
     * pinned to the tokens right before it, even inside the subject's
     * phrase as the parser drew it ("soldiers from Chad wire | tapped") */
    int pinned = p->verb_glued;
    for (int k = 1; k < ns && pinned; k++)
        if (p->slots[k].before_verb && !p->slots[k].glued) pinned = 0;
    int32_t near_verb[16];
    uint32_t nnear = 0;
    for (int32_t x = v - 16 < 0 ? 0 : v - 16; pinned && x < v; x++) near_verb[nnear++] = x;
    for (int k = 0; k < ns; k++) {
        const ev_slot *sl = &p->slots[k];
        const int32_t *cand = sl->before_verb ? (pinned ? near_verb : bw->tok) : c->after;
        uint32_t ncand = sl->before_verb ? (pinned ? nnear : bw->n) : c->nafter;
        first[k] = nh;
        for (uint32_t i = 0; i < ncand && nh < MAX_HITS; i++) {
            /* (PETRARCH's conventions: the word as written, not its lemma,
             * as PETRARCH matches: "* RESOLUTION" is not "resolutions") */
            int32_t st = slot_start(s, sl, cand[i], s->e->petrarch);
            if (st >= 0) hit_tok[nh] = cand[i], hit_start[nh++] = st;
        }
        if (nh == first[k]) return sl->before_verb ? -1 : 0; /* -1: no wider clause can help */
    }
    first[ns] = nh;
    int32_t idx[64];
    int k = 0, steps = 0;
    idx[0] = first[0];
    while (k >= 0 && k < ns) {
        if (++steps > 4096) return 0; /* a pathological pattern: no match rather than a long search */
        const ev_slot *sl = &p->slots[k];
        int same_side = k > 0 && p->slots[k - 1].before_verb == sl->before_verb;
        int32_t prev_end = same_side ? matched[k - 1] : sl->before_verb ? -1 : v;
        int last_before = sl->before_verb && (k + 1 == ns || !p->slots[k + 1].before_verb);
        int found = -1;
        for (int i = idx[k]; i < first[k + 1] && found < 0; i++) {
            int32_t x = hit_tok[i], st = hit_start[i];
            if (st <= prev_end) continue;
            if (sl->glued && prev_end >= 0 && st != prev_end + 1) continue;
            if (sl->before_verb && last_before && p->verb_glued && x != v - 1) continue;
            if (!sl->before_verb && !attached_any(s, x, v, matched, k)) continue;
            found = i;
        }
        if (found < 0) {
            if (--k >= 0) idx[k]++;
            continue;
        }
        idx[k] = found;
        matched[k] = hit_tok[found];
        if (++k < ns) idx[k] = first[k];
    }
    return k >= 0;
}

int ev_pattern_matches(const sent *s, const ev_pattern *p, const int32_t *scope, uint32_t nscope, int32_t *matched)
{
    if (p->ordered) {
        order_ctx c;
        before_words bw = {.done = 0};
        order_init(&c, &bw, scope, nscope);
        return ordered_matches(s, p, &c, matched) > 0; /* -1 (no words before the verb) is no match */
    }
    uint64_t used = 1; /* scope[0] is the head itself */
    for (uint16_t k = 0; k < p->nslots; k++) {
        const ev_slot *sl = &p->slots[k];
        int found = -1;
        for (uint32_t j = 1; j < nscope && j < 64 && found < 0; j++) {
            if (used & (1ull << j)) continue;
            /* the "on" of "called Putin on Monday" is no "call on", nor
             * that of "agreed on Friday" an "agree on" */
            int32_t w = scope[j];
            if (rel_is(s->t[w].deprel, "case") && s->t[w].head >= 0 && ev_time_word(s, s->t[w].head)) continue;
            if (slot_start(s, sl, scope[j], 0) >= 0) {
                if (attached(s, scope[j], scope[0], k ? matched[k - 1] : -1)) found = (int)j;
            }
        }
        if (found < 0) return 0;
        used |= 1ull << found;
        matched[k] = scope[found];
    }
    return 1;
}

/* The words after a verb as PETRARCH reads them: its clause and the
 * clauses under it (not its subject, not what is coordinated with it),
 * breadth first, five levels down. */
uint32_t ev_deep_scope(const sent *s, int32_t h, int32_t *out)
{
    uint32_t n = 0, level_start = 0;
    out[n++] = h;
    for (int depth = 0; depth < 5; depth++) {
        uint32_t level_end = n;
        for (uint32_t k = level_start; k < level_end; k++)
            for (int32_t c = s->t[out[k]].first_child; c >= 0 && n < MAX_SCOPE; c = s->t[c].next_sibling) {
                const char *r = s->t[c].deprel;
                if (k == 0 && (rel_is(r, "nsubj") || rel_is(r, "csubj"))) continue;
                if (rel_is(r, "conj") || rel_is(r, "parataxis") || rel_is(r, "punct")) continue;
                out[n++] = c;
            }
        level_start = level_end;
    }
    return n;
}

/* A verb form whose lemma the tagger missed ("blockaded", "shelled"):
 * undo the regular English endings and look again. */
static const ev_head *guess_head(const sent *s, int32_t h)
{
    const char *f = s->d->tokens.items[s->first + (uint32_t)h].form;
    size_t n = f ? strlen(f) : 0;
    if (n < 4 || n > 40) return NULL;
    char w[48];
    for (size_t i = 0; i < n; i++) w[i] = (char)tolower((unsigned char)f[i]);
    w[n] = '\0';
    static const struct { const char *end, *repl; } rules[] = {
        {"ied", "y"}, {"ies", "y"}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}, {"es", ""}, {"s", ""},
    };
    for (size_t r = 0; r < sizeof rules / sizeof *rules; r++) {
        size_t el = strlen(rules[r].end);
        if (n <= el + 2 || strcmp(w + n - el, rules[r].end)) continue;
        char stem[48];
        size_t k = n - el;
        memcpy(stem, w, k);
        strcpy(stem + k, rules[r].repl);
        /* PETRARCH's conventions: only the forms PETRARCH itself makes of
         * a verb, where "-es" follows a hissing end ("taxes", "pushes"),
         * so "departes" is no form of "depart" */
        if (s->e->petrarch && !strcmp(rules[r].end, "es") &&
            !(strchr("sxzo", stem[k - 1]) || (k >= 2 && stem[k - 1] == 'h' && strchr("cs", stem[k - 2]))))
            continue;
        uint32_t id = tables_word_find(&s->e->t, stem, strlen(stem));
        const ev_head *eh = id ? tables_head(&s->e->t, id) : NULL;
        if (eh) return eh;
        /* a doubled final consonant: "travelled" -> "travel" */
        if (!*rules[r].repl && k >= 3 && stem[k - 1] == stem[k - 2]) {
            stem[k - 1] = '\0';
            id = tables_word_find(&s->e->t, stem, k - 1);
            if (id && (eh = tables_head(&s->e->t, id))) return eh;
        }
    }
    return NULL;
}

/* "Ukraine is ready for concessions", "Iran is willing to talk": an
 * adjective with a copula is the clause's predicate, and a verb pattern
 * headed by it ("030 verb ready") codes it as a verb would be. */
static int adjective_predicate(const sent *s, int32_t h)
{
    if (!upos_is(&s->t[h], "ADJ")) return 0;
    for (int32_t c = s->t[h].first_child; c >= 0; c = s->t[c].next_sibling)
        if (rel_exact(s->t[c].deprel, "cop")) return 1;
    return 0;
}

/* Find the pattern that codes token h; fills s->pattern[h] and s->code[h].
 * The lemma's patterns are tried first, then the form's ("talks" as an
 * event noun when the lemma is "talk"), then a guessed lemma. */
static int object_is_actor(sent *s, int32_t h)
{
    int32_t o = ev_child(s, h, "obj");
    if (o < 0) return 0;
    if (upos_is(&s->t[o], "PROPN")) return 1;
    actor_ref a;
    ev_resolve_actor(s, o, &a);
    return a.resolved;
}

/* How far below h the words a pattern matched sit, in all (each walk
 * bounded): the nearer, the more the words belong to h's own clause. */
static int slot_depth(const sent *s, int32_t h, const int32_t *matched, uint16_t n)
{
    int sum = 0;
    for (uint16_t k = 0; k < n && k < 64; k++) {
        int32_t x = matched[k];
        int d = 0;
        while (x >= 0 && x != h && d < 8) x = s->t[x].head, d++;
        /* (depth first, then the distance in words: "agreed to a ceasefire
         * after talks" puts both one step below "agreed") */
        sum += d * 256 + (matched[k] > h ? matched[k] - h : h - matched[k]);
    }
    return sum;
}

void ev_match_head(sent *s, int32_t h, int32_t *scope)
{
    const event_tables *tb = &s->e->t;
    const tok *t = &s->t[h];
    const ev_head *heads[3];
    int nh = 0;
    if (t->lemma && (heads[nh] = tables_head(tb, t->lemma))) nh++;
    if (t->form && t->form != t->lemma && (heads[nh] = tables_head(tb, t->form))) nh++;
    if (!nh && (!t->upos || upos_is(t, "VERB")) && (heads[nh] = guess_head(s, h))) nh++;
    if (!nh) return;
    /* a PETRARCH dictionary lists forms as verbs of their own ("--- LEFT
     * [032:033]" apart from "--- LEAVE [012]"): the form's block first */
    if (nh == 2 && tb->patterns[heads[1]->first].ordered) {
        const ev_head *x = heads[0];
        heads[0] = heads[1], heads[1] = x;
    }
    uint32_t nscope = ev_scope(s, h, scope);
    int32_t matched[64];
    int32_t deep[MAX_SCOPE];
    uint32_t ndeep = 0;
    int deep_done = 0;
    /* what the word can head, once rather than per pattern */
    int noun_ok = is_noun(t), verb_ok = is_verb(t) || adjective_predicate(s, h);
    /* an adjective predicate is coded only by a pattern whose words show
     * the verb's sense ("ready to", "willing to"): "Venezuela is free", "the
     * troops were no longer welcome" free and welcome nobody */
    int bare_ok = is_verb(t) || !verb_ok;
    /* PETRARCH's ordered patterns read sorted candidates, built once here */
    before_words bw = {.done = 0};
    order_ctx near, far;
    int near_done = 0;
    for (int k = 0; k < nh; k++) {
        const ev_head *eh = heads[k];
        for (uint32_t i = 0; i < eh->count; i++) {
            const ev_pattern *p = &tb->patterns[eh->first + i];
            if (p->noun ? !noun_ok : !verb_ok) continue;
            if (!p->noun && !p->nslots && !bare_ok) continue;
            if (p->nslots > 60) continue;
            if (p->nslots && !words_present(s, p)) continue;
            int hit;
            if (p->ordered) {
                if (!near_done) order_init(&near, &bw, scope, nscope), near_done = 1;
                hit = ordered_matches(s, p, &near, matched);
                if (hit < 0) continue;
            } else {
                hit = ev_pattern_matches(s, p, scope, nscope, matched);
            }
            if (!hit && p->deep && p->nslots) { /* (hit -1: the words before the verb are missing) */
                if (!deep_done) {
                    ndeep = ev_deep_scope(s, h, deep), deep_done = 1;
                    order_init(&far, &bw, deep, ndeep);
                }
                hit = p->ordered ? ordered_matches(s, p, &far, matched) > 0 : ev_pattern_matches(s, p, deep, ndeep, matched);
            }
            if (!hit) continue;
            if (p->compound_subject) { /* "% *": a coordinated subject only */
                int passive;
                int32_t sb = ev_subject_of(s, h, &passive);
                int32_t list[2];
                if (sb < 0 || ev_coordinated(s, sb, list, 2) < 2) continue;
            }
            /* "041 verb call +": a pattern of the head and its object alone
             * reads the object as the target, so it needs one that is an
             * actor ("called Putin"; not "what the ministry called
             * interference") */
            if (!p->ordered && !p->nslots && p->target_obj && !object_is_actor(s, h)) continue;
            /* of dyad's own patterns with as many words, the one whose
             * words sit nearest the head: "agreed to an immediate
             * ceasefire ... after talks in Doha" is a ceasefire (0871), not
             * an agreement to talk (036) two levels further down */
            if (!p->ordered && p->nslots && !p->deep && !p->compound_subject) {
                int best = slot_depth(s, h, matched, p->nslots);
                uint32_t best_i = i;
                int32_t other[64];
                for (uint32_t j = i + 1; j < eh->count; j++) {
                    const ev_pattern *q = &tb->patterns[eh->first + j];
                    if (q->nslots != p->nslots) break;
                    if (q->ordered || q->deep || q->compound_subject || (q->noun ? !noun_ok : !verb_ok)) continue;
                    if (!words_present(s, q) || !ev_pattern_matches(s, q, scope, nscope, other)) continue;
                    int depth = slot_depth(s, h, other, q->nslots);
                    if (depth < best) best = depth, best_i = j, memcpy(matched, other, q->nslots * sizeof *matched);
                }
                i = best_i;
                p = &tb->patterns[eh->first + i];
            }
            s->pattern[h] = (int32_t)(eh->first + i);
            memcpy(s->code[h], p->code, sizeof s->code[h]);
            /* a word before the verb that is a verb above it, three steps up at most */
            for (uint16_t k = 0; p->ordered && k < p->nslots; k++) {
                if (!p->slots[k].before_verb || !upos_is(&s->t[matched[k]], "VERB")) continue;
                int32_t g = t->head;
                for (int up = 0; up < 3 && g >= 0 && g != matched[k]; up++) g = s->t[g].head;
                if (g == matched[k]) s->absorbed[h] = g;
            }
            return;
        }
    }
}
