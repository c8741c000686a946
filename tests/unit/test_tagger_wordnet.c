/* test_tagger_wordnet.c — the tagger's WordNet word classes: built from a
 * small WordNet-format database written here (lemmas, exception lists,
 * synsets with capitals), stored as a model section and looked up as the
 * tagger does at run time. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nlp/perceptron.h"
#include "nlp/wordnet.h"
#include "test.h"

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

/* A database in WordNet's layout; the licence lines start with spaces. */
static void write_db(const char *dir)
{
    const char *licence = "  1 This software and database is being provided to you\n  2 with a licence.\n";
    char buf[1024];
    snprintf(buf, sizeof buf, "%sgarden n 1 0 1 0 01234567\ntrellis n 1 0 1 0 01234568\n"
                              "ice_cream n 1 0 1 0 01234569\nwolf n 1 0 1 0 01234570\nsamarkand n 1 0 1 0 01234571\n",
             licence);
    write_file(dir, "index.noun", buf);
    snprintf(buf, sizeof buf, "%splan v 1 0 1 0 02000001\nbake v 1 0 1 0 02000002\ntie v 1 0 1 0 02000003\n"
                              "carry v 1 0 1 0 02000004\nvisit v 1 0 1 0 02000005\nsing v 1 0 1 0 02000006\n",
             licence);
    write_file(dir, "index.verb", buf);
    snprintf(buf, sizeof buf, "%sbig a 1 0 1 0 03000001\nhappy a 1 0 1 0 03000002\nwonderful a 1 0 1 0 03000003\n",
             licence);
    write_file(dir, "index.adj", buf);
    snprintf(buf, sizeof buf, "%squickly r 1 0 1 0 04000001\n", licence);
    write_file(dir, "index.adv", buf);
    write_file(dir, "noun.exc", "wolves wolf\n");
    write_file(dir, "verb.exc", "sang sing\nsung sing\n");
    write_file(dir, "adj.exc", "better good\n");
    /* Synsets: "garden" lowercase, "Samarkand" only capitalised, "wolf" both. */
    snprintf(buf, sizeof buf,
             "%s01234567 05 n 01 garden 0 000 | a plot of ground\n"
             "01234571 15 n 01 Samarkand 0 000 | a city\n"
             "01234570 05 n 02 wolf 0 Wolf 1 000 | an animal\n",
             licence);
    write_file(dir, "data.noun", buf);
    write_file(dir, "data.verb", "02000001 30 v 01 plan 0 000 | to make a plan\n");
    write_file(dir, "data.adj", "03000001 00 a 02 big 0 galore(ip) 0 000 | large\n");
    write_file(dir, "data.adv", "04000001 02 r 01 quickly 0 000 | fast\n");
}

static unsigned classes_of(const word_table *wn, const char *word)
{
    wordfeat f;
    wordfeat_compute(&f, word, strlen(word));
    wordnet_fill(wn, &f);
    return f.wn;
}

TEST(wordnet_classes_tell_nouns_verbs_adjectives_inflections_and_names)
{
    char dir[] = "/tmp/dyad-wordnet-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    write_db(dir);
    uint64_t *keys = NULL;
    char err[512] = "";
    size_t n = wordnet_build(dir, &keys, NULL, err, sizeof err);
    CHECK(n > 20);
    word_table wn;
    CHECK_INT_EQ(word_table_init(&wn, keys, n), 0);

    CHECK_INT_EQ(classes_of(&wn, "garden"), WN_NOUN);
    CHECK_INT_EQ(classes_of(&wn, "Gardens"), WN_NOUN_INFL); /* looked up in lowercase */
    CHECK_INT_EQ(classes_of(&wn, "trellises"), WN_NOUN_INFL);
    CHECK_INT_EQ(classes_of(&wn, "wolves"), WN_NOUN_INFL);  /* noun.exc */
    CHECK_INT_EQ(classes_of(&wn, "wolf"), WN_NOUN);          /* also written lowercase: no name */
    CHECK_INT_EQ(classes_of(&wn, "samarkand"), WN_NOUN | WN_CAPS_ONLY);
    CHECK_INT_EQ(classes_of(&wn, "ice"), 0);                 /* only in a multi-word entry */
    CHECK_INT_EQ(classes_of(&wn, "plan"), WN_VERB);
    for (const char *const *w = (const char *const[]){"plans", "planned", "planning", "baked", "baking", "tying",
                                                      "tied", "carries", "carried", "carrying", "visited",
                                                      "visiting", "sang", "sung", "sings", NULL};
         *w; w++)
        if (classes_of(&wn, *w) != WN_VERB_INFL) test_fail(__FILE__, __LINE__, "%s is no verb form", *w);
    CHECK_INT_EQ(classes_of(&wn, "bigger"), WN_ADJ_INFL);
    CHECK_INT_EQ(classes_of(&wn, "biggest"), WN_ADJ_INFL);
    CHECK_INT_EQ(classes_of(&wn, "happier"), WN_ADJ_INFL);
    CHECK_INT_EQ(classes_of(&wn, "better"), WN_ADJ_INFL);
    CHECK_INT_EQ(classes_of(&wn, "wonderfuller"), 0);        /* no -er for long adjectives */
    CHECK_INT_EQ(classes_of(&wn, "galore"), 0);              /* marker cut, but only data.* knows it */
    CHECK_INT_EQ(classes_of(&wn, "quickly"), WN_ADV);
    CHECK_INT_EQ(classes_of(&wn, "glorp"), 0);
    /* A hyphenated word unknown as a whole takes its last part's classes. */
    CHECK_INT_EQ(classes_of(&wn, "fast-baking"), WN_VERB_INFL | WN_FROM_TAIL);
    CHECK_INT_EQ(classes_of(&wn, "roof-garden"), WN_NOUN | WN_FROM_TAIL);
    /* A word the treebank lacks takes its classes as its ambiguity class
     * (nouns and verbs apart); a word it knows keeps the treebank's. */
    wordfeat a, b, c;
    wordfeat_compute(&a, "gardens", 7);
    wordfeat_compute(&b, "planned", 7);
    wordfeat_compute(&c, "gardens", 7);
    c.amb = 12345;
    wordnet_fill(&wn, &a);
    wordnet_fill(&wn, &b);
    wordnet_fill(&wn, &c);
    CHECK(a.amb != WF_UNSEEN && b.amb != WF_UNSEEN && a.amb != b.amb);
    CHECK(a.amb == wordnet_amb(WN_NOUN_INFL));
    CHECK(c.amb == 12345);
    wordfeat_compute(&a, "glorp", 5);
    wordnet_fill(&wn, &a);
    CHECK(a.amb == WF_UNSEEN);
    word_table_free(&wn);
    free(keys);

    /* A database that cannot be read is refused with what to install. */
    char path[600];
    snprintf(path, sizeof path, "%s/index.adv", dir);
    remove(path);
    keys = NULL;
    CHECK_INT_EQ(wordnet_build(dir, &keys, NULL, err, sizeof err), 0);
    CHECK(keys == NULL);
    CHECK(strstr(err, "wordnet-base") != NULL);
    const char *names[] = {"index.noun", "index.verb", "index.adj", "noun.exc", "verb.exc",
                           "adj.exc",    "data.noun",  "data.verb", "data.adj", "data.adv"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        remove(path);
    }
    rmdir(dir);
}

TEST(wordnet_section_is_checked_at_load)
{
    uint64_t keys[3] = {word_table_key(fh_str("a", 1), WN_NOUN), word_table_key(fh_str("b", 1), WN_VERB),
                        word_table_key(fh_str("c", 1), WN_ADJ)};
    /* sort them as the builder does */
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (keys[j] < keys[i]) { uint64_t t = keys[i]; keys[i] = keys[j]; keys[j] = t; }
    char err[256];
    for (int variant = 0; variant < 4; variant++) {
        model_writer w;
        model_writer_init(&w, "tagger");
        uint64_t k[3] = {keys[0], keys[1], keys[2]};
        if (variant == 1) { uint64_t t = k[0]; k[0] = k[2]; k[2] = t; }
        if (variant == 1 || variant == 0) model_writer_add(&w, WORDNET_SECTION, k, sizeof k);
        if (variant == 2) model_writer_add(&w, WORDNET_SECTION, k, sizeof k - 3);
        size_t size;
        unsigned char *bytes = model_writer_bytes(&w, &size);
        model_file *f = model_file_open_memory(bytes, size, "tagger", NULL, 0);
        CHECK(f != NULL);
        word_table wn;
        err[0] = '\0';
        int rc = f ? wordnet_load(&wn, f, err, sizeof err) : -1;
        if (variant == 0) {
            CHECK_INT_EQ(rc, 0);
            CHECK_INT_EQ(word_table_get(&wn, fh_str("b", 1)), WN_VERB);
            CHECK_INT_EQ(word_table_get(&wn, fh_str("d", 1)), 0);
            word_table_free(&wn);
        } else {
            CHECK_INT_EQ(rc, -1);
            CHECK(strstr(err, WORDNET_SECTION) != NULL);
        }
        model_file_close(f);
        free(bytes);
        model_writer_free(&w);
    }
}
