/* conllu.c — CoNLL-U reader (tolerant, line-numbered errors) and writer.
 *
 * The input is copied once and cut in place: fields become NUL-terminated
 * strings inside the copy, so a sentence costs only its word array. */
#include "nlp/conllu.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/file.h"
#include "base/fail.h"
#include "base/vec.h"

struct conllu_reader {
    char *data;
    size_t len, pos, line;
    arena arena;
    VEC(conllu_word) words;
    VEC(conllu_range) ranges;
    VEC(const conllu_sentence *) all;
    size_t errors;
    char first_error[160];
};

static void reader_error(conllu_reader *r, size_t line, const char *fmt, const char *detail)
{
    if (r->errors++ == 0) {
        char msg[120];
        snprintf(msg, sizeof msg, fmt, detail);
        snprintf(r->first_error, sizeof r->first_error, "line %zu: %s", line, msg);
    }
}

conllu_reader *conllu_open_memory(const char *data, size_t len)
{
    conllu_reader *r = xcalloc(1, sizeof *r);
    r->data = xmalloc(len + 1);
    if (len) memcpy(r->data, data, len);
    r->data[len] = '\0';
    r->len = len;
    r->line = 0;
    arena_init(&r->arena);
    return r;
}

conllu_reader *conllu_open_file(const char *path, char *err, size_t err_size)
{
    size_t n;
    char *text = file_read_all(path, &n, err, err_size);
    if (!text) return NULL;
    conllu_reader *r = conllu_open_memory(text, n);
    free(text);
    return r;
}

size_t conllu_error_count(const conllu_reader *r) { return r->errors; }
const char *conllu_first_error(const conllu_reader *r) { return r->errors ? r->first_error : ""; }

void conllu_close(conllu_reader *r)
{
    if (!r) return;
    free(r->data);
    arena_free(&r->arena);
    VEC_FREE(&r->words);
    VEC_FREE(&r->ranges);
    VEC_FREE(&r->all);
    free(r);
}

/* Parse a non-negative decimal integer filling [s, end); -1 if not one. */
static long parse_uint(const char *s, const char *end)
{
    if (s >= end || end - s > 9) return -1;
    long v = 0;
    for (; s < end; s++) {
        if (*s < '0' || *s > '9') return -1;
        v = v * 10 + (*s - '0');
    }
    return v;
}

static bool misc_has_no_space(const char *misc)
{
    /* MISC is |-separated; look for the exact item SpaceAfter=No. */
    const char *p = misc;
    while ((p = strstr(p, "SpaceAfter=No")) != NULL) {
        bool start_ok = p == misc || p[-1] == '|';
        char after = p[13];
        if (start_ok && (after == '\0' || after == '|')) return true;
        p += 13;
    }
    return false;
}

static const char *comment_value(const char *line, const char *key)
{
    /* "# key = value" (spaces around '=' optional) */
    const char *p = line + 1;
    while (*p == ' ' || *p == '\t') p++;
    size_t k = strlen(key);
    if (strncmp(p, key, k) != 0) return NULL;
    p += k;
    while (*p == ' ') p++;
    if (*p == '\0') return p; /* "# newpar" with no value */
    if (*p != '=') return NULL;
    p++;
    while (*p == ' ') p++;
    return p;
}

/* Finish the sentence being collected; NULL when it is empty or broken. */
static const conllu_sentence *finish(conllu_reader *r, conllu_sentence *s)
{
    size_t n = r->words.count;
    if (n == 0) {
        r->ranges.count = 0;
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        if (r->words.items[i].head > (int)n) {
            char num[24];
            snprintf(num, sizeof num, "%d", r->words.items[i].head);
            reader_error(r, s->line, "sentence skipped: head %s is outside the sentence", num);
            r->words.count = r->ranges.count = 0;
            return NULL;
        }
    }
    conllu_sentence *out = arena_alloc(&r->arena, sizeof *out);
    *out = *s;
    out->words = arena_alloc(&r->arena, n * sizeof *out->words);
    memcpy(out->words, r->words.items, n * sizeof *out->words);
    out->word_count = n;
    size_t m = 0;
    for (size_t i = 0; i < r->ranges.count; i++)
        if (r->ranges.items[i].last <= (int)n) m++;
    if (m) {
        out->ranges = arena_alloc(&r->arena, m * sizeof *out->ranges);
        for (size_t i = 0; i < r->ranges.count; i++)
            if (r->ranges.items[i].last <= (int)n) out->ranges[out->range_count++] = r->ranges.items[i];
    }
    r->words.count = r->ranges.count = 0;
    return out;
}

const conllu_sentence *conllu_next(conllu_reader *r)
{
    conllu_sentence s;
    memset(&s, 0, sizeof s);
    r->words.count = r->ranges.count = 0;
    bool broken = false; /* a word line out of order: skip the sentence */

    while (r->pos < r->len || r->words.count || broken) {
        if (r->pos >= r->len) { /* end of data ends the last sentence */
            if (broken) return NULL;
            return finish(r, &s);
        }
        char *line = r->data + r->pos;
        char *nl = memchr(line, '\n', r->len - r->pos);
        char *end = nl ? nl : r->data + r->len;
        r->pos = nl ? (size_t)(nl - r->data) + 1 : r->len;
        r->line++;
        *end = '\0';
        if (end > line && end[-1] == '\r') *--end = '\0';
        if (s.line == 0) s.line = r->line;

        if (line == end || strspn(line, " \t") == (size_t)(end - line)) { /* blank: sentence ends */
            if (broken) {
                broken = false;
                memset(&s, 0, sizeof s);
                r->words.count = r->ranges.count = 0;
                continue;
            }
            const conllu_sentence *done = finish(r, &s);
            if (done) return done;
            memset(&s, 0, sizeof s);
            continue;
        }
        if (*line == '#') {
            const char *v;
            if ((v = comment_value(line, "text")) && *v) s.text = v;
            else if ((v = comment_value(line, "sent_id"))) s.sent_id = v;
            else if ((v = comment_value(line, "newdoc id"))) { s.newdoc = true; s.newdoc_id = v; }
            else if ((v = comment_value(line, "newdoc"))) { s.newdoc = true; s.newdoc_id = v; }
            else if ((v = comment_value(line, "newpar id")) || (v = comment_value(line, "newpar"))) s.newpar = true;
            else if ((v = comment_value(line, "newpar_block"))) s.newpar_block = v;
            continue;
        }
        if (broken) continue;

        /* Cut the 10 fields. */
        char *field[10];
        int nf = 0;
        char *p = line;
        for (;;) {
            if (nf == 10) { nf = 11; break; }
            field[nf++] = p;
            char *tab = strchr(p, '\t');
            if (!tab) break;
            *tab = '\0';
            p = tab + 1;
        }
        if (nf != 10) {
            char num[24];
            snprintf(num, sizeof num, nf > 10 ? "more than 10" : "%d", nf);
            reader_error(r, r->line, "expected 10 tab-separated fields, found %s", num);
            continue;
        }
        const char *id = field[0];
        const char *dash = strchr(id, '-'), *dot = strchr(id, '.');
        if (dot) continue; /* empty node of the enhanced graph */
        if (dash) {
            long a = parse_uint(id, dash), b = parse_uint(dash + 1, id + strlen(id));
            if (a < 1 || b < a || a != (long)r->words.count + 1) {
                reader_error(r, r->line, "bad multiword range \"%s\"", id);
                continue;
            }
            conllu_range rg = {(int)a, (int)b, field[1], field[9], !misc_has_no_space(field[9])};
            VEC_PUSH(&r->ranges, rg);
            continue;
        }
        long n = parse_uint(id, id + strlen(id));
        if (n != (long)r->words.count + 1) {
            reader_error(r, r->line, "word id \"%s\" out of sequence; sentence skipped", id);
            broken = true;
            r->words.count = r->ranges.count = 0;
            continue;
        }
        long head = -1;
        if (strcmp(field[6], "_") != 0) {
            head = parse_uint(field[6], field[6] + strlen(field[6]));
            if (head < 0) {
                reader_error(r, r->line, "bad head \"%s\"", field[6]);
                head = -1;
            }
        }
        conllu_word w = {field[1], field[2], field[3], field[4], field[5], field[7], field[8], field[9],
                         (int)head, !misc_has_no_space(field[9])};
        VEC_PUSH(&r->words, w);
    }
    return NULL;
}

conllu_reader *conllu_read_all(const char *path, const conllu_sentence ***out,
                               size_t *count, char *err, size_t err_size)
{
    conllu_reader *r = conllu_open_file(path, err, err_size);
    if (!r) return NULL;
    const conllu_sentence *s;
    while ((s = conllu_next(r)) != NULL) VEC_PUSH(&r->all, s);
    *out = r->all.items;
    *count = r->all.count;
    return r;
}

/* ---- writer ---- */

/* A CoNLL-U field may not hold tabs or newlines, nor be empty. */
static void put_field(buf *out, const char *s)
{
    if (!s || !*s) { buf_putc(out, '_'); return; }
    for (; *s; s++) buf_putc(out, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

static void put_form(buf *out, const char *s, size_t n)
{
    /* Token forms never contain spaces in UD; keep them as they are but
     * replace the characters that would break the line structure. */
    if (n == 0) { buf_putc(out, '_'); return; }
    for (size_t i = 0; i < n; i++) buf_putc(out, (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') ? ' ' : s[i]);
}

void conllu_write_sentence(buf *out, const conllu_sentence *s)
{
    if (s->sent_id) buf_printf(out, "# sent_id = %s\n", s->sent_id);
    if (s->text) buf_printf(out, "# text = %s\n", s->text);
    size_t r = 0;
    for (size_t i = 0; i < s->word_count; i++) {
        while (r < s->range_count && s->ranges[r].first < (int)i + 1) r++;
        if (r < s->range_count && s->ranges[r].first == (int)i + 1) {
            const conllu_range *rg = &s->ranges[r];
            buf_printf(out, "%d-%d\t", rg->first, rg->last);
            put_field(out, rg->form);
            buf_puts(out, "\t_\t_\t_\t_\t_\t_\t_\t");
            put_field(out, rg->misc);
            buf_putc(out, '\n');
        }
        const conllu_word *w = &s->words[i];
        buf_printf(out, "%zu\t", i + 1);
        const char *f[] = {w->form, w->lemma, w->upos, w->xpos, w->feats};
        for (int k = 0; k < 5; k++) { put_field(out, f[k]); buf_putc(out, '\t'); }
        if (w->head >= 0) buf_printf(out, "%d\t", w->head); else buf_puts(out, "_\t");
        put_field(out, w->deprel); buf_putc(out, '\t');
        put_field(out, w->deps); buf_putc(out, '\t');
        put_field(out, w->misc); buf_putc(out, '\n');
    }
    buf_putc(out, '\n');
}

void conllu_write_document(buf *out, const dyad_document *d)
{
    if (d->id) buf_printf(out, "# newdoc id = %s\n", d->id);
    for (size_t si = 0; si < d->sentence_count; si++) {
        const dyad_sentence *s = &d->sentences[si];
        if (s->token_count == 0) continue;
        if (si == 0 || d->sentences[si - 1].paragraph != s->paragraph) buf_puts(out, "# newpar\n");
        buf_printf(out, "# sent_id = %zu\n# text = ", si + 1);
        if (s->span.end <= d->text_length && s->span.start <= s->span.end)
            for (uint32_t k = s->span.start; k < s->span.end; k++) {
                char c = d->text[k];
                buf_putc(out, (c == '\n' || c == '\r' || c == '\t') ? ' ' : c);
            }
        buf_putc(out, '\n');
        uint32_t first = s->first_token;
        for (uint32_t i = 0; i < s->token_count; i++) {
            const dyad_token *t = &d->tokens[first + i];
            buf_printf(out, "%u\t", i + 1);
            if (t->form) put_field(out, t->form);
            else put_form(out, d->text + t->span.start, t->span.end - t->span.start);
            buf_putc(out, '\t');
            put_field(out, t->lemma); buf_putc(out, '\t');
            put_field(out, t->upos); buf_putc(out, '\t');
            put_field(out, t->xpos); buf_putc(out, '\t');
            put_field(out, t->feats); buf_putc(out, '\t');
            long head = 0;
            if (t->head >= 0) {
                head = (long)t->head - (long)first + 1;
                if (head < 1 || head > (long)s->token_count) head = 0; /* never point outside */
            }
            buf_printf(out, "%ld\t", head);
            if (t->deprel) put_field(out, head == 0 && t->head >= 0 ? "dep" : t->deprel);
            else put_field(out, head == 0 ? "root" : "dep");
            buf_puts(out, "\t_\t");
            bool last = i + 1 == s->token_count;
            buf_puts(out, !t->space_after && !last ? "SpaceAfter=No" : "_");
            buf_putc(out, '\n');
        }
        buf_putc(out, '\n');
    }
}
