/* fuzz/ner_window.c — the run-time check of the window scorer's three
 * sections (ner_window.h) and of the sequence scorer's net (ner_lstm.h)
 * on arbitrary bytes: the input is cut into the keys, vectors and net
 * sections of a model file the writer builds (so they get past the
 * checksums), the net stored as the window scorer's, the sequence
 * scorer's or both, loaded for the class count the net's header claims,
 * and whatever is accepted scores a sentence. */
#include <stdint.h>
#include <string.h>

#include "nlp/ner_lstm.h"
#include "nlp/ner_window.h"

#include "model_fuzz.h"

static uint32_t claimed_classes;

static void load_and_score(const model_file *f)
{
    ner_window w;
    ner_lstm l;
    if (ner_window_load(&w, f, claimed_classes, NULL, 0) != 0) return;
    if (ner_lstm_load(&l, f, claimed_classes, NULL, 0) != 0) return;
    static const char *const words[] = {"The", "Ministry", "of", "Zorblat", "said", "paris", "IBM", "2024", "."};
    enum { N = sizeof words / sizeof *words };
    wordfeat wf[N];
    for (size_t i = 0; i < N; i++) wordfeat_compute(&wf[i], words[i], strlen(words[i]));
    ner_window_fill(&w, wf, N);
    for (size_t i = 0; i < N; i++)
        if (wf[i].nw && nw_best(wf[i].nw) >= (int)w.nclass) abort(); /* a class the scorer does not have */
    if (l.keys) ner_lstm_fill(&l, wf, N);
    for (size_t i = 0; i < N; i++)
        if (wf[i].nl && nw_best(wf[i].nl) >= (int)l.nclass) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5) return 0;
    /* Byte 0: which sections; bytes 1-4: the lengths of the first two. */
    unsigned which = data[0];
    size_t a = (size_t)data[1] | (size_t)data[2] << 8, b = (size_t)data[3] | (size_t)data[4] << 8;
    data += 5;
    size -= 5;
    if (a > size) a = size;
    if (b > size - a) b = size - a;
    const uint8_t *keys = data, *vecs = data + a, *net = data + a + b;
    size_t c = size - a - b;
    claimed_classes = 0;
    if (c >= 16) memcpy(&claimed_classes, net + 12, sizeof claimed_classes);
    model_writer w;
    model_writer_init(&w, "ner");
    if (which & 1) model_writer_add(&w, NW_KEYS_SECTION, keys, a);
    if (which & 2) model_writer_add(&w, NW_VECS_SECTION, vecs, b);
    if (which & 4) model_writer_add(&w, NW_NET_SECTION, net, c);
    if (which & 8) model_writer_add(&w, NL_NET_SECTION, net, c);
    fuzz_model_written(&w, "ner", load_and_score);
    return 0;
}
