/* fuzz/iob2.c — the UNER IOB2 reader on arbitrary bytes: every sentence it
 * returns holds its forms and tags, "# newdoc" marks or not. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "nlp/iob2.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    iob2_corpus c;
    iob2_parse((const char *)data, size, &c);
    size_t sum = 0;
    for (size_t i = 0; i < c.count; i++) {
        for (size_t j = 0; j < c.s[i].count; j++) sum += strlen(c.s[i].form[j]) + strlen(c.s[i].tag[j]);
        sum += (size_t)c.s[i].newdoc;
    }
    iob2_free(&c);
    return sum == (size_t)-1;
}
