/* render_events.c — `dyad code`: the document JSON until the TSV layout
 * lands with the event coder. */
#include "commands.h"

char *render_events(const dyad_document *doc, size_t *length, const char *layout)
{
    return render_document_json(doc, length, layout);
}
