/* fuzz/boundary_model.c — the sentence-boundary model loader (boundary.c)
 * on arbitrary bytes: as a whole file, and as the "bnd.*" sections of a
 * well-formed file (so mutated tables, thresholds and template sets get
 * past the checksums); whatever loads then cuts a short sentence. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/boundary.h"
#include "nlp/model_file.h"

#include "model_fuzz.h"

static void exercise(const model_file *f)
{
    boundary_model b;
    char why[256];
    if (boundary_load(&b, f, NULL, why, sizeof why) != 0) return;
    static const char *const words[] = {"call", "me", "later", "Thanks", "Bob", ":)", "ok"};
    enum { N = sizeof words / sizeof *words };
    wordfeat wf[N];
    int tags[N];
    for (int i = 0; i < N; i++) {
        wordfeat_compute(&wf[i], words[i], strlen(words[i]));
        tags[i] = i % 3;
    }
    uint32_t cuts[N];
    int32_t *scores = malloc(pc_width(b.pc.nclass) * sizeof *scores);
    size_t nc = boundary_run(&b, wf, tags, N, cuts, scores);
    for (size_t k = 0; k < nc; k++)
        if (cuts[k] == 0 || cuts[k] >= N || (k && cuts[k] <= cuts[k - 1])) abort();
    free(scores);
    boundary_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_model_bytes(data, size, "boundary", exercise);
    if (size >= 8) {
        size_t half = size / 2;
        model_writer w;
        model_writer_init(&w, "boundary");
        model_writer_add(&w, "bnd.params", data, size < 16 ? size : 16);
        model_writer_add(&w, "bnd.slots", data, half & ~(size_t)7);
        model_writer_add(&w, data[0] & 1 ? "bnd.rows" : "bnd.weights", data + half, (size - half) & ~(size_t)1);
        model_writer_add(&w, "bnd.classes", data[1] & 1 ? (const uint8_t *)"on\0cut" : data, data[1] & 1 ? 7 : 8);
        model_writer_add(&w, BOUNDARY_SECTION_TEMPLATES, data + size - 4, 4);
        model_writer_add(&w, BOUNDARY_SECTION_THRESHOLD, data + size - 8, 4);
        fuzz_model_written(&w, "boundary", exercise);
    }
    return 0;
}
