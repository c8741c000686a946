/* cmd_train.c — `dyad train`: train the language models from the treebanks.
 *
 *   dyad train [--data DIR] [--out DIR] [--seed N] [--epochs-tagger N]
 *              [--epochs-parser N] [--parser-members N] [--tagger-members N] [--ner-members N]
 *              [--epochs-ner N] [--jackknife K]
 *              [--only tagger|boundary|parser|ner] [--prune-tagger N] [--prune-parser N]
 *              [--prune-ner N] [--prune-boundary N]   (drop features with fewer than N updates)
 *              [--epochs-boundary N] [--boundary-threshold X] [--jackknife-boundary K]
 *              [--boundary-gum interview,speech|none] (the sentence-boundary pass)
 *              [--actors DIR] [--names FILE] (gazetteer sources) [--ner-train-dev 0|1]
 *              [--parser-train-dev 0|1] (train + dev for the fixed epoch count)
 *              [--vectors FILE|none] [--cluster-words N] (the word clusters)
 *              [--ner-window H] [--ner-window-dim D] [--ner-window-words N] (the window scorer)
 *              [--ner-lstm H] [--ner-lstm-context 0|1] [--ner-lstm-epochs N] [--ner-lstm-all 0|1]
 *              (the sequence scorer beside it; 0 units: none)
 *
 * DIR defaults: ../shared/data beside the repository, and models/. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "nlp/train.h"

static int usage(void)
{
    fputs("usage: dyad train [--data DIR] [--out DIR] [--seed N] [--epochs-tagger N] [--epochs-parser N]\n"
          "                  [--parser-members N] [--tagger-members N] [--ner-members N] [--epochs-ner N]\n"
          "                  [--jackknife K]\n"
          "                  [--only tagger|boundary|parser|ner]\n"
          "                  [--epochs-boundary N] [--boundary-threshold X] [--jackknife-boundary K]\n"
          "                  [--boundary-gum interview,speech|none]\n"
          "                  [--prune-tagger N] [--prune-parser N] [--prune-ner N] [--prune-boundary N]\n"
          "                  [--actors DIR] [--names FILE] [--ner-train-dev 0|1] [--parser-train-dev 0|1]\n"
          "                  [--vectors FILE|none] [--cluster-words N]\n"
          "                  [--ner-window H] [--ner-window-dim D] [--ner-window-words N]\n"
          "                  [--ner-lstm H] [--ner-lstm-context 0|1] [--ner-lstm-epochs N] [--ner-lstm-all 0|1]\n"
          "training the tagger reads WordNet 3.0 from /usr/share/wordnet (Debian package wordnet-base;\n"
          "DYAD_WORDNET=DIR names another copy) and clusters the word vectors of --vectors\n"
          "(default " CLUSTERS_DEFAULT_FILE ", made by tools/fetch_vectors.sh)\n",
          stderr);
    return 2;
}

int cmd_train(int argc, char **argv)
{
    train_options o = {0};
    o.data_dir = DYAD_ROOT "/../shared/data";
    o.out_dir = "models";
    o.seed = 1;
    o.tagger_epochs = 8;
    o.parser_epochs = 16; /* four members still gain on dev at 16: docs/MODELS.md, round 6 */
    o.parser_members = 4; /* the mean of four perceptrons: docs/MODELS.md, Parser ensemble */
    o.tagger_members = 1; /* 4 tried in rounds 5 and 7: docs/MODELS.md, Scores */
    o.ner_members = 4;    /* docs/MODELS.md, Word clusters and members */
    o.ner_epochs = 10;
    o.jackknife = 4;
    o.boundary_epochs = 8;
    o.prune_boundary = 1;
    o.boundary_jackknife = 4;
    o.boundary_extra = "interview,speech";
    o.prune_tagger = 2;
    o.prune_parser = 4;
    o.prune_ner = 2;      /* with four members: the same dev F1, 3.30 MB instead of 5.63 */
    o.actors_dir = DYAD_ROOT "/data/actors";
    o.names_file = DYAD_ROOT "/models/names.txt";
    o.vectors_file = DYAD_ROOT "/" CLUSTERS_DEFAULT_FILE;
    o.cluster_words = CLUSTERS_DEFAULT_WORDS; /* docs/MODELS.md, Word clusters */
    o.ner_window = 64;       /* docs/MODELS.md, Window scorer: UNER dev +0.010 */
    o.ner_window_dim = 16;
    o.ner_window_words = 50000;
    o.ner_lstm = 24;         /* docs/MODELS.md, Sequence scorer: UNER dev +0.0065 (32 units: the same, more costly) */
    o.ner_lstm_context = 1;
    o.log = stdout;
    for (int i = 1; i < argc; i += 2) { /* options come in pairs */
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(); return 0; }
        if (!v) return usage();
        if (!strcmp(a, "--data")) o.data_dir = v;
        else if (!strcmp(a, "--out")) o.out_dir = v;
        else if (!strcmp(a, "--seed")) o.seed = strtoull(v, NULL, 10);
        else if (!strcmp(a, "--epochs-tagger")) o.tagger_epochs = atoi(v);
        else if (!strcmp(a, "--epochs-parser")) o.parser_epochs = atoi(v);
        else if (!strcmp(a, "--epochs-ner")) o.ner_epochs = atoi(v);
        else if (!strcmp(a, "--parser-members")) o.parser_members = atoi(v);
        else if (!strcmp(a, "--tagger-members")) o.tagger_members = atoi(v);
        else if (!strcmp(a, "--ner-members")) o.ner_members = atoi(v);
        else if (!strcmp(a, "--epochs-boundary")) o.boundary_epochs = atoi(v);
        else if (!strcmp(a, "--jackknife-boundary")) o.boundary_jackknife = atoi(v);
        else if (!strcmp(a, "--boundary-gum")) o.boundary_extra = !strcmp(v, "none") ? NULL : v;
        else if (!strcmp(a, "--boundary-threshold")) {
            o.boundary_threshold = strtod(v, NULL);
            o.boundary_threshold_set = true;
        } else if (!strcmp(a, "--jackknife")) o.jackknife = atoi(v);
        else if (!strcmp(a, "--only")) o.only = v;
        else if (!strcmp(a, "--prune-tagger")) o.prune_tagger = (unsigned)atoi(v);
        else if (!strcmp(a, "--prune-parser")) o.prune_parser = (unsigned)atoi(v);
        else if (!strcmp(a, "--prune-ner")) o.prune_ner = (unsigned)atoi(v);
        else if (!strcmp(a, "--prune-boundary")) o.prune_boundary = (unsigned)atoi(v);
        else if (!strcmp(a, "--actors")) o.actors_dir = v;
        else if (!strcmp(a, "--names")) o.names_file = v;
        else if (!strcmp(a, "--ner-train-dev")) o.ner_train_dev = atoi(v) != 0;
        else if (!strcmp(a, "--parser-train-dev")) o.parser_train_dev = atoi(v) != 0;
        else if (!strcmp(a, "--vectors")) o.vectors_file = v;
        else if (!strcmp(a, "--ner-window")) o.ner_window = (unsigned)atoi(v);
        else if (!strcmp(a, "--ner-window-dim")) o.ner_window_dim = (unsigned)atoi(v);
        else if (!strcmp(a, "--ner-window-words")) o.ner_window_words = (size_t)atol(v);
        else if (!strcmp(a, "--ner-lstm")) o.ner_lstm = (unsigned)atoi(v);
        else if (!strcmp(a, "--ner-lstm-epochs")) o.ner_lstm_epochs = (unsigned)atoi(v);
        else if (!strcmp(a, "--ner-lstm-all")) o.ner_lstm_all = atoi(v) != 0;
        else if (!strcmp(a, "--ner-lstm-context")) o.ner_lstm_context = atoi(v) != 0;
        else if (!strcmp(a, "--cluster-words")) {
            char *end;
            unsigned long long n = strtoull(v, &end, 10);
            if (*v == '-' || *end || n < 1) return usage();
            o.cluster_words = (size_t)n;
        }
        else return usage();
    }
    if (o.tagger_epochs < 1 || o.parser_epochs < 1 || o.parser_members < 1 || o.parser_members > 8 || o.tagger_members < 1 || o.tagger_members > 8 || o.ner_members < 1 || o.ner_members > 8 || o.ner_epochs < 1 || o.boundary_epochs < 1 || o.ner_window > NW_MAX_HIDDEN || o.ner_lstm > NL_MAX_HIDDEN || o.ner_window_dim < 1 || o.ner_window_dim > NW_MAX_DIM || o.ner_window_words < 1) return usage();
    if (o.only && strcmp(o.only, "tagger") && strcmp(o.only, "boundary") && strcmp(o.only, "parser") && strcmp(o.only, "ner")) return usage();
    setvbuf(stdout, NULL, _IOLBF, 0);
    char err[512];
    if (nlp_train(&o, err, sizeof err) != 0) {
        fprintf(stderr, "dyad train: %s\n", err);
        return 1;
    }
    return 0;
}
