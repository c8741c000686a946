/* models.c — the trained models at run time: load the model files
 * (tagger with its lemma lexicon, parser, entity recogniser, and the
 * optional sentence-boundary pass) by mmap, and annotate a segmented
 * document: tags, the learned sentence cuts, lemmas, features, heads,
 * relations and entities.  Strings handed to the document are copied into its arena,
 * so documents never point into the mapped files. */
#include "nlp/annotate.h"
#include "nlp/nlp.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/fail.h"
#include "nlp/annotators.h"
#include "nlp/boundary.h"
#include "nlp/feats_context.h"
#include "nlp/name_particles.h"
#include "nlp/ner_lstm.h"
#include "nlp/ner_window.h"
#include "nlp/punct_pairs.h"

struct nlp_models {
    model_file *ftag, *fpar, *fner, *fbnd;
    pc_model tag, par, ner;
    boundary_model bnd;        /* used when fbnd is open */
    ner_gazetteer gaz;
    lexicon lex;
    word_table wn;             /* WordNet word classes, in tagger.bin */
    word_table clusters;       /* word clusters, in ner.bin (empty before template set 3) */
    ner_lstm nlstm;            /* the sequence scorer beside it (none before template set 7) */
    ner_window nwin;           /* the window scorer, in ner.bin (none before template set 6) */
    char **upos, **xpos;       /* per tag class */
    const char **tag_feats;    /* per open-class tag: its features (NULL: look the word up) */
    char **deprel;             /* per parser label */
    bool *tag_punct;           /* per tag class: UPOS PUNCT */
    uint8_t *tag_clause;       /* per tag class: what it says of clauses (tag_clause_table) */
    char **ner_type;           /* per entity class: "PER" for B-PER and I-PER, NULL for O */
    char *ner_kind;            /* per entity class: 'B', 'I' or 'O' */
    int nlabel, root_label, punct_label; /* punct_label -1 when the parser has none */
    int tag_nnp;               /* the tag class PROPN NNP, or -1 */
};

static void free_names(char **v, size_t n)
{
    if (!v) return;
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

void nlp_models_close(nlp_models *m)
{
    if (!m) return;
    free(m->tag_feats);
    free(m->tag_punct);
    free(m->tag_clause);
    free_names(m->upos, m->tag.nclass);
    free_names(m->xpos, m->tag.nclass);
    free_names(m->deprel, (size_t)m->nlabel);
    free_names(m->ner_type, m->ner.nclass);
    free(m->ner_kind);
    pc_model_free(&m->tag);
    pc_model_free(&m->par);
    pc_model_free(&m->ner);
    boundary_free(&m->bnd);
    model_file_close(m->fbnd);
    word_table_free(&m->wn);
    word_table_free(&m->clusters);
    model_file_close(m->ftag);
    model_file_close(m->fpar);
    model_file_close(m->fner);
    free(m);
}

static model_file *open_one(const char *dir, const char *name, const char *kind, char *err, size_t err_size)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return model_file_open(path, kind, err, err_size);
}

/* The sentence-boundary pass is optional: no boundary.bin, no second
 * pass; a file that is there but unreadable or corrupt is refused.  The
 * environment variable DYAD_BOUNDARY_THRESHOLD replaces the trained
 * threshold (for tuning it on dev without retraining). */
static int open_boundary(nlp_models *m, const char *dir, char *why, size_t why_size)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/boundary.bin", dir);
    struct stat st;
    if (stat(path, &st) != 0 && errno == ENOENT) return 0;
    if (!(m->fbnd = model_file_open(path, "boundary", why, why_size))) return -1;
    const char *env = getenv("DYAD_BOUNDARY_THRESHOLD");
    double thr = env && *env ? strtod(env, NULL) : 0;
    if (boundary_load(&m->bnd, m->fbnd, env && *env ? &thr : NULL, why, why_size) != 0) {
        char inner[400];
        snprintf(inner, sizeof inner, "%s", why);
        snprintf(why, why_size, "boundary.bin: %s", inner);
        return -1;
    }
    return 0;
}

nlp_models *nlp_models_open(const char *model_dir, char *error, size_t error_size)
{
    char why[512] = "";
    nlp_models *m = xcalloc(1, sizeof *m);
    if (!model_dir) model_dir = "models";
    if (!(m->ftag = open_one(model_dir, "tagger.bin", "tagger", why, sizeof why))) goto fail;
    if (!(m->fpar = open_one(model_dir, "parser.bin", "parser", why, sizeof why))) goto fail;
    if (!(m->fner = open_one(model_dir, "ner.bin", "ner", why, sizeof why))) goto fail;
    if (pc_model_load(&m->tag, m->ftag, "tag.", why, sizeof why) != 0) goto fail;
    if (!model_templates_match(m->ftag, "tagger.bin", TAGGER_TEMPLATE_SECTION, TAGGER_TEMPLATE_SET, why, sizeof why))
        goto fail;
    if (lexicon_load(&m->lex, m->ftag, "lex.", why, sizeof why) != 0) goto fail;
    if (wordnet_load(&m->wn, m->ftag, why, sizeof why) != 0) goto fail;
    if (pc_model_load(&m->par, m->fpar, "dep.", why, sizeof why) != 0) goto fail;
    if (!model_templates_match(m->fpar, "parser.bin", PARSER_TEMPLATE_SECTION, PARSER_TEMPLATE_SET, why, sizeof why))
        goto fail;
    if (pc_model_load(&m->ner, m->fner, "ner.", why, sizeof why) != 0) goto fail;
    if (!ner_templates_match(m->fner, "ner.bin", why, sizeof why)) goto fail;

    if (ner_gaz_load(&m->gaz, m->fner, why, sizeof why) != 0) goto fail;
    if (clusters_load(&m->clusters, m->fner, why, sizeof why) != 0) goto fail;
    if (ner_window_load(&m->nwin, m->fner, m->ner.nclass, why, sizeof why) != 0) goto fail;
    if (ner_lstm_load(&m->nlstm, m->fner, m->ner.nclass, why, sizeof why) != 0) goto fail;
    if (open_boundary(m, model_dir, why, sizeof why) != 0) goto fail;
    /* Tag classes are "UPOS\tXPOS". */
    m->upos = xcalloc(m->tag.nclass, sizeof *m->upos);
    m->xpos = xcalloc(m->tag.nclass, sizeof *m->xpos);
    for (uint32_t c = 0; c < m->tag.nclass; c++) {
        const char *s = m->tag.classes[c], *tab = strchr(s, '\t');
        if (!tab) { snprintf(why, sizeof why, "corrupt model (tag class \"%.40s\")", s); goto fail; }
        m->upos[c] = strndup(s, (size_t)(tab - s));
        m->xpos[c] = xstrdup(tab + 1);
        if (!m->upos[c]) dyad_fail_nomem();
    }
    m->tag_punct = xcalloc(m->tag.nclass, sizeof *m->tag_punct);
    m->tag_nnp = -1;
    for (uint32_t c = 0; c < m->tag.nclass; c++) {
        m->tag_punct[c] = !strcmp(m->upos[c], "PUNCT");
        if (!strcmp(m->upos[c], "PROPN") && !strcmp(m->xpos[c], "NNP")) m->tag_nnp = (int)c;
    }
    m->tag_clause = tag_clause_table(m->tag.classes, m->tag.nclass);
    m->tag_feats = xcalloc(m->tag.nclass, sizeof *m->tag_feats);
    for (uint32_t c = 0; c < m->tag.nclass; c++)
        if (!feats_by_word(m->upos[c])) m->tag_feats[c] = feats_of(&m->lex, "", 0, m->tag.classes[c]);
    /* Parser classes: SHIFT, then L:label and R:label for each label. */
    if (m->par.nclass < 3 || m->par.nclass % 2 == 0 || strcmp(m->par.classes[0], "SHIFT") != 0) {
        snprintf(why, sizeof why, "corrupt model (parser transitions)");
        goto fail;
    }
    m->nlabel = (int)(m->par.nclass - 1) / 2;
    m->deprel = xcalloc((size_t)m->nlabel, sizeof *m->deprel);
    m->root_label = m->punct_label = -1;
    for (int l = 0; l < m->nlabel; l++) {
        const char *a = m->par.classes[p_left(l)], *b = m->par.classes[p_right(l)];
        if (strncmp(a, "L:", 2) != 0 || strncmp(b, "R:", 2) != 0 || strcmp(a + 2, b + 2) != 0) {
            snprintf(why, sizeof why, "corrupt model (parser transition \"%.40s\")", a);
            goto fail;
        }
        m->deprel[l] = xstrdup(a + 2);
        if (!strcmp(a + 2, "root")) m->root_label = l;
        if (!strcmp(a + 2, "punct")) m->punct_label = l;
    }
    if (m->root_label < 0) { snprintf(why, sizeof why, "corrupt model (parser has no root relation)"); goto fail; }
    /* Entity classes: "O" first, then B-TYPE / I-TYPE. */
    m->ner_type = xcalloc(m->ner.nclass, sizeof *m->ner_type);
    m->ner_kind = xcalloc(m->ner.nclass, 1);
    for (uint32_t c = 0; c < m->ner.nclass; c++) {
        const char *s = m->ner.classes[c];
        if (!strcmp(s, "O")) { m->ner_kind[c] = 'O'; continue; }
        if ((s[0] != 'B' && s[0] != 'I') || s[1] != '-' || !s[2]) {
            snprintf(why, sizeof why, "corrupt model (entity class \"%.40s\")", s);
            goto fail;
        }
        m->ner_kind[c] = s[0];
        m->ner_type[c] = xstrdup(s + 2);
    }
    if (m->ner.nclass > NER_MAX_CLASSES) {
        snprintf(why, sizeof why, "corrupt model (%u entity classes, at most %d)", m->ner.nclass, NER_MAX_CLASSES);
        goto fail;
    }
    if (m->ner_kind[0] != 'O') { snprintf(why, sizeof why, "corrupt model (entity class 0 is not O)"); goto fail; }
    if (error && error_size) error[0] = '\0';
    return m;
fail:
    if (error && error_size) snprintf(error, error_size, "language models: %s", why);
    nlp_models_close(m);
    return NULL;
}

typedef VEC(dyad_sentence) doc_sentences;

/* Per-document copies of the model's strings, made on first use. */
typedef struct strcache {
    const char **v;
} strcache;

static const char *cached(doc *d, strcache *c, int i, char *const *names)
{
    if (!c->v[i]) c->v[i] = doc_strdup(d, names[i]);
    return c->v[i];
}

/* Per-document copies of strings the lexicon holds (features, most
 * lemmas), found by their address: each distinct string is copied about
 * once per document instead of once per token (a slot taken by another
 * string copies again; the copy is right either way). */
enum { COPIED_SLOTS = 1024 };
typedef struct copycache {
    const char *src[COPIED_SLOTS], *copy[COPIED_SLOTS];
} copycache;

static const char *copied(doc *d, copycache *c, const char *s)
{
    size_t h = (size_t)(((uintptr_t)s >> 3) * 0x9e3779b97f4a7c15ULL >> 54) % COPIED_SLOTS;
    if (c->src[h] != s) {
        c->src[h] = s;
        c->copy[h] = doc_strdup(d, s);
    }
    return c->copy[h];
}

/* Append the pieces of sentence s (tokens tok[0..n), tagged) to out:
 * the whole sentence, or the parts between the learned cuts. */
static void push_pieces(doc_sentences *out, const dyad_sentence *s, const dyad_token *tok, const uint32_t *cuts,
                        size_t nc)
{
    size_t a = 0;
    for (size_t k = 0; k <= nc; k++) {
        size_t b = k < nc ? cuts[k] : s->token_count;
        dyad_sentence p = *s;
        p.first_token = s->first_token + (uint32_t)a;
        p.token_count = (uint32_t)(b - a);
        if (nc) {
            p.span.start = tok[a].span.start;
            p.span.end = tok[b - 1].span.end;
        }
        VEC_PUSH(out, p);
        a = b;
    }
}

/* The parser's scratch for a sentence of n tokens, reused after it by the
 * pair marks of the punctuation pass (one byte a token, then its scratch). */
static size_t pairs_offset(size_t n) { return (n + 15) & ~(size_t)15; }
static size_t parse_scratch_bytes(size_t n)
{
    size_t parse = pstate_bytes((int)n), pairs = pairs_offset(n) + punct_pairs_bytes(n);
    return parse > pairs ? parse : pairs;
}

/* Quotation marks and brackets to the head of what they enclose, once the
 * sentence is parsed (punct_pairs.h). */
static void attach_pairs(const doc *d, const nlp_models *m, const dyad_token *tok, size_t n, const int *tags,
                         const int *labels, int *heads, void *mem)
{
    uint8_t *mark = mem;
    bool any = false;
    for (size_t i = 0; i < n; i++) {
        mark[i] = PM_WORD;
        if (!m->tag_punct[tags[i]]) continue;
        size_t len;
        const char *f = doc_token_form(d, &tok[i], &len);
        mark[i] = punct_pair_mark(f, len);
        any |= mark[i] > PM_PUNCT;
    }
    if (any) punct_pairs_attach(mark, labels, m->punct_label, n, heads, (char *)mem + pairs_offset(n));
}

void nlp_annotate(doc *d, const nlp_models *m)
{
    if (!m || d->sentences.count == 0) return;
    strcache cu = {arena_alloc(&d->arena, m->tag.nclass * sizeof(char *))};
    strcache cx = {arena_alloc(&d->arena, m->tag.nclass * sizeof(char *))};
    strcache cr = {arena_alloc(&d->arena, (size_t)m->nlabel * sizeof(char *))};
    strcache ce = {arena_alloc(&d->arena, m->ner.nclass * sizeof(char *))};
    copycache *lexicon_copies = xcalloc(1, sizeof *lexicon_copies);
    uint32_t maxc = m->tag.nclass;
    if (m->par.nclass > maxc) maxc = m->par.nclass;
    if (m->ner.nclass > maxc) maxc = m->ner.nclass;
    int32_t *scores = xmalloc(pc_width(maxc) * sizeof *scores);
    /* The sentences go in chunks of about CHUNK tokens, and each model
     * runs over a whole chunk before the next one starts: the tagger's and
     * the recogniser's tables (3 MB each) then stay in the core's cache
     * while they work instead of being pushed out by the parser's after
     * every sentence.  Scratch is sized for the largest chunk, reused. */
    enum { CHUNK = 2048 };
    size_t cap = 0, pcap = 0;
    wordfeat *wf = NULL;
    int *ints = NULL;
    void *pmem = NULL;
    uint32_t *cuts = NULL;
    char lemma_buf[512];
    /* The learned boundary pass cuts sentences after tagging: the chunk's
     * sentences become `piece`, which the parser and the recogniser see,
     * and all pieces together replace the document's sentences. */
    doc_sentences out = {0}, piece = {0};
    /* in edited prose the pass cuts only where it is surer (boundary.h) */
    boundary_model bnd = m->fbnd && !d->given_sentences ? boundary_for_document(&m->bnd, d) : m->bnd;
    /* The recogniser's document memory: how the whole document writes each
     * word, noted before any sentence is labelled (as in training). */
    ner_memory nmem;
    void *nmem_buf = xmalloc(ner_memory_bytes(d->tokens.count));
    ner_memory_init(&nmem, d->tokens.count, nmem_buf);
    for (size_t si = 0; si < d->sentences.count; si++) {
        const dyad_sentence *s = &d->sentences.items[si];
        if (s->first_token > d->tokens.count || s->token_count > d->tokens.count - s->first_token) continue;
        for (size_t i = 1; i < s->token_count; i++) { /* a sentence's first word says nothing */
            size_t len;
            const char *f = doc_token_form(d, &d->tokens.items[s->first_token + i], &len);
            ner_memory_note_word(&nmem, wordfeat_lower_hash(f, len), len && f[0] >= 'A' && f[0] <= 'Z');
        }
    }

    for (size_t c0 = 0, c1; c0 < d->sentences.count; c0 = c1) {
        /* Sentences [c0, c1) hold `total` tokens, from token `base` on. */
        size_t total = 0, longest = 0, base = d->sentences.items[c0].first_token;
        for (c1 = c0; c1 < d->sentences.count; c1++) {
            const dyad_sentence *s = &d->sentences.items[c1];
            size_t n = s->token_count;
            if (n == 0 || s->first_token > d->tokens.count || n > d->tokens.count - s->first_token || n > (size_t)1 << 28)
                continue; /* skipped below as well */
            /* In order and apart (as the splitter makes them); anything
             * else starts a chunk of its own. */
            if (s->first_token < base + total || s->first_token + n - base > ((size_t)1 << 29)) break;
            size_t end = s->first_token + n - base;
            if (c1 > c0 && end > CHUNK) break;
            if (end > total) total = end;
            if (n > longest) longest = n;
        }
        if (c1 == c0) c1 = c0 + 1; /* always progress */
        if (total > cap) {
            cap = total;
            free(wf);
            free(ints);
            free(cuts);
            wf = xmalloc(cap * sizeof *wf);
            ints = xmalloc(cap * 8 * sizeof *ints);
            cuts = xmalloc(cap * sizeof *cuts);
        }
        if (longest > pcap) {
            pcap = longest;
            free(pmem);
            pmem = xmalloc(parse_scratch_bytes(pcap));
        }
        /* Per-token arrays of the chunk, indexed from `base`. */
        int *tags_all = ints, *heads_all = ints + cap, *labels_all = ints + 2 * cap, *ents_all = ints + 3 * cap;
        uint8_t *marks = (uint8_t *)(ints + 4 * cap), *views = marks + cap; /* 1 + 2 bytes a token */
        uint32_t *feats_scratch = (uint32_t *)(ints + 5 * cap);            /* 3 words a token */
        piece.count = 0;
        for (size_t si = c0; si < c1; si++) {
            const dyad_sentence *s = &d->sentences.items[si];
            size_t first = s->first_token, n = s->token_count;
            if (n == 0 || first > d->tokens.count || n > d->tokens.count - first || n > (size_t)1 << 28 ||
                first < base || first + n - base > total) {
                VEC_PUSH(&piece, *s); /* kept as it is, skipped below */
                continue;
            }
            size_t o = first - base;
            dyad_token *tok = d->tokens.items + first;
            for (size_t i = 0; i < n; i++) {
                size_t len;
                const char *f = doc_token_form(d, &tok[i], &len);
                wordfeat_compute(&wf[o + i], f, len);
                ambiguity_fill(&m->lex, m->tag_clause, m->tag.nclass, &wf[o + i], f, len);
                wordnet_fill(&m->wn, &wf[o + i]);
                clusters_fill(&m->clusters, &wf[o + i]);
            }
            tagger_run_alt(&m->tag, m->tag_clause, wf + o, n, tags_all + o, scores);
            size_t nc = m->fbnd && !d->given_sentences ? boundary_run(&bnd, wf + o, tags_all + o, n, cuts, scores) : 0;
            nc = boundary_keep_cuts(d, tok, n, cuts, nc, bnd.edited); /* what the pass cannot see (boundary.h) */
            /* Each piece is tagged again on its own: the tagger's left
             * context and sentence style no longer run across the cut
             * (EWT dev from raw text: LAS +0.08 over keeping the tags). */
            if (nc)
                for (size_t k = 0; k <= nc; k++) {
                    size_t a = k ? cuts[k - 1] : 0, b = k < nc ? cuts[k] : n;
                    tagger_run_alt(&m->tag, m->tag_clause, wf + o + a, b - a, tags_all + o + a, scores);
                }
            nlp_retag_name_particles(d, tok, n, tags_all + o, m->tag_nnp);
            push_pieces(&piece, s, tok, cuts, nc);
        }
        /* Stages: 1 parse, 2 .. NER_PASSES + 1 entities (each pass reads
         * the labels the pass before gave the whole chunk), then output. */
        uint32_t sid0 = nmem.sid;
        for (int stage = 1; stage < 3 + NER_PASSES; stage++) {
            if (stage >= 2 && stage < 2 + NER_PASSES) nmem.sid = sid0; /* each pass numbers the chunk's sentences alike */
            for (size_t pi = 0; pi < piece.count; pi++) {
                const dyad_sentence *s = &piece.items[pi];
                size_t first = s->first_token, n = s->token_count;
                if (n == 0 || first > d->tokens.count || n > d->tokens.count - first || n > (size_t)1 << 28) continue;
                if (first < base || first + n - base > total) continue;
                size_t o = first - base;
                dyad_token *tok = d->tokens.items + first;
                if (stage == 1) {
                    parser_run(&m->par, m->root_label, wf + o, tags_all + o, (int)n, heads_all + o, labels_all + o, pmem,
                               scores);
                    attach_pairs(d, m, tok, n, tags_all + o, labels_all + o, heads_all + o, pmem);
                } else if (stage < 2 + NER_PASSES) {
                    if (stage == 2) { /* the scorer reads no labels */
                        ner_window_fill(&m->nwin, wf + o, n);
                        ner_lstm_fill(&m->nlstm, wf + o, n);
                    }
                    if (NER_PASSES == 1) /* no later pass to note the memory's view for */
                        ner_run(&m->ner, &m->gaz, &nmem, wf + o, tags_all + o, n, ents_all + o, marks + o, scores);
                    else
                        ner_run_pass(&m->ner, &m->gaz, &nmem, wf + o, tags_all + o, n, ents_all + o, marks + o,
                                     views + 2 * o, scores, stage > 2);
                } else {
                    int *tags = tags_all + o, *heads = heads_all + o, *labels = labels_all + o, *ents = ents_all + o;
                    for (size_t i = 0; i < n; i++) {
                        dyad_token *t = &tok[i];
                        size_t len;
                        const char *f = doc_token_form(d, t, &len);
                        t->upos = cached(d, &cu, tags[i], m->upos);
                        t->xpos = cached(d, &cx, tags[i], m->xpos);
                        const char *tn = m->tag.classes[tags[i]];
                        const char *lemma = lemma_of(&m->lex, f, len, t->upos, tn, lemma_buf, sizeof lemma_buf);
                        /* a lemma made by rule sits in lemma_buf, reused: copied each time */
                        t->lemma = lemma == lemma_buf ? doc_strdup(d, lemma) : copied(d, lexicon_copies, lemma);
                        const char *feats = m->tag_feats[tags[i]] ? m->tag_feats[tags[i]] : feats_of(&m->lex, f, len, tn);
                        t->feats = copied(d, lexicon_copies, feats);
                        t->head = heads[i] < 0 ? -1 : (int32_t)(first + (size_t)heads[i]);
                        t->deprel = cached(d, &cr, labels[i], m->deprel);
                        t->sentence = (uint32_t)(out.count + pi);
                    }
                    feats_in_context(d, tok, n, first, feats_scratch);
                    /* Entities: a B- opens one, following I- of the same type extend it. */
                    for (size_t i = 0; i < n; i++) {
                        if (m->ner_kind[ents[i]] != 'B') continue;
                        size_t j = i + 1;
                        while (j < n && m->ner_kind[ents[j]] == 'I' && !strcmp(m->ner_type[ents[j]], m->ner_type[ents[i]])) j++;
                        dyad_entity e;
                        e.span.start = tok[i].span.start;
                        e.span.end = tok[j - 1].span.end;
                        e.first_token = (uint32_t)(first + i);
                        e.token_count = (uint32_t)(j - i);
                        e.type = cached(d, &ce, ents[i], m->ner_type);
                        VEC_PUSH(&d->entities, e);
                        i = j - 1;
                    }
                }
            }
        }
        VEC_GROW(&out, out.count + piece.count);
        memcpy(out.items + out.count, piece.items, piece.count * sizeof *piece.items);
        out.count += piece.count;
    }
    free(d->sentences.items);
    d->sentences.items = out.items;
    d->sentences.count = out.count;
    d->sentences.cap = out.cap;
    VEC_FREE(&piece);
    free(nmem_buf);
    free(scores);
    free(lexicon_copies);
    free(wf);
    free(ints);
    free(cuts);
    free(pmem);
}
