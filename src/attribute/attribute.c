/* attribute.c — the statements stage, in order: the stage's word list,
 * quotation marks paired, frame sentences, direct quotes with their cues,
 * people introduced by title, indirect statements, then speakers
 * resolved and everything published into the document.  All scratch
 * memory is freed here; what is published lives in the document. */
#include <stdlib.h>

#include "attribute/attribute.h"
#include "attribute/internal.h"

void attribute_statements(doc *d, const actor_dictionary *actors)
{
    ctx c = {0};
    c.d = d;
    c.actors = actors;
    c.t = d->text.data ? d->text.data : d->pub.text;
    if (!c.t) return;
    /* d->pub may not be published yet: read paragraphs from the vectors */
    dyad_document *p = &d->pub;
    const dyad_paragraph *saved_paras = p->paragraphs;
    size_t saved_count = p->paragraph_count, saved_len = p->text_length;
    p->paragraphs = d->paragraphs.items;
    p->paragraph_count = d->paragraphs.count;
    p->text_length = d->text.len;

    scan_words(&c);
    classify_words(&c);
    apply_tags(&c);
    pair_marks(&c);
    segment_frames(&c);
    collect_persons(&c);
    attribute_direct(&c);
    attribute_indirect(&c);
    attribute_pull_quotes(&c);
    resolve_speakers(&c);

    p->paragraphs = saved_paras;
    p->paragraph_count = saved_count;
    p->text_length = saved_len;
    VEC_FREE(&c.w);
    VEC_FREE(&c.q);
    VEC_FREE(&c.men);
    VEC_FREE(&c.st);
    VEC_FREE(&c.persons);
    VEC_FREE(&c.sent_first);
}
