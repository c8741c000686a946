/* render_parse.c — `dyad parse`: the document JSON; CoNLL-U to come with
 * the tokenizer. */
#include "commands.h"

char *render_parse(const dyad_document *doc, size_t *length, const char *layout)
{
    return render_document_json(doc, length, layout);
}
