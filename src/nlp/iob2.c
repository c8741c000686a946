/* iob2.c — IOB2 reader: cut in place, tolerant of bad lines. */
#include "nlp/iob2.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/file.h"
#include "base/fail.h"
#include "base/vec.h"

int iob2_parse(const char *data, size_t len, iob2_corpus *out)
{
    memset(out, 0, sizeof *out);
    out->data = xmalloc(len + 1);
    memcpy(out->data, data, len);
    out->data[len] = '\0';
    VEC(const char *) forms = {0};
    VEC(const char *) tags = {0};
    VEC(iob2_sentence) sents = {0};
    VEC(size_t) starts = {0};
    const char *sent_id = NULL;
    int newdoc = 0;
    char *p = out->data, *end = out->data + len;
    size_t first = 0;
    while (p <= end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *le = nl ? nl : end;
        *le = '\0';
        if (le > p && le[-1] == '\r') le[-1] = '\0';
        if (*p == '\0') {
            if (forms.count > first) {
                iob2_sentence s = {NULL, NULL, forms.count - first, sent_id, newdoc};
                VEC_PUSH(&sents, s);
                VEC_PUSH(&starts, first);
                first = forms.count;
                newdoc = 0;
            }
            sent_id = NULL;
        } else if (*p == '#') {
            if (strncmp(p, "# sent_id = ", 12) == 0) sent_id = p + 12;
            else if (strncmp(p, "# newdoc", 8) == 0) newdoc = 1;
        } else {
            char *t1 = strchr(p, '\t');
            char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
            if (!t1 || !t2) out->errors++;
            else {
                *t1 = '\0';
                *t2 = '\0';
                char *t3 = strchr(t2 + 1, '\t');
                if (t3) *t3 = '\0';
                const char *tag = t2 + 1;
                if (!*(t1 + 1) || !*tag) out->errors++;
                else {
                    VEC_PUSH(&forms, t1 + 1);
                    VEC_PUSH(&tags, tag);
                }
            }
        }
        if (!nl) break;
        p = nl + 1;
    }
    if (forms.count > first) {
        iob2_sentence s = {NULL, NULL, forms.count - first, sent_id, newdoc};
        VEC_PUSH(&sents, s);
        VEC_PUSH(&starts, first);
    }
    /* Point the sentences into the final arrays (they may have moved). */
    const char **mem = xmalloc((2 * forms.count + 1) * sizeof *mem);
    if (forms.count) {
        memcpy(mem, forms.items, forms.count * sizeof *mem);
        memcpy(mem + forms.count, tags.items, forms.count * sizeof *mem);
    }
    for (size_t i = 0; i < sents.count; i++) {
        sents.items[i].form = mem + starts.items[i];
        sents.items[i].tag = mem + forms.count + starts.items[i];
    }
    out->mem = mem;
    out->s = sents.items;
    out->count = sents.count;
    VEC_FREE(&forms);
    VEC_FREE(&tags);
    VEC_FREE(&starts);
    return 0;
}

int iob2_read(const char *path, iob2_corpus *out, char *err, size_t err_size)
{
    memset(out, 0, sizeof *out);
    size_t n;
    char *text = file_read_all(path, &n, err, err_size);
    if (!text) return -1;
    iob2_parse(text, n, out);
    free(text);
    return 0;
}

void iob2_free(iob2_corpus *c)
{
    free(c->data);
    free(c->mem);
    free(c->s);
    memset(c, 0, sizeof *c);
}
