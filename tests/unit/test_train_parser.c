/* test_train_parser.c — the parser trainer learns a handful of sentences
 * written here, with a dev set to choose the epoch and without one (train
 * + dev for a fixed epoch count, `--parser-train-dev 1`), where the last
 * epoch's model is kept. */
#include <stdlib.h>
#include <string.h>

#include "nlp/annotators.h"
#include "nlp/train.h"
#include "test.h"

/* "word/TAG/head/label" tokens, heads 1-based, 0 for the root. */
static const char *const sentences[] = {
    "Officials/N/2/nsubj met/V/0/root envoys/N/2/obj ./P/2/punct",
    "The/D/2/det minister/N/3/nsubj rejected/V/0/root the/D/5/det plan/N/3/obj ./P/3/punct",
    "Envoys/N/2/nsubj said/V/0/root talks/N/4/nsubj failed/V/2/ccomp ./P/2/punct",
    "The/D/2/det talks/N/3/nsubj resumed/V/0/root ./P/3/punct",
};
enum { NS = sizeof sentences / sizeof sentences[0], MAXW = 8 };

static void build(tcorpus *c, classes *tags, classes *labels)
{
    c->s = calloc(NS, sizeof *c->s);
    c->count = NS;
    for (size_t k = 0; k < NS; k++) {
        tsent *s = &c->s[k];
        s->form = calloc(MAXW, sizeof *s->form);
        s->wf = calloc(MAXW, sizeof *s->wf);
        s->tag = calloc(MAXW * 4, sizeof(int));
        s->ptag = s->tag + MAXW;
        s->head = s->tag + 2 * MAXW;
        s->label = s->tag + 3 * MAXW;
        char *copy = strdup(sentences[k]), *save = NULL;
        for (char *tok = strtok_r(copy, " ", &save); tok && s->n < MAXW; tok = strtok_r(NULL, " ", &save)) {
            char *form = strtok(tok, "/"), *tag = strtok(NULL, "/"), *head = strtok(NULL, "/"), *label = strtok(NULL, "/");
            int i = s->n++;
            s->form[i] = strdup(form);
            wordfeat_compute(&s->wf[i], form, strlen(form));
            s->tag[i] = s->ptag[i] = classes_add(tags, tag);
            s->head[i] = atoi(head) - 1;
            s->label[i] = classes_add(labels, label);
        }
        for (int i = 0; i < s->n; i++)
            if (s->head[i] < 0) s->head[i] = s->n; /* the root, as build_corpus writes it */
        free(copy);
    }
}

static void release(tcorpus *c)
{
    for (size_t k = 0; k < c->count; k++) {
        for (int i = 0; i < c->s[k].n; i++) free((char *)c->s[k].form[i]);
        free(c->s[k].form);
        free(c->s[k].wf);
        free(c->s[k].tag);
    }
    free(c->s);
}

/* How many words of the corpus the model attaches to their gold head. */
static int correct_heads(const pc_model *m, int root_label, const tcorpus *c, int *total)
{
    int right = 0;
    int32_t *scores = malloc(pc_width(m->nclass) * sizeof *scores);
    for (size_t k = 0; k < c->count; k++) {
        const tsent *s = &c->s[k];
        void *mem = malloc(pstate_bytes(s->n));
        int heads[MAXW], labels[MAXW];
        parser_run(m, root_label, s->wf, s->ptag, s->n, heads, labels, mem, scores);
        for (int i = 0; i < s->n; i++) {
            *total += 1;
            right += (heads[i] < 0 ? s->n : heads[i]) == s->head[i];
        }
        free(mem);
    }
    free(scores);
    return right;
}

TEST(parser_trainer_learns_without_a_dev_set)
{
    tcorpus c;
    classes tags = {0}, labels = {0};
    build(&c, &tags, &labels);
    int root = classes_find(&labels, "root");
    CHECK(root >= 0);
    pc_model with_dev, without;
    train_parser(&c, &c, &labels, 6, 1, 1, NULL, 0, &with_dev);
    train_parser(&c, NULL, &labels, 6, 2, 1, NULL, 0, &without);
    CHECK_INT_EQ(without.nclass, 1 + 2 * (int)labels.count);
    int total = 0, right = correct_heads(&without, root, &c, &total);
    CHECK_INT_EQ(total, 19);
    CHECK_INT_EQ(right, total); /* four short sentences, six epochs: all learnt */
    total = 0;
    right = correct_heads(&with_dev, root, &c, &total); /* total is counted by the call */
    CHECK_INT_EQ(right, total);
    CHECK_INT_EQ(total, 19);
    pc_model_free(&with_dev);
    pc_model_free(&without);
    release(&c);
    classes_free(&tags);
    classes_free(&labels);
}
