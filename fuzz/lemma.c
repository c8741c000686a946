/* lemma.c — fuzz the lemmatizer's rules for unseen words: arbitrary bytes
 * as a word under each open-class tag, against a small lexicon built here.
 * The lemma must be a NUL-terminated string inside the output buffer (or a
 * lexicon value), never longer than the buffer, and never empty for a
 * non-empty word. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/annotators.h"
#include "nlp/lemma_english.h"
#include "nlp/lexicon.h"
#include "nlp/model_file.h"

static const char *const TAGS[] = {"VERB\tVBD", "VERB\tVBN", "VERB\tVBG", "VERB\tVBZ", "VERB\tVB", "NOUN\tNNS",
                                   "NOUN\tNN", "ADJ\tJJR", "ADJ\tJJS", "ADJ\tJJ", "PROPN\tNNP", "ADV\tRB"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lexicon_builder b = {0};
    lemma_observe(&b, "shell", "shell", "NOUN", "NOUN\tNN", "_");
    lemma_observe(&b, "planned", "plan", "VERB", "VERB\tVBD", "_");
    lemma_observe(&b, "stopped", "stop", "VERB", "VERB\tVBD", "_");
    lemma_observe(&b, "houses", "house", "NOUN", "NOUN\tNNS", "_");
    lemma_observe(&b, "boxes", "box", "NOUN", "NOUN\tNNS", "_");
    model_writer w;
    model_writer_init(&w, "lex");
    lexb_write(&b, &w, "l.", 'S', 1);
    size_t msize;
    unsigned char *bytes = model_writer_bytes(&w, &msize);
    model_file *f = model_file_open_memory(bytes, msize, "lex", NULL, 0);
    lexicon x;
    if (!f || lexicon_load(&x, f, "l.", NULL, 0) != 0) abort();
    char *word = malloc(size ? size : 1);
    memcpy(word, data, size);
    for (size_t t = 0; t < sizeof TAGS / sizeof *TAGS; t++) {
        char upos[8];
        size_t ul = strcspn(TAGS[t], "\t");
        memcpy(upos, TAGS[t], ul);
        upos[ul] = '\0';
        for (size_t cap = 2; cap <= 64; cap *= 4) {
            char *out = malloc(cap);
            const char *l = lemma_of(&x, word, size, upos, TAGS[t], out, cap);
            if (!l) abort();
            if (l == out && strnlen(out, cap) >= cap) abort();
            free(out);
        }
        char ok[8];
        (void)english_plausible(word, size);
        (void)irregular_verb(word, size, ok, sizeof ok);
    }
    free(word);
    model_file_close(f);
    free(bytes);
    model_writer_free(&w);
    lexb_free(&b);
    return 0;
}
