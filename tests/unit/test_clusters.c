/* test_clusters.c — the word clusters: built from a small vector file
 * written here (three groups of words pointing three ways), stored as a
 * model section and looked up as the recogniser does at run time. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nlp/perceptron.h"
#include "nlp/clusters.h"
#include "nlp/train.h"
#include "test.h"

/* Sixteen groups of four words, each group pointing along its own axis
 * of 16 dimensions, each word a little off it: group 0 cities, 1 firms,
 * 2 verbs of saying, the others made-up words.  As many groups as top
 * clusters, so each group must become one. */
static char *write_groups(void)
{
    static const char *const named[3][4] = {{"paris", "london", "trivandrum", "lagos"},
                                            {"accenture", "google", "siemens", "nestle"},
                                            {"said", "told", "warned", "announced"}};
    char *text = malloc(65536), *p = text;
    for (int g = 0; g < 16; g++)
        for (int w = 0; w < 4; w++) {
            if (g < 3) p += sprintf(p, "%s", named[g][w]);
            else p += sprintf(p, "w%dx%d", g, w);
            for (int d = 0; d < 16; d++) p += sprintf(p, " %.3f", d == g ? 1.0 : d == (g + w + 1) % 16 ? 0.05 : 0.0);
            *p++ = '\n';
        }
    p += sprintf(p, "well-known");
    for (int d = 0; d < 16; d++) p += sprintf(p, " %.3f", d == 5 ? 1.0 : 0.0);
    *p++ = '\n';
    *p = '\0';
    char *path = test_write_temp(text);
    free(text);
    return path;
}

static uint32_t path_of(const word_table *t, const char *word)
{
    wordfeat f;
    wordfeat_compute(&f, word, strlen(word));
    clusters_fill(t, &f);
    return f.cl;
}

TEST(clusters_group_words_that_keep_the_same_company)
{
    char *path = write_groups();
    CHECK(path != NULL);
    if (!path) return;
    uint64_t *keys = NULL;
    char err[256] = "";
    size_t n = clusters_build(path, 0, 7, &keys, NULL, err, sizeof err);
    CHECK_INT_EQ(n, 65);
    word_table t;
    CHECK_INT_EQ(word_table_init(&t, keys, n), 0);
    uint32_t paris = path_of(&t, "Paris"), lagos = path_of(&t, "LAGOS"), google = path_of(&t, "google");
    CHECK(paris & CL_PRESENT);
    CHECK_INT_EQ(cl_top(paris), cl_top(lagos));          /* looked up in lowercase */
    CHECK_INT_EQ(cl_top(path_of(&t, "trivandrum")), cl_top(paris));
    CHECK(cl_top(google) != cl_top(paris));
    CHECK_INT_EQ(cl_top(path_of(&t, "siemens")), cl_top(google));
    CHECK(cl_top(path_of(&t, "warned")) != cl_top(google));
    CHECK(cl_top(path_of(&t, "warned")) != cl_top(paris));
    CHECK_INT_EQ(path_of(&t, "glorp"), 0);               /* no vector: no path */
    CHECK_INT_EQ(path_of(&t, "much-told"), path_of(&t, "told")); /* the part after the hyphen */
    /* The same file and seed give the same paths. */
    uint64_t *again = NULL;
    CHECK_INT_EQ(clusters_build(path, 0, 7, &again, NULL, err, sizeof err), n);
    CHECK(again && memcmp(again, keys, n * sizeof *keys) == 0);
    /* Only the first words of the file when asked. */
    free(again);
    CHECK_INT_EQ(clusters_build(path, 4, 7, &again, NULL, err, sizeof err), 4);
    free(again);
    word_table_free(&t);
    free(keys);
    remove(path);
}

TEST(clusters_refuse_a_malformed_vector_file)
{
    static const char *const bad[] = {
        "paris 0.9 0.1\nlondon 0.95\n",    /* a line with fewer numbers */
        "paris 0.9 0.1\nlondon 0.9 x\n",   /* not a number */
        "paris\n",                         /* no numbers */
        "paris 0.9 0.1\nlondon nan 0.2\n", /* not a finite number */
        "paris inf 0.1\n",
        "",                                /* empty */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *path = test_write_temp(bad[i]);
        uint64_t *keys = NULL;
        char err[256] = "";
        CHECK_INT_EQ(clusters_build(path, 0, 1, &keys, NULL, err, sizeof err), 0);
        CHECK(err[0] != '\0');
        CHECK(keys == NULL);
        remove(path);
    }
    char err[256] = "";
    uint64_t *keys = NULL;
    CHECK_INT_EQ(clusters_build("/nonexistent/vectors.txt", 0, 1, &keys, NULL, err, sizeof err), 0);
    CHECK(strstr(err, "fetch_vectors") != NULL);
}

/* A vector file that writes words with capitals is keyed as the tokens
 * are looked up, in lowercase: "Paris" in the file is "paris" in text. */
TEST(clusters_key_the_words_of_the_file_in_lowercase)
{
    char *path = test_write_temp("Paris 0.9 0.1\nGoogle 0.1 0.9\n");
    CHECK(path != NULL);
    if (!path) return;
    uint64_t *keys = NULL;
    char err[256] = "";
    size_t n = clusters_build(path, 0, 1, &keys, NULL, err, sizeof err);
    CHECK_INT_EQ(n, 2);
    word_table t;
    CHECK_INT_EQ(word_table_init(&t, keys, n), 0);
    CHECK(path_of(&t, "paris") & CL_PRESENT);
    CHECK(path_of(&t, "GOOGLE") & CL_PRESENT);
    CHECK(path_of(&t, "paris") != path_of(&t, "google"));
    word_table_free(&t);
    free(keys);
    remove(path);
}

TEST(a_recogniser_file_without_clusters_loads_with_an_empty_table)
{
    uint64_t cl[2] = {word_table_key(fh_str("a", 1), CL_PRESENT | 5), word_table_key(fh_str("b", 1), CL_PRESENT | 9)};
    if (cl[1] < cl[0]) { uint64_t x = cl[0]; cl[0] = cl[1]; cl[1] = x; }
    for (int variant = 0; variant < 4; variant++) {
        model_writer w;
        model_writer_init(&w, "ner");
        uint64_t other = 1;
        model_writer_add(&w, "ner.gaz", &other, sizeof other);
        if (variant == 1) model_writer_add(&w, CLUSTERS_SECTION, cl, sizeof cl);
        if (variant == 2) model_writer_add(&w, CLUSTERS_SECTION, cl, sizeof cl - 1);
        if (variant == 3) {
            uint64_t swapped[2] = {cl[1], cl[0]};
            model_writer_add(&w, CLUSTERS_SECTION, swapped, sizeof swapped);
        }
        size_t size;
        unsigned char *bytes = model_writer_bytes(&w, &size);
        model_file *f = model_file_open_memory(bytes, size, "ner", NULL, 0);
        word_table t;
        char err[256] = "";
        int rc = f ? clusters_load(&t, f, err, sizeof err) : -1;
        if (variant >= 2) {
            CHECK_INT_EQ(rc, -1);
            CHECK(strstr(err, CLUSTERS_SECTION) != NULL);
        } else {
            CHECK_INT_EQ(rc, 0);
            CHECK_INT_EQ(path_of(&t, "b"), variant == 1 ? (CL_PRESENT | 9) : 0);
            CHECK_INT_EQ(path_of(&t, "A"), variant == 1 ? (CL_PRESENT | 5) : 0);
            word_table_free(&t);
        }
        model_file_close(f);
        free(bytes);
        model_writer_free(&w);
    }
}

/* Training reads the vectors before anything else: a missing file stops it
 * at once, not after the tagger and parser were written over beside an old
 * recogniser (here the treebanks are missing too, and never reached). */
TEST(training_stops_first_when_the_vectors_are_missing)
{
    char dir[] = "/tmp/dyad-train-out-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    train_options o = {0};
    o.data_dir = "/nonexistent/data";
    o.out_dir = dir;
    o.vectors_file = "/nonexistent/vectors.txt";
    char err[512] = "";
    CHECK_INT_EQ(nlp_train(&o, err, sizeof err), -1);
    CHECK(strstr(err, "/nonexistent/vectors.txt") != NULL);
    /* with --vectors none or --only tagger the vectors are not read */
    o.vectors_file = "none";
    err[0] = '\0';
    CHECK_INT_EQ(nlp_train(&o, err, sizeof err), -1);
    CHECK(strstr(err, "vectors") == NULL);
    o.vectors_file = "/nonexistent/vectors.txt";
    o.only = "tagger";
    err[0] = '\0';
    CHECK_INT_EQ(nlp_train(&o, err, sizeof err), -1);
    CHECK(strstr(err, "vectors") == NULL);
    rmdir(dir);
}
