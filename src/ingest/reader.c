/* reader.c — from paths to a stream of inputs, in a stable order.
 *
 * Directories are walked recursively with entries sorted by name (hidden
 * entries skipped); each file is sniffed (or forced with a format) and read
 * as one document, or as many when it is a container (JSON lines, WARC,
 * RSS/Atom feeds).  Symbolic links are followed, but a directory or file
 * met again under the same path given (a link back up the tree, which
 * would loop, or a second route to the same place) is skipped with a
 * warning, so each real file is read once.  Nothing here stops the run: an
 * unreadable path or a broken record becomes an error input and reading
 * goes on. */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "base/fail.h"
#include "base/vec.h"
#include "ingest/input.h"
#include "ingest/feed.h"
#include "ingest/jsonl.h"
#include "ingest/sniff.h"
#include "ingest/source.h"
#include "ingest/warc.h"

enum { MAX_DIRECTORY_DEPTH = 64 };

/* Paths the walk did not read, and why (names in dyad_reader_skipped). */
typedef enum path_skip { PATH_SKIP_LOOP, PATH_SKIP_REPEATED, PATH_SKIP_COUNT } path_skip;
static const char *const path_skip_names[PATH_SKIP_COUNT] = {"symlink_loop", "repeated_path"};

/* A skipped path, told as a warning on the first input read from the
 * path given that it was found under (or, when that gives none, the next
 * input), and counted in dyad_reader_skipped. */
typedef struct path_notice {
    size_t before;      /* told from the input of this index in paths on */
    path_skip reason;
    char *message;
} path_notice;

/* A directory or file the walk has met: its identity and the path it was
 * first met under (open addressing; a walk holds one per file). */
typedef struct seen_file {
    dev_t dev;
    ino_t ino;
    char *path;
} seen_file;

typedef struct seen_set {
    seen_file *slots;
    size_t count, cap;
} seen_set;

/* An id the run has given out: its 64-bit hash (0 marks a free slot), the
 * index of the first input that had it, and the next suffix to try when
 * it comes again ("u#2", "u#3", ...). */
typedef struct seen_id {
    uint64_t hash;
    uint32_t first_index;
    uint32_t next_suffix;
} seen_id;

typedef struct id_set {
    seen_id *slots;
    size_t count, cap;
} id_set;

/* The walk of one path given: what it has met, and the directories it is
 * inside (to tell a loop from a second route). */
typedef struct walk_state {
    seen_set seen;
    struct { dev_t dev; ino_t ino; } stack[MAX_DIRECTORY_DEPTH + 2];
    int depth;
    size_t first_path;  /* index in paths of the walk's first entry */
} walk_state;

struct dyad_reader {
    dyad_reader_options options;
    VEC(char *) paths;      /* expanded file list, or error markers */
    VEC(char *) problems;   /* parallel: non-NULL when the path failed */
    size_t next_path;
    uint64_t index;
    source *current;        /* open container being split into records */
    dyad_format current_format;
    int line;
    buf scratch;
    warc_reader *warc;      /* open WARC file, when current is NULL */
    feed_reader *feed;      /* open feed, likewise */
    uint64_t skipped[WARC_SKIP_COUNT]; /* container records that were not documents */
    uint64_t paths_skipped[PATH_SKIP_COUNT];
    VEC(path_notice) notices;
    size_t next_notice;     /* first notice not yet given to an input */
    char *path_warning;     /* for the first input of the current path */
    id_set ids;             /* every id given out, so that none repeats */
};

static int compare_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void add_path(dyad_reader *r, const char *path, const char *problem)
{
    VEC_PUSH(&r->paths, xstrdup(path));
    VEC_PUSH(&r->problems, problem ? xstrdup(problem) : NULL);
}

static size_t seen_slot(const seen_set *set, dev_t dev, ino_t ino)
{
    uint64_t h = ((uint64_t)ino * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)dev * 0xC2B2AE3D27D4EB4Full);
    size_t i = (size_t)(h >> 17) & (set->cap - 1);
    while (set->slots[i].path && !(set->slots[i].dev == dev && set->slots[i].ino == ino)) i = (i + 1) & (set->cap - 1);
    return i;
}

/* The path (dev, ino) was first met under, or NULL after recording it
 * under `path`. */
static const char *seen_before(seen_set *set, dev_t dev, ino_t ino, const char *path)
{
    if ((set->count + 1) * 2 > set->cap) {
        seen_set bigger = {xcalloc(set->cap ? set->cap * 2 : 64, sizeof(seen_file)), 0, set->cap ? set->cap * 2 : 64};
        for (size_t i = 0; i < set->cap; i++)
            if (set->slots[i].path) bigger.slots[seen_slot(&bigger, set->slots[i].dev, set->slots[i].ino)] = set->slots[i];
        bigger.count = set->count;
        free(set->slots);
        *set = bigger;
    }
    size_t i = seen_slot(set, dev, ino);
    if (set->slots[i].path) return set->slots[i].path;
    set->slots[i] = (seen_file){dev, ino, xstrdup(path)};
    set->count++;
    return NULL;
}

static void seen_free(seen_set *set)
{
    for (size_t i = 0; i < set->cap; i++) free(set->slots[i].path);
    free(set->slots);
}

static void add_notice(dyad_reader *r, const walk_state *w, path_skip reason, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void add_notice(dyad_reader *r, const walk_state *w, path_skip reason, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *message = xmalloc(n > 0 ? (size_t)n + 1 : 1);
    va_start(ap, fmt);
    vsnprintf(message, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
    va_end(ap);
    path_notice notice = {w->first_path, reason, message};
    VEC_PUSH(&r->notices, notice);
    r->paths_skipped[reason]++;
}

/* Whether the walk should enter or read `path` (stat'ed as *st): not when
 * it is a directory the walk is inside (a loop) or anything already met. */
static bool first_visit(dyad_reader *r, walk_state *w, const char *path, const struct stat *st)
{
    if (S_ISDIR(st->st_mode))
        for (int i = 0; i < w->depth; i++)
            if (w->stack[i].dev == st->st_dev && w->stack[i].ino == st->st_ino) {
                const char *above = seen_before(&w->seen, st->st_dev, st->st_ino, path);
                add_notice(r, w, PATH_SKIP_LOOP, "%s leads back to %s, a directory it is inside; not followed (a loop)",
                           path, above ? above : "?");
                return false;
            }
    const char *first = seen_before(&w->seen, st->st_dev, st->st_ino, path);
    if (!first) return true;
    add_notice(r, w, PATH_SKIP_REPEATED,
               S_ISDIR(st->st_mode) ? "%s is the directory %s again; read once, under its first name"
                                    : "%s is the file %s again; read once, under its first name",
               path, first);
    return false;
}

static void walk(dyad_reader *r, walk_state *w, const char *path, const struct stat *st)
{
    if (w->depth > MAX_DIRECTORY_DEPTH) { add_path(r, path, "directory nesting too deep"); return; }
    DIR *dir = opendir(path);
    if (!dir) { add_path(r, path, strerror(errno)); return; }
    w->stack[w->depth].dev = st->st_dev;
    w->stack[w->depth].ino = st->st_ino;
    w->depth++;
    VEC(char *) names = {0};
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.') continue;
        VEC_PUSH(&names, xstrdup(e->d_name));
    }
    closedir(dir);
    if (names.count) qsort(names.items, names.count, sizeof *names.items, compare_names);
    for (size_t i = 0; i < names.count; i++) {
        buf full = BUF_INIT;
        buf_puts(&full, path);
        if (full.len && full.data[full.len - 1] != '/') buf_putc(&full, '/');
        buf_puts(&full, names.items[i]);
        struct stat sub;
        if (stat(full.data, &sub) != 0) add_path(r, full.data, strerror(errno));
        else if (S_ISDIR(sub.st_mode)) { if (first_visit(r, w, full.data, &sub)) walk(r, w, full.data, &sub); }
        else if (S_ISREG(sub.st_mode)) { if (first_visit(r, w, full.data, &sub)) add_path(r, full.data, NULL); }
        buf_free(&full);
        free(names.items[i]);
    }
    VEC_FREE(&names);
    w->depth--;
}

dyad_reader *dyad_reader_open(const char *const *paths, size_t count, const dyad_reader_options *options)
{
    dyad_reader *r = xcalloc(1, sizeof *r);
    if (options) r->options = *options;
    if (!r->options.max_document_bytes) r->options.max_document_bytes = DYAD_DEFAULT_MAX_DOCUMENT_BYTES;
    for (size_t i = 0; i < count; i++) {
        struct stat st;
        if (strcmp(paths[i], "-") == 0) add_path(r, "-", NULL);
        else if (stat(paths[i], &st) != 0) add_path(r, paths[i], strerror(errno));
        else if (S_ISDIR(st.st_mode)) {
            walk_state w = {.first_path = r->paths.count};
            seen_before(&w.seen, st.st_dev, st.st_ino, paths[i]);
            walk(r, &w, paths[i], &st);
            seen_free(&w.seen);
        }
        else add_path(r, paths[i], NULL);
    }
    return r;
}

/* FNV-1a over 64 bits: ids are told apart by their hash alone; two of a
 * million ids share one with a chance of about 3 in 10^8, and that costs
 * a needless "#2", not a lost record. */
static uint64_t id_hash(const char *s)
{
    uint64_t h = 14695981039346656037ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h ? h : 1;
}

/* The slot of hash h in the set: its entry, or the free slot for it. */
static seen_id *id_slot(id_set *set, uint64_t h)
{
    if ((set->count + 1) * 2 > set->cap) {
        id_set bigger = {xcalloc(set->cap ? set->cap * 2 : 256, sizeof(seen_id)), set->count,
                         set->cap ? set->cap * 2 : 256};
        for (size_t i = 0; i < set->cap; i++) {
            if (!set->slots[i].hash) continue;
            size_t k = (size_t)(set->slots[i].hash >> 7) & (bigger.cap - 1);
            while (bigger.slots[k].hash) k = (k + 1) & (bigger.cap - 1);
            bigger.slots[k] = set->slots[i];
        }
        free(set->slots);
        *set = bigger;
    }
    size_t i = (size_t)(h >> 7) & (set->cap - 1);
    while (set->slots[i].hash && set->slots[i].hash != h) i = (i + 1) & (set->cap - 1);
    return &set->slots[i];
}

/* Two inputs with one id (two JSON-lines records "u5", a feed fetched
 * twice) would give their events one id ("u5#e1"): the later one gets the
 * first free "id#N" (N from 2) and a warning naming the id and the input
 * that had it first. */
static void make_id_unique(dyad_reader *r, input *in)
{
    uint64_t h = id_hash(in->pub.id);
    seen_id *e = id_slot(&r->ids, h);
    if (!e->hash) {
        *e = (seen_id){h, in->pub.index > UINT32_MAX ? UINT32_MAX : (uint32_t)in->pub.index, 2};
        r->ids.count++;
        return;
    }
    const char *given = in->pub.id;
    uint32_t first = e->first_index, n = e->next_suffix;
    for (;; n++) {
        const char *id = arena_printf(&in->arena, "%s#%u", given, n);
        uint64_t hn = id_hash(id);
        seen_id *slot = id_slot(&r->ids, hn);
        if (slot->hash) continue;
        *slot = (seen_id){hn, in->pub.index > UINT32_MAX ? UINT32_MAX : (uint32_t)in->pub.index, 2};
        r->ids.count++;
        in->pub.id = id;
        break;
    }
    /* the set may have grown: find the first entry again */
    id_slot(&r->ids, h)->next_suffix = n + 1;
    input_add_warning(in, "duplicate_id", 1, -1,
                      "the id \"%.200s\" is also the id of an earlier input (index %u); this one is \"%.200s#%u\"",
                      given, first, given, n);
}

void dyad_reader_close(dyad_reader *r)
{
    if (!r) return;
    source_close(r->current);
    warc_close(r->warc);
    feed_close(r->feed);
    for (size_t i = 0; i < r->paths.count; i++) {
        free(r->paths.items[i]);
        free(r->problems.items[i]);
    }
    VEC_FREE(&r->paths);
    VEC_FREE(&r->problems);
    for (size_t i = 0; i < r->notices.count; i++) free(r->notices.items[i].message);
    VEC_FREE(&r->notices);
    free(r->path_warning);
    free(r->ids.slots);
    buf_free(&r->scratch);
    free(r);
}

static dyad_input *finish(dyad_reader *r, input *in)
{
    /* Paths skipped before this input's path, while it has room for them
     * (the rest go to the next input). */
    while (r->next_notice < r->notices.count && r->notices.items[r->next_notice].before < r->next_path &&
           in->pub.warning_count < INPUT_MAX_WARNINGS) {
        const path_notice *n = &r->notices.items[r->next_notice++];
        input_add_warning(in, path_skip_names[n->reason], 1, -1, "%s", n->message);
    }
    if (r->path_warning) {
        input_add_warning(in, "name_mismatch", 1, 0, "%s", r->path_warning);
        free(r->path_warning);
        r->path_warning = NULL;
    }
    in->pub.index = r->index++;
    if (!in->pub.id) in->pub.id = in->pub.source;
    make_id_unique(r, in);
    return &in->pub;
}

/* The next record of an open JSON-lines file, or NULL at its end. */
static input *next_jsonl(dyad_reader *r)
{
    source *s = r->current;
    for (;;) {
        buf_clear(&r->scratch);
        int64_t offset = (int64_t)source_offset(s);
        bool overlong;
        if (!source_read_line(s, &r->scratch, r->options.max_document_bytes, &overlong)) return NULL;
        r->line++;
        const char *p = r->scratch.data ? r->scratch.data : "";
        size_t n = r->scratch.len;
        if (r->line == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3, n -= 3;
        size_t k = 0;
        while (k < n && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r')) k++;
        if (k == n && !overlong) continue; /* blank line */
        if (overlong) {
            input *in = input_new(source_path(s), "jsonl");
            in->pub.container_line = r->line;
            in->pub.container_offset = offset;
            in->pub.id = arena_printf(&in->arena, "%s:%d", source_path(s), r->line);
            input_set_error(in, DYAD_ERR_TOO_LARGE, "too_large", r->line, 0, offset,
                            "line %d is longer than the limit of %zu bytes (see --max-bytes)", r->line,
                            r->options.max_document_bytes);
            return in;
        }
        return jsonl_record(source_path(s), p, n, r->line, offset);
    }
}

/* A whole file as one document. */
static input *read_whole(dyad_reader *r, dyad_format format)
{
    source *s = r->current;
    input *in = input_new(source_path(s), "file");
    in->pub.format = format;
    in->pub.container_offset = 0;
    buf_clear(&r->scratch);
    uint64_t total = 0;
    bool fits = source_read_all(s, &r->scratch, r->options.max_document_bytes, &total);
    if (source_error(s)) {
        input_set_error(in, DYAD_ERR_IO, "read_error", 0, 0, (int64_t)total, "%s: %s", source_path(s), source_error(s));
    } else if (!fits) {
        input_set_error(in, DYAD_ERR_TOO_LARGE, "too_large", 0, 0, -1,
                        "%s is %llu bytes, over the limit of %zu (see --max-bytes)", source_path(s),
                        (unsigned long long)total, r->options.max_document_bytes);
    } else {
        input_set_bytes(in, r->scratch.data, r->scratch.len);
    }
    return in;
}

size_t dyad_reader_skipped(const dyad_reader *r, dyad_skip_count *counts, size_t max)
{
    size_t k = 0;
    for (int i = 0; i < WARC_SKIP_COUNT; i++) {
        if (!r->skipped[i]) continue;
        if (k < max) {
            counts[k].reason = warc_skip_name((warc_skip)i);
            counts[k].count = r->skipped[i];
        }
        k++;
    }
    for (int i = 0; i < PATH_SKIP_COUNT; i++) {
        if (!r->paths_skipped[i]) continue;
        if (k < max) {
            counts[k].reason = path_skip_names[i];
            counts[k].count = r->paths_skipped[i];
        }
        k++;
    }
    return k;
}

dyad_input *dyad_reader_next(dyad_reader *r)
{
    for (;;) {
        if (r->warc) {
            input *in = warc_next(r->warc);
            if (in) return finish(r, in);
            warc_close(r->warc);
            r->warc = NULL;
        }
        if (r->feed) {
            input *in = feed_next(r->feed);
            if (in) return finish(r, in);
            feed_close(r->feed);
            r->feed = NULL;
        }
        if (r->current) {
            input *in = NULL;
            if (r->current_format == DYAD_FORMAT_JSONL) in = next_jsonl(r);
            if (in) return finish(r, in);
            const char *err = source_error(r->current);
            if (err) {
                input *bad = input_new(source_path(r->current), "file");
                input_set_error(bad, DYAD_ERR_IO, "read_error", r->line, 0, (int64_t)source_offset(r->current),
                                "%s: %s", source_path(r->current), err);
                source_close(r->current);
                r->current = NULL;
                return finish(r, bad);
            }
            source_close(r->current);
            r->current = NULL;
        }
        if (r->next_path >= r->paths.count) return NULL;
        size_t i = r->next_path++;
        const char *path = r->paths.items[i];
        if (r->problems.items[i]) {
            input *in = input_new(path, "file");
            input_set_error(in, DYAD_ERR_IO, "cannot_open", 0, 0, -1, "%s: %s", path, r->problems.items[i]);
            return finish(r, in);
        }
        source *s = source_open(path);
        if (!s) {
            input *in = input_new(path, "file");
            input_set_error(in, DYAD_ERR_IO, "cannot_open", 0, 0, -1, "%s: %s", path, strerror(errno));
            return finish(r, in);
        }
        r->current = s;
        r->line = 0;
        const char *head;
        size_t n = source_peek(s, &head, SNIFF_BYTES);
        dyad_format f = r->options.format != DYAD_FORMAT_AUTO ? r->options.format : sniff_format(path, head, n);
        r->current_format = f;
        free(r->path_warning);
        r->path_warning = NULL;
        if (f != DYAD_FORMAT_WARC && r->options.format == DYAD_FORMAT_AUTO && sniff_name_says_warc(path)) {
            static const char *const names[] = {"?", "text", "JSON lines", "HTML", "WARC", "a feed"};
            buf m = BUF_INIT;
            buf_printf(&m, "%s is named as WARC but no WARC record starts in its first %d bytes; read as %s, by its content",
                       path, SNIFF_BYTES, (unsigned)f < sizeof names / sizeof *names ? names[f] : "?");
            r->path_warning = xstrdup(m.data);
            buf_free(&m);
        }
        if (f == DYAD_FORMAT_JSONL) continue;
        if (f == DYAD_FORMAT_WARC) {
            /* A regular file is reopened raw so that gzip members are read
             * one by one (damage costs a record, not the file); a pipe or
             * standard input can only go on through the source. */
            r->current = NULL;
            struct stat st;
            bool from_source = strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode);
            if (!from_source) source_close(s);
            r->warc = warc_open(path, from_source ? s : NULL, r->options.max_document_bytes, r->skipped);
            if (!r->warc) {
                input *in = input_new(path, "file");
                input_set_error(in, DYAD_ERR_IO, "cannot_open", 0, 0, -1, "%s: %s", path, strerror(errno));
                return finish(r, in);
            }
            continue;
        }
        if (f == DYAD_FORMAT_FEED) {
            r->current = NULL;
            r->feed = feed_open(path, s, r->options.max_document_bytes);
            continue;
        }
        input *in = read_whole(r, f);
        source_close(s);
        r->current = NULL;
        return finish(r, in);
    }
}
