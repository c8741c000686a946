/* train.c — `dyad train`: read the treebanks and the NER layer, train each
 * model in turn, and write models/{tagger,parser,ner}.bin.
 *
 * Data: EWT train plus the GUM genres for the tagger, lemmas and parser;
 * EWT dev for model selection; UNER EWT train/dev for entities.  Test
 * files are never read here. */
#include "nlp/train.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "base/fail.h"
#include "base/vec.h"
#include "nlp/boundary_train.h"
#include "nlp/iob2.h"

void shuffle_order(size_t *order, size_t n, uint64_t *rng)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(rng_next(rng) % i);
        size_t t = order[i - 1];
        order[i - 1] = order[j];
        order[j] = t;
    }
}

static uint64_t member_seed(uint64_t seed, int m)
{
    uint64_t s = seed ? seed : 1;
    return m == 0 ? s : s ^ (0x9e3779b97f4a7c15ULL * (uint64_t)m);
}

void members_init(member_set *m, int n, uint32_t nclass, size_t sentences, uint64_t seed)
{
    m->n = n < 1 ? 1 : n;
    m->per = sentences ? sentences : 1;
    m->t = xmalloc((size_t)m->n * sizeof *m->t);
    m->rng = xmalloc((size_t)m->n * sizeof *m->rng);
    m->order = xmalloc((size_t)m->n * m->per * sizeof *m->order);
    for (int i = 0; i < m->n; i++) {
        m->t[i] = pct_new(nclass);
        m->rng[i] = member_seed(seed, i);
        for (size_t k = 0; k < sentences; k++) m->order[(size_t)i * m->per + k] = k;
    }
}

size_t *members_shuffle(member_set *m, int i, size_t sentences)
{
    size_t *order = m->order + (size_t)i * m->per;
    shuffle_order(order, sentences, &m->rng[i]);
    return order;
}

void members_average(const member_set *m, const char *const *class_names, unsigned min_updates, pc_model *out)
{
    if (m->n == 1) pct_average(m->t[0], class_names, min_updates, out);
    else pct_average_sum((const pct *const *)m->t, (size_t)m->n, class_names, min_updates, out);
}

void members_free(member_set *m)
{
    for (int i = 0; i < m->n; i++) pct_free(m->t[i]);
    free(m->t);
    free(m->rng);
    free(m->order);
    memset(m, 0, sizeof *m);
}

int classes_find(const classes *c, const char *name)
{
    for (size_t i = 0; i < c->count; i++)
        if (strcmp(c->names[i], name) == 0) return (int)i;
    return -1;
}

int classes_add(classes *c, const char *name)
{
    int i = classes_find(c, name);
    if (i >= 0) return i;
    c->names = xrealloc(c->names, (c->count + 1) * sizeof *c->names);
    c->names[c->count] = xstrdup(name);
    return (int)c->count++;
}

void classes_free(classes *c)
{
    for (size_t i = 0; i < c->count; i++) free(c->names[i]);
    free(c->names);
    memset(c, 0, sizeof *c);
}

static char *tag_name(const conllu_word *w)
{
    size_t n = strlen(w->upos) + strlen(w->xpos) + 2;
    char *s = xmalloc(n);
    snprintf(s, n, "%s\t%s", w->upos, w->xpos);
    return s;
}

typedef struct corpus_set {
    VEC(conllu_reader *) readers;
    VEC(const conllu_sentence *) sents;
} corpus_set;

static int load_conllu(corpus_set *cs, const char *dir, const char *file, FILE *log, char *err, size_t err_size)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/ud/%s", dir, file);
    const conllu_sentence **s;
    size_t n;
    conllu_reader *r = conllu_read_all(path, &s, &n, err, err_size);
    if (!r) return -1;
    if (log) fprintf(log, "read %s: %zu sentences%s%s\n", file, n, conllu_error_count(r) ? ", skipped: " : "",
                     conllu_first_error(r));
    VEC_PUSH(&cs->readers, r);
    for (size_t i = 0; i < n; i++) VEC_PUSH(&cs->sents, s[i]);
    return 0;
}

static void corpus_set_free(corpus_set *cs)
{
    for (size_t i = 0; i < cs->readers.count; i++) conllu_close(cs->readers.items[i]);
    VEC_FREE(&cs->readers);
    VEC_FREE(&cs->sents);
}

/* Build training sentences; labels/tags are added to the inventories
 * when `grow` (train) and looked up otherwise (dev: unknown = -1). */
static void build_corpus(tcorpus *out, const corpus_set *cs, classes *tags, classes *labels, bool grow)
{
    out->s = xcalloc(cs->sents.count ? cs->sents.count : 1, sizeof *out->s);
    out->count = 0;
    for (size_t si = 0; si < cs->sents.count; si++) {
        const conllu_sentence *cu = cs->sents.items[si];
        int n = (int)cu->word_count;
        bool ok = n > 0;
        for (int i = 0; i < n && ok; i++) ok = cu->words[i].head >= 0;
        if (!ok) continue;
        tsent *s = &out->s[out->count++];
        s->n = n;
        s->words = cu->words;
        s->sent_id = cu->sent_id;
        s->form = xmalloc((size_t)n * sizeof *s->form);
        s->wf = xmalloc((size_t)n * sizeof *s->wf);
        s->tag = xmalloc((size_t)n * 6 * sizeof(int));
        s->ptag = s->tag + n;
        s->head = s->tag + 2 * n;
        s->label = s->tag + 3 * n;
        s->ner = s->tag + 4 * n;
        for (int i = 0; i < n; i++) {
            const conllu_word *w = &cu->words[i];
            s->form[i] = w->form;
            wordfeat_compute(&s->wf[i], w->form, strlen(w->form));
            char *tn = tag_name(w);
            s->tag[i] = grow ? classes_add(tags, tn) : classes_find(tags, tn);
            free(tn);
            s->ptag[i] = s->tag[i] >= 0 ? s->tag[i] : 0;
            s->head[i] = w->head == 0 ? n : w->head - 1;
            s->label[i] = grow ? classes_add(labels, w->deprel) : classes_find(labels, w->deprel);
            s->ner[i] = 0;
        }
    }
}

static void free_corpus(tcorpus *c)
{
    for (size_t i = 0; i < c->count; i++) {
        free(c->s[i].form);
        free(c->s[i].wf);
        free(c->s[i].tag);
    }
    free(c->s);
    memset(c, 0, sizeof *c);
}

static void build_ner_corpus(tcorpus *out, const iob2_corpus *ic, classes *bio, bool grow)
{
    out->s = xcalloc(ic->count ? ic->count : 1, sizeof *out->s);
    out->count = 0;
    for (size_t si = 0; si < ic->count; si++) {
        const iob2_sentence *is = &ic->s[si];
        int n = (int)is->count;
        tsent *s = &out->s[out->count++];
        s->n = n;
        s->doc_start = is->newdoc || si == 0;
        s->form = xmalloc((size_t)n * sizeof *s->form);
        s->wf = xmalloc((size_t)n * sizeof *s->wf);
        s->tag = xcalloc((size_t)n * 6, sizeof(int));
        s->ptag = s->tag + n;
        s->head = s->tag + 2 * n;
        s->label = s->tag + 3 * n;
        s->ner = s->tag + 4 * n;
        for (int i = 0; i < n; i++) {
            s->form[i] = is->form[i];
            wordfeat_compute(&s->wf[i], is->form[i], strlen(is->form[i]));
            const char *t = is->tag[i];
            /* Only B-/I- tags name entities; anything else is outside. */
            if ((t[0] != 'B' && t[0] != 'I') || t[1] != '-' || !strcmp(t + 2, "O")) t = "O";
            s->ner[i] = grow ? classes_add(bio, t) : classes_find(bio, t);
            if (s->ner[i] < 0) s->ner[i] = 0;
        }
    }
}

/* Parser training tags: each fold tagged by a tagger trained on the others,
 * so the parser sees tagging errors like those at run time. */
static void jackknife(tcorpus *train, const tcorpus *dev, const classes *tags, int folds, int epochs, int members,
                      uint64_t seed, FILE *log)
{
    for (int f = 0; f < folds; f++) {
        tcorpus part = {xmalloc(train->count * sizeof *part.s), 0}, held = {xmalloc(train->count * sizeof *held.s), 0};
        for (size_t i = 0; i < train->count; i++) {
            if ((int)(i % (size_t)folds) == f) held.s[held.count++] = train->s[i];
            else part.s[part.count++] = train->s[i];
        }
        pc_model m;
        train_tagger(&part, dev, tags, epochs, members, seed + (uint64_t)f, NULL, 1, &m);
        tag_corpus(&m, &held); /* writes through the shared ptag arrays */
        if (log) fprintf(log, "jackknife fold %d/%d tagged %zu sentences\n", f + 1, folds, held.count);
        pc_model_free(&m);
        free(part.s);
        free(held.s);
    }
}

static int save(model_writer *w, const char *dir, const char *name, FILE *log, char *err, size_t err_size)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (model_writer_save(w, path, err, err_size) != 0) return -1;
    size_t size;
    void *bytes = model_writer_bytes(w, &size);
    free(bytes);
    if (log) fprintf(log, "wrote %s (%.1f MB)\n", path, size / 1e6);
    return 0;
}

static void fill_ambiguity(tcorpus *c, const lexicon *lex, const classes *tags, const word_table *wn)
{
    uint8_t *clause_of = tag_clause_table((const char *const *)tags->names, (uint32_t)tags->count);
    for (size_t si = 0; si < c->count; si++)
        for (int i = 0; i < c->s[si].n; i++) {
            ambiguity_fill(lex, clause_of, (uint32_t)tags->count, &c->s[si].wf[i], c->s[si].form[i],
                           strlen(c->s[si].form[i]));
            wordnet_fill(wn, &c->s[si].wf[i]);
        }
    free(clause_of);
}

/* WordNet's word classes: read from the database (DYAD_WORDNET or
 * /usr/share/wordnet) when the tagger is trained, else copied from the
 * tagger file in out_dir that will tag the other models' data. */
static size_t wordnet_keys(const train_options *o, bool build, uint64_t **keys, char *err, size_t err_size)
{
    if (build) {
        const char *dir = getenv("DYAD_WORDNET");
        return wordnet_build(dir && *dir ? dir : WORDNET_DEFAULT_DIR, keys, o->log, err, err_size);
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/tagger.bin", o->out_dir);
    model_file *f = model_file_open(path, "tagger", err, err_size);
    word_table wn;
    char why[256];
    if (f && wordnet_load(&wn, f, why, sizeof why) != 0) {
        snprintf(err, err_size, "%s: %s", path, why);
        model_file_close(f);
        return 0;
    }
    if (!f) return 0;
    *keys = xmalloc((wn.count ? wn.count : 1) * sizeof **keys);
    memcpy(*keys, wn.keys, wn.count * sizeof **keys);
    size_t n = wn.count;
    word_table_free(&wn);
    model_file_close(f);
    return n;
}

static void fill_clusters(tcorpus *c, const word_table *clusters)
{
    for (size_t si = 0; si < c->count; si++)
        for (int i = 0; i < c->s[si].n; i++) clusters_fill(clusters, &c->s[si].wf[i]);
}

/* The recogniser's word clusters, from the vectors file (none when it is
 * "none"); (size_t)-1 with a message in err when it cannot be read. */
static size_t cluster_keys(const train_options *o, uint64_t **keys, char *err, size_t err_size)
{
    *keys = NULL;
    const char *vec = o->vectors_file ? o->vectors_file : CLUSTERS_DEFAULT_FILE;
    if (strcmp(vec, "none") == 0) {
        if (o->log) fprintf(o->log, "clusters: none (--vectors none)\n");
        return 0;
    }
    size_t n = clusters_build(vec, o->cluster_words, o->seed, keys, o->log, err, err_size);
    return n ? n : (size_t)-1;
}

/* Train + dev as one corpus for a fixed epoch count (the sentences are
 * shared, not copied; free only .s).  With known_labels, a dev sentence
 * holding a relation train never shows is left out: it has no transition. */
static tcorpus corpus_join(const tcorpus *train, const tcorpus *dev, bool known_labels)
{
    tcorpus both = {xmalloc((train->count + dev->count + 1) * sizeof *both.s), 0};
    for (size_t i = 0; i < train->count; i++) both.s[both.count++] = train->s[i];
    for (size_t i = 0; i < dev->count; i++) {
        bool known = true;
        for (int k = 0; known_labels && k < dev->s[i].n && known; k++) known = dev->s[i].label[k] >= 0;
        if (known) both.s[both.count++] = dev->s[i];
    }
    return both;
}

/* Copy predicted tags from treebank sentences with the same id and length. */
static size_t reuse_jackknifed(tcorpus *ner, const iob2_corpus *ic, const tcorpus *ud)
{
    size_t n = 0, j = 0;
    for (size_t i = 0; i < ner->count && i < ic->count; i++) {
        const char *id = ic->s[i].sent_id;
        if (!id) continue;
        /* Both files keep the treebank's order: scan forward. */
        size_t start = j;
        for (; j < ud->count; j++) {
            if (ud->s[j].sent_id && !strcmp(ud->s[j].sent_id, id)) break;
        }
        if (j == ud->count) { j = start; continue; }
        if (ud->s[j].n == ner->s[i].n) {
            memcpy(ner->s[i].ptag, ud->s[j].ptag, (size_t)ner->s[i].n * sizeof(int));
            for (int k = 0; k < ner->s[i].n; k++) ner->s[i].wf[k].alt = ud->s[j].wf[k].alt;
            n++;
        }
        j++;
    }
    return n;
}

/* The gaps for the learned sentence boundaries: EWT train, plus the GUM
 * genres named in o->boundary_extra ("interview", "speech"; never news,
 * which stays held out).  use[f]: whether training file f takes part;
 * file f's sentences are train_set->sents[start[f] .. start[f + 1]).
 * With folds > 1 the documents are dealt into folds and each fold's raw
 * text is tagged by a tagger trained without it (on the other folds and
 * the other treebanks), so the boundary model learns from tags as
 * imperfect as on new text; otherwise `tagger`, trained on these very
 * sentences, tags them (optimistic). */
static void boundary_train_set(boundary_set *out, const train_options *o, const corpus_set *train_set,
                               const size_t *start, const bool *use, size_t nfiles, const tcorpus *train,
                               const tcorpus *dev, const classes *tags, const pc_model *tagger, const lexicon *lex,
                               const word_table *wn, boundary_stats *st)
{
    int folds = o->boundary_jackknife > 1 ? o->boundary_jackknife : 1;
    size_t ns = train_set->sents.count;
    const conllu_sentence *const *all = train_set->sents.items;
    /* Fold of every sentence, by document; -1 outside the chosen files. */
    int *fold = xmalloc((ns ? ns : 1) * sizeof *fold);
    long docno = -1;
    for (size_t f = 0; f < nfiles; f++)
        for (size_t i = start[f]; i < start[f + 1]; i++) {
            if (all[i]->newdoc || i == start[f]) docno++;
            fold[i] = use[f] ? (int)(docno % folds) : -1;
        }
    const conllu_sentence **mine = xmalloc((ns ? ns : 1) * sizeof *mine);
    for (int f = 0; f < folds; f++) {
        pc_model m;
        const pc_model *tg = tagger;
        if (folds > 1) {
            /* Training sentences outside fold f: the tcorpus keeps the
             * files' order, skipping sentences without a tree. */
            tcorpus part = {xmalloc((train->count ? train->count : 1) * sizeof *part.s), 0};
            size_t j = 0;
            for (size_t i = 0; i < train->count; i++) {
                while (j < ns && all[j]->words != train->s[i].words) j++;
                if (j < ns && fold[j] == f) continue;
                part.s[part.count++] = train->s[i];
            }
            train_tagger(&part, dev, tags, o->tagger_epochs > 5 ? 5 : o->tagger_epochs, o->tagger_members,
                         o->seed + 100 + (uint64_t)f, NULL, o->prune_tagger, &m);
            free(part.s);
            tg = &m;
        }
        size_t nm = 0;
        for (size_t i = 0; i < ns; i++)
            if (fold[i] == f) mine[nm++] = all[i];
        boundary_set_from_treebank(out, mine, nm, tg, lex, wn, st);
        if (folds > 1) {
            if (o->log) fprintf(o->log, "boundary: jackknife fold %d/%d tagged %zu sentences\n", f + 1, folds, nm);
            pc_model_free(&m);
        }
    }
    free(mine);
    free(fold);
}

/* The learned sentence boundaries (boundary_train.c), trained on EWT train
 * and chosen on EWT dev (its raw text tagged by `tagger`). */
static int train_boundary_stage(const train_options *o, const corpus_set *train_set, const size_t *start,
                                const char *const *files, size_t nfiles,
                                const corpus_set *dev_set, const tcorpus *train, const tcorpus *dev,
                                const classes *tags, const pc_model *tagger, const lexicon *lex, const word_table *wn, char *err,
                                size_t err_size)
{
    FILE *log = o->log;
    boundary_set btrain = {0}, bdev = {0};
    boundary_stats st = {0}, sd = {0};
    bool use[8] = {false};
    for (size_t f = 0; f < nfiles && f < 8; f++)
        use[f] = f == 0 || (o->boundary_extra && !strstr(files[f], "news") &&
                            ((strstr(files[f], "interview") && strstr(o->boundary_extra, "interview")) ||
                             (strstr(files[f], "speech") && strstr(o->boundary_extra, "speech"))));
    boundary_train_set(&btrain, o, train_set, start, use, nfiles, train, dev, tags, tagger, lex, wn, &st);
    boundary_set_from_treebank(&bdev, dev_set->sents.items, dev_set->sents.count, tagger, lex, wn, &sd);
    if (log)
        fprintf(log,
                "boundary: train %zu gold sentences, %zu rule sentences, %zu gaps of which %zu gold cuts; dev %zu / "
                "%zu / %zu / %zu\n",
                st.gold_sentences, st.rule_sentences, st.gaps, st.inner_gold, sd.gold_sentences, sd.rule_sentences,
                sd.gaps, sd.inner_gold);
    pc_model m;
    double thr;
    boundary_train(&btrain, &bdev, o->boundary_epochs, o->seed, o->prune_boundary,
                   o->boundary_threshold_set ? &o->boundary_threshold : NULL, log, &m, &thr);
    if (log) fprintf(log, "boundary: %zu features kept, threshold %.3f\n", (size_t)m.nslots * 3 / 4, thr);
    model_writer w;
    model_writer_init(&w, "boundary");
    boundary_write(&m, thr, &w);
    int rc = save(&w, o->out_dir, "boundary.bin", log, err, err_size);
    model_writer_free(&w);
    pc_model_free(&m);
    boundary_set_free(&btrain);
    boundary_set_free(&bdev);
    return rc;
}

static bool wants(const train_options *o, const char *what) { return !o->only || strcmp(o->only, what) == 0; }

int nlp_train(const train_options *o, char *err, size_t err_size)
{
    FILE *log = o->log;
    clock_t t0 = clock();
    if (mkdir(o->out_dir, 0777) != 0 && errno != EEXIST) {
        snprintf(err, err_size, "%s: %s", o->out_dir, strerror(errno));
        return -1;
    }
    /* The recogniser's clusters first (a few seconds): the recogniser is
     * trained last, and a vector file that is missing or malformed found
     * only then would leave out_dir with new taggers and parsers beside
     * an old ner.bin trained on other tags. */
    uint64_t *ckeys = NULL;
    size_t ccount = 0;
    if (wants(o, "ner")) {
        ccount = cluster_keys(o, &ckeys, err, err_size);
        if (ccount == (size_t)-1) return -1;
    }
    nw_vectors nwv = {0}; /* the window scorer's vectors, read as early for the same reason */
    const char *nw_file = o->vectors_file ? o->vectors_file : CLUSTERS_DEFAULT_FILE;
    if (wants(o, "ner") && (o->ner_window || o->ner_lstm) && strcmp(nw_file, "none") != 0) {
        const char *vec = nw_file;
        if (nw_vectors_build(vec, o->ner_window_words, o->ner_window_dim, &nwv, o->log, err, err_size) != 0) {
            free(ckeys);
            return -1;
        }
    }
    corpus_set train_set = {0}, dev_set = {0};
    static const char *const train_files[] = {"en_ewt-ud-train.conllu", "en_gum-news.conllu",
                                              "en_gum-interview.conllu", "en_gum-speech.conllu"};
    enum { NFILES = sizeof train_files / sizeof *train_files };
    size_t file_start[NFILES + 1] = {0}; /* each file's first sentence in train_set */
    for (size_t i = 0; i < NFILES; i++) {
        if (load_conllu(&train_set, o->data_dir, train_files[i], log, err, err_size) != 0) goto fail_sets;
        file_start[i + 1] = train_set.sents.count;
    }
    if (load_conllu(&dev_set, o->data_dir, "en_ewt-ud-dev.conllu", log, err, err_size) != 0) goto fail_sets;

    classes tags = {0}, labels = {0};
    classes_add(&labels, "root");
    tcorpus train, dev;
    build_corpus(&train, &train_set, &tags, &labels, true);
    build_corpus(&dev, &dev_set, &tags, &labels, false);
    if (log) fprintf(log, "%zu tag classes, %zu relations, %zu training sentences\n", tags.count, labels.count,
                     train.count);

    /* The lexicon first (lemmas, features, ambiguity classes): the tagger's
     * features read the ambiguity classes. */
    lexicon_builder lb = {0};
    {
        size_t words = 0;
        for (size_t si = 0; si < train.count; si++) words += (size_t)train.s[si].n;
        char **lower = xmalloc((words ? words : 1) * sizeof *lower);
        int *wtags = xmalloc((words ? words : 1) * sizeof *wtags);
        char *caps = xmalloc(words ? words : 1);
        size_t k = 0;
        for (size_t si = 0; si < train.count; si++)
            for (int i = 0; i < train.s[si].n; i++, k++) {
                const conllu_word *w = &train.s[si].words[i];
                char *tn = tag_name(w);
                lemma_observe(&lb, w->form, w->lemma, w->upos, tn, w->feats);
                free(tn);
                char low[256];
                wordfeat_lower(w->form, strlen(w->form), low, sizeof low);
                lower[k] = xstrdup(low);
                wtags[k] = train.s[si].tag[i];
                /* Sentence-initial words say nothing about capitalisation. */
                caps[k] = i == 0 ? 'x' : (w->form[0] >= 'A' && w->form[0] <= 'Z') ? '1' : '0';
            }
        ambiguity_observe(&lb, lower, wtags, words);
        capitals_observe(&lb, lower, caps, words);
        free(caps);
        for (size_t i = 0; i < words; i++) free(lower[i]);
        free(lower);
        free(wtags);
    }
    model_writer lw;
    model_writer_init(&lw, "tagger");
    size_t kept = lexb_write(&lb, &lw, "lex.", 'S', 2);
    if (log) fprintf(log, "lexicon: %zu entries\n", kept);
    size_t lsize;
    void *lbytes = model_writer_bytes(&lw, &lsize);
    model_writer_free(&lw);
    model_file *lfile = model_file_open_memory(lbytes, lsize, "tagger", err, err_size);
    lexicon lex;
    if (!lfile || lexicon_load(&lex, lfile, "lex.", err, err_size) != 0) goto fail;
    uint64_t *wn_keys = NULL;
    size_t wn_count = wordnet_keys(o, wants(o, "tagger"), &wn_keys, err, err_size);
    word_table wn;
    if (!wn_count || word_table_init(&wn, wn_keys, wn_count) != 0) goto fail;
    fill_ambiguity(&train, &lex, &tags, &wn);
    fill_ambiguity(&dev, &lex, &tags, &wn);

    /* Tagger. */
    pc_model tagger;
    char path[4096];
    snprintf(path, sizeof path, "%s/tagger.bin", o->out_dir);
    if (wants(o, "tagger")) {
        train_tagger(&train, &dev, &tags, o->tagger_epochs, o->tagger_members, o->seed, log, o->prune_tagger, &tagger);
        model_writer w;
        model_writer_init(&w, "tagger");
        pc_model_write(&tagger, &w, "tag.");
        uint32_t templates = TAGGER_TEMPLATE_SET;
        model_writer_add(&w, TAGGER_TEMPLATE_SECTION, &templates, sizeof templates);
        lexb_write(&lb, &w, "lex.", 'S', 2);
        model_writer_add(&w, WORDNET_SECTION, wn_keys, wn_count * sizeof *wn_keys);
        int rc = save(&w, o->out_dir, "tagger.bin", log, err, err_size);
        model_writer_free(&w);
        if (rc) goto fail;
    } else {
        /* Reuse the tagger on disk to tag the parser's and recogniser's data. */
        model_file *f = model_file_open(path, "tagger", err, err_size);
        if (!f || pc_model_load(&tagger, f, "tag.", err, err_size) != 0) goto fail;
        /* Copy into owned memory so the file can close. */
        pc_model copy = tagger;
        size_t sb = (size_t)tagger.nslots * 8, eb = (size_t)tagger.n16 * 2;
        unsigned char *block = xmalloc(sb + eb + 1);
        memcpy(block, tagger.slots, sb);
        memcpy(block + sb, tagger.w16, eb);
        copy.slots = (const uint32_t *)block;
        copy.w16 = (const int16_t *)(block + sb);
        copy.owned = block;
        for (uint32_t c = 0; c < tagger.nclass; c++) copy.classes[c] = xstrdup(tagger.classes[c]);
        tagger = copy;
        model_file_close(f);
        /* class name strings were duplicated: leaked once per run, by design small */
    }
    tag_corpus(&tagger, &dev);

    if (wants(o, "boundary") && train_boundary_stage(o, &train_set, file_start, train_files, NFILES, &dev_set, &train, &dev, &tags, &tagger, &lex, &wn, err, err_size) != 0) goto fail;

    if (wants(o, "parser")) {
        if (o->jackknife > 1) jackknife(&train, &dev, &tags, o->jackknife, o->tagger_epochs > 5 ? 5 : o->tagger_epochs,
                                        o->tagger_members, o->seed, log);
        else tag_corpus(&tagger, &train);
        pc_model parser;
        /* The parser reads ambiguity classes too: it learns from them as new
         * text will show them (see lexicon_jackknife). */
        uint64_t *lex_saved = lexicon_jackknife(&train, &tags);
        if (o->parser_train_dev) {
            /* Both sets, a fixed epoch count (chosen on a train-only run).
             * The dev sentences carry the full tagger's tags and the whole
             * lexicon's classes: held out from both, as new text is. */
            tcorpus both = corpus_join(&train, &dev, true);
            if (log) fprintf(log, "parser: training on train + dev (%zu sentences), %d epochs\n", both.count, o->parser_epochs);
            train_parser(&both, NULL, &labels, o->parser_epochs, o->parser_members, o->seed, log, o->prune_parser, &parser);
            free(both.s);
        } else
            train_parser(&train, &dev, &labels, o->parser_epochs, o->parser_members, o->seed, log, o->prune_parser, &parser);
        lexicon_restore(&train, lex_saved);
        model_writer w;
        model_writer_init(&w, "parser");
        pc_model_write(&parser, &w, "dep.");
        uint32_t templates = PARSER_TEMPLATE_SET;
        model_writer_add(&w, PARSER_TEMPLATE_SECTION, &templates, sizeof templates);
        int rc = save(&w, o->out_dir, "parser.bin", log, err, err_size);
        model_writer_free(&w);
        pc_model_free(&parser);
        if (rc) goto fail;
    }

    if (wants(o, "ner")) {
        iob2_corpus itrain, idev;
        char p1[4096], p2[4096];
        snprintf(p1, sizeof p1, "%s/ner/en_ewt-uner-train.iob2", o->data_dir);
        snprintf(p2, sizeof p2, "%s/ner/en_ewt-uner-dev.iob2", o->data_dir);
        if (iob2_read(p1, &itrain, err, err_size) != 0) goto fail;
        if (iob2_read(p2, &idev, err, err_size) != 0) { iob2_free(&itrain); goto fail; }
        classes bio = {0};
        classes_add(&bio, "O");
        tcorpus ntrain, ndev;
        build_ner_corpus(&ntrain, &itrain, &bio, true);
        build_ner_corpus(&ndev, &idev, &bio, false);
        fill_ambiguity(&ntrain, &lex, &tags, &wn);
        fill_ambiguity(&ndev, &lex, &tags, &wn);
        word_table clusters = {0};
        if (word_table_init(&clusters, ckeys, ccount) != 0) {
            iob2_free(&itrain);
            iob2_free(&idev);
            goto fail;
        }
        fill_clusters(&ntrain, &clusters);
        fill_clusters(&ndev, &clusters);
        tag_corpus(&tagger, &ntrain);
        tag_corpus(&tagger, &ndev);
        /* The NER layer covers the EWT training sentences: where the parser
         * step left jackknifed tags on them, use those, so the recogniser
         * learns from tags as imperfect as at run time. */
        size_t reused = wants(o, "parser") && o->jackknife > 1 ? reuse_jackknifed(&ntrain, &itrain, &train) : 0;
        if (log) fprintf(log, "ner: jackknifed tags for %zu of %zu sentences\n", reused, ntrain.count);
        if (log) fprintf(log, "ner: %zu classes, %zu training sentences\n", bio.count, ntrain.count);
        uint64_t *gkeys = NULL;
        ner_gazetteer gaz;
        size_t gcount = gazetteer_build(o->actors_dir ? o->actors_dir : "data/actors",
                                        o->names_file ? o->names_file : "models/names.txt", NER_FIRST_NAMES_DEFAULT,
                                        &gkeys, log);
        ner_gaz_init(&gaz, gkeys, gcount);
        if (!gaz.count && log) fprintf(log, "ner: warning: no gazetteer (actor files not found)\n");
        pc_model ner;
        void *nw_net = NULL, *nl_net = NULL;
        size_t nw_size = 0, nl_size = 0;
        if (nwv.count) {
            /* The window scorer and the sequence scorer (nlp/ner_lstm.h),
             * each on templates of its own. */
            tcorpus both = corpus_join(&ntrain, &ndev, false);
            if (o->ner_lstm) {
                nl_options nlo = {o->ner_lstm, o->ner_lstm_all ? NL_GATE_ALL : NL_GATE_CAPITALISED,
                                  o->ner_lstm_context, o->ner_lstm_epochs ? (int)o->ner_lstm_epochs : NW_EPOCHS};
                nl_net = nl_train(&nwv, o->ner_train_dev ? &both : &ntrain, o->ner_train_dev ? NULL : &ndev,
                                  (uint32_t)bio.count, &nlo, NW_FOLDS, o->seed, log, &nl_size);
            }
            if (o->ner_window)
                nw_net = nw_train(&nwv, o->ner_train_dev ? &both : &ntrain, o->ner_train_dev ? NULL : &ndev,
                                  (uint32_t)bio.count, o->ner_window, NW_EPOCHS, NW_FOLDS, o->seed, log, &nw_size);
            free(both.s);
        }
        if (o->ner_train_dev) {
            /* Both sets, a fixed epoch count (chosen on a train-only run). */
            tcorpus both = corpus_join(&ntrain, &ndev, false);
            if (log) fprintf(log, "ner: training on train + dev (%zu sentences), %d epochs\n", both.count, o->ner_epochs);
            train_ner(&both, NULL, &bio, &gaz, o->ner_epochs, o->ner_members, o->seed, log, o->prune_ner, &ner);
            free(both.s);
        } else train_ner(&ntrain, &ndev, &bio, &gaz, o->ner_epochs, o->ner_members, o->seed, log, o->prune_ner, &ner);
        model_writer w;
        model_writer_init(&w, "ner");
        pc_model_write(&ner, &w, "ner.");
        model_writer_add(&w, "ner.gaz", gkeys, gaz.count * sizeof *gkeys);
        if (ccount) model_writer_add(&w, CLUSTERS_SECTION, ckeys, ccount * sizeof *ckeys);
        if (nw_net || nl_net) {
            model_writer_add(&w, NW_KEYS_SECTION, nwv.keys, nwv.count * sizeof *nwv.keys);
            model_writer_add(&w, NW_VECS_SECTION, nwv.vecs, nwv.count * (nwv.dim / 2));
        }
        if (nw_net) model_writer_add(&w, NW_NET_SECTION, nw_net, nw_size);
        if (nl_net) model_writer_add(&w, NL_NET_SECTION, nl_net, nl_size);
        free(nw_net);
        free(nl_net);
        uint32_t templates = NER_TEMPLATE_SET;
        model_writer_add(&w, NER_TEMPLATE_SECTION, &templates, sizeof templates);
        free(gkeys);
        word_table_free(&clusters);
        int rc = save(&w, o->out_dir, "ner.bin", log, err, err_size);
        model_writer_free(&w);
        pc_model_free(&ner);
        free_corpus(&ntrain);
        free_corpus(&ndev);
        classes_free(&bio);
        iob2_free(&itrain);
        iob2_free(&idev);
        if (rc) goto fail;
    }
    if (log) fprintf(log, "training took %.0f s of CPU\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
    model_file_close(lfile);
    free(lbytes);
    lexb_free(&lb);
    word_table_free(&wn);
    free(wn_keys);
    pc_model_free(&tagger);
    free_corpus(&train);
    free_corpus(&dev);
    classes_free(&tags);
    classes_free(&labels);
    corpus_set_free(&train_set);
    corpus_set_free(&dev_set);
    free(ckeys);
    nw_vectors_free(&nwv);
    return 0;
fail:
    free_corpus(&train);
    free_corpus(&dev);
    classes_free(&tags);
    classes_free(&labels);
fail_sets:
    corpus_set_free(&train_set);
    corpus_set_free(&dev_set);
    free(ckeys);
    nw_vectors_free(&nwv);
    return -1;
}
