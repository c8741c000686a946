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
static void make_small(small *s, uint32_t gate, uint64_t seed)
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
    s->l = (ner_lstm){s->keys, 2, s->vecs, DIM, HID, NCL, IN, gate, 0.25f, {NULL, NULL}, {NULL, NULL}, {NULL, NULL},
                      NULL, NULL};
    nl_bind(&s->l, s->w);
}

static void sentence(wordfeat *wf, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) wordfeat_compute(&wf[i], words[i], strlen(words[i]));
}

TEST(ner_lstm_gradient_is_the_slope_of_the_loss)
{
    small s;
    make_small(&s, NL_GATE_ALL, 12345);
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
