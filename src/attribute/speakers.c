/* speakers.c — from mentions to speakers: one speaker per person (or
 * body), merged across mentions ("Peskov" = "Dmitry Peskov"); "he",
 * "she" and role nouns ("the diplomat", "the Kremlin spokesman") resolved
 * to the person the article named before; uncued quotes attached to the
 * speaker they continue; identities resolved through the shared actor
 * resolution; then the quotes and the speakers index published. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attribute/internal.h"
#include "base/hash.h"

#define PRONOUN_LOOKBACK 64
#define CONTINUE_PARAGRAPHS 2

typedef struct spk {
    mention best;          /* fullest naming mention */
    mention role;          /* a mention carrying role words */
    bool has_role;
    char key[64];
    uint8_t gender;
    bool journalist, person;
    uint32_t count;
    const char *stated;    /* a country some mention of this person states (mention_country) */
    int32_t body_plus1;    /* "The ministry said ... A spokesman added": the body spoken for, + 1 (0: none) */
} spk;

/* The speakers, with a hash index by key and the people introduced
 * sorted by key, so that merging mentions stays linear on long documents. */
typedef struct spk_vec {
    spk *items;
    size_t count, cap;
    int32_t *slots;        /* open addressing: speaker index or -1 */
    size_t nslots;
    uint32_t *persons;     /* indexes into ctx.persons sorted by key, built on first use */
    bool persons_sorted;
} spk_vec;

static uint32_t key_hash(const char *k, bool person)
{
    /* people and bodies start from different seeds: their keys spread apart */
    return fnv1a32_str(person ? FNV1A32_BASIS : 33554467u, k);
}

static void insert_slot(spk_vec *sv, int32_t idx)
{
    size_t k = key_hash(sv->items[idx].key, sv->items[idx].person) & (sv->nslots - 1);
    while (sv->slots[k] >= 0) k = (k + 1) & (sv->nslots - 1);
    sv->slots[k] = idx;
}

/* Index the speaker just added, growing the table to stay half empty. */
static void index_speaker(spk_vec *sv, int32_t idx)
{
    if (sv->count * 2 > sv->nslots) {
        size_t n = sv->nslots ? sv->nslots * 2 : 64;
        while (sv->count * 2 > n) n *= 2;
        free(sv->slots);
        sv->slots = malloc(n * sizeof *sv->slots);
        sv->nslots = n;
        for (size_t i = 0; i < n; i++) sv->slots[i] = -1;
        for (size_t i = 0; i < sv->count; i++) insert_slot(sv, (int32_t)i);
        return;
    }
    insert_slot(sv, idx);
}

static int32_t lookup_speaker(const spk_vec *sv, const char *key, bool person)
{
    if (!sv->nslots) return -1;
    size_t k = key_hash(key, person) & (sv->nslots - 1);
    for (; sv->slots[k] >= 0; k = (k + 1) & (sv->nslots - 1)) {
        const spk *s = &sv->items[sv->slots[k]];
        if (s->person == person && strcmp(s->key, key) == 0) return sv->slots[k];
    }
    return -1;
}

static int by_person_key(const void *a, const void *b, void *arg)
{
    const ctx *c = arg;
    return strcmp(c->persons.items[*(const uint32_t *)a].key, c->persons.items[*(const uint32_t *)b].key);
}

static uint32_t word_at(const ctx *c, uint32_t byte)
{
    size_t lo = 0, hi = c->w.count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->w.items[mid].s < byte) lo = mid + 1; else hi = mid;
    }
    return (uint32_t)lo;
}

static void compute_key(const ctx *c, const mention *m, char *key, size_t cap)
{
    key[0] = '\0';
    uint32_t s = m->ns, e = m->ne;
    if (m->type == MEN_JOURNALIST) { snprintf(key, cap, "\x01journalist"); return; }
    if (m->type == MEN_NAME && m->person) {
        uint32_t last = word_at(c, e) ? word_at(c, e) - 1 : 0;
        if (last < c->w.count) s = c->w.items[last].s, e = c->w.items[last].e;
    } else if (m->type == MEN_ROLE) s = m->rs, e = m->re;
    else if (s == e) s = m->s, e = m->e;
    size_t n = 0;
    for (uint32_t i = s; i < e && n + 1 < cap; i++) {
        char ch = c->t[i];
        if (ch == '\'' && i + 1 < e && (c->t[i + 1] == 's')) break;
        key[n++] = (ch >= 'A' && ch <= 'Z') ? (char)(ch - 'A' + 'a') : ch;
    }
    key[n] = '\0';
    if (strncmp(key, "the ", 4) == 0) memmove(key, key + 4, strlen(key + 4) + 1);
}

/* The mention's key, computed once and kept in it. */
static const char *mkey(const ctx *c, mention *m)
{
    if (!m->keyed) compute_key(c, m, m->key, sizeof m->key), m->keyed = true;
    return m->key;
}

static uint32_t name_words(const ctx *c, const mention *m)
{
    if (m->ne <= m->ns) return 0;
    return word_at(c, m->ne) - word_at(c, m->ns);
}

/* The country word w names: the word lists know the usual countries, the
 * actor dictionary every country and demonym ("Moroccan", "Bolivia's"). */
static const char *word_country(const ctx *c, uint32_t w)
{
    if (wcountry(c, w)) return wcountry(c, w);
    if (!c->actors || !c->w.items[w].cap || c->w.items[w].kind != W_WORD) return NULL;
    size_t n = wlen(c, w);
    const char *t = wtext(c, w);
    if (n > 2 && t[n - 2] == '\'' && t[n - 1] == 's') n -= 2;
    else if (n > 4 && !memcmp(t + n - 4, "\xE2\x80\x99s", 4)) n -= 4;
    dyad_actor r;
    if (!actors_resolve_text(c->actors, c->d, t, n, &r) || !r.code) return NULL;
    if (strlen(r.code) == 3) return r.code;
    /* a capital standing for its government ("Manila" PHLGOV) names PHL */
    if (r.country && strlen(r.country) == 3 && !strncmp(r.code, r.country, 3) && !strcmp(r.code + 3, "GOV")) return r.country;
    return NULL;
}

/* The country a naming mention states for its person: in its role words
 * ("Greek Transport Minister Nikos Dimitriou") or right after the name
 * ("Nikos Dimitriou of Greece").  Kept per speaker as mentions merge, so it
 * wins over the dateline for the other mentions too: a state agency in
 * Sofia quotes Greek ministers as well. */
static const char *mention_country(const ctx *c, const mention *m)
{
    if (m->type != MEN_NAME || !m->person) return NULL;
    for (uint32_t w = word_at(c, m->rs); m->re > m->rs && w < c->w.count && c->w.items[w].e <= m->re; w++) {
        const char *k = word_country(c, w);
        if (k) return k;
    }
    uint32_t after = word_at(c, m->ne);
    if (m->ne <= m->ns || after + 1 >= c->w.count || !(weq(c, after, "of") || weq(c, after, "from"))) return NULL;
    uint32_t k = after + 1;
    if (wis(c, k, LX_DET) && k + 1 < c->w.count) k++; /* "of the Netherlands" */
    return c->w.items[k].sent == c->w.items[after].sent ? word_country(c, k) : NULL;
}

static void improve(spk *sp, const ctx *c, const mention *m)
{
    if (name_words(c, m) > name_words(c, &sp->best)) {
        bool keep_role = sp->best.re > sp->best.rs && !(m->re > m->rs);
        mention old = sp->best;
        sp->best = *m;
        if (keep_role) sp->best.rs = old.rs, sp->best.re = old.re;
    }
    if (m->re > m->rs && (!sp->has_role || m->re - m->rs > sp->role.re - sp->role.rs)) sp->role = *m, sp->has_role = true;
    if (!sp->gender && m->gender) sp->gender = m->gender;
    if (!sp->stated) sp->stated = mention_country(c, m);
}

static int32_t find_or_add(ctx *c, spk_vec *sv, const mention *mention_in)
{
    mention mm = *mention_in;
    const mention *m = &mm;
    char key[64];
    snprintf(key, sizeof key, "%s", mkey(c, &mm));
    int32_t found = key[0] ? lookup_speaker(sv, key, m->person) : -1;
    if (found >= 0) {
        improve(&sv->items[found], c, m);
        return found;
    }
    /* a one-word name that is any word of a known person's name ("Wang"
     * for "Wang Yi", where the family name comes first) */
    if (m->person && m->type == MEN_NAME && name_words(c, m) == 1) {
        size_t n = m->ne - m->ns;
        const char *w = c->t + m->ns;
        if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's') n -= 2;
        for (size_t i = 0; i < sv->count; i++) {
            const mention *b = &sv->items[i].best;
            if (!sv->items[i].person || b->ne <= b->ns) continue;
            const char *t = c->t + b->ns;
            size_t tn = b->ne - b->ns;
            for (size_t k = 0; k + n <= tn; k++)
                if ((k == 0 || t[k - 1] == ' ') && (k + n == tn || t[k + n] == ' ') && strncmp(t + k, w, n) == 0) {
                    improve(&sv->items[i], c, m);
                    return (int32_t)i;
                }
        }
    }
    spk s = {0};
    s.best = *m;
    memcpy(s.key, key, sizeof key);
    s.person = m->person;
    s.journalist = m->type == MEN_JOURNALIST;
    s.gender = m->gender;
    s.stated = mention_country(c, m);
    if (m->re > m->rs) s.role = *m, s.has_role = true;
    /* a title or apposition met earlier ("Deputy Foreign Minister Sergei
     * Ryabkov"): the people introduced, sorted by key once, bisected */
    if (s.person && m->type == MEN_NAME && c->persons.count) {
        if (!sv->persons_sorted) {
            sv->persons = malloc(c->persons.count * sizeof *sv->persons);
            for (size_t i = 0; i < c->persons.count; i++) mkey(c, &c->persons.items[i]), sv->persons[i] = (uint32_t)i;
            qsort_r(sv->persons, c->persons.count, sizeof *sv->persons, by_person_key, c);
            sv->persons_sorted = true;
        }
        size_t lo = 0, hi = c->persons.count;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (strcmp(c->persons.items[sv->persons[mid]].key, key) < 0) lo = mid + 1; else hi = mid;
        }
        for (size_t i = lo; i < c->persons.count && strcmp(c->persons.items[sv->persons[i]].key, key) == 0; i++)
            improve(&s, c, &c->persons.items[sv->persons[i]]);
    }
    VEC_PUSH(sv, s);
    index_speaker(sv, (int32_t)sv->count - 1);
    return (int32_t)sv->count - 1;
}

static bool contains(const char *r, size_t rn, const char *h, size_t hn)
{
    for (size_t i = 0; i + hn <= rn; i++) if (strncasecmp(r + i, h, hn) == 0) return true;
    return false;
}

/* Whether the role noun of m ("the deputy minister") fits the speaker's
 * role words; `strict` leaves out generic nouns that fit anyone
 * ("the diplomat", "the official"). */
/* The country words of a role mention say ("the Moroccan minister"). */
static const char *role_country(const ctx *c, const mention *m)
{
    for (uint32_t w = m->ws; w < m->we && w < c->w.count; w++) {
        const char *k = word_country(c, w);
        if (k) return k;
    }
    return NULL;
}

/* Whether role mention m names a country the speaker is known not to be
 * of: "the Moroccan minister" is not the Spanish one. */
static bool other_country(const ctx *c, const spk *sp, const mention *m)
{
    if (m->type != MEN_ROLE) return false;
    const char *mine = role_country(c, m), *theirs = sp->stated ? sp->stated : sp->has_role ? mention_country(c, &sp->role) : NULL;
    return mine && theirs && strcmp(mine, theirs) != 0;
}

/* Whether role mention m names the country speaker sp is known to be of. */
static bool same_country(const ctx *c, const spk *sp, const mention *m)
{
    const char *mine = role_country(c, m), *theirs = sp->stated ? sp->stated : sp->has_role ? mention_country(c, &sp->role) : NULL;
    return mine && theirs && strcmp(mine, theirs) == 0;
}
static int resolve_span(ctx *c, uint32_t s, uint32_t e, dyad_actor *r);

/* The country of the document's dominant actors (actors_document_country),
 * computed once, or NULL. */
static const char *document_country(ctx *c)
{
    if (!c->doc_country_done && c->actors) c->doc_country = actors_document_country(c->actors, c->d), c->doc_country_done = true;
    return c->doc_country;
}

/* A role mention that names a country ("the French president") fits only
 * a speaker the text makes of that country. */
static bool country_fits(ctx *c, const spk *sp, const mention *m)
{
    if (m->type != MEN_ROLE || !role_country(c, m) || same_country(c, sp, m)) return true;
    if (sp->stated || (sp->has_role && mention_country(c, &sp->role))) return false;
    /* the text gave the speaker no country: the dictionary's, else the
     * story's ("Interior Minister Wolfgang Peschorn" in a story from
     * Vienna is Austria's interior minister) */
    dyad_actor r = {0};
    r.entity = -1;
    const char *theirs = resolve_span(c, sp->best.s, sp->best.e, &r) ? r.country : document_country(c);
    return theirs && !strcmp(theirs, role_country(c, m));
}

/* A role noun that fits any office ("the official", "the leader"). */
static bool generic_role(const ctx *c, uint32_t w)
{
    static const char *const generic[] = {"diplomat", "official", "politician", "leader", "head", "chief", "lawmaker"};
    for (size_t i = 0; i < sizeof generic / sizeof *generic; i++)
        if (weq(c, w, generic[i])) return true;
    return false;
}

/* A word of a role phrase that narrows it ("army" of "the army chief"),
 * not a determiner, a country or a rank of seniority. */
static bool modifier_word(const ctx *c, uint32_t k)
{
    return c->w.items[k].kind == W_WORD && !wis(c, k, LX_DET) && !word_country(c, k) && !weq(c, k, "senior") && !weq(c, k, "top");
}

/* "the army chief", "the opposition leader": a generic role a modifier
 * narrows. */
static bool narrowed_generic(const ctx *c, const mention *m)
{
    if (m->type != MEN_ROLE || m->we == 0 || !generic_role(c, m->we - 1)) return false;
    for (uint32_t k = m->ws; k + 1 < m->we; k++)
        if (modifier_word(c, k)) return true;
    return false;
}

static bool role_fits_as(const ctx *c, const spk *sp, const mention *m, bool strict)
{
    if (m->type != MEN_ROLE || m->we == 0) return true;
    if (other_country(c, sp, m)) return false;
    const char *h = wtext(c, m->we - 1);
    size_t hn = wlen(c, m->we - 1);
    const char *r = sp->has_role ? c->t + sp->role.rs : NULL;
    size_t rn = sp->has_role ? sp->role.re - sp->role.rs : 0;
    if (!strict && generic_role(c, m->we - 1)) {
        /* ... but a modifier says which ("the army chief" is no prime
         * minister): a role the text gave must hold it */
        for (uint32_t k = m->ws; k + 1 < m->we; k++)
            if (modifier_word(c, k) && (!r || !contains(r, rn, wtext(c, k), wlen(c, k)))) return false;
        return true;
    }
    if (!sp->has_role) return false;
    if (contains(r, rn, h, hn)) return true;
    /* a spokeswoman is the ministry's official representative or press secretary */
    if (hn > 6 && strncasecmp(h, "spokes", 6) == 0)
        return contains(r, rn, "spokes", 6) || contains(r, rn, "representative", 14) || contains(r, rn, "press secretary", 15);
    return false;
}

static bool role_fits(const ctx *c, const spk *sp, const mention *m) { return role_fits_as(c, sp, m, false); }

/* Whether every word before the role noun of m, after its article ("a
 * Foreign Ministry spokeswoman", "the department spokesman"), is among the
 * speaker's role words: the same role, not another body's. */
static bool same_role_words(const ctx *c, const spk *sp, const mention *m)
{
    if (!sp->has_role || m->we == 0) return false;
    const char *r = c->t + sp->role.rs;
    size_t rn = sp->role.re - sp->role.rs;
    for (uint32_t k = m->ws; k + 1 < m->we; k++) {
        if (wis(c, k, LX_DET) || c->w.items[k].kind != W_WORD) continue;
        if (!contains(r, rn, wtext(c, k), wlen(c, k))) return false;
    }
    return true;
}

static bool indefinite_article(const ctx *c, const mention *m)
{
    /* ("one protester told": someone unnamed, as "a protester") */
    return weq(c, m->ws, "a") || weq(c, m->ws, "an") || (weq(c, m->ws, "one") && m->we == m->ws + 2);
}

/* Whether the role noun heading m is plural ("witnesses said", "residents
 * said"): a group, never the person named last. */
static bool plural_role(const ctx *c, const mention *m)
{
    if (m->type != MEN_ROLE || m->we == 0) return false;
    const char *w = wtext(c, m->we - 1);
    size_t n = wlen(c, m->we - 1);
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && !c->w.items[m->we - 1].cap;
}

/* Whether a role mention names its owner with a possessive that is not a
 * pronoun: "the mission's head", "the ministry's spokesman" (but not "his
 * spokesman", which points back at someone), or after "of": "the leader
 * of the Rapid Support Forces". */
static bool owned_role(const ctx *c, const mention *m)
{
    for (uint32_t k = m->ws + 1; k + 2 < m->we; k++)
        if (weq(c, k, "of") && wis(c, k - 1, LX_ROLE) && !c->w.items[k - 1].cap && weq(c, k + 1, "the") && c->w.items[k + 2].cap)
            return true;
    for (uint32_t k = m->ws; k + 1 < m->we; k++)
        if (wpossessive(c, k) && !weq(c, k, "it's") && !weq(c, k, "he's") && !weq(c, k, "she's")) return true;
    return false;
}

/* "Her lawyer", "his spokesman", "his wife": someone who speaks for or
 * beside the person the pronoun points at, never that person. */
static bool agent_of_pronoun(const ctx *c, const mention *m)
{
    static const char *const agents[] = {"lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman",
                                         "spokesperson", "aide", "aides", "adviser", "advisers", "advisor", "wife",
                                         "husband", "son", "daughter", "mother", "father", "brother", "sister",
                                         "family", "successor", "predecessor", "deputy", "office", "campaign"};
    if (m->type != MEN_ROLE || m->we != m->ws + 2 || !(weq(c, m->ws, "his") || weq(c, m->ws, "her"))) return false;
    for (size_t k = 0; k < sizeof agents / sizeof *agents; k++)
        if (weq(c, m->ws + 1, agents[k])) return true;
    return false;
}

/* "Their spokesman", "its chief": a role owned by a possessive pronoun. */
static bool pronoun_owned(const ctx *c, const mention *m)
{
    return m->type == MEN_ROLE && m->we > m->ws + 1 && (weq(c, m->ws, "its") || weq(c, m->ws, "their"));
}

enum { OWNER_LOOKBACK_WORDS = 80 };

/* The body a possessive pronoun points back at ("Houthi rebels seized a
 * town. Their spokesman said ..."; "The World Health Organization warned
 * ... Its spokesman said ..."): the nearest run of capitalised words, with
 * a common noun right after it ("Houthi rebels"), in the mention's
 * sentence or the two before, that resolves to a body or group, not a
 * person and not a bare country.  Fills *owner and returns its first
 * word, or returns UINT32_MAX. */
static uint32_t possessive_owner(ctx *c, const mention *m, dyad_actor *owner)
{
    if (!pronoun_owned(c, m) || !c->actors) return UINT32_MAX;
    uint32_t sent = c->w.items[m->ws].sent;
    for (uint32_t k = m->ws, seen = 0; k-- > 0 && seen < OWNER_LOOKBACK_WORDS; seen++) {
        const aword *w = &c->w.items[k];
        if (w->sent + 2 < sent) break;
        if (w->kind != W_WORD || !w->cap || wis(c, k, LX_FUNCTION)) continue;
        /* the run's last capital: k; its first, a */
        uint32_t a = k;
        while (a > 0 && c->w.items[a - 1].kind == W_WORD && c->w.items[a - 1].cap && !wis(c, a - 1, LX_FUNCTION)) a--;
        uint32_t e = k + 1 < m->ws && c->w.items[k + 1].kind == W_WORD && !c->w.items[k + 1].cap ? k + 2 : k + 1;
        for (; e > k; e--) {
            dyad_actor r = {0};
            r.entity = -1;
            if (!resolve_span(c, c->w.items[a].s, c->w.items[e - 1].e, &r) || !r.code || strlen(r.code) <= 3) continue;
            if (actors_names_person(&r)) continue;
            *owner = r;
            return a;
        }
        k = a; /* the run is done: go on before it */
    }
    return UINT32_MAX;
}

/* Whether speaker sp's role words name the owner whose first word is
 * `owner_word` ("the Houthis' spokesman" for "Houthi rebels ... their
 * spokesman"); true when no owner was found. */
static bool owner_fits(const ctx *c, const spk *sp, uint32_t owner_word)
{
    if (owner_word == UINT32_MAX) return true;
    if (!sp->has_role) return false;
    size_t n = wlen(c, owner_word);
    if (n > 4 && (wtext(c, owner_word)[n - 1] == 's' || wtext(c, owner_word)[n - 1] == 'i')) n--; /* Houthis, Houthi */
    return contains(c->t + sp->role.rs, sp->role.re - sp->role.rs, wtext(c, owner_word), n);
}

/* "he", "she", "the diplomat": a person introduced in the same or the
 * previous paragraph after the latest speaker ("Zakharova accused Britain
 * ... "...," she wrote"), else the latest speaker whose gender (and role)
 * fit, else the latest person introduced before. */
/* How many people the text introduced before byte `pos` (they are in text order). */
static size_t persons_before(const ctx *c, uint32_t pos)
{
    size_t lo = 0, hi = c->persons.count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->persons.items[mid].s < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
}

/* "According to a senior Iranian official, ... talks with U.S. envoy Steve
 * Witkoff ... The official ... said": a role noun repeats the head noun of
 * a speaker of the last few statements; that speaker, not a person named
 * since.  -1 when none. */
static int32_t repeated_role(ctx *c, const spk_vec *sv, size_t si, const mention *m)
{
    if (m->type != MEN_ROLE || m->we == 0) return -1;
    for (size_t k = si, seen = 0; k-- > 0 && seen < 3; seen++) {
        int32_t sp = c->st.items[k].speaker;
        if (sp < 0) continue;
        const spk *s = &sv->items[sp];
        const mention *r = s->has_role ? &s->role : s->best.type == MEN_ROLE ? &s->best : NULL;
        if (!r || r->we == 0 || s->journalist || !s->person) continue;
        if (m->gender && s->gender && m->gender != s->gender) continue;
        if (wsame(c, r->we - 1, m->we - 1) && country_fits(c, s, m)) return sp;
    }
    return -1;
}

static int32_t resolve_anaphor(ctx *c, spk_vec *sv, size_t si, const mention *m)
{
    int32_t again = repeated_role(c, sv, si, m);
    if (again >= 0) return again;
    uint32_t para = c->w.items[m->ws].para;
    uint32_t latest_speaker_pos = 0;
    for (size_t k = si, seen = 0; k-- > 0 && seen < PRONOUN_LOOKBACK; seen++) {
        const stmt *p = &c->st.items[k];
        if (p->speaker >= 0 && !sv->items[p->speaker].journalist) {
            latest_speaker_pos = p->mention >= 0 ? c->men.items[p->mention].s : p->s;
            break;
        }
    }
    size_t before = persons_before(c, m->s), floor = before > PRONOUN_LOOKBACK ? before - PRONOUN_LOOKBACK : 0;
    /* introduced in this paragraph or the one before, after the latest
     * speaker: the person the text is now about; of several in the most
     * recent sentence that has one, the first (its subject: "Barcena met
     * Blinken in Lima. She said ..." is Barcena) */
    const mention *known = NULL, *unknown = NULL; /* the first of that sentence whose gender fits / is not known */
    const stmt *own = &c->st.items[si];
    for (size_t i = before; i-- > floor;) {
        const mention *p = &c->persons.items[i];
        if (c->w.items[p->ws].para + 1 < para || p->s < latest_speaker_pos) break;
        /* (nobody the statement is about: "X resigned, the army chief said") */
        if (p->s >= own->s && p->e <= own->e) continue;
        const mention *seen = known ? known : unknown;
        if (seen && c->w.items[p->ws].sent != c->w.items[seen->ws].sent) break;
        if (m->gender && p->gender && m->gender != p->gender) continue;
        /* "the Kremlin spokesman" is not the ambassador just named */
        if (m->type == MEN_ROLE) {
            spk probe = {0};
            probe.best = *p;
            if (p->re > p->rs) probe.role = *p, probe.has_role = true;
            if (!role_fits(c, &probe, m) || !country_fits(c, &probe, m)) continue;
        }
        if (m->gender && p->gender == m->gender) known = p;
        else unknown = p;
    }
    if (known || unknown) return find_or_add(c, sv, known ? known : unknown);
    for (int strict = 1; strict >= 0; strict--) {
        int32_t fallback = -1;
        size_t seen = 0;
        for (size_t k = si; k-- > 0 && seen < PRONOUN_LOOKBACK; seen++) {
            int32_t sp = c->st.items[k].speaker;
            if (sp < 0) continue;
            const spk *s = &sv->items[sp];
            if (s->journalist || !s->person) continue;
            if (m->gender && (strict ? s->gender != m->gender : (s->gender && m->gender != s->gender))) continue;
            if (role_fits(c, s, m) && country_fits(c, s, m)) return sp;
            /* (a role noun falls back on a speaker whose role the text gave
             * otherwise only when it names that speaker's country: "the
             * Russian envoy" is Russia's Permanent Representative, but "The
             * opposition said" after "Chile's president said" is someone else) */
            if (fallback < 0 && !other_country(c, s, m) && !(m->type == MEN_ROLE && s->has_role && !same_country(c, s, m)))
                fallback = sp;
        }
        if (fallback >= 0 && !strict) return fallback;
        if (strict && m->gender) {
            /* a person of the right gender introduced before beats a
             * speaker whose gender the text never gave */
            for (size_t i = before; i-- > floor;)
                if (c->persons.items[i].gender == m->gender) return find_or_add(c, sv, &c->persons.items[i]);
        }
        if (fallback >= 0) return fallback;
    }
    /* last, the latest person introduced before; for a role noun not one
     * introduced with other role words ("the NATO Secretary General" is not
     * "Foreign Ministry spokeswoman Maria Zakharova") */
    const char *named_country = m->type == MEN_ROLE ? role_country(c, m) : NULL;
    for (size_t i = before; i-- > floor;) {
        const mention *p = &c->persons.items[i];
        if (p->s >= own->s && p->e <= own->e) continue;
        if (m->gender && p->gender && m->gender != p->gender) continue;
        /* ("the Moroccan minister" only for someone the text makes Moroccan) */
        if (named_country && (!mention_country(c, p) || strcmp(mention_country(c, p), named_country) != 0)) continue;
        spk probe = {0};
        if (p->re > p->rs) probe.role = *p, probe.has_role = true;
        /* (someone whose role the text did not give is any role, but not
         * one a modifier narrows: "the army chief" is not "Hasina") */
        if (m->type == MEN_ROLE && (p->re > p->rs || narrowed_generic(c, m)) && !role_fits(c, &probe, m)) continue;
        return find_or_add(c, sv, p);
    }
    return -1;
}

/* The speaker of a recent statement (at most PRONOUN_LOOKBACK back) whose
 * naming mention ends in the same noun as group mention m ("officials"),
 * or -1. */
static int32_t same_group(const ctx *c, const spk_vec *sv, size_t si, const mention *m)
{
    uint32_t last = m->we - 1;
    for (size_t k = si, seen = 0; k-- > 0 && seen < PRONOUN_LOOKBACK; seen++) {
        int32_t sp = c->st.items[k].speaker;
        if (sp < 0) continue;
        const spk *g = &sv->items[sp];
        if (g->person || g->journalist || g->best.we == 0) continue;
        uint32_t gl = g->best.we - 1;
        if (wsame(c, gl, last)) return sp;
    }
    return -1;
}

/* "the two countries said", "both sides said", "the three mediators
 * said": a group whose members the text named before; returns how many
 * (2 to 1 + MAX_CO_SPEAKERS), or 0. */
static size_t names_a_group(const ctx *c, const mention *m)
{
    static const char *const heads[] = {"countries", "sides", "nations", "governments", "allies", "leaders", "mediators",
                                        "juntas", "states", "neighbours", "neighbors", "powers"};
    uint32_t last = m->we - 1;
    bool head = false;
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) head |= weq(c, last, heads[k]);
    if (!head) return 0;
    for (uint32_t i = m->ws > 0 ? m->ws - 1 : 0; i < last; i++) {
        if (weq(c, i, "two") || weq(c, i, "both")) return 2;
        if (weq(c, i, "three")) return 3;
        if (weq(c, i, "four")) return 4;
    }
    return 0;
}

/* Statement s is spoken by statement p's speakers, all of them. */
static void speak_as(stmt *s, const stmt *p)
{
    s->speaker = p->speaker;
    memcpy(s->co_speakers, p->co_speakers, sizeof s->co_speakers);
}

/* The first word of the country's name that ends at word e ("Saudi
 * Arabia", "Burkina Faso", "the United States"), or UINT32_MAX when the
 * capitals there name no country. */
static uint32_t country_name_start(ctx *c, uint32_t e)
{
    if (c->w.items[e].kind != W_WORD || !c->w.items[e].cap) return UINT32_MAX;
    uint32_t a = e;
    while (a > 0 && e - a < 3 && c->w.items[a - 1].kind == W_WORD && c->w.items[a - 1].cap) a--;
    for (; a <= e; a++) {
        dyad_actor r = {0};
        r.entity = -1;
        if (resolve_span(c, c->w.items[a].s, c->w.items[e].e, &r) && r.code && r.country && !strcmp(r.code, r.country))
            return a;
    }
    return UINT32_MAX;
}

/* The n members of the group statement si names: the speakers of the
 * nearest statement of n coordinated speakers before it ("Russia and
 * China said ... the two countries said"), else the nearest list of n
 * countries in the words before ("Mali, Burkina Faso and Niger left the
 * bloc ... the three countries said").  Sets the statement's speakers;
 * false when the text named no such group. */
static bool resolve_group(ctx *c, spk_vec *sv, size_t si, const mention *m, size_t n)
{
    stmt *s = &c->st.items[si];
    const stmt *said = NULL; /* the nearest statement of n speakers */
    for (size_t k = si, seen = 0; k-- > 0 && seen < PRONOUN_LOOKBACK && !said; seen++) {
        const stmt *p = &c->st.items[k];
        size_t co = 0;
        while (co < MAX_CO_SPEAKERS && p->co_speakers[co] >= 0) co++;
        if (p->speaker >= 0 && co + 1 == n) said = p;
    }
    /* where its speakers were named: a list of countries named since is nearer */
    uint32_t said_at = said && said->mention >= 0 ? c->men.items[said->mention].ws : said ? word_at(c, said->s) : 0;
    if (said && said_at + OWNER_LOOKBACK_WORDS < m->ws) said_at = m->ws - OWNER_LOOKBACK_WORDS;
    /* (countries are no leaders) */
    bool countries = !weq(c, m->we - 1, "leaders");
    for (uint32_t i = m->ws, seen = 0; countries && i-- > 2 && i > said_at && seen < OWNER_LOOKBACK_WORDS; seen++) {
        uint32_t a = country_name_start(c, i);
        if (a == UINT32_MAX) continue;
        uint32_t lead = a > 0 && weq(c, a - 1, "the") ? a - 1 : a; /* ("and the United States") */
        if (lead < 2 || !weq(c, lead - 1, "and")) continue;
        /* the list ending at word i: "A and B", "A, B and C" */
        uint32_t starts[1 + MAX_CO_SPEAKERS], ends[1 + MAX_CO_SPEAKERS];
        size_t got = 0;
        starts[got] = a, ends[got++] = i;
        uint32_t prev = lead - 2;
        while (got < n) {
            uint32_t pa = country_name_start(c, prev);
            if (pa == UINT32_MAX) break;
            starts[got] = pa, ends[got++] = prev;
            uint32_t pl = pa > 0 && weq(c, pa - 1, "the") ? pa - 1 : pa;
            if (got < n && pl >= 2 && wpunct(c, pl - 1, ',')) prev = pl - 2;
            else break;
        }
        if (got != n) continue;
        int32_t sp[1 + MAX_CO_SPEAKERS];
        for (size_t k = 0; k < n; k++) {
            int32_t men = np_span(c, starts[k], ends[k] + 1);
            if (men < 0) return false;
            sp[k] = find_or_add(c, sv, &c->men.items[men]);
        }
        /* (the speaker is the last named, the others in the order written) */
        s->speaker = sp[0];
        for (size_t k = 1; k < n; k++) s->co_speakers[k - 1] = sp[k];
        return true;
    }
    if (!said) return false;
    speak_as(s, said);
    return true;
}

/* "the statement said", "the communique said": a document the text has
 * someone issue, not a speaker of its own. */
static bool the_document(const ctx *c, const mention *m)
{
    static const char *const nouns[] = {"statement", "communique", "declaration", "letter", "report", "readout"};
    if (m->we != m->ws + 2 || !(weq(c, m->ws, "the") || weq(c, m->ws, "that") || weq(c, m->ws, "their"))) return false;
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        if (weq(c, m->ws + 1, nouns[k])) return true;
    return false;
}

/* The speakers of the nearest statement before si that came through a
 * statement or letter ("Saudi Arabia and the United States said in a joint
 * statement ... the statement said") become si's; false when none. */
static bool issuers_before(ctx *c, size_t si)
{
    stmt *s = &c->st.items[si];
    for (size_t k = si, seen = 0; k-- > 0 && seen < PRONOUN_LOOKBACK; seen++) {
        const stmt *p = &c->st.items[k];
        if (p->speaker < 0 || !p->channel || (strcmp(p->channel, "statement") && strcmp(p->channel, "letter"))) continue;
        speak_as(s, p);
        return true;
    }
    return false;
}

/* In a transcript, the label whose every passage is a question is the
 * interviewer's ("Izvestia: ...?" / "Lavrov: ...").  Labels are grouped
 * by sorting, so long transcripts stay n log n. */
typedef struct label_ref { const char *key; size_t stmt; } label_ref;

static int by_key(const void *a, const void *b)
{
    const label_ref *x = a, *y = b;
    int k = strcmp(x->key, y->key);
    return k ? k : (x->stmt > y->stmt) - (x->stmt < y->stmt);
}

static void interviewer_labels(ctx *c)
{
    label_ref *refs = malloc((c->st.count + 1) * sizeof *refs);
    size_t n = 0;
    for (size_t i = 0; i < c->st.count; i++) {
        const stmt *s = &c->st.items[i];
        if (!s->cue || strcmp(s->cue, ":") != 0 || s->mention < 0 || c->men.items[s->mention].type != MEN_NAME) continue;
        refs[n++] = (label_ref){mkey(c, &c->men.items[s->mention]), i};
    }
    if (n > 1) qsort(refs, n, sizeof *refs, by_key);
    for (size_t a = 0; a < n;) {
        size_t b = a, asked = 0;
        while (b < n && strcmp(refs[b].key, refs[a].key) == 0) {
            const stmt *o = &c->st.items[refs[b].stmt];
            if (o->e > o->s && c->t[o->e - 1] == '?') asked++;
            b++;
        }
        if (asked == b - a)
            for (size_t k = a; k < b; k++) c->men.items[c->st.items[refs[k].stmt].mention].type = MEN_JOURNALIST;
        a = b;
    }
    free(refs);
}

static int cmp_stmt(const void *a, const void *b)
{
    const stmt *x = a, *y = b;
    if (x->s != y->s) return x->s < y->s ? -1 : 1;
    if (x->e != y->e) return x->e > y->e ? -1 : 1;
    return (int)x->kind - (int)y->kind;
}

static uint32_t para_of(const ctx *c, const stmt *s) { return c->w.items[word_at(c, s->s) < c->w.count ? word_at(c, s->s) : c->w.count - 1].para; }

/* Uncued quotes: the other pieces of a multi-paragraph quote, then the
 * paragraph's other statements, then the speaker of the paragraphs just
 * before. */
static void link_uncued(ctx *c)
{
    size_t n = c->st.count;
    int32_t *prev_piece = malloc((n + 1) * sizeof *prev_piece);
    int32_t *next_piece = malloc((n + 1) * sizeof *next_piece);
    for (size_t i = 0; i < n; i++) prev_piece[i] = next_piece[i] = -1;
    int32_t last_open = -1; /* latest statement of an unclosed top-level quote */
    for (size_t i = 0; i < n; i++) {
        stmt *s = &c->st.items[i];
        if (s->quote < 0) continue;
        const qspan *q = &c->q.items[s->quote];
        if (q->chain_prev && last_open >= 0 && c->q.items[c->st.items[last_open].quote].para + 1 == q->para) {
            prev_piece[i] = last_open;
            next_piece[last_open] = (int32_t)i;
        }
        if (q->depth == 0 && !q->closed && !q->colon) last_open = (int32_t)i;
    }
    for (size_t i = n; i-- > 0;) {
        stmt *s = &c->st.items[i];
        if (s->mention < 0 && s->inherit < 0 && next_piece[i] >= 0) {
            const stmt *nx = &c->st.items[next_piece[i]];
            if (nx->mention >= 0 || nx->inherit >= 0) s->inherit = next_piece[i], s->confidence = 0.85f;
        }
    }
    for (size_t i = 0; i < n; i++) {
        stmt *s = &c->st.items[i];
        if (s->mention < 0 && s->inherit < 0 && prev_piece[i] >= 0) s->inherit = prev_piece[i], s->confidence = 0.85f;
    }
    for (size_t i = 0; i < n; i++) {
        stmt *s = &c->st.items[i];
        if (s->mention >= 0 || s->inherit >= 0 || s->answer) continue;
        uint32_t para = para_of(c, s);
        if (i > 0 && para_of(c, &c->st.items[i - 1]) == para) { s->inherit = (int32_t)i - 1; s->confidence = 0.8f; continue; }
        if (i + 1 < n && para_of(c, &c->st.items[i + 1]) == para && c->st.items[i + 1].mention >= 0) {
            s->inherit = (int32_t)i + 1; s->confidence = 0.75f; continue;
        }
        for (size_t k = i; k-- > 0;) {
            const stmt *p = &c->st.items[k];
            uint32_t pp = para_of(c, p);
            if (pp + CONTINUE_PARAGRAPHS < para) break;
            if (p->mention >= 0 && c->men.items[p->mention].type == MEN_JOURNALIST) continue;
            s->inherit = (int32_t)k;
            s->confidence = 0.6f;
            break;
        }
        if (s->inherit < 0) s->confidence = 0.3f;
        if (s->pull) s->confidence *= 0.7f;
    }
    free(prev_piece);
    free(next_piece);
}

/* Token range [first, first+count) covering bytes [s, e), for the actor
 * resolver; false when the text has no tokens there. */
static bool tokens_for(const doc *d, uint32_t s, uint32_t e, uint32_t *first, uint32_t *count)
{
    const dyad_token *t = d->tokens.items;
    size_t n = d->tokens.count, lo = 0, hi = n;
    if (!n) return false;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].span.end <= s) lo = mid + 1; else hi = mid;
    }
    size_t b = lo;
    while (b < n && t[b].span.start < e) b++;
    if (b <= lo) return false;
    *first = (uint32_t)lo, *count = (uint32_t)(b - lo);
    return true;
}

static const char *dup_span(ctx *c, uint32_t s, uint32_t e) { return e > s ? doc_strndup(c->d, c->t + s, e - s) : NULL; }

/* Organisation and country from role words: "Russian Foreign Ministry
 * spokeswoman" -> "Foreign Ministry", RUS. */
static void from_role_words(ctx *c, uint32_t s, uint32_t e, dyad_actor *a)
{
    for (uint32_t i = word_at(c, s); i < c->w.count && c->w.items[i].e <= e; i++) {
        if (c->w.items[i].kind != W_WORD) continue;
        const char *cc = wcountry(c, i);
        if (cc && !a->country) a->country = cc;
        if (!a->organisation && wis(c, i, LX_ORG) && c->w.items[i].cap) {
            uint32_t a0 = i, b0 = i + 1;
            while (a0 > 0 && c->w.items[a0 - 1].s >= s && c->w.items[a0 - 1].cap && !wcountry(c, a0 - 1) &&
                   !wis(c, a0 - 1, LX_DET) && (wis(c, a0 - 1, LX_ORG) || wis(c, a0 - 1, LX_ROLE) || !wis(c, a0 - 1, LX_PLACE)) &&
                   !(wis(c, a0 - 1, LX_ROLE) && !wis(c, a0 - 1, LX_ORG) && wgender(c, a0 - 1)))
                a0--;
            while (b0 < c->w.count && c->w.items[b0].e <= e && c->w.items[b0].cap && wis(c, b0, LX_ORG)) b0++;
            /* "Kremlin spokesman": the organisation is the capitalised part */
            a->organisation = dup_span(c, c->w.items[a0].s, c->w.items[b0 - 1].e);
        }
    }
}

/* The shared actor resolution on bytes [s, e).  In "head of the second
 * department at the Foreign Ministry" the body after "at" employs the
 * person, so that part is resolved first. */
static int resolve_span(ctx *c, uint32_t s, uint32_t e, dyad_actor *r)
{
    uint32_t first, count, from = s;
    if (!c->actors) return 0;
    for (uint32_t i = word_at(c, s); i < c->w.count && c->w.items[i].e <= e; i++)
        if (weq(c, i, "at") && i + 1 < c->w.count) from = c->w.items[i + 1].s;
    if (from > s && tokens_for(c->d, from, e, &first, &count) && actors_resolve(c->actors, c->d, first, count, r)) return 1;
    *r = (dyad_actor){0};
    r->entity = -1;
    return tokens_for(c->d, s, e, &first, &count) && actors_resolve(c->actors, c->d, first, count, r);
}

/* Whether the words of [s, e) name a government office or body ("Foreign
 * Minister", "the Interior Ministry", "government spokeswoman"): such a
 * speaker acts for a state even when the mention does not say which. */
static bool governmental(const ctx *c, uint32_t s, uint32_t e)
{
    static const char *const stem[] = {"minist", "government", "president", "premier", "chancellor", "cabinet"};
    /* and the sectors the actor dictionary codes by country when the text
     * names none ("Police said", "the Treasury Department", "a senior
     * administration official"): the events stage reads them in the same
     * context, so the speaker and the event agree */
    static const char *const sector[] = {"police", "army", "military", "treasury", "department", "administration",
                                         "general", "colonel", "admiral", "brigadier", "commander",
                                         "armed", "navy", "prosecutor", "prosecutors", "court",
                                         "parliament", "senate", "congress", "embassy", "presidency"};
    for (uint32_t i = word_at(c, s); i < c->w.count && c->w.items[i].e <= e; i++) {
        for (size_t k = 0; k < sizeof stem / sizeof *stem; k++)
            if (wlen(c, i) >= strlen(stem[k]) && strncasecmp(wtext(c, i), stem[k], strlen(stem[k])) == 0) return true;
        for (size_t k = 0; k < sizeof sector / sizeof *sector; k++)
            if (weq(c, i, sector[k])) return true;
    }
    return false;
}

/* The one country the mention's own sentence names, or NULL when it
 * names none or several: "China may impose export controls, a commerce
 * ministry official said" is China's official, whatever the rest of the
 * story is about. */
static const char *sentence_country(const ctx *c, const mention *m)
{
    uint32_t w0 = m->ws < c->w.count ? m->ws : 0, sent = c->w.items[w0].sent;
    uint32_t a = c->sent_first.items[sent], b = sent + 1 < c->sent_first.count ? c->sent_first.items[sent + 1] : (uint32_t)c->w.count;
    const char *one = NULL;
    for (uint32_t i = a; i < b && i - a < 256; i++) {
        const char *k = word_country(c, i);
        if (!k) continue;
        if (one && strcmp(one, k) != 0) return NULL;
        one = k;
    }
    return one;
}

/* A governmental speaker whose mention names no country ("Foreign Minister
 * Jan Nowak" in a story datelined WARSAW): the country the article states
 * for that person, else the document's country, through the shared actor
 * resolution with origin "context".  Groups ("one of the ministers") and
 * envoys (posted in a country not theirs) are left alone. */
static void context_identity(ctx *c, const spk *sp, dyad_actor *a, uint32_t rs, uint32_t re)
{
    const mention *m = &sp->best;
    if (a->country || a->code || !c->actors || m->partitive || (sp->person && m->type != MEN_NAME && m->type != MEN_ROLE)) return;
    uint32_t s = re > rs ? rs : m->s, e = re > rs ? re : m->e;
    if (!governmental(c, s, e)) return;
    /* an envoy serves abroad: the dateline is the host's country */
    for (uint32_t i = word_at(c, s); i < c->w.count && c->w.items[i].e <= e; i++)
        if (weq(c, i, "ambassador") || weq(c, i, "envoy") || weq(c, i, "consul") || weq(c, i, "representative")) return;
    const char *country = sp->stated;
    if (!country) country = sentence_country(c, m);
    if (!country) country = document_country(c);
    uint32_t first, count;
    if (!country || !tokens_for(c->d, s, e, &first, &count)) return;
    dyad_actor r = {0};
    r.entity = -1;
    if (!actors_resolve_in_context(c->actors, c->d, first, count, country, &r) || !r.code) return;
    a->code = r.code;
    a->country = r.country ? r.country : country;
    a->origin = "context";
    if (r.organisation && !a->organisation) a->organisation = r.organisation;
}

/* "the embassy said" after "The Russian embassy in Washington condemned
 * the plan": a definite mention of a body or group without a code is the
 * one the text named fully a little before with the same noun (at most
 * NAMED_BEFORE_WORDS back, so the look is bounded per speaker). */
enum { NAMED_BEFORE_WORDS = 400 };

static void named_before(ctx *c, const mention *m, dyad_actor *a)
{
    if (m->type != MEN_ROLE && m->type != MEN_ORG) return;
    if (!(weq(c, m->ws, "the") || weq(c, m->ws, "these") || weq(c, m->ws, "those")) || m->we != m->ws + 2) return;
    uint32_t noun = m->ws + 1;
    for (uint32_t k = m->ws, seen = 0; k-- > 0 && seen < NAMED_BEFORE_WORDS; seen++) {
        if (k == 0 || !wsame(c, k, noun)) continue;
        /* the words before it that name whose it is ("Russian", "the US") */
        uint32_t a0 = k;
        while (a0 > 0 && k - a0 < 3 && c->w.items[a0 - 1].kind == W_WORD && (c->w.items[a0 - 1].cap || wcountry(c, a0 - 1))) a0--;
        if (a0 == k) continue;
        dyad_actor r = {0};
        r.entity = -1;
        if (!resolve_span(c, c->w.items[a0].s, c->w.items[k].e, &r) || !r.code) continue;
        a->code = r.code;
        a->country = r.country;
        if (r.organisation && !a->organisation) a->organisation = r.organisation;
        a->origin = "earlier";
        return;
    }
}

/* "Their spokesman": the role in the context of the body the pronoun
 * points back at (its code keeps its sector: YEMREB, IGOUNOHLHWHO). */
static void owner_identity(ctx *c, const spk *sp, dyad_actor *a, uint32_t rs, uint32_t re)
{
    const mention *m = sp->has_role && pronoun_owned(c, &sp->role) ? &sp->role : &sp->best;
    dyad_actor owner;
    uint32_t first, count;
    if (possessive_owner(c, m, &owner) == UINT32_MAX || !tokens_for(c->d, rs, re, &first, &count)) return;
    dyad_actor r = {0};
    r.entity = -1;
    if (!actors_resolve_in_context(c->actors, c->d, first, count, owner.code, &r) || !r.code) return;
    a->code = r.code;
    a->country = r.country ? r.country : owner.country;
    a->organisation = owner.organisation ? owner.organisation : owner.name;
    a->origin = "earlier";
}

/* "the leaders of Britain, France and Germany": the country's code with
 * the sector of the role the list shares (GBRGOV). */
static void country_role(ctx *c, const mention *m, dyad_actor *a)
{
    uint32_t first, count;
    if (!c->actors || !tokens_for(c->d, m->rs, m->re, &first, &count)) return;
    /* (a country's leaders are its government) */
    uint32_t last = word_at(c, m->re) - 1; /* (the word ending the role) */
    if (weq(c, last, "leaders") || weq(c, last, "heads")) {
        char code[16];
        snprintf(code, sizeof code, "%sGOV", a->country);
        a->code = doc_strndup(c->d, code, strlen(code));
        a->origin = "composed";
        return;
    }
    if (!governmental(c, m->rs, m->re)) return;
    dyad_actor r = {0};
    r.entity = -1;
    if (!actors_resolve_in_context(c->actors, c->d, first, count, a->country, &r) || !r.code) return;
    a->code = r.code;
    a->origin = "composed";
}

static void build_identity(ctx *c, const spk_vec *sv, const spk *sp, dyad_speaker *out)
{
    dyad_actor *a = &out->identity;
    const mention *m = &sp->best;
    a->entity = -1;
    a->span = (dyad_span){m->s, m->e};
    a->text = dup_span(c, m->s, m->e);
    if (sp->journalist) {
        a->name = NULL;
        a->role = "journalist";
        a->organisation = c->d->pub.outlet.value;
        out->journalist = true;
        return;
    }
    if (m->ne > m->ns) a->name = dup_span(c, m->ns, m->ne);
    uint32_t rs = m->rs, re = m->re;
    if (sp->has_role && (re <= rs || sp->role.re - sp->role.rs > re - rs)) rs = sp->role.rs, re = sp->role.re;
    if (re > rs) {
        a->role = dup_span(c, rs, re);
        from_role_words(c, rs, re, a);
    }
    if (!sp->person && m->ne > m->ns) {
        from_role_words(c, m->ns, m->ne, a);
        if (!a->organisation) a->organisation = a->name;
    }
    /* the shared actor resolution, on the fullest mention and then on
     * the role words (an apposition) */
    dyad_actor r = {0};
    r.entity = -1;
    int found = resolve_span(c, m->s, m->e, &r);
    if (!found && re > rs && (rs < m->s || rs >= m->e)) {
        dyad_actor r2 = {0};
        r2.entity = -1;
        if (resolve_span(c, rs, re, &r2)) r = r2, found = 1;
    }
    if (r.code) a->code = r.code;
    if (r.origin) a->origin = r.origin;
    if (r.country) a->country = r.country;
    if (r.organisation && (!a->organisation || found)) a->organisation = r.organisation;
    if (r.role && !a->role) a->role = r.role;
    if (r.name && !a->name && !m->agent) a->name = r.name;
    if (r.entity >= 0 && !m->agent) a->entity = r.entity;
    if (sp->body_plus1 && (!a->code || (a->origin && !strcmp(a->origin, "context")))) {
        /* the body spoken for gives the code, country and organisation */
        dyad_speaker b = {0};
        const spk *body = &sv->items[sp->body_plus1 - 1];
        if (!body->body_plus1) build_identity(c, sv, body, &b);
        if (b.identity.code) {
            a->code = b.identity.code;
            a->country = b.identity.country;
            a->organisation = b.identity.organisation ? b.identity.organisation : b.identity.name;
            a->origin = "body";
        }
    }
    if (m->shared_role && a->country && a->code && !strcmp(a->code, a->country)) country_role(c, m, a);
    if (!a->code) named_before(c, m, a);
    if (!a->code) owner_identity(c, sp, a, re > rs ? rs : m->s, re > rs ? re : m->e);
    if (!a->code) context_identity(c, sp, a, re > rs ? rs : m->s, re > rs ? re : m->e);
    out->gender = sp->gender == 1 ? "male" : sp->gender == 2 ? "female" : NULL;
}

static uint32_t sentence_of(const doc *d, uint32_t byte)
{
    size_t lo = 0, hi = d->sentences.count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->sentences.items[mid].span.end <= byte) lo = mid + 1; else hi = mid;
    }
    return lo < d->sentences.count ? (uint32_t)lo : 0;
}

/* "The State Department urged restraint. A spokesman said ...": an
 * unowned spokesperson right after a statement of a body (an organisation,
 * not a person) in the same or the previous paragraph speaks for it. */
static void speaks_for_previous_body(ctx *c, spk_vec *sv, size_t i, const mention *m)
{
    stmt *s = &c->st.items[i];
    if (i == 0 || m->we == 0 || mention_country(c, m)) return;
    static const char *const spokes[] = {"spokesman", "spokeswoman", "spokesperson", "official", "representative"};
    bool role = false;
    for (size_t k = 0; k < sizeof spokes / sizeof *spokes && !role; k++) role = weq(c, m->we - 1, spokes[k]);
    /* only "a spokesman": any word between names an owner of its own */
    if (!role || m->we - m->ws != 2) return;
    const stmt *p = &c->st.items[i - 1];
    if (p->speaker < 0 || p->speaker == s->speaker || para_of(c, p) + 1 < para_of(c, s)) return;
    const spk *body = &sv->items[p->speaker];
    if (body->person || body->journalist) return;
    sv->items[s->speaker].body_plus1 = p->speaker + 1;
}

/* Speaker sp into the document's speakers the first time a quote needs
 * it; map holds each one's published index (-1: not yet). */
static void publish_speaker(ctx *c, const spk_vec *sv, int32_t *map, int32_t sp)
{
    if (map[sp] >= 0) return;
    dyad_speaker out = {0};
    build_identity(c, sv, &sv->items[sp], &out);
    VEC_PUSH(&c->d->speakers, out);
    map[sp] = (int32_t)c->d->speakers.count - 1;
}

void resolve_speakers(ctx *c)
{
    if (c->st.count > 1) qsort(c->st.items, c->st.count, sizeof *c->st.items, cmp_stmt);
    /* the same span found twice (a quote that is also a reported clause) */
    size_t k = 0;
    for (size_t i = 0; i < c->st.count; i++) {
        if (k && c->st.items[k - 1].s == c->st.items[i].s && c->st.items[k - 1].e == c->st.items[i].e) continue;
        c->st.items[k++] = c->st.items[i];
    }
    c->st.count = k;
    link_uncued(c);
    interviewer_labels(c);

    spk_vec sv = {0};
    for (size_t i = 0; i < c->st.count; i++) {
        stmt *s = &c->st.items[i];
        for (size_t k = 0; k < MAX_CO_SPEAKERS; k++) s->co_speakers[k] = -1;
        if (s->answer) {
            /* the interviewee: the person the introduction named, else the
             * next named speaker who is not the interviewer */
            size_t pb = persons_before(c, s->s);
            if (pb) s->speaker = find_or_add(c, &sv, &c->persons.items[pb - 1]);
            for (size_t k = i + 1; k < c->st.count && k < i + PRONOUN_LOOKBACK && s->speaker < 0; k++) {
                const stmt *n = &c->st.items[k];
                if (n->mention >= 0 && c->men.items[n->mention].type == MEN_NAME) s->inherit = (int32_t)k;
                if (n->mention >= 0 && c->men.items[n->mention].type == MEN_NAME) break;
            }
            continue;
        }
        if (s->mention < 0) {
            if (s->inherit >= 0 && (size_t)s->inherit < i) s->speaker = c->st.items[s->inherit].speaker;
            continue;
        }
        mention *m = &c->men.items[s->mention];
        size_t group = names_a_group(c, m);
        if (group && resolve_group(c, &sv, i, m, group)) continue;
        if (the_document(c, m) && issuers_before(c, i)) continue;
        /* "a Downing Street spokesman": someone new, not an anaphor; so is
         * a role owned by a body the text names ("the mission's head"),
         * unless a speaker already named holds that very role */
        bool indefinite = m->type == MEN_ROLE && (indefinite_article(c, m) || owned_role(c, m) || pronoun_owned(c, m) ||
                                                  agent_of_pronoun(c, m));
        dyad_actor owner;
        uint32_t owner_word = possessive_owner(c, m, &owner);
        if (m->partitive) {
            /* "one of the ministers": unnamed, and not whoever the text named last */
            s->speaker = find_or_add(c, &sv, m);
        } else if (indefinite && m->person) {
            /* ... unless a speaker already named holds exactly that role
             * ("a Foreign Ministry spokeswoman" after Zakharova) */
            int32_t sp = -1;
            for (size_t k = 0; k < sv.count && sp < 0; k++)
                if (sv.items[k].person && !sv.items[k].journalist && sv.items[k].best.type == MEN_NAME &&
                    role_fits_as(c, &sv.items[k], m, true) && same_role_words(c, &sv.items[k], m) &&
                    owner_fits(c, &sv.items[k], owner_word) &&
                    !(m->gender && sv.items[k].gender && m->gender != sv.items[k].gender))
                    sp = (int32_t)k;
            for (size_t k = 0; k < c->persons.count && sp < 0; k++) {
                spk probe = {0};
                const mention *p = &c->persons.items[k];
                if (p->s >= m->s || !(p->re > p->rs)) continue;
                probe.role = *p, probe.has_role = true;
                if (role_fits_as(c, &probe, m, true) && same_role_words(c, &probe, m) && owner_fits(c, &probe, owner_word))
                    sp = find_or_add(c, &sv, p);
            }
            s->speaker = sp >= 0 ? sp : find_or_add(c, &sv, m);
            if (sp < 0 && s->speaker >= 0) speaks_for_previous_body(c, &sv, i, m);
        } else if (m->type == MEN_PRONOUN || (m->type == MEN_ROLE && m->person && !indefinite && !plural_role(c, m))) {
            int32_t sp = resolve_anaphor(c, &sv, i, m);
            if (sp < 0 && m->type == MEN_ROLE) sp = find_or_add(c, &sv, m);
            s->speaker = sp;
            if (sp >= 0 && m->type == MEN_PRONOUN && m->gender && !sv.items[sp].gender) sv.items[sp].gender = m->gender;
            if (sp >= 0 && m->type == MEN_ROLE) improve(&sv.items[sp], c, m);
        } else if (m->type == MEN_ROLE && !m->person && (weq(c, m->ws, "the") || weq(c, m->ws, "these") || weq(c, m->ws, "those"))) {
            /* "the officials said" after "two US officials told": the group
             * a recent statement named with the same noun */
            int32_t sp = same_group(c, &sv, i, m);
            s->speaker = sp >= 0 ? sp : find_or_add(c, &sv, m);
        } else
            s->speaker = find_or_add(c, &sv, m);
        /* "Russia and China said": each name before the last speaks too */
        size_t n = 0;
        for (uint32_t cj = c->men.items[s->mention].conj; cj && n < MAX_CO_SPEAKERS; cj = c->men.items[cj - 1].conj) {
            int32_t sp = find_or_add(c, &sv, &c->men.items[cj - 1]);
            if (sp != s->speaker) s->co_speakers[n++] = sp;
        }
    }
    /* inherits pointing forward (a quote before its cued continuation) */
    for (int pass = 0; pass < 3; pass++)
        for (size_t i = 0; i < c->st.count; i++) {
            stmt *s = &c->st.items[i];
            if (s->speaker < 0 && s->inherit >= 0) s->speaker = c->st.items[s->inherit].speaker;
        }

    /* a channel named where the speaker was introduced ("X held a press
     * conference") for the quotes that name none */
    for (size_t k = 0; k < c->persons.count; k++) {
        mention *p = &c->persons.items[k];
        if (!p->channel) continue;
        const char *pk = mkey(c, p);
        for (size_t i = 0; i < c->st.count; i++) {
            stmt *s = &c->st.items[i];
            if (s->channel || s->speaker < 0 || p->s > s->s) continue;
            if (strcmp(pk, sv.items[s->speaker].key) == 0) s->channel = p->channel;
        }
    }

    /* an outlet that relayed a speaker's account relays the quote of the
     * same speaker that follows it ("..., according to the BBC." then the
     * interview quote in the next paragraph) */
    for (size_t i = 1; i < c->st.count; i++) {
        stmt *s = &c->st.items[i];
        const stmt *p = &c->st.items[i - 1];
        if (!s->relayed && p->relayed && s->speaker >= 0 && s->speaker == p->speaker && !s->channel &&
            para_of(c, s) <= para_of(c, p) + 1)
            s->relayed = p->relayed;
    }

    /* a role without a name ("Deputy foreign minister insists ...", before
     * the name appears) is the one named speaker whose role has that word
     * (not "a department spokesman": someone new, whose words before the
     * role another's role lacks) */
    for (size_t i = 0; i < sv.count; i++) {
        spk *r = &sv.items[i];
        if (r->best.type != MEN_ROLE || !r->person || r->best.we == 0 || r->best.partitive || indefinite_article(c, &r->best))
            continue;
        int32_t target = -1, matches = 0;
        for (size_t k = 0; k < sv.count; k++) {
            spk *n = &sv.items[k];
            if (k == i || n->best.type != MEN_NAME || !n->person) continue;
            mention probe = r->best;
            /* "the mission's head" is not whoever holds a head's role */
            bool fits = owned_role(c, &probe) ? role_fits_as(c, n, &probe, true) : role_fits(c, n, &probe);
            /* ("The Iranian president" is no president the text does not
             * make Iranian) */
            if (fits && !country_fits(c, n, &probe)) fits = false;
            if (fits && n->has_role) target = (int32_t)k, matches++;
        }
        if (matches != 1) continue;
        for (size_t s = 0; s < c->st.count; s++) if (c->st.items[s].speaker == (int32_t)i) c->st.items[s].speaker = target;
    }

    /* publish: only speakers that keep a quote, renumbered */
    int32_t *map = malloc((sv.count + 1) * sizeof *map);
    for (size_t i = 0; i < sv.count; i++) map[i] = -1;
    doc *d = c->d;
    for (size_t i = 0; i < c->st.count; i++) {
        stmt *s = &c->st.items[i];
        /* (a coordinated subject's speakers in the order written) */
        for (size_t k = MAX_CO_SPEAKERS; k-- > 0;)
            if (s->co_speakers[k] >= 0) publish_speaker(c, &sv, map, s->co_speakers[k]);
        if (s->speaker >= 0) publish_speaker(c, &sv, map, s->speaker);
        dyad_quote q = {0};
        q.span = (dyad_span){s->s, s->e};
        q.kind = (dyad_quote_kind)s->kind;
        q.sentence = sentence_of(d, s->s);
        q.speaker = s->speaker >= 0 ? map[s->speaker] : -1;
        if (q.speaker >= 0) d->speakers.items[q.speaker].quote_count++;
        if (s->mention >= 0) q.speaker_mention = (dyad_span){c->men.items[s->mention].s, c->men.items[s->mention].e};
        q.cue = s->cue;
        if (s->cue) q.cue_span = (dyad_span){s->cue_s, s->cue_e};
        q.channel = s->channel;
        q.relayed_by = s->relayed;
        q.confidence = s->confidence;
        /* an inherited quote takes the channel of the one it continues */
        if (!q.channel && s->inherit >= 0) q.channel = c->st.items[s->inherit].channel;
        /* a coordinated subject: the same words once for each speaker, the
         * names in the order written ("Russia and China said") */
        for (size_t k = MAX_CO_SPEAKERS; k-- > 0;) {
            int32_t sp = s->co_speakers[k];
            if (sp < 0) continue;
            dyad_quote co = q;
            co.speaker = map[sp];
            co.speaker_mention = (dyad_span){sv.items[sp].best.s, sv.items[sp].best.e};
            d->speakers.items[co.speaker].quote_count++;
            VEC_PUSH(&d->quotes, co);
        }
        VEC_PUSH(&d->quotes, q);
    }
    free(map);
    VEC_FREE(&sv);
    free(sv.slots);
    free(sv.persons);
}
