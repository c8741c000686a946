/* role_memory.c — "the ministers" after "European Union foreign
 * ministers".  A story names a group or office fully once and then by its
 * bare noun; without this, the bare noun took the document's country (in a
 * story about sanctions on Iran, "the ministers" of the EU became IRNGOV).
 * Every common noun that the dictionary resolved on its own words is
 * remembered by its form; a later definite bare noun ("the ministers",
 * "these officials") of the same form, within ten sentences, is that
 * actor (origin "earlier").  A fixed ring of recent nouns: constant time
 * and memory per lookup, whatever the story's length.
 *
 * "Their spokesman" after "Houthi rebels seized a town": a possessive
 * "its" or "their" belongs to the latest body or group the text named (not
 * a person) in that sentence or the two before; without it, the
 * spokesman took the document's country and became its government. */
#include <string.h>
#include <strings.h>

#include "base/hash.h"
#include "events/sentence.h"

enum { ROLE_RECALL_SENTENCES = 10 };

/* The noun's form in lower case, hashed: the form, not the lemma, so that
 * "the ministers" is not the one "foreign minister" named last. */
static uint32_t form_hash(const sent *s, int32_t h)
{
    const char *f = s->d->tokens.items[s->first + (uint32_t)h].form;
    if (!f || !*f) return 0;
    uint32_t k = fnv1a32_lower(f, strlen(f));
    return k ? k : 1;
}

void ev_role_remember(sent *s, int32_t h, const dyad_actor *a)
{
    if (!upos_is(&s->t[h], "NOUN") || !a->code) return;
    uint32_t k = form_hash(s, h);
    if (!k) return;
    role_seen *r = &s->roles[s->nroles++ % ROLE_MEMORY];
    r->form = k;
    r->sentence = s->index;
    r->actor = *a;
}

/* Whether h is a bare definite noun: "the ministers", "these officials"
 * (no modifier that the dictionary would have read). */
static int bare_definite(const sent *s, int32_t h)
{
    int definite = 0;
    for (int32_t c = s->t[h].first_child; c >= 0; c = s->t[c].next_sibling) {
        const char *r = s->t[c].deprel;
        if (rel_is(r, "det")) {
            const char *f = s->d->tokens.items[s->first + (uint32_t)c].form;
            if (f && (!strcasecmp(f, "the") || !strcasecmp(f, "these") || !strcasecmp(f, "those"))) definite = 1;
            continue;
        }
        if (rel_is(r, "amod") || rel_is(r, "compound") || rel_is(r, "nmod") || rel_is(r, "flat")) return 0;
    }
    return definite;
}

int ev_role_recall(sent *s, int32_t h, dyad_actor *out)
{
    if (!upos_is(&s->t[h], "NOUN") || !bare_definite(s, h)) return 0;
    uint32_t k = form_hash(s, h);
    if (!k) return 0;
    uint32_t n = s->nroles < ROLE_MEMORY ? s->nroles : ROLE_MEMORY;
    for (uint32_t i = 0; i < n; i++) {
        const role_seen *r = &s->roles[(s->nroles - 1 - i) % ROLE_MEMORY];
        if (r->form != k) continue;
        if (s->index - r->sentence > ROLE_RECALL_SENTENCES) return 0;
        dyad_span sp = out->span;
        const char *text = out->text;
        *out = r->actor;
        out->span = sp;
        out->text = text;
        out->origin = "earlier";
        return 1;
    }
    return 0;
}

enum { GROUP_RECALL_SENTENCES = 2 };

void ev_group_remember(sent *s, int32_t h, const dyad_actor *a)
{
    /* a bare country is a place more often than a body ("a town near
     * Marib" is YEM); its own "its" is the sentence's (owner_country) */
    if (!is_noun(&s->t[h]) || !a->code || strlen(a->code) <= 3) return;
    if (actors_names_person(a)) return;
    if (a->origin && (!strcmp(a->origin, "context") || !strcmp(a->origin, "earlier"))) return;
    if (a->entity >= 0 && (size_t)a->entity < s->d->entities.count) {
        const char *type = s->d->entities.items[a->entity].type;
        if (type && (!strcmp(type, "PER") || !strcmp(type, "LOC"))) return;
    }
    uint32_t at = s->first + (uint32_t)h;
    /* roles are resolved out of text order: keep the later mention */
    if (s->group_set && s->group_sentence == s->index && s->group_token > at) return;
    s->group = *a;
    s->group_sentence = s->index;
    s->group_token = at;
    s->group_set = 1;
}

const char *ev_possessive_owner(sent *s, int32_t h)
{
    int possessive = 0;
    for (int32_t c = s->t[h].first_child; c >= 0 && c < h; c = s->t[c].next_sibling) {
        const char *f = s->d->tokens.items[s->first + (uint32_t)c].form;
        if (rel_is(s->t[c].deprel, "nmod") && f && (!strcasecmp(f, "its") || !strcasecmp(f, "their"))) possessive = 1;
    }
    if (!possessive || !s->group_set || s->index - s->group_sentence > GROUP_RECALL_SENTENCES) return NULL;
    if (s->group_sentence == s->index && s->group_token >= s->first + (uint32_t)h) return NULL;
    return s->group.code;
}
