/* test_perceptron.c — the weight table's row layouts: sparse rows name
 * their classes in one byte, a model of more classes than a byte holds
 * still scores every class right, and a model file written with the first
 * layout (16-bit class, weight pairs) still loads and scores the same;
 * scores are the plain sums of the rows whatever the batch, and the argmax
 * takes the first of the highest scores. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/model_file.h"
#include "nlp/perceptron.h"
#include "test.h"

static uint64_t next_rand(uint64_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

/* A perceptron over nclass classes where feature fh1(1, y) announces class
 * y, among noise features, trained online until it has seen every class. */
/* A trainer of a small task; seeds give the examples in different orders. */
static pct *train_cues_seeded(uint32_t nclass, int rounds, uint64_t seed)
{
    pct *t = pct_new(nclass);
    uint64_t rng = seed;
    float *s = malloc(nclass * sizeof *s);
    for (int it = 0; it < rounds; it++) {
        uint32_t y = (uint32_t)(next_rand(&rng) % nclass);
        uint64_t f[3] = {fh1(1, y), fh1(2, next_rand(&rng) % 40), fh1(3, 0)};
        pct_score(t, f, 3, s);
        uint32_t g = 0;
        for (uint32_t c = 1; c < nclass; c++) if (s[c] > s[g]) g = c;
        pct_update(t, f, 3, y, g);
        pct_tick(t);
    }
    free(s);
    return t;
}

static pct *train_cues(uint32_t nclass, int rounds) { return train_cues_seeded(nclass, rounds, 99); }

static char **class_names(uint32_t nclass)
{
    char **names = malloc(nclass * sizeof *names);
    for (uint32_t c = 0; c < nclass; c++) {
        names[c] = malloc(16);
        snprintf(names[c], 16, "c%u", c);
    }
    return names;
}

static void free_names(char **names, uint32_t nclass)
{
    for (uint32_t c = 0; c < nclass; c++) free(names[c]);
    free(names);
}

static uint32_t best_class(const pc_model *m, uint64_t cue)
{
    uint64_t f[3] = {fh1(1, cue), fh1(2, 7), fh1(3, 0)};
    int32_t *s = malloc(pc_width(m->nclass) * sizeof *s);
    pc_score(m, f, 3, s);
    uint32_t g = 0;
    for (uint32_t c = 1; c < m->nclass; c++) if (s[c] > s[g]) g = c;
    free(s);
    return g;
}

TEST(perceptron_with_more_classes_than_a_byte_names_still_finds_each)
{
    uint32_t nclass = 300;
    pct *t = train_cues(nclass, 30000);
    char **names = class_names(nclass);
    pc_model m;
    pct_average(t, (const char *const *)names, 1, &m);
    model_writer w;
    model_writer_init(&w, "toy");
    pc_model_write(&m, &w, "x.");
    size_t size;
    unsigned char *bytes = model_writer_bytes(&w, &size);
    char err[256];
    model_file *f = model_file_open_memory(bytes, size, "toy", err, sizeof err);
    pc_model loaded;
    CHECK(f && pc_model_load(&loaded, f, "x.", err, sizeof err) == 0);
    if (f) {
        /* Classes above 255 are the ones a one-byte class id would lose. */
        uint32_t probes[] = {0, 17, 255, 256, 270, 299};
        for (size_t i = 0; i < sizeof probes / sizeof *probes; i++) CHECK_INT_EQ(best_class(&loaded, probes[i]), probes[i]);
        pc_model_free(&loaded);
        model_file_close(f);
    }
    free(bytes);
    model_writer_free(&w);
    pc_model_free(&m);
    free_names(names, nclass);
    pct_free(t);
}

/* The first layout, as older model files hold it: the same slots, and
 * each sparse row as count (class, weight) pairs of 16 bits, in a section
 * named "weights"; dense rows are the same in both. */
typedef struct old_params { uint32_t nclass, nslots, n16; float scale; } old_params;

static void write_first_layout(const pc_model *m, model_writer *w, const char *bad_class)
{
    uint32_t *slots = malloc((size_t)m->nslots * 8);
    size_t cap = 2 * (size_t)m->n16 + 16, n16 = 0;
    int16_t *pairs = malloc(cap * sizeof *pairs);
    for (uint32_t j = 0; j < m->nslots; j++) {
        slots[2 * j] = m->slots[2 * j];
        slots[2 * j + 1] = m->slots[2 * j + 1];
        if (!m->slots[2 * j]) continue;
        uint32_t v = m->slots[2 * j + 1], off = v >> 8, cnt = v & 255;
        const int16_t *row = m->w16 + off;
        if (cnt == 0) {
            memcpy(pairs + n16, row, pc_width(m->nclass) * sizeof *pairs);
        } else {
            const uint8_t *cls = (const uint8_t *)(row + cnt);
            for (uint32_t c = 0; c < cnt; c++) {
                pairs[n16 + 2 * c] = (int16_t)(bad_class ? 999 : cls[c]);
                pairs[n16 + 2 * c + 1] = row[c];
            }
        }
        slots[2 * j + 1] = (uint32_t)n16 << 8 | cnt;
        n16 += cnt ? 2 * cnt : pc_width(m->nclass);
    }
    old_params p = {m->nclass, m->nslots, (uint32_t)n16, m->scale};
    model_writer_add(w, "x.params", &p, sizeof p);
    model_writer_add(w, "x.slots", slots, (size_t)m->nslots * 8);
    model_writer_add(w, "x.weights", pairs, n16 * 2);
    char names[64] = "";
    size_t len = 0;
    for (uint32_t c = 0; c < m->nclass; c++) {
        size_t l = strlen(m->classes[c]) + 1;
        memcpy(names + len, m->classes[c], l);
        len += l;
    }
    model_writer_add(w, "x.classes", names, len);
    free(slots);
    free(pairs);
}

TEST(perceptron_reads_model_files_of_the_first_row_layout)
{
    uint32_t nclass = 9;
    pct *t = train_cues(nclass, 4000);
    char **names = class_names(nclass);
    pc_model m;
    pct_average(t, (const char *const *)names, 1, &m);
    model_writer w;
    model_writer_init(&w, "toy");
    write_first_layout(&m, &w, NULL);
    size_t size;
    unsigned char *bytes = model_writer_bytes(&w, &size);
    char err[256];
    model_file *f = model_file_open_memory(bytes, size, "toy", err, sizeof err);
    pc_model old;
    CHECK(f && pc_model_load(&old, f, "x.", err, sizeof err) == 0);
    if (f) {
        /* Every feature scores exactly as in the model it was written from. */
        uint64_t rng = 5;
        int32_t a[16], b[16];
        int same = 1;
        for (int it = 0; it < 500; it++) {
            uint64_t feats[4] = {fh1(1, next_rand(&rng) % nclass), fh1(2, next_rand(&rng) % 40), fh1(3, 0),
                                 fh1(4, it)};
            pc_score(&m, feats, 4, a);
            pc_score(&old, feats, 4, b);
            same &= memcmp(a, b, nclass * sizeof *a) == 0;
        }
        CHECK(same);
        for (uint32_t y = 0; y < nclass; y++) CHECK_INT_EQ(best_class(&old, y), y);
        pc_model_free(&old);
        model_file_close(f);
    }
    free(bytes);
    model_writer_free(&w);

    /* A pair naming a class the model does not have is refused. */
    model_writer_init(&w, "toy");
    write_first_layout(&m, &w, "bad");
    bytes = model_writer_bytes(&w, &size);
    f = model_file_open_memory(bytes, size, "toy", err, sizeof err);
    CHECK(f != NULL);
    if (f) {
        CHECK(pc_model_load(&old, f, "x.", err, sizeof err) != 0);
        CHECK(strstr(err, "unknown class") != NULL);
        model_file_close(f);
    }
    free(bytes);
    model_writer_free(&w);
    pc_model_free(&m);
    free_names(names, nclass);
    pct_free(t);
}

TEST(perceptron_rows_shorter_than_a_cache_line_never_straddle_two)
{
    /* Cues and noise of every frequency: rows of many lengths. */
    uint32_t nclass = 40;
    pct *t = pct_new(nclass);
    uint64_t rng = 3;
    float s[40];
    for (int it = 0; it < 20000; it++) {
        uint32_t y = (uint32_t)(next_rand(&rng) % nclass);
        uint64_t f[4] = {fh1(1, y), fh1(2, next_rand(&rng) % 400), fh1(5, y * 7 + next_rand(&rng) % 3),
                         fh1(6, next_rand(&rng) % 2000)};
        pct_score(t, f, 4, s);
        uint32_t g = 0;
        for (uint32_t c = 1; c < nclass; c++) if (s[c] > s[g]) g = c;
        pct_update(t, f, 4, y, g);
        pct_tick(t);
    }
    char **names = class_names(nclass);
    pc_model m;
    pct_average(t, (const char *const *)names, 1, &m);
    CHECK(((uintptr_t)m.w16 & 63) == 0);
    size_t rows = 0, units = 0, straddle = 0;
    for (uint32_t j = 0; j < m.nslots; j++) {
        if (!m.slots[2 * j]) continue;
        uint32_t v = m.slots[2 * j + 1], off = v >> 8, cnt = v & 255;
        uint32_t len = cnt ? pc_sparse_units(cnt) : pc_width(nclass);
        rows++;
        units += len;
        if (len <= 32 && off / 32 != (off + len - 1) / 32) straddle++;
    }
    CHECK(rows > 100);
    CHECK_INT_EQ(straddle, 0);
    /* The gaps left by the layout stay small. */
    CHECK(m.n16 <= units + units / 10 + 32);
    pc_model_free(&m);
    free_names(names, nclass);
    pct_free(t);
}

/* Reference: the weights of feature h added to scores the plain way, one
 * slot probe and one class at a time. */
static void add_plainly(const pc_model *m, uint64_t h, int64_t *scores)
{
    uint32_t key = (uint32_t)(h >> 32) ? (uint32_t)(h >> 32) : 1, j = pc_slot(h, m->nslots);
    while (m->slots[2 * j] && m->slots[2 * j] != key) j = (j + 1) % m->nslots;
    if (!m->slots[2 * j]) return;
    uint32_t v = m->slots[2 * j + 1], off = v >> 8, cnt = v & 255;
    const int16_t *e = m->w16 + off;
    if (cnt == 0)
        for (uint32_t c = 0; c < m->nclass; c++) scores[c] += e[c];
    else
        for (uint32_t c = 0; c < cnt; c++) scores[((const uint8_t *)(e + cnt))[c]] += e[c];
}

TEST(perceptron_scores_are_the_plain_sums_of_the_rows)
{
    /* Dense rows (frequent cues), sparse rows of many lengths, features the
     * model lacks, repeated features, and batches longer than the 128
     * features the scorer takes at a time. */
    uint32_t nclass = 45;
    pct *t = pct_new(nclass);
    uint64_t rng = 11;
    float fs[45];
    for (int it = 0; it < 20000; it++) {
        uint32_t y = (uint32_t)(next_rand(&rng) % nclass);
        uint64_t f[4] = {fh1(1, y % 9), fh1(2, next_rand(&rng) % 300), fh1(5, y * 7 + next_rand(&rng) % 3), fh1(3, 0)};
        pct_score(t, f, 4, fs);
        uint32_t g = 0;
        for (uint32_t c = 1; c < nclass; c++) if (fs[c] > fs[g]) g = c;
        pct_update(t, f, 4, y, g);
        pct_tick(t);
    }
    char **names = class_names(nclass);
    pc_model m;
    pct_average(t, (const char *const *)names, 1, &m);
    size_t dense = 0, sparse = 0;
    for (uint32_t j = 0; j < m.nslots; j++)
        if (m.slots[2 * j]) (m.slots[2 * j + 1] & 255) ? sparse++ : dense++;
    CHECK(dense > 0 && sparse > 100);
    int32_t *got = malloc(pc_width(nclass) * sizeof *got);
    int64_t want[45];
    uint64_t f[300];
    int wrong = 0;
    for (int round = 0; round < 200; round++) {
        size_t n = (size_t)(next_rand(&rng) % 300);
        for (size_t i = 0; i < n; i++) {
            uint64_t r = next_rand(&rng);
            f[i] = r % 5 == 0 ? r : r % 5 == 1 ? fh1(3, 0) : fh1((uint32_t)(r % 3 == 0 ? 1 : r % 3 == 1 ? 2 : 5), (r >> 8) % 320);
        }
        memset(want, 0, sizeof want);
        for (size_t i = 0; i < n; i++) add_plainly(&m, f[i], want);
        pc_score(&m, f, n, got);
        for (uint32_t c = 0; c < nclass; c++) wrong += got[c] != want[c];
    }
    CHECK_INT_EQ(wrong, 0);
    free(got);
    pc_model_free(&m);
    free_names(names, nclass);
    pct_free(t);
}

TEST(perceptron_argmax_takes_the_first_of_the_highest_scores)
{
    uint64_t rng = 5;
    int32_t s[136];
    int wrong = 0;
    for (int round = 0; round < 5000; round++) {
        uint32_t n = 1 + (uint32_t)(next_rand(&rng) % 130);
        /* Few distinct values, so ties are common; negatives too. */
        for (uint32_t c = 0; c < n; c++) s[c] = (int32_t)(next_rand(&rng) % 7) * 1000 - 4000;
        if (round % 3 == 0) for (uint32_t c = 0; c < n; c++) s[c] = -2000000 - (int32_t)(next_rand(&rng) % 3);
        uint32_t want = 0;
        for (uint32_t c = 1; c < n; c++) if (s[c] > s[want]) want = c;
        wrong += pc_argmax(s, n) != want;
    }
    CHECK_INT_EQ(wrong, 0);
}

TEST(perceptron_a_model_without_a_table_scores_zero)
{
    const char *names[3] = {"a", "b", "c"};
    pc_model stub = {0};
    stub.nclass = 3;
    stub.classes = names;
    int32_t s[8] = {5, 5, 5, 5, 5, 5, 5, 5};
    uint64_t f[2] = {fh1(1, 1), fh1(2, 2)};
    pc_score(&stub, f, 2, s);
    CHECK(s[0] == 0 && s[1] == 0 && s[2] == 0);
    CHECK_INT_EQ(pc_argmax(s, 3), 0);
}


TEST(perceptron_sum_of_two_trainers_scores_as_their_mean)
{
    uint32_t nclass = 12;
    pct *a = train_cues_seeded(nclass, 3000, 7), *b = train_cues_seeded(nclass, 3000, 11);
    char **names = class_names(nclass);
    const pct *both[2] = {a, b};
    pc_model sum, one, ma, mb;
    pct_average_sum(both, 2, (const char *const *)names, 1, &sum);
    pct_average(a, (const char *const *)names, 1, &ma);
    pct_average(b, (const char *const *)names, 1, &mb);
    /* Every score of the sum is the mean of the members' (in their own
     * units), within the rounding of the quantisations. */
    int32_t x[16], y[16], z[16];
    int mean = 1;
    uint64_t rng = 3;
    for (int it = 0; it < 200; it++) {
        uint64_t f[3] = {fh1(1, next_rand(&rng) % nclass), fh1(2, next_rand(&rng) % 50), fh1(3, 0)};
        pc_score(&sum, f, 3, x);
        pc_score(&ma, f, 3, y);
        pc_score(&mb, f, 3, z);
        for (uint32_t c = 0; c < nclass; c++) {
            double want = (y[c] / ma.scale + z[c] / mb.scale) / 2, got = x[c] / sum.scale;
            mean &= fabs(want - got) <= 6.0 / sum.scale + 3.0 / ma.scale + 3.0 / mb.scale;
        }
    }
    CHECK(mean);
    for (uint32_t c = 0; c < nclass; c++) CHECK_INT_EQ(best_class(&sum, c), c);
    /* A sum of one is the member's own model: the same scores within the
     * rounding of the two quantisations. */
    pct_average_sum(both, 1, (const char *const *)names, 1, &one);
    int close = 1;
    for (uint32_t c = 0; c < nclass; c++) {
        uint64_t f[3] = {fh1(1, c), fh1(2, 3), fh1(3, 0)};
        pc_score(&one, f, 3, x);
        pc_score(&ma, f, 3, y);
        for (uint32_t k = 0; k < nclass; k++) close &= abs(x[k] - y[k]) <= 3;
    }
    CHECK(close);
    pc_model_free(&sum);
    pc_model_free(&one);
    pc_model_free(&ma);
    pc_model_free(&mb);
    free_names(names, nclass);
    pct_free(a);
    pct_free(b);
}
