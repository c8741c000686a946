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
