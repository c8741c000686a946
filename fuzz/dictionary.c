/* dictionary.c — fuzz the actor dictionary readers (dyad's format and
 * PETRARCH-2's actors and agents): any bytes load into a dictionary with
 * warnings, never a crash, and the result resolves mentions (the input's
 * own first line among them) without a crash either. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "actors/actors.h"
#include "actors/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    /* the first byte picks the reader */
    static const char *const names[] = {"fuzz.txt", "Fuzz.actors.txt", "Fuzz.agents.txt"};
    const char *name = names[data[0] % 3];
    const char *text = (const char *)data + 1;
    size_t n = size - 1;
    actor_dictionary *a = actors_new();
    char error[256];
    int failed = 0;
    actors_load_memory(a, name, text, n, ACTORS_FORMAT_AUTO, data[0] & 0x80, error, sizeof error, &failed);
    actors_finish(a);
    if (actors_warning_count(a) && !actors_warning(a, 0)) abort();

    dyad_input in = dyad_input_from_memory(text, n, DYAD_FORMAT_TEXT);
    doc *d = doc_new(&in);
    const char *nl = memchr(text, '\n', n);
    size_t first_line = nl ? (size_t)(nl - text) : n;
    dyad_actor actor;
    actors_resolve_text(a, d, text, first_line, &actor);
    static const char *const mentions[] = {"Russian Deputy Foreign Minister Alexander Grushko", "the Kremlin",
                                           "officials", "SAM GAMGEE", "Russian troops"};
    for (size_t i = 0; i < sizeof mentions / sizeof *mentions; i++)
        actors_resolve_text(a, d, mentions[i], strlen(mentions[i]), &actor);
    buf_append(&d->text, text, n);
    actors_document_country(a, d);
    doc_free(d);
    actors_close(a);
    return 0;
}
