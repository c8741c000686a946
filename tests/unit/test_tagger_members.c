/* test_tagger_members.c — the tagger trainer (train_tagger) on a toy
 * language whose words change tag with their context ("run" is a verb after
 * a pronoun and a noun after a determiner): one member and several members
 * (`dyad train --tagger-members N`) must both learn it, the same seed must
 * give the same file, and more members must give another model. */
#include <stdlib.h>
#include <string.h>

#include "nlp/model_file.h"
#include "nlp/train.h"
#include "test.h"

enum { TOY_TRAIN = 400, TOY_DEV = 40, TOY_LEN = 4 };

static const char *const pron[] = {"they", "we", "you"};
static const char *const det[] = {"the", "a", "this"};
static const char *const both[] = {"run", "walk", "swim", "fish", "cook"}; /* verb or noun */
static const char *const noun[] = {"dog", "river", "park", "car"};

static const char *pick(const char *const *list, size_t n, uint64_t *rng) { return list[rng_next(rng) % n]; }

/* Sentences "PRON VERB DET NOUN": the ambiguous words fill both middle
 * slots, so only the context tells their tag. */
static void toy_corpus(tcorpus *c, size_t count, uint64_t seed, classes *tags)
{
    int pron_t = classes_add(tags, "PRON\tPRP"), verb_t = classes_add(tags, "VERB\tVBP");
    int det_t = classes_add(tags, "DET\tDT"), noun_t = classes_add(tags, "NOUN\tNN");
    uint64_t rng = seed;
    c->s = calloc(count, sizeof *c->s);
    c->count = count;
    for (size_t si = 0; si < count; si++) {
        tsent *s = &c->s[si];
        s->n = TOY_LEN;
        s->form = malloc(TOY_LEN * sizeof *s->form);
        s->wf = malloc(TOY_LEN * sizeof *s->wf);
        s->tag = malloc(2 * TOY_LEN * sizeof *s->tag);
        s->ptag = s->tag + TOY_LEN;
        s->form[0] = pick(pron, 3, &rng);
        s->form[1] = pick(both, 5, &rng);
        s->form[2] = pick(det, 3, &rng);
        s->form[3] = rng_next(&rng) % 2 ? pick(both, 5, &rng) : pick(noun, 4, &rng);
        int gold[TOY_LEN] = {pron_t, verb_t, det_t, noun_t};
        for (int i = 0; i < TOY_LEN; i++) {
            wordfeat_compute(&s->wf[i], s->form[i], strlen(s->form[i]));
            s->tag[i] = gold[i];
            s->ptag[i] = 0;
        }
    }
}

static void toy_free(tcorpus *c)
{
    for (size_t i = 0; i < c->count; i++) {
        free(c->s[i].form);
        free(c->s[i].wf);
        free(c->s[i].tag);
    }
    free(c->s);
}

/* Share of dev tokens the model tags right, in percent. */
static double accuracy(const pc_model *m, tcorpus *dev)
{
    tag_corpus(m, dev);
    size_t right = 0, total = 0;
    for (size_t si = 0; si < dev->count; si++)
        for (int i = 0; i < dev->s[si].n; i++, total++) right += dev->s[si].ptag[i] == dev->s[si].tag[i];
    return total ? 100.0 * (double)right / (double)total : 0;
}

static unsigned char *model_bytes(const pc_model *m, size_t *size)
{
    model_writer w;
    model_writer_init(&w, "tagger");
    pc_model_write(m, &w, "tag.");
    unsigned char *bytes = model_writer_bytes(&w, size);
    model_writer_free(&w);
    return bytes;
}

TEST(tagger_members_learn_words_whose_tag_depends_on_context)
{
    classes tags = {0};
    tcorpus train, dev;
    toy_corpus(&train, TOY_TRAIN, 11, &tags);
    toy_corpus(&dev, TOY_DEV, 99, &tags);
    for (int members = 1; members <= 3; members += 2) {
        pc_model m;
        train_tagger(&train, &dev, &tags, 4, members, 1, NULL, 1, &m);
        CHECK(accuracy(&m, &dev) == 100.0);
        /* "run" after "they" is the verb, after "the" the noun. */
        const char *form[TOY_LEN] = {"they", "run", "the", "run"};
        wordfeat wf[TOY_LEN];
        for (int i = 0; i < TOY_LEN; i++) wordfeat_compute(&wf[i], form[i], strlen(form[i]));
        int out[TOY_LEN];
        int32_t *scores = malloc(pc_width(m.nclass) * sizeof *scores);
        tagger_run(&m, NULL, wf, TOY_LEN, out, scores);
        CHECK_STR_EQ(m.classes[out[1]], "VERB\tVBP");
        CHECK_STR_EQ(m.classes[out[3]], "NOUN\tNN");
        free(scores);
        pc_model_free(&m);
    }
    toy_free(&train);
    toy_free(&dev);
    classes_free(&tags);
}

TEST(tagger_members_same_seed_same_file_more_members_another_model)
{
    classes tags = {0};
    tcorpus train, dev;
    toy_corpus(&train, TOY_TRAIN, 5, &tags);
    toy_corpus(&dev, TOY_DEV, 6, &tags);
    pc_model a, b, c;
    train_tagger(&train, &dev, &tags, 2, 2, 3, NULL, 1, &a);
    train_tagger(&train, &dev, &tags, 2, 2, 3, NULL, 1, &b);
    train_tagger(&train, &dev, &tags, 2, 1, 3, NULL, 1, &c);
    size_t na, nb, nc;
    unsigned char *ba = model_bytes(&a, &na), *bb = model_bytes(&b, &nb), *bc = model_bytes(&c, &nc);
    CHECK(na == nb && memcmp(ba, bb, na) == 0);
    CHECK(na != nc || memcmp(ba, bc, na) != 0);
    /* Training leaves the caller's ambiguity classes as they were. */
    CHECK(train.s[0].wf[0].amb == WF_UNSEEN);
    free(ba);
    free(bb);
    free(bc);
    pc_model_free(&a);
    pc_model_free(&b);
    pc_model_free(&c);
    toy_free(&train);
    toy_free(&dev);
    classes_free(&tags);
}
