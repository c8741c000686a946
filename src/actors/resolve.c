/* resolve.c — from the words of a mention to an actor: longest-match the
 * dictionary, then compose.
 *
 * A mention is read as a chain of segments joined by "of"/"for"/"from"
 * ("head of the second CIS department of the Russian Foreign Ministry").
 * The owner (a country, capital, demonym, institution, IGO or region) is
 * taken from the last segment that has one, so the outermost owner wins;
 * the sector (GOV, MIL, LEG, ...) from the last segment with an agent or
 * role.  Words after "to", "in", "at", "with", ... are complements
 * ("ambassador to the UK") and never own the mention; a listed person
 * (with dates) beats composition; a capitalised run the dictionary does not
 * know is taken as the name.  The code is owner + sector ("RUS" + "GOV"),
 * or the owner's own full code (the Kremlin, NATO, the West). */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "actors/internal.h"

int32_t actors_date_of(const dyad_date *date)
{
    if (!date || date->year <= 0) return 0;
    switch (date->precision) {
    case DYAD_DATE_DAY:
    case DYAD_DATE_TIMESTAMP:
        return date->year * 10000 + date->month * 100 + date->day;
    case DYAD_DATE_YEAR_MONTH:
        return date->year * 10000 + date->month * 100 + 15;
    case DYAD_DATE_YEAR:
        return date->year * 10000 + 701;
    default:
        return 0;
    }
}

/* ---- matching --------------------------------------------------------- */

static int phrase_fits(const actor_phrase *p, const actor_words *ws, size_t i)
{
    for (unsigned j = 0; j < p->word_count; j++) {
        const actor_word *w = &ws->w[i + j];
        if ((p->capital_mask >> j & 1) && !w->capital) return 0;
        if ((p->upper_mask >> j & 1) && !w->upper) return 0;
    }
    return 1;
}

size_t actors_match_words(const actor_dictionary *a, const actor_words *ws, actor_match *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < ws->n && k < cap;) {
        const actor_word *w = &ws->w[i];
        if (w->punct) {
            out[k++] = (actor_match){(uint32_t)i, 1, NULL};
            i++;
            continue;
        }
        int maxw = table_max_words(a, ws->keys + w->key, w->key_length);
        size_t run = 0;
        while (run < (size_t)maxw && i + run < ws->n && !ws->w[i + run].punct) run++;
        const actor_phrase *best = NULL;
        size_t best_len = 1;
        for (size_t len = run; len >= 1 && !best; len--) {
            const actor_word *last = &ws->w[i + len - 1];
            size_t n = last->key + last->key_length - w->key;
            const actor_phrase *p = table_find(a, ws->keys + w->key, n, table_hash(ws->keys + w->key, n));
            for (; p; p = p->next ? &a->phrases.items[p->next - 1] : NULL)
                if (phrase_fits(p, ws, i)) { best = p; best_len = len; break; }
        }
        out[k++] = (actor_match){(uint32_t)i, best ? (uint32_t)best_len : 1, best};
        i += best ? best_len : 1;
    }
    return k;
}

/* ---- composition -------------------------------------------------------- */

static int key_is(const actor_words *ws, size_t i, const char *word)
{
    size_t n = strlen(word);
    return ws->w[i].key_length == n && memcmp(ws->keys + ws->w[i].key, word, n) == 0;
}

static int key_in(const actor_words *ws, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (key_is(ws, i, *list)) return 1;
    return 0;
}

/* Words that join an owner to what it owns. */
static const char *const joiners[] = {"of", "for", "from", NULL};
/* Words that open a complement: what follows does not own the mention. */
static const char *const cutters[] = {"to", "in", "at", "on", "with", "against", "over", "about", "after",
                                      "during", "into", "toward", "towards", "than", "by", "who", "which",
                                      "that", "whose", "near", "under", "between", "among", "since", NULL};
/* Capitalised words that are never part of a name. */
static const char *const not_names[] = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                                        "their", "our", "my", "your", "he", "she", "it", "they", "we", "i",
                                        "you", "but", "and", "or", "if", "when", "while", "as", "according",
                                        "however", "meanwhile", "in", "on", "at", "of", "by", "for", "to",
                                        "with", "from", "after", "before", "monday", "tuesday", "wednesday",
                                        "thursday", "friday", "saturday", "sunday", "said", "says", NULL};

/* The entry a phrase names here: the first of its chain whose context
 * words occur in the document (or that needs none). */
static const actor_entry *choose_entry(const actor_dictionary *a, const actor_phrase *p, const actor_words *ws,
                                       size_t i, const char *text, size_t text_length)
{
    const actor_entry *fallback = NULL;
    for (; p; p = p->next ? &a->phrases.items[p->next - 1] : NULL) {
        if (!phrase_fits(p, ws, i)) continue;
        const actor_entry *e = &a->entries.items[p->entry];
        if (!e->context) {
            if (!fallback) fallback = e;
            continue;
        }
        /* An entry with context words wins when the document has one. */
        const char *c = a->strings.data + e->context;
        while (*c && text) {
            const char *bar = strchr(c, '|');
            size_t n = bar ? (size_t)(bar - c) : strlen(c);
            if (n && memmem(text, text_length, c, n)) return e;
            c = bar ? bar + 1 : c + n;
        }
    }
    return fallback;
}

/* The term of an entry in force on `date` (yyyymmdd, 0 unknown). */
static const actor_term *pick_term(const actor_dictionary *a, const actor_entry *e, int32_t date)
{
    const actor_term *undated = NULL, *best = NULL;
    for (uint32_t i = 0; i < e->term_count; i++) {
        const actor_term *t = &a->terms.items[e->first_term + i];
        if (!t->from && !t->to) {
            if (!undated) undated = t;
            continue;
        }
        if (date) {
            if ((!t->from || t->from <= date) && (!t->to || date <= t->to)) return t;
        } else {
            /* No date: the term valid most recently (open-ended first). */
            int32_t end = t->to ? t->to : INT_MAX, best_end = best ? (best->to ? best->to : INT_MAX) : INT_MIN;
            if (!best || end > best_end || (end == best_end && t->from > best->from)) best = t;
        }
    }
    if (undated) return undated;
    return best;
}

/* The term nearest before the date, for someone no longer in office. */
static const actor_term *last_term_before(const actor_dictionary *a, const actor_entry *e, int32_t date, int *after)
{
    const actor_term *best = NULL;
    *after = 0;
    for (uint32_t i = 0; i < e->term_count; i++) {
        const actor_term *t = &a->terms.items[e->first_term + i];
        if (!t->code) continue;
        if (t->to && t->to < date) {
            if (!best || t->to > best->to) best = t;
        } else if (t->from > date && !best) *after = 1;
    }
    if (!best) {
        for (uint32_t i = 0; i < e->term_count; i++) {
            const actor_term *t = &a->terms.items[e->first_term + i];
            if (t->code) return t;
        }
    }
    return best;
}

enum { OWNER_REGION = 1, OWNER_COUNTRY = 1, OWNER_IGO = 2, OWNER_BODY = 3 };

typedef struct composition {
    const actor_entry *owner;
    const actor_term *owner_term;
    int owner_seg, owner_rank;
    uint32_t owner_first, owner_count;
    const actor_entry *person;
    uint32_t person_first, person_count;
    const actor_entry *agent;          /* the sector */
    int agent_seg, agent_is_body;
    uint32_t agent_first, agent_count;
    const actor_entry *role_entry;     /* the first role */
    int role_seg;
    uint32_t role_first, role_end;     /* words [first, end) */
    uint32_t name_first, name_count;   /* best capitalised unknown run */
    int former;
    int seg_of[16];                    /* word index of the joiner opening each segment */
    int segs;
} composition;

static void copy_lower_role(char *dst, const char *src, size_t n)
{
    /* Roles are common nouns: "Deputy Foreign Minister" -> "deputy foreign
     * minister"; acronyms ("CIS") stay as written. */
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && src[j] != ' ') j++;
        int upper = 0, lower = 0;
        for (size_t k = i; k < j; k++) {
            if (src[k] >= 'A' && src[k] <= 'Z') upper++;
            else if (src[k] >= 'a' && src[k] <= 'z') lower++;
        }
        for (size_t k = i; k < j; k++)
            dst[k] = (char)((!lower && upper > 1) ? src[k] : (src[k] >= 'A' && src[k] <= 'Z' ? src[k] + 32 : src[k]));
        if (j < n) dst[j] = src[j];
        i = j + 1;
    }
}

typedef struct resolve_input {
    const actor_dictionary *a;
    doc *d;
    const char *source;         /* text the word offsets refer to */
    size_t source_length;
    int spans_in_doc;           /* source is d's clean text */
    const char *context_country;
} resolve_input;

static char *text_of(doc *d, const resolve_input *in, const actor_words *ws, uint32_t first, uint32_t end_word)
{
    if (first >= end_word) return NULL;
    uint32_t s = ws->w[first].start, e = ws->w[end_word - 1].end;
    if (e > in->source_length || s >= e) return NULL;
    /* One space for any run of white space. */
    char *out = arena_alloc(&d->arena, e - s + 1);
    size_t k = 0;
    int space = 0;
    for (uint32_t i = s; i < e; i++) {
        char c = in->source[i];
        if (c == ' ' || c == '\n' || c == '\t') { space = 1; continue; }
        if (space && k) out[k++] = ' ';
        space = 0;
        out[k++] = c;
    }
    out[k] = '\0';
    return out;
}

static const char *country_of_code(const actor_dictionary *a, doc *d, const char *code)
{
    if (!code || !dict_is_country(a, code)) return NULL;
    return doc_strndup(d, code, 3);
}

static int compose(const resolve_input *in, const actor_words *ws, dyad_actor *out)
{
    const actor_dictionary *a = in->a;
    doc *d = in->d;
    actor_match matches[ACTOR_MAX_WORDS];
    size_t nm = actors_match_words(a, ws, matches, ACTOR_MAX_WORDS);
    composition c;
    memset(&c, 0, sizeof c);
    c.owner_seg = c.agent_seg = c.role_seg = -1;
    c.segs = 1;
    int seg = 0, cut = 0, block_owner = 0, found = 0;
    uint32_t run_first = 0, run_count = 0, cut_word = 0;
    int cut_after_role = 0;
    const char *text = d->text.data;
    size_t text_length = d->text.len;
    if (!text) text = d->pub.text, text_length = d->pub.text_length;
    for (size_t m = 0; m < nm; m++) {
        const actor_match *mt = &matches[m];
        const actor_word *w = &ws->w[mt->first];
        int capital_unknown = 0;
        if (w->punct) {
            if (w->punct == WORD_PUNCT_COMMA) cut = 0;
            else if (found) break;
            run_count = 0;
            continue;
        }
        if (!mt->phrase) {
            if (key_in(ws, mt->first, joiners) && !cut) {
                seg++;
                if (seg < 16) c.seg_of[seg] = (int)mt->first;
                c.segs = seg + 1;
            } else if (key_in(ws, mt->first, cutters)) {
                if (!cut) {
                    cut = 1;
                    cut_word = mt->first;
                    cut_after_role = c.role_entry && c.role_end == mt->first && key_is(ws, mt->first, "to");
                }
            } else if ((key_is(ws, mt->first, "and") || key_is(ws, mt->first, "or") || key_is(ws, mt->first, "&")) && found) {
                break;
            } else if (key_is(ws, mt->first, "pro") || key_is(ws, mt->first, "anti")) {
                block_owner = 1;
            } else if (w->capital && !key_in(ws, mt->first, not_names) &&
                       !(ws->w[mt->first].key_length == 1 && !(ws->keys[w->key] >= 'a' && ws->keys[w->key] <= 'z'))) {
                capital_unknown = 1;
            }
            if (capital_unknown) {
                if (run_count && run_first + run_count == mt->first) run_count++;
                else run_first = mt->first, run_count = 1;
                if (run_count > c.name_count) c.name_first = run_first, c.name_count = run_count;
                if (w->possessive) run_count = 0;
            } else run_count = 0;
            continue;
        }
        run_count = 0;
        const actor_entry *e = choose_entry(a, mt->phrase, ws, mt->first, text, text_length);
        if (!e) continue;
        const actor_word *last = &ws->w[mt->first + mt->count - 1];
        switch ((actor_kind)e->kind) {
        case AK_PERSON:
            if (!last->possessive && !cut) {
                if (!c.person) c.person = e, c.person_first = mt->first, c.person_count = mt->count;
                found = 1;
                break;
            }
            if (cut) break;
            /* "Putin's spokesman": the person owns the mention. */
            /* fall through */
        case AK_COUNTRY:
        case AK_DEMONYM:
        case AK_CAPITAL:
        case AK_BODY:
        case AK_IGO:
        case AK_REGION:
        case AK_GROUP: {
            if (cut) break;
            if (block_owner) { block_owner = 0; break; }
            int rank = e->kind == AK_BODY || e->kind == AK_GROUP || e->kind == AK_PERSON ? OWNER_BODY
                     : e->kind == AK_IGO ? OWNER_IGO : OWNER_COUNTRY;
            if (!c.owner || seg > c.owner_seg || (seg == c.owner_seg && rank > c.owner_rank)) {
                c.owner = e;
                c.owner_seg = seg;
                c.owner_rank = rank;
                c.owner_first = mt->first;
                c.owner_count = mt->count;
            }
            found = 1;
            break;
        }
        case AK_AGENT:
        case AK_ROLE: {
            if (cut) break;
            const actor_term *t = e->term_count ? &a->terms.items[e->first_term] : NULL;
            int is_body = e->kind == AK_AGENT;
            if (t && t->code && (!c.agent || seg > c.agent_seg || (seg == c.agent_seg && is_body && !c.agent_is_body))) {
                c.agent = e;
                c.agent_seg = seg;
                c.agent_is_body = is_body;
                c.agent_first = mt->first;
                c.agent_count = mt->count;
            }
            if (e->kind == AK_ROLE && !c.role_entry) {
                c.role_entry = e;
                c.role_seg = seg;
                c.role_first = mt->first;
                c.role_end = mt->first + mt->count;
                /* modifiers just before it belong to the role */
                for (size_t k = m; k > 0; k--) {
                    const actor_match *pm = &matches[k - 1];
                    if (!pm->phrase) break;
                    const actor_entry *pe = &a->entries.items[pm->phrase->entry];
                    if (pe->kind != AK_MODIFIER) break;
                    c.role_first = pm->first;
                }
            }
            found = 1;
            break;
        }
        case AK_MODIFIER: {
            const actor_term *t = e->term_count ? &a->terms.items[e->first_term] : NULL;
            if (t && t->code && strcmp(a->strings.data + t->code, "ELI") == 0 && !cut) c.former = 1;
            break;
        }
        default:
            break;
        }
    }

    int32_t date = actors_date_of(&d->pub.date);
    const char *code = NULL, *origin = NULL, *org = NULL, *role = NULL;
    char composed[96];

    /* A listed person in office on the date. */
    const actor_term *pt = c.person ? pick_term(a, c.person, date) : NULL;
    if (c.person) out->name = a->strings.data + c.person->name;
    if (pt && pt->code && !c.former) {
        code = a->strings.data + pt->code;
        origin = "dictionary";
        if (pt->role) role = a->strings.data + pt->role;
        if (pt->org) org = a->strings.data + pt->org;
    }
    /* A person no longer (or not yet) in office: their country, as an elite
     * when they held office before. */
    const char *person_country = NULL;
    int person_elite = 0;
    if (c.person && !code) {
        int after = 0;
        const actor_term *t = last_term_before(a, c.person, date ? date : INT_MAX, &after);
        if (t && t->code && dict_is_country(a, a->strings.data + t->code)) {
            person_country = a->strings.data + t->code;
            person_elite = !after;
        }
    }

    if (!code) {
        const char *owner_code = NULL, *country = NULL;
        if (c.owner) {
            const actor_term *ot = pick_term(a, c.owner, date);
            if (c.owner->kind == AK_COUNTRY || c.owner->kind == AK_DEMONYM || c.owner->kind == AK_CAPITAL)
                country = a->strings.data + c.owner->country;
            else if (ot && ot->code) owner_code = a->strings.data + ot->code;
            if (c.owner->org) org = a->strings.data + c.owner->org;
            if (c.owner->kind == AK_PERSON && ot && ot->code && dict_is_country(a, owner_code)) {
                /* "Putin's spokesman": the person's country and sector */
                country = NULL;
            }
        } else if (person_country) {
            country = person_country;
        }
        const actor_term *at = c.agent && c.agent->term_count ? &a->terms.items[c.agent->first_term] : NULL;
        const char *suffix = at && at->code ? a->strings.data + at->code : NULL;
        int prefix = c.agent && (c.agent->flags & ENTRY_AGENT_PREFIX);
        if (c.former && (c.agent || c.person || c.name_count)) suffix = "ELI", prefix = 0;
        else if (!c.agent && person_elite && person_country && !c.owner) suffix = "ELI";
        if (!country && !owner_code && !c.owner && suffix && in->context_country && !c.person) {
            country = in->context_country;
            origin = "context";
        }
        if (country) {
            if (suffix && prefix) snprintf(composed, sizeof composed, "%s%.3s", suffix, country);
            else if (suffix) snprintf(composed, sizeof composed, "%.3s%s", country, suffix);
            else if (c.owner && c.owner->kind == AK_CAPITAL && !c.person && !c.name_count &&
                     c.owner_count == ws->n)
                snprintf(composed, sizeof composed, "%.3sGOV", country); /* "Moscow said": the government */
            else snprintf(composed, sizeof composed, "%.3s", country);
            code = doc_strdup(d, composed);
            if (!origin) origin = (c.owner && c.owner_count == ws->n) ? "dictionary" : "composed";
        } else if (owner_code) {
            /* full codes (the Kremlin, NATO, the West) keep their sector */
            code = owner_code;
            if (c.owner->kind == AK_PERSON && suffix && strlen(owner_code) >= 3 && dict_is_country(a, owner_code)) {
                snprintf(composed, sizeof composed, "%.3s%s", owner_code, suffix);
                code = doc_strdup(d, composed);
            }
            origin = (c.owner && c.owner_count == ws->n) ? "dictionary" : "composed";
        }
    }

    /* Organisation: the agent's ("Foreign Ministry"), else the role's, else
     * the owner's or the person's term. */
    if (c.agent && c.agent_is_body && (c.agent_seg >= c.owner_seg || !org)) {
        org = c.agent->org ? a->strings.data + c.agent->org
                           : text_of(d, in, ws, c.agent_first, c.agent_first + c.agent_count);
    } else if (!org && c.role_entry && c.role_entry->org) {
        org = a->strings.data + c.role_entry->org;
    }

    /* Role text as written, lowercased. */
    if (c.role_entry) {
        uint32_t end = c.role_end;
        if (c.owner && c.owner_seg > c.role_seg && c.owner_seg < 16) {
            uint32_t joiner = (uint32_t)c.seg_of[c.owner_seg];
            if (joiner > end) end = joiner;
        } else if (!c.owner && c.agent && c.agent_seg > c.role_seg) {
            end = c.agent_first + c.agent_count;
        }
        if (cut_after_role) {
            /* "ambassador to the UK": the complement is part of the role */
            uint32_t e = cut_word + 1;
            while (e < ws->n && !ws->w[e].punct && !(c.name_count && e == c.name_first) &&
                   !(c.person && e == c.person_first))
                e++;
            end = e;
        }
        char *r = text_of(d, in, ws, c.role_first, end);
        if (r) copy_lower_role(r, r, strlen(r));
        if (r) role = r;
    } else if (!role && c.agent && !c.agent_is_body) {
        char *r = text_of(d, in, ws, c.agent_first, c.agent_first + c.agent_count);
        if (r) copy_lower_role(r, r, strlen(r));
        role = r;
    }

    if (!out->name && c.name_count && !(c.owner && c.owner_first <= c.name_first &&
                                        c.name_first < c.owner_first + c.owner_count)) {
        out->name = text_of(d, in, ws, c.name_first, c.name_first + c.name_count);
    }
    if (!out->name && c.person) out->name = a->strings.data + c.person->name;
    out->code = code;
    out->origin = code ? origin : NULL;
    out->role = role;
    out->organisation = org;
    out->country = code ? country_of_code(a, d, code) : NULL;
    if (!out->country && c.owner && (c.owner->kind == AK_COUNTRY || c.owner->kind == AK_DEMONYM || c.owner->kind == AK_CAPITAL))
        out->country = doc_strndup(d, a->strings.data + c.owner->country, 3);
    return code != NULL;
}

static void fill_text(const resolve_input *in, const actor_words *ws, dyad_actor *out)
{
    if (!ws->n) return;
    out->text = text_of(in->d, in, ws, 0, (uint32_t)ws->n);
    if (in->spans_in_doc) out->span = (dyad_span){ws->w[0].start, ws->w[ws->n - 1].end};
}

int actors_resolve_in_context(const actor_dictionary *a, doc *d, uint32_t first, uint32_t count,
                              const char *context_country, dyad_actor *out)
{
    *out = (dyad_actor){.entity = -1};
    if (!a || !d) return 0;
    const dyad_document *pub = &d->pub;
    const dyad_token *tokens = pub->tokens ? pub->tokens : d->tokens.items;
    size_t token_count = pub->tokens ? pub->token_count : d->tokens.count;
    dyad_document view = *pub;
    view.tokens = tokens;
    view.token_count = token_count;
    if (first >= token_count || !count) return 0;
    actor_words words_, *ws = &words_;
    words_from_tokens(ws, &view, first, count);
    resolve_input in = {a, d, d->text.data ? d->text.data : pub->text, d->text.data ? d->text.len : pub->text_length, 1,
                        context_country};
    if (!in.source) in.source = "", in.source_length = 0;
    int r = compose(&in, ws, out);
    fill_text(&in, ws, out);
    if (!out->text) {
        /* no clean text (tokens built by hand): the forms */
        buf b = BUF_INIT;
        for (uint32_t t = first; t < first + count && t < token_count; t++) {
            if (!tokens[t].form) continue;
            if (b.len) buf_putc(&b, ' ');
            buf_puts(&b, tokens[t].form);
        }
        if (b.data) out->text = doc_strndup(d, b.data, b.len);
        buf_free(&b);
    }
    /* the entity the mention belongs to, when entities are there */
    const dyad_entity *ents = pub->entities ? pub->entities : d->entities.items;
    size_t ne = pub->entities ? pub->entity_count : d->entities.count;
    for (size_t i = 0; i < ne; i++)
        if (ents[i].first_token >= first && ents[i].first_token + ents[i].token_count <= first + count) {
            out->entity = (int32_t)i;
            break;
        }
    return r;
}

int actors_resolve(const actor_dictionary *a, doc *d, uint32_t first, uint32_t count, dyad_actor *out)
{
    return actors_resolve_in_context(a, d, first, count, NULL, out);
}

int actors_resolve_text(const actor_dictionary *a, doc *d, const char *s, size_t n, dyad_actor *out)
{
    *out = (dyad_actor){.entity = -1};
    if (!a || !d || !s) return 0;
    const char *text = d->text.data ? d->text.data : d->pub.text;
    size_t text_length = d->text.data ? d->text.len : d->pub.text_length;
    int inside = text && s >= text && s + n <= text + text_length;
    actor_words words_, *ws = &words_;
    words_clear(ws);
    resolve_input in = {a, d, inside ? text : s, inside ? text_length : n, inside, NULL};
    words_add_text(ws, s, n, inside ? (uint32_t)(s - text) : 0, -1);
    int r = compose(&in, ws, out);
    fill_text(&in, ws, out);
    return r;
}

int actors_compose_words(const actor_dictionary *a, doc *d, const actor_words *ws, const char *source,
                         size_t source_length, dyad_actor *out)
{
    resolve_input in = {a, d, source, source_length, 1, NULL};
    int r = compose(&in, ws, out);
    fill_text(&in, ws, out);
    return r;
}
