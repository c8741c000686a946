/* anaphora.c — "he" and "she" as actors.  News reports keep acting people
 * in pronouns ("Galuzin told the agency ... He accused Kyiv of ..."); the
 * statements stage has already decided who speaks where, so a personal
 * pronoun is the speaker it found:
 *   1. the speaker of a quote cued by this very pronoun ("He accused Kyiv
 *      ... and said ..."), else
 *   1b. the speaker of the quote the pronoun opens, cued later in the same
 *      sentence ("He accused Washington of betraying diplomacy, the
 *      Iranian foreign minister told state television"), unless the
 *      speaker's own mention points back at someone else ("He called for
 *      calm, his spokesman said"), else
 *   2. the speaker of the latest quote cued before the pronoun, of the
 *      pronoun's gender or of none the text gave, in the pronoun's
 *      paragraph or the one before.
 * Anything else (no quote near, a speaker of the other gender, a
 * journalist) leaves the pronoun unresolved, as before: no guess. */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "events/sentence.h"

/* 1 for he/him, 2 for she/her, 0 for any other word. */
static int pronoun_gender(const sent *s, int32_t h)
{
    if (!upos_is(&s->t[h], "PRON") || rel_is(s->t[h].deprel, "nmod")) return 0;
    const char *f = s->d->tokens.items[s->first + (uint32_t)h].form;
    if (!f) return 0;
    if (!strcasecmp(f, "he") || !strcasecmp(f, "him")) return 1;
    if (!strcasecmp(f, "she") || !strcasecmp(f, "her")) return 2;
    return 0;
}

static uint32_t paragraph_at(const doc *d, uint32_t sentence)
{
    return sentence < d->sentences.count ? d->sentences.items[sentence].paragraph : 0;
}

/* Whether a person the entity recogniser found in [from, to) is someone
 * other than the speaker ("Galuzin spoke ... Putin met Erdogan. He ..."):
 * then "he" may be either, and it is left unresolved.  A person entity
 * whose last word is in the speaker's name is the speaker again. */
static bool other_person_between(const doc *d, const dyad_speaker *sp, uint32_t from, uint32_t to)
{
    size_t lo = 0, hi = d->entities.count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->entities.items[mid].span.start < from) lo = mid + 1;
        else hi = mid;
    }
    const char *name = sp->identity.name;
    for (size_t i = lo; i < d->entities.count && d->entities.items[i].span.start < to; i++) {
        const dyad_entity *e = &d->entities.items[i];
        if (!e->type || strcmp(e->type, "PER") != 0) continue;
        if (!name) return true;
        const char *t = d->text.data + e->span.start;
        size_t n = e->span.end - e->span.start, w = n;
        while (w > 0 && t[w - 1] != ' ') w--;
        size_t ln = n - w;
        bool same = false;
        for (const char *p = name; *p && !same; p++)
            same = (p == name || p[-1] == ' ') && !strncmp(p, t + w, ln) && (p[ln] == '\0' || p[ln] == ' ');
        if (!same) return true;
    }
    return false;
}

/* Whether a mention holds a possessive pronoun ("his spokesman", "her
 * lawyer"): a person named through someone else. */
static bool owned_mention(const doc *d, dyad_span m)
{
    static const char *const owners[] = {"his", "her", "their", "its"};
    const char *t = d->text.data + m.start;
    size_t n = m.end > m.start ? m.end - m.start : 0;
    for (size_t k = 0; k < sizeof owners / sizeof *owners; k++) {
        size_t w = strlen(owners[k]);
        for (size_t i = 0; i + w <= n; i++)
            if ((i == 0 || t[i - 1] == ' ') && (i + w == n || t[i + w] == ' ') && !strncasecmp(t + i, owners[k], w)) return true;
    }
    return false;
}

static const dyad_speaker *speaker_of(const doc *d, const cue_key *k)
{
    return &d->speakers.items[d->quotes.items[k->quote].speaker];
}

const dyad_speaker *ev_pronoun_speaker(sent *s, int32_t h)
{
    int gender = h >= 0 ? pronoun_gender(s, h) : 0;
    if (!gender) return NULL;
    const doc *d = s->d;
    dyad_span ps = d->tokens.items[s->first + (uint32_t)h].span;
    uint32_t end = d->tokens.items[s->first + s->n - 1].span.end;
    uint32_t at = ev_cue_at(s, ps.start);
    /* a quote this pronoun cues: its cue is later in the same sentence */
    for (uint32_t i = at; i < s->ncues && s->cues[i].cue.start < end; i++) {
        const dyad_quote *q = &d->quotes.items[s->cues[i].quote];
        if (q->speaker_mention.start == ps.start && q->speaker_mention.end == ps.end) {
            const dyad_speaker *sp = speaker_of(d, &s->cues[i]);
            return sp->journalist || !sp->identity.code ? NULL : sp;
        }
    }
    /* a quote this pronoun opens, cued after it in the same sentence by a
     * speaker who is not someone's ("his spokesman") */
    for (uint32_t i = at; i < s->ncues && s->cues[i].cue.start < end; i++) {
        const dyad_quote *q = &d->quotes.items[s->cues[i].quote];
        /* (inside quotation marks "he" is someone the speaker talks about) */
        if (q->span.start != ps.start || q->speaker_mention.start < ps.end || q->kind == DYAD_QUOTE_DIRECT) continue;
        const dyad_speaker *sp = speaker_of(d, &s->cues[i]);
        if (sp->journalist || !sp->identity.code) return NULL;
        if (sp->gender && strcmp(sp->gender, gender == 1 ? "male" : "female") != 0) return NULL;
        if (owned_mention(d, q->speaker_mention)) return NULL;
        return sp;
    }
    if (at == 0) return NULL;
    /* else the latest quote cued before it, near and of a fitting gender */
    const cue_key *k = &s->cues[at - 1];
    const dyad_speaker *sp = speaker_of(d, k);
    if (sp->journalist || !sp->identity.code) return NULL;
    if (sp->gender && strcmp(sp->gender, gender == 1 ? "male" : "female") != 0) return NULL;
    const dyad_quote *q = &d->quotes.items[k->quote];
    uint32_t para = paragraph_at(d, s->index), cue_para = paragraph_at(d, q->sentence);
    if (cue_para > para || para - cue_para > 1) return NULL;
    uint32_t from = q->cue_span.end > q->speaker_mention.end ? q->cue_span.end : q->speaker_mention.end;
    if (other_person_between(d, sp, from, ps.start)) return NULL;
    return sp;
}
