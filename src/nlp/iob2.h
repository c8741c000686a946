/* iob2.h — reader for the Universal NER IOB2 files: "# comments", then one
 * token per line (id, form, tag, optional columns), blank line between
 * sentences.  Malformed lines are skipped and counted. */
#ifndef DYAD_NLP_IOB2_H
#define DYAD_NLP_IOB2_H

#include <stddef.h>

typedef struct iob2_sentence {
    const char **form, **tag;
    size_t count;
    const char *sent_id;
    int newdoc;           /* a "# newdoc" line came before it: a new document starts */
} iob2_sentence;

typedef struct iob2_corpus {
    iob2_sentence *s;
    size_t count;
    size_t errors;
    char *data;           /* internal */
    void *mem;            /* internal */
} iob2_corpus;

/* 0 on success; -1 with a message when the file cannot be read. */
int iob2_read(const char *path, iob2_corpus *out, char *err, size_t err_size);
int iob2_parse(const char *data, size_t len, iob2_corpus *out);
void iob2_free(iob2_corpus *c);

#endif
