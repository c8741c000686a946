/* verbs_dictionary.c — fuzz both verb dictionary readers (dyad's own format
 * and PETRARCH-2's) on arbitrary bytes, then look every word up: malformed
 * lines must be reported and skipped, never crash or loop. */
#include <stdint.h>
#include <stdlib.h>

#include "events/dictionary.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (int format = 0; format < 2; format++) {
        event_tables t;
        tables_init(&t);
        const char *text = (const char *)data;
        if (format == 0) read_native_verbs(&t, "fuzz", text, size, false);
        else read_petrarch_verbs(&t, "fuzz", text, size, false);
        tables_finish(&t);
        for (uint32_t w = 1; w < t.nwords; w++) {
            const ev_head *h = tables_head(&t, w);
            if (h && h->first + h->count > t.npatterns) abort();
        }
        for (uint32_t i = 0; i < t.ncomplements; i++) tables_complement(&t, t.complements[i].governor, "19");
        tables_free(&t);
    }
    return 0;
}
