/* fuzz/model.c — the model loader on arbitrary bytes: the file checks, then
 * the perceptron and lexicon checks (the checksum is recomputed so mutated
 * tables reach them), then a lookup through whatever loaded, and the
 * entity recogniser's decoders over a loaded table. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/annotators.h"
#include "nlp/lexicon.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"

#include "model_fuzz.h"

static void exercise(const model_file *f)
{
    pc_model m;
    if (pc_model_load(&m, f, "tag.", NULL, 0) == 0) {
        uint64_t feats[4] = {1, 2, 0xdeadbeefULL, fh1(1, 42)};
        int32_t *scores = malloc(pc_width(m.nclass) * sizeof *scores);
        pc_score(&m, feats, 4, scores);
        /* The same table as a recogniser: the search over its classes
         * (whatever their names) with a document memory. */
        if (m.nclass <= NER_MAX_CLASSES) {
            wordfeat wf[4];
            wordfeat_compute(&wf[0], "Ada", 3);
            wordfeat_compute(&wf[1], "met", 3);
            wordfeat_compute(&wf[2], "ada", 3);
            wordfeat_compute(&wf[3], "x", 1);
            int tags[4] = {0, 1, 2, 3}, labels[4];
            uint8_t marks[4], view[8];
            void *buf = malloc(ner_memory_bytes(4));
            ner_memory mem;
            ner_memory_init(&mem, 4, buf);
            ner_memory_note(&mem, wf, 4);
            ner_run_pass(&m, NULL, &mem, wf, tags, 4, labels, marks, view, scores, false);
            mem.sid = 0; /* a second pass over the same sentence, as models.c runs it */
            ner_run_pass(&m, NULL, &mem, wf, tags, 4, labels, marks, view, scores, true);
            free(buf);
        }
        free(scores);
        pc_model_free(&m);
    }
    ner_gazetteer g;
    if (ner_gaz_load(&g, f, NULL, 0) == 0) {
        wordfeat wf[3];
        wordfeat_compute(&wf[0], "New", 3);
        wordfeat_compute(&wf[1], "York", 4);
        wordfeat_compute(&wf[2], "x", 1);
        uint8_t marks[3];
        ner_gaz_mark(&g, wf, 3, marks);
    }
    char why[256];
    (void)model_templates_match(f, "parser.bin", PARSER_TEMPLATE_SECTION, PARSER_TEMPLATE_SET, why, sizeof why);
    (void)model_templates_match(f, "tagger.bin", TAGGER_TEMPLATE_SECTION, TAGGER_TEMPLATE_SET, why, sizeof why);
    lexicon x;
    if (lexicon_load(&x, f, "lex.", NULL, 0) == 0) (void)lexicon_get(&x, "Lthe\x01" "DET", 8);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_model_bytes(data, size, NULL, exercise);
    /* The same bytes as the sections of a well-formed file. */
    if (size >= 4) {
        size_t half = size / 2;
        model_writer w;
        model_writer_init(&w, "tagger");
        model_writer_add(&w, "tag.params", data, size < 16 ? size : 16);
        model_writer_add(&w, "tag.slots", data, half & ~(size_t)7);
        /* Either row layout: the current one, or the first (converted at load). */
        model_writer_add(&w, data[0] & 1 ? "tag.rows" : "tag.weights", data + half, (size - half) & ~(size_t)1);
        model_writer_add(&w, "tag.classes", data, size < 24 ? size : 24);
        model_writer_add(&w, "lex.slots", data, half & ~(size_t)7);
        model_writer_add(&w, "lex.blob", data + half, size - half);
        model_writer_add(&w, "ner.gaz", data, size & ~(size_t)7);
        fuzz_model_written(&w, "tagger", exercise);
    }
    return 0;
}
