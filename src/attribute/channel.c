/* channel.c — how a statement reached the outlet: the channel ("told
 * reporters", "interview", "press conference", "briefing", "social
 * network", "statement", "speech") and who relayed it.
 *
 * Relayed-by: an outlet or person between the speaker and this article —
 * "according to the BBC" (when someone else is the speaker), "told the
 * BBC", "in an interview with TASS", "quoted by Reuters", "cited by RIA".
 * An interview given to the article's own outlet is not relayed. */
#include <string.h>

#include "attribute/internal.h"

static bool frame(const ctx *c, uint32_t i) { return c->w.items[i].depth == 0 && c->w.items[i].kind != W_MARK; }

/* The capitalised run starting at i (after an optional determiner), as
 * an arena string, or NULL. */
static const char *cap_run(ctx *c, uint32_t i, uint32_t hi)
{
    if (i < hi && wis(c, i, LX_DET)) i++;
    /* "the official KCNA news agency", "the state-run IRNA" */
    while (i < hi && (weq(c, i, "official") || weq(c, i, "state") || weq(c, i, "state-run") || weq(c, i, "state-owned") ||
                      weq(c, i, "government-run")))
        i++;
    uint32_t b = i;
    while (b < hi && b - i < 5 && frame(c, b) && c->w.items[b].kind == W_WORD && c->w.items[b].cap) b++;
    if (b == i) return NULL;
    if (b - i == 1 && (wis(c, i, LX_PLACE) || wcountry(c, i) || wis(c, i, LX_ORG))) return NULL;
    return doc_strndup(c->d, c->t + c->w.items[i].s, c->w.items[b - 1].e - c->w.items[i].s);
}

static bool own_outlet(const ctx *c, const char *name)
{
    const char *o = c->d->pub.outlet.value;
    if (!o || !name) return false;
    if (strcasecmp(o, name) == 0) return true;
    const char *d = c->d->pub.dateline.outlet;
    return d && strcasecmp(d, name) == 0;
}

/* "state television", "national radio", "public broadcaster", "Russian
 * TV": a broadcaster named without a name of its own, starting at i;
 * one past its last word, or 0. */
static uint32_t broadcaster_end(const ctx *c, uint32_t i, uint32_t hi)
{
    uint32_t k = i;
    while (k < hi && k - i < 3 && frame(c, k) && c->w.items[k].kind == W_WORD) {
        if (weq(c, k, "television") || weq(c, k, "TV") || weq(c, k, "radio") || weq(c, k, "broadcaster")) return k + 1;
        if (!(weq(c, k, "state") || weq(c, k, "national") || weq(c, k, "public") || weq(c, k, "local") ||
              wcountry(c, k) || c->w.items[k].cap))
            return 0;
        k++;
    }
    return 0;
}

void find_channel(ctx *c, uint32_t lo, uint32_t hi, stmt *st)
{
    if (hi > c->w.count) hi = (uint32_t)c->w.count;
    bool speaker_is_according = st->cue && strcmp(st->cue, "according to") == 0;
    bool had = st->channel != NULL;
    for (uint32_t i = lo; i < hi; i++) {
        if (!had && st->channel) st->channel_at = i - 1, had = true; /* set by the word before */
        if (!frame(c, i) || c->w.items[i].kind != W_WORD) continue;
        if (weq(c, i, "told") && i + 1 < hi) {
            uint32_t b = broadcaster_end(c, i + 1, hi);
            if (weq(c, i + 1, "reporters") || weq(c, i + 1, "journalists") || (weq(c, i + 1, "the") && i + 2 < hi && weq(c, i + 2, "press"))) {
                if (!st->channel) st->channel = "told reporters";
            } else if (b) {
                /* "told state television": an interview the broadcaster relays */
                if (!st->channel) st->channel = "interview";
                if (!st->relayed) st->relayed = doc_strndup(c->d, c->t + c->w.items[i + 1].s, c->w.items[b - 1].e - c->w.items[i + 1].s);
            } else if (c->w.items[i].s >= st->cue_s && c->w.items[i].e <= st->cue_e + 1) {
                const char *who = cap_run(c, i + 1, hi);
                if (who && !wis(c, i + 1 + (wis(c, i + 1, LX_DET) ? 1 : 0), LX_ROLE)) {
                    if (!st->channel) st->channel = "interview";
                    if (!st->relayed && !own_outlet(c, who)) st->relayed = who;
                }
            }
        } else if (weq(c, i, "conference") && i > lo && (weq(c, i - 1, "press") || weq(c, i - 1, "news"))) {
            st->channel = "press conference";
        } else if (weq(c, i, "briefing") || weq(c, i, "briefings")) {
            if (!st->channel) st->channel = "briefing";
        } else if (weq(c, i, "interview")) {
            if (!st->channel || strcmp(st->channel, "told reporters") != 0) st->channel = "interview";
            if (i + 2 < hi && weq(c, i + 1, "with")) {
                const char *who = cap_run(c, i + 2, hi);
                if (who && !st->relayed && !own_outlet(c, who)) st->relayed = who;
            }
        } else if (weq(c, i, "Telegram") || weq(c, i, "Twitter") || weq(c, i, "Facebook") || weq(c, i, "Instagram") ||
                   weq(c, i, "VKontakte") || weq(c, i, "tweeted") || weq(c, i, "posted") ||
                   (weq(c, i, "X") && i > lo && weq(c, i - 1, "on")) ||
                   (weq(c, i, "social") && i + 1 < hi && (weq(c, i + 1, "media") || weq(c, i + 1, "network")))) {
            if (!st->channel) st->channel = "social network";
        } else if (weq(c, i, "statement")) {
            if (!st->channel) st->channel = "statement";
        } else if (weq(c, i, "letter") && i > lo && (weq(c, i - 1, "a") || weq(c, i - 1, "an") || weq(c, i - 1, "open") ||
                                                   weq(c, i - 1, "the") || weq(c, i - 1, "his") || weq(c, i - 1, "her"))) {
            if (!st->channel) st->channel = "letter";
        } else if (weq(c, i, "speech") || (weq(c, i, "address") && i > lo && wis(c, i - 1, LX_ROLE) == false && !weq(c, i - 1, "email"))) {
            if (!st->channel) st->channel = "speech";
        } else if (weq(c, i, "according") && i + 1 < hi && weq(c, i + 1, "to") && !speaker_is_according) {
            const char *who = cap_run(c, i + 2, hi);
            if (who && !st->relayed) st->relayed = who;
        } else if (weq(c, i, "quoted") && i > lo && !wis(c, i - 1, LX_SKIP) && !weq(c, i - 1, "was") && !weq(c, i - 1, "were") &&
                   st->cue_s > c->w.items[i].s) {
            /* "the state news agency quoted him as saying": the agency relays */
            uint32_t a = i;
            while (a > lo && a - i < 6 && (c->w.items[a - 1].kind == W_WORD) && !wis(c, a - 1, LX_CUE)) a--;
            if (a < i && !st->relayed) {
                uint32_t b0 = a;
                if (wis(c, b0, LX_DET)) b0++;
                if (b0 < i) st->relayed = doc_strndup(c->d, c->t + c->w.items[b0].s, c->w.items[i - 1].e - c->w.items[b0].s);
            }
        } else if ((weq(c, i, "quoted") || weq(c, i, "cited")) && i + 2 < hi && weq(c, i + 1, "by")) {
            const char *who = cap_run(c, i + 2, hi);
            if (who && !st->relayed) st->relayed = who;
        }
    }
    if (!had && st->channel) st->channel_at = hi ? hi - 1 : 0;
}
