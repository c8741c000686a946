/* test_ner_window.c — the recogniser's window scorer: a hand-set network
 * scores the tokens near capitals as its weights say, a malformed file is
 * refused, a file without the scorer decodes with the old features, PCA
 * keeps the direction the words spread along, and a trained scorer finds
 * a name it never saw from the words around it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nlp/annotators.h"
#include "nlp/ner_window.h"
#include "nlp/train.h"
#include "test.h"

enum { DIM = 2, HID = 8, NCL = 3, IN = NW_POSITIONS * (DIM + NW_EXTRA) };
enum { CENTRE = NW_WINDOW * (DIM + NW_EXTRA) };

typedef struct parts {
    uint32_t keys[2];
    uint8_t vecs[2 * DIM / 2];
    _Alignas(16) unsigned char net[sizeof(nw_header) + (IN * HID + HID + NCL * HID + NCL) * sizeof(float)];
} parts;

static uint64_t lower_of(const char *w) { return wordfeat_lower_hash(w, strlen(w)); }

/* "paris" points along the first dimension, "said" along the second.
 * Hidden unit 0 reads the centre word's first dimension, unit 1 whether
 * the centre word has no vector; class 1 follows unit 0, class 2 unit 1,
 * class 0 has a bias of 2. */
static void make_parts(parts *p)
{
    memset(p, 0, sizeof *p);
    uint32_t a = nw_key(lower_of("paris")), b = nw_key(lower_of("said"));
    int pa = a < b ? 0 : 1;
    p->keys[pa] = a;
    p->keys[1 - pa] = b;
    p->vecs[pa] = 12 | 8 << 4;       /* (4, 0) steps of 0.25: (1, 0) */
    p->vecs[1 - pa] = 8 | 12 << 4;   /* (0, 1) */
    nw_header h = {NW_VERSION, DIM, HID, NCL, NW_WINDOW, 0.25f};
    memcpy(p->net, &h, sizeof h);
    float *w = (float *)(p->net + sizeof h), *w1t = w, *b1 = w1t + IN * HID, *w2 = b1 + HID, *b2 = w2 + NCL * HID;
    w1t[(CENTRE + 0) * HID + 0] = 1;   /* centre vector, dimension 0 */
    w1t[(CENTRE + DIM) * HID + 1] = 1; /* centre word unknown */
    w2[1 * HID + 0] = 10;
    w2[2 * HID + 1] = 10;
    b2[0] = 2;
}

/* Load the sections of p (those whose bit is set in `which`) as a file's. */
static int load(const parts *p, unsigned which, size_t net_size, uint32_t nclass, ner_window *w, char *err,
                unsigned char **bytes, model_file **f)
{
    model_writer mw;
    model_writer_init(&mw, "ner");
    if (which & 1) model_writer_add(&mw, NW_KEYS_SECTION, p->keys, sizeof p->keys);
    if (which & 2) model_writer_add(&mw, NW_VECS_SECTION, p->vecs, sizeof p->vecs);
    if (which & 4) model_writer_add(&mw, NW_NET_SECTION, p->net, net_size);
    size_t size;
    *bytes = model_writer_bytes(&mw, &size);
    model_writer_free(&mw);
    *f = model_file_open_memory(*bytes, size, "ner", err, 256);
    if (!*f) return -2;
    return ner_window_load(w, *f, nclass, err, 256);
}

static void sentence(wordfeat *wf, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) wordfeat_compute(&wf[i], words[i], strlen(words[i]));
}

TEST(ner_window_scores_the_capitalised_words_as_its_weights_say)
{
    parts p;
    make_parts(&p);
    ner_window w;
    char err[256] = "";
    unsigned char *bytes;
    model_file *f;
    CHECK_INT_EQ(load(&p, 7, sizeof p.net, NCL, &w, err, &bytes, &f), 0);
    static const char *const words[] = {"Zorblat", "Said", "the", "day", "in", "Paris"};
    wordfeat wf[6];
    sentence(wf, words, 6);
    ner_window_fill(&w, wf, 6);
    /* An unknown capitalised word: class 2, sure of it (bucket 3). */
    CHECK_INT_EQ(wf[0].nw, 1 + 2 * NW_BUCKETS + 3);
    /* "Said" has a vector along the second dimension, which no unit
     * reads: class 0 at p = e^2 / (e^2 + 2) = 0.79 (bucket 2). */
    CHECK_INT_EQ(wf[1].nw, 1 + 0 * NW_BUCKETS + 2);
    /* Lowercase words are not scored. */
    CHECK_INT_EQ(wf[2].nw, 0);
    CHECK_INT_EQ(wf[3].nw, 0);
    CHECK_INT_EQ(wf[4].nw, 0);
    /* "Paris" has its vector: class 1. */
    CHECK_INT_EQ(wf[5].nw, 1 + 1 * NW_BUCKETS + 3);
    CHECK_INT_EQ(nw_best(wf[5].nw), 1);
    model_file_close(f);
    free(bytes);
}

TEST(ner_window_refuses_a_malformed_scorer)
{
    parts p;
    make_parts(&p);
    ner_window w;
    char err[256];
    unsigned char *bytes;
    model_file *f;
    struct { unsigned which; size_t net; uint32_t nclass; int damage; } cases[] = {
        {3, sizeof p.net, NCL, 0},     /* the net missing */
        {5, sizeof p.net, NCL, 0},     /* the vectors missing */
        {7, sizeof p.net - 4, NCL, 0}, /* truncated */
        {7, sizeof p.net, 7, 0},       /* another class count than the recogniser's */
        {7, sizeof p.net, NCL, 1},     /* keys out of order */
        {7, sizeof p.net, NCL, 2},     /* a weight not a number */
        {7, sizeof p.net, NCL, 3},     /* hidden layer of 0 units */
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        parts q = p;
        if (cases[c].damage == 1) {
            uint32_t t = q.keys[0];
            q.keys[0] = q.keys[1];
            q.keys[1] = t;
        }
        if (cases[c].damage == 2) {
            float nan = NAN;
            memcpy(q.net + sizeof(nw_header) + 8, &nan, sizeof nan);
        }
        if (cases[c].damage == 3) {
            uint32_t zero = 0;
            memcpy(q.net + 2 * sizeof(uint32_t), &zero, sizeof zero);
        }
        err[0] = 0;
        CHECK_INT_EQ(load(&q, cases[c].which, cases[c].net, cases[c].nclass, &w, err, &bytes, &f), -1);
        CHECK(strstr(err, "window scorer") != NULL);
        model_file_close(f);
        free(bytes);
    }
    /* No section at all: no scorer, and every token unscored. */
    CHECK_INT_EQ(load(&p, 0, sizeof p.net, NCL, &w, err, &bytes, &f), 0);
    CHECK(w.keys == NULL);
    static const char *const words[] = {"Zorblat", "said"};
    wordfeat wf[2];
    sentence(wf, words, 2);
    ner_window_fill(&w, wf, 2);
    CHECK_INT_EQ(wf[0].nw, 0);
    CHECK_INT_EQ(wf[1].nw, 0);
    model_file_close(f);
    free(bytes);
}

/* Without the scorer the recogniser computes exactly set 5's features;
 * with it, those and the scorer's after them. */
TEST(ner_window_features_only_where_the_scorer_spoke)
{
    static const char *const words[] = {"Zorblat", "said"};
    wordfeat wf[2];
    sentence(wf, words, 2);
    int tags[2] = {0, 1};
    uint8_t gaz[2] = {0, 0};
    uint64_t a[NER_MAX_FEATS], b[NER_MAX_FEATS], pf[NER_MAX_FEATS];
    size_t ka = ner_features_static(wf, tags, gaz, NULL, 2, 0, a);
    size_t pa = ner_features_prev(wf, tags, gaz, 0, 2, 0, -1, pf);
    wf[0].nw = 1 + 2 * NW_BUCKETS + 3;
    size_t kb = ner_features_static(wf, tags, gaz, NULL, 2, 0, b);
    CHECK(kb > ka && kb <= NER_MAX_FEATS);
    CHECK(memcmp(a, b, ka * sizeof *a) == 0);
    size_t pb = ner_features_prev(wf, tags, gaz, 0, 2, 0, -1, pf);
    CHECK_INT_EQ(pb, pa + 1);
    /* Set 5 files still load; sets outside 5..6 do not. */
    for (uint32_t set = 4; set <= 7; set++) {
        model_writer mw;
        model_writer_init(&mw, "ner");
        model_writer_add(&mw, NER_TEMPLATE_SECTION, &set, sizeof set);
        size_t size;
        unsigned char *bytes = model_writer_bytes(&mw, &size);
        model_writer_free(&mw);
        model_file *f = model_file_open_memory(bytes, size, "ner", NULL, 0);
        CHECK(f != NULL);
        char why[256] = "";
        bool ok = f && ner_templates_match(f, "ner.bin", why, sizeof why);
        CHECK(ok == (set >= NER_TEMPLATE_SET_OLDEST && set <= NER_TEMPLATE_SET));
        if (!ok) CHECK(strstr(why, "retrain") != NULL);
        model_file_close(f);
        free(bytes);
    }
}

/* Ten words spread along one direction of three dimensions: the first
 * component orders them along it (4-bit steps may tie neighbours). */
TEST(ner_window_pca_keeps_the_direction_words_spread_along)
{
    char text[4096], *p = text;
    for (int i = 0; i < 10; i++)
        p += sprintf(p, "word%d %.3f %.3f %.3f\n", i, 1.0, 0.1 * (i - 4.5), 0.01 * (i % 2));
    char *path = test_write_temp(text);
    CHECK(path != NULL);
    nw_vectors v;
    char err[256] = "";
    CHECK_INT_EQ(nw_vectors_build(path, 100, 2, &v, NULL, err, sizeof err), 0);
    CHECK_INT_EQ(v.count, 10);
    CHECK_INT_EQ(v.dim, 2);
    for (size_t i = 1; i < v.count; i++) CHECK(v.keys[i - 1] < v.keys[i]);
    ner_window w = {v.keys, v.count, v.vecs, 2, 0, 0, 0, v.scale, NULL, NULL, NULL, NULL};
    int up = 0, down = 0, prev = 0, first = 0;
    for (int i = 0; i < 10; i++) {
        char word[16];
        snprintf(word, sizeof word, "word%d", i);
        long k = nw_lookup(&w, lower_of(word));
        CHECK(k >= 0);
        int x = k >= 0 ? v.vecs[k] & 15 : 0;
        if (i) { up += x >= prev; down += x <= prev; }
        else first = x;
        prev = x;
    }
    CHECK(up == 9 || down == 9);
    CHECK(prev - first >= 8 || first - prev >= 8); /* spread over most of the steps */
    nw_vectors_free(&v);
    /* A malformed file is refused. */
    path = test_write_temp("word 1.0 2.0\nother 1.0\n");
    CHECK_INT_EQ(nw_vectors_build(path, 100, 1, &v, NULL, err, sizeof err), -1);
    unlink(path);
}

/* Sentences "Mr <name> spoke ." and "<name> Corp said ." with made-up
 * names; the names have no vectors, "mr", "corp" do.  The scorer must
 * find names it never saw by the words beside them. */
static void build_corpus(tcorpus *c, size_t count, int salt, wordfeat *wf, int *ner)
{
    c->s = calloc(count, sizeof *c->s);
    c->count = count;
    for (size_t s = 0; s < count; s++) {
        char name[32];
        snprintf(name, sizeof name, "Qx%dz%zu", salt, s);
        const char *per[] = {"Mr", name, "spoke", "."}, *org[] = {name, "Corp", "said", "."};
        const char *const *words = s % 2 ? org : per;
        wordfeat *w = wf + 4 * s;
        int *y = ner + 4 * s;
        sentence(w, words, 4);
        /* classes: 0 O, 1 B-PER, 2 B-ORG, 3 I-ORG */
        y[0] = s % 2 ? 2 : 0;
        y[1] = s % 2 ? 3 : 1;
        y[2] = y[3] = 0;
        c->s[s] = (tsent){.n = 4, .wf = w, .ner = y, .doc_start = true};
    }
}

TEST(ner_window_trained_finds_unseen_names_by_their_neighbours)
{
    char *path = test_write_temp("mr 1 0 0 0\ncorp 0 1 0 0\nspoke 0 0 1 0\nsaid 0 0 0 1\n. 0.5 0.5 0.5 0.5\n");
    nw_vectors v;
    char err[256] = "";
    CHECK_INT_EQ(nw_vectors_build(path, 100, 4, &v, NULL, err, sizeof err), 0);
    unlink(path);
    enum { TRAIN = 400, DEV = 20 };
    wordfeat *wf = calloc(4 * (TRAIN + DEV), sizeof *wf);
    int *ner = calloc(4 * (TRAIN + DEV), sizeof *ner);
    tcorpus train, dev;
    build_corpus(&train, TRAIN, 1, wf, ner);
    build_corpus(&dev, DEV, 2, wf + 4 * TRAIN, ner + 4 * TRAIN);
    size_t size = 0;
    void *net = nw_train(&v, &train, &dev, 4, 16, NW_EPOCHS, NW_FOLDS, 7, NULL, &size);
    CHECK(net != NULL && size > sizeof(nw_header));
    size_t right = 0, held = 0;
    for (size_t s = 0; s < DEV; s++)
        for (int i = 0; i < 2; i++) right += nw_best(dev.s[s].wf[i].nw) == dev.s[s].ner[i];
    for (size_t s = 0; s < TRAIN; s++) held += nw_best(train.s[s].wf[1].nw) == train.s[s].ner[1];
    CHECK_INT_EQ(right, 2 * DEV);
    CHECK(held >= TRAIN * 9 / 10); /* the held-out folds learn it too */
    free(net);
    free(train.s);
    free(dev.s);
    free(wf);
    free(ner);
    nw_vectors_free(&v);
}
