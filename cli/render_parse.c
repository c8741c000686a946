/* render_parse.c — `dyad parse`: the document JSON (default) or CoNLL-U
 * (src/nlp/conllu_render.c, shared with the evaluation tools). */
#include <string.h>

#include "base/buf.h"
#include "commands.h"
#include "nlp/conllu_render.h"

char *render_parse(const dyad_document *doc, size_t *length, const char *layout)
{
    if (layout && strcmp(layout, "conllu") == 0) {
        buf b = BUF_INIT;
        nlp_conllu_render(&b, doc);
        return buf_detach(&b, length);
    }
    return render_document_json(doc, length, layout);
}
