/* test_ner_lstm.c — the recogniser's sequence scorer: its gradient is
 * the loss's slope (checked by finite differences on a small random net). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/ner_lstm.h"
#include "nlp/train.h"
#include "test.h"

enum { DIM = 2, HID = 4, NCL = 3, IN = DIM + NL_EXTRA };

static uint64_t lower_of(const char *w) { return wordfeat_lower_hash(w, strlen(w)); }

typedef struct small {
    uint32_t keys[2];
    uint8_t vecs[2 * DIM / 2];
    float *w;
    ner_lstm l;
} small;

/* "paris" and "said" have vectors, the other words none; weights random. */
static void make_small(small *s, uint32_t gate, uint32_t context, uint64_t seed)
{
    memset(s, 0, sizeof *s);
    uint32_t a = nw_key(lower_of("paris")), b = nw_key(lower_of("said"));
    int pa = a < b ? 0 : 1;
    s->keys[pa] = a;
    s->keys[1 - pa] = b;
    s->vecs[pa] = 12 | 6 << 4;
    s->vecs[1 - pa] = 5 | 13 << 4;
    size_t floats = nl_floats(IN, HID, NCL);
    s->w = malloc(floats * sizeof *s->w);
    uint64_t rng = seed;
    for (size_t i = 0; i < floats; i++) s->w[i] = (float)((double)(rng_next(&rng) >> 11) / 9007199254740992.0 - 0.5);
    s->l = (ner_lstm){s->keys, 2, s->vecs, DIM, HID, NCL, IN, gate, context, 0.25f, {NULL, NULL}, {NULL, NULL}, {NULL, NULL},
                      NULL, NULL};
    nl_bind(&s->l, s->w);
}

static void sentence(wordfeat *wf, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) wordfeat_compute(&wf[i], words[i], strlen(words[i]));
}

static void check_gradient(uint32_t context)
{
    small s;
    make_small(&s, NL_GATE_ALL, context, 12345);
    static const char *const words[] = {"In", "Paris", ",", "Smith", "said", "so", "."};
    enum { N = sizeof words / sizeof *words };
    int gold[N] = {0, 1, 0, 2, 0, 0, -1};
    wordfeat wf[N];
    sentence(wf, words, N);
    size_t floats = nl_floats(IN, HID, NCL);
    float *g = calloc(floats, sizeof *g);
    double loss = nl_gradient(&s.l, wf, gold, N, g);
    CHECK(loss > 0 && isfinite(loss));
    int bad = 0;
    for (size_t i = 0; i < floats; i++) {
        float keep = s.w[i], e = 1e-2f;
        float *dummy = calloc(floats, sizeof *dummy);
        s.w[i] = keep + e;
        double up = nl_gradient(&s.l, wf, gold, N, dummy);
        s.w[i] = keep - e;
        double down = nl_gradient(&s.l, wf, gold, N, dummy);
        s.w[i] = keep;
        free(dummy);
        double num = (up - down) / (2 * e);
        if (fabs(num - g[i]) > 2e-3 + 0.02 * fabs(num)) {
            if (bad++ < 5) test_fail(__FILE__, __LINE__, "weight %zu: gradient %g, slope %g", i, (double)g[i], num);
        }
    }
    CHECK_INT_EQ(bad, 0);
    free(g);
    free(s.w);
}

TEST(ner_lstm_gradient_is_the_slope_of_the_loss) { check_gradient(0); }
TEST(ner_lstm_context_gradient_is_the_slope_of_the_loss) { check_gradient(1); }

TEST(ner_lstm_eight_lanes_give_the_numbers_of_four)
{
    enum { H8 = 8 };
    size_t floats = nl_floats(IN, H8, NCL);
    float *w = malloc(floats * sizeof *w);
    uint64_t rng = 777;
    for (size_t i = 0; i < floats; i++) w[i] = (float)((double)(rng_next(&rng) >> 11) / 9007199254740992.0 * 6 - 3);
    ner_lstm l = {NULL, 0, NULL, DIM, H8, NCL, IN, NL_GATE_ALL, 0, 0.25f, {NULL, NULL}, {NULL, NULL}, {NULL, NULL},
                  NULL, NULL, false};
    nl_bind(&l, w);
    uint16_t ki[3] = {0, 1, DIM + 2};
    float kv[3] = {0.75f, -1.5f, 1}, hp[H8], cp[H8];
    for (int j = 0; j < H8; j++) { hp[j] = (float)(j - 4) / 5; cp[j] = (float)(3 - j) * 2; }
    float g1[4 * H8], c1[H8], t1[H8], h1[H8], g2[4 * H8], c2[H8], t2[H8], h2[H8];
    nl_step(&l, 1, ki, kv, 3, hp, cp, g1, c1, t1, h1);
    l.narrow = true;
    nl_step(&l, 1, ki, kv, 3, hp, cp, g2, c2, t2, h2);
    CHECK(!memcmp(g1, g2, sizeof g1) && !memcmp(c1, c2, sizeof c1) && !memcmp(t1, t2, sizeof t1) &&
          !memcmp(h1, h2, sizeof h1));
    free(w);
}

/* A model file of the small net's sections: bit 1 keys, 2 vectors, 4 the
 * LSTM's net (net_size bytes of it), 8 a window scorer's net (any bytes). */
static int load(const small *s, unsigned which, const unsigned char *net, size_t net_size, uint32_t nclass,
                ner_lstm *l, char *err, unsigned char **bytes, model_file **f)
{
    model_writer mw;
    model_writer_init(&mw, "ner");
    if (which & 1) model_writer_add(&mw, NW_KEYS_SECTION, s->keys, sizeof s->keys);
    if (which & 2) model_writer_add(&mw, NW_VECS_SECTION, s->vecs, sizeof s->vecs);
    if (which & 4) model_writer_add(&mw, NL_NET_SECTION, net, net_size);
    if (which & 8) model_writer_add(&mw, NW_NET_SECTION, net, 64);
    size_t size;
    *bytes = model_writer_bytes(&mw, &size);
    model_writer_free(&mw);
    *f = model_file_open_memory(*bytes, size, "ner", err, 256);
    if (!*f) return -2;
    return ner_lstm_load(l, *f, nclass, err, 256);
}

/* The small net's section: header and weights. */
static unsigned char *net_of(const small *s, size_t *size)
{
    nl_header h = {.version = NL_VERSION, .dim = DIM, .hidden = HID, .nclass = NCL, .in = IN, .gate = s->l.gate,
                   .scale = 0.25f, .context = s->l.context};
    size_t floats = nl_floats(IN, HID, NCL);
    *size = sizeof h + floats * sizeof(float);
    unsigned char *net = aligned_alloc(16, (*size + 15) / 16 * 16);
    memcpy(net, &h, sizeof h);
    memcpy(net + sizeof h, s->w, floats * sizeof(float));
    return net;
}

TEST(ner_lstm_loads_its_sections_and_scores_as_trained)
{
    small s;
    make_small(&s, NL_GATE_CAPITALISED, 1, 99);
    size_t size;
    unsigned char *net = net_of(&s, &size), *bytes;
    model_file *f;
    ner_lstm l;
    char err[256] = "";
    CHECK_INT_EQ(load(&s, 7, net, size, NCL, &l, err, &bytes, &f), 0);
    CHECK(l.keys != NULL && l.hidden == HID && l.context == 1);
    static const char *const words[] = {"In", "Paris", ",", "Smith", "said", "so", "."};
    enum { N = sizeof words / sizeof *words };
    wordfeat a[N], b[N];
    sentence(a, words, N);
    sentence(b, words, N);
    ner_lstm_fill(&l, a, N);
    ner_lstm_fill(&s.l, b, N); /* the weights as trained, not through the file */
    for (size_t i = 0; i < N; i++) {
        CHECK_INT_EQ(a[i].nl, b[i].nl);
        CHECK((a[i].nl != 0) == (i == 0 || i == 1 || i == 3)); /* the capitalised words */
        CHECK(nw_best(a[i].nl) < NCL);
    }
    /* A window scorer's file (no LSTM net) has no sequence scorer. */
    model_file_close(f);
    free(bytes);
    CHECK_INT_EQ(load(&s, 1 | 2 | 8, net, size, NCL, &l, err, &bytes, &f), 0);
    CHECK(l.keys == NULL);
    model_file_close(f);
    free(bytes);
    free(net);
    free(s.w);
}

TEST(ner_lstm_refuses_a_malformed_scorer)
{
    small s;
    make_small(&s, NL_GATE_ALL, 0, 5);
    size_t size;
    unsigned char *good = net_of(&s, &size), *bytes;
    model_file *f;
    ner_lstm l;
    char err[256];
    struct { unsigned which; size_t cut; uint32_t nclass; int damage; } cases[] = {
        {5, 0, NCL, 0},  /* the vectors missing */
        {6, 0, NCL, 0},  /* the keys missing */
        {7, 4, NCL, 0},  /* truncated */
        {7, 0, 7, 0},    /* another class count than the recogniser's */
        {7, 0, NCL, 1},  /* a weight not a number */
        {7, 0, NCL, 2},  /* hidden units not a multiple of 4 */
        {7, 0, NCL, 3},  /* unknown version */
        {7, 0, NCL, 4},  /* unknown flags */
        {7, 0, NCL, 5},  /* inputs that do not match the vectors */
        {7, 0, NCL, 6},  /* a scale of 0 */
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        unsigned char *net = aligned_alloc(16, (size + 15) / 16 * 16);
        memcpy(net, good, size);
        nl_header h;
        memcpy(&h, net, sizeof h);
        if (cases[c].damage == 1) {
            float nan = NAN;
            memcpy(net + sizeof h + 40, &nan, sizeof nan);
        }
        if (cases[c].damage == 2) h.hidden = 6;
        if (cases[c].damage == 3) h.version = 99;
        if (cases[c].damage == 4) h.context = 2;
        if (cases[c].damage == 5) h.in = IN + 1;
        if (cases[c].damage == 6) h.scale = 0;
        if (cases[c].damage >= 2) memcpy(net, &h, sizeof h);
        err[0] = 0;
        CHECK_INT_EQ(load(&s, cases[c].which, net, size - cases[c].cut, cases[c].nclass, &l, err, &bytes, &f), -1);
        CHECK(strstr(err, "sequence scorer") != NULL);
        CHECK(l.keys == NULL);
        model_file_close(f);
        free(bytes);
        free(net);
    }
    free(good);
    free(s.w);
}

TEST(ner_lstm_scores_a_sentence_of_ten_thousand_tokens)
{
    small s;
    make_small(&s, NL_GATE_ALL, 0, 31);
    enum { N = 10000 };
    static const char *const words[] = {"Paris", "said", "the", "Smith", ","};
    wordfeat *wf = malloc(N * sizeof *wf);
    for (size_t i = 0; i < N; i++) wordfeat_compute(&wf[i], words[i % 5], strlen(words[i % 5]));
    ner_lstm_fill(&s.l, wf, N);
    size_t scored = 0;
    for (size_t i = 0; i < N; i++) scored += wf[i].nl != 0 && nw_best(wf[i].nl) < NCL;
    CHECK_INT_EQ(scored, N);
    /* The same words in a short sentence score as its first tokens do. */
    wordfeat head[5];
    for (size_t i = 0; i < 5; i++) wordfeat_compute(&head[i], words[i], strlen(words[i]));
    ner_lstm_fill(&s.l, head, 5);
    CHECK_INT_EQ(head[0].nl != 0, 1);
    free(wf);
    free(s.w);
}
