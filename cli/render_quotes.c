/* render_quotes.c — `dyad quotes`: the document JSON until the table
 * layout lands with the statements stage. */
#include "commands.h"

char *render_quotes(const dyad_document *doc, size_t *length, const char *layout)
{
    return render_document_json(doc, length, layout);
}
