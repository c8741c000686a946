/* fuzz/conllu.c — the CoNLL-U reader and writer on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "nlp/conllu.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    conllu_reader *r = conllu_open_memory((const char *)data, size);
    const conllu_sentence *s;
    buf out = BUF_INIT;
    while ((s = conllu_next(r)) != NULL) {
        out.len = 0;
        conllu_write_sentence(&out, s);
    }
    (void)conllu_first_error(r);
    buf_free(&out);
    conllu_close(r);
    return 0;
}
