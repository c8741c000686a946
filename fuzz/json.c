/* json.c — fuzz the JSON reader: any bytes give a value or an error with a
 * position inside the input, never a crash. */
#include <stdint.h>
#include <stdlib.h>

#include "base/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    arena a;
    arena_init(&a);
    json_error err = {0};
    json_value *v = json_parse(&a, (const char *)data, size, &err);
    if (!v && (err.offset > size || err.line < 1 || err.column < 1)) abort();
    arena_free(&a);
    return 0;
}
