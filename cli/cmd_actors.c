/* cmd_actors.c — `dyad actors`: look a phrase up in the actor dictionary,
 * check a dictionary, or list the names in documents that it does not know
 * (with the codes their context implies), for growing the dictionary. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "commands.h"
#include "actors/actors.h"
#include "core/date_iso.h"
#include "core/document.h"
#include "core/resources.h"

static const char actors_usage[] =
    "usage: dyad actors --lookup PHRASE [--date YYYY-MM-DD] [--context ISO3]\n"
    "       dyad actors --lookup-file FILE [--date YYYY-MM-DD]\n"
    "       dyad actors --unknown [FILE|DIR|-]...\n"
    "       dyad actors --check\n"
    "\n"
    "  --lookup PHRASE  resolve a mention (\"Russian Deputy Foreign Minister\n"
    "                   Alexander Grushko\") to its actor code, name, role,\n"
    "                   organisation and country\n"
    "  --lookup-file F  resolve each line of F (- for standard input), one\n"
    "                   JSON object per line; the rate goes to standard error;\n"
    "                   a line \"YYYY-MM-DD<TAB>mention\" carries its own date\n"
    "  --date DATE      the date the mention is read at (office holders);\n"
    "                   without one, each person's most recent office counts\n"
    "  --context ISO3   country for mentions that name none (\"officials\")\n"
    "  --unknown        names in the documents that the dictionary does not\n"
    "                   list, with their inferred codes and counts\n"
    "  --check          load the dictionary, report bad lines and load time\n"
    "  --dict DIR|FILE  dictionary to use: dyad's own files, or a folder of\n"
    "                   PETRARCH-2 files (*.actors.txt, *agents*.txt); repeat\n"
    "                   to load exactly the files given\n"
    "  --data-dir DIR   dyad's data folder (default: the repository's data/)\n"
    "  --strict         refuse a dictionary with a bad line\n"
    "  --json           JSON output\n"
    "  -q, --quiet      no output per mention (for timing)\n";

static void print_actor(const dyad_actor *a, int json);

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* One mention per line; returns 0, or 2 when the file cannot be read. */
static int lookup_file(const actor_dictionary *dict, const char *path, const char *date, int quiet)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
    if (!f) {
        fprintf(stderr, "dyad actors: cannot read %s\n", path);
        return 2;
    }
    dyad_input in = dyad_input_from_memory("", 0, DYAD_FORMAT_TEXT);
    char line[4096];
    size_t count = 0, resolved = 0;
    double t0 = now_ms();
    doc *d = doc_new(&in);
    if (date) date_parse_iso(date, &d->pub.date);
    dyad_date fixed = d->pub.date;
    while (fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, "\r\n");
        if (!n) continue;
        /* "YYYY-MM-DD<TAB>mention": a date for this line only */
        const char *mention = line;
        d->pub.date = fixed;
        const char *tab = memchr(line, '\t', n);
        if (tab && tab - line == 10) {
            char day[11];
            memcpy(day, line, 10);
            day[10] = '\0';
            dyad_date own = {0};
            if (date_parse_iso(day, &own)) {
                d->pub.date = own;
                mention = tab + 1;
                n -= (size_t)(mention - line);
            }
        }
        dyad_actor actor;
        resolved += actors_resolve_text(dict, d, mention, n, &actor) != 0;
        count++;
        if (!quiet) print_actor(&actor, 1);
        if (count % 4096 == 0) {
            /* keep the arena small over long lists */
            doc_free(d);
            d = doc_new(&in);
        }
    }
    doc_free(d);
    double ms = now_ms() - t0;
    if (f != stdin) fclose(f);
    fprintf(stderr, "%zu mentions, %zu resolved, %.1f ms, %.0f mentions/s\n", count, resolved, ms,
            ms > 0 ? count / (ms / 1e3) : 0.0);
    return 0;
}

static void put_json_string(FILE *f, const char *s)
{
    if (!s) { fputs("null", f); return; }
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

static void print_actor(const dyad_actor *a, int json)
{
    if (json) {
        printf("{\"text\":");
        put_json_string(stdout, a->text);
        printf(",\"code\":");
        put_json_string(stdout, a->code);
        printf(",\"name\":");
        put_json_string(stdout, a->name);
        printf(",\"role\":");
        put_json_string(stdout, a->role);
        printf(",\"organisation\":");
        put_json_string(stdout, a->organisation);
        printf(",\"country\":");
        put_json_string(stdout, a->country);
        printf(",\"origin\":");
        put_json_string(stdout, a->origin);
        printf("}\n");
        return;
    }
    printf("text          %s\n", a->text ? a->text : "");
    printf("code          %s\n", a->code ? a->code : "(unresolved)");
    printf("name          %s\n", a->name ? a->name : "-");
    printf("role          %s\n", a->role ? a->role : "-");
    printf("organisation  %s\n", a->organisation ? a->organisation : "-");
    printf("country       %s\n", a->country ? a->country : "-");
    printf("origin        %s\n", a->origin ? a->origin : "-");
}

/* ---- --unknown: counts per (name, code) --------------------------------- */

typedef struct unknown_row {
    char *name, *code;
    unsigned count;
} unknown_row;

typedef struct unknown_table {
    unknown_row *rows;
    size_t count, cap;
} unknown_table;

static void on_unknown(void *context, const char *name, const dyad_actor *actor)
{
    unknown_table *t = context;
    const char *code = actor->code ? actor->code : "";
    for (size_t i = 0; i < t->count; i++)
        if (strcmp(t->rows[i].name, name) == 0 && strcmp(t->rows[i].code, code) == 0) {
            t->rows[i].count++;
            return;
        }
    if (t->count == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->rows = realloc(t->rows, t->cap * sizeof *t->rows);
        if (!t->rows) { fputs("dyad: out of memory\n", stderr); exit(2); }
    }
    t->rows[t->count++] = (unknown_row){strdup(name), strdup(code), 1};
}

static int by_count(const void *x, const void *y)
{
    const unknown_row *a = x, *b = y;
    if (a->count != b->count) return a->count < b->count ? 1 : -1;
    int c = strcmp(a->name, b->name);
    return c ? c : strcmp(a->code, b->code);
}

static int list_unknown(const actor_dictionary *dict, const char **paths, size_t npaths, int json)
{
    dyad_config config = {0};
    unsigned stages = DYAD_STAGE_EXTRACT | DYAD_STAGE_NLP;
    config.stages = stages;
    char error[512];
    dyad_resources *res = dyad_resources_open(&config, error, sizeof error);
    if (!res) {
        /* Without the language models, capitalised runs of the clean text
         * still show what the dictionary lacks. */
        fprintf(stderr, "dyad actors: %s; listing names without language analysis\n", error);
        stages = config.stages = DYAD_STAGE_EXTRACT;
        res = dyad_resources_open(&config, error, sizeof error);
        if (!res) {
            fprintf(stderr, "dyad actors: %s\n", error);
            return 2;
        }
    }
    dyad_reader *rd = dyad_reader_open(paths, npaths, NULL);
    unknown_table t = {0};
    dyad_input *in;
    int status = 0;
    while ((in = dyad_reader_next(rd)) != NULL) {
        dyad_document *doc = dyad_process(res, in, stages);
        if (doc->failed) status = 1;
        else actors_find_unknown(dict, (struct doc *)doc, on_unknown, &t);
        dyad_document_free(doc);
        dyad_input_free(in);
    }
    dyad_reader_close(rd);
    dyad_resources_close(res);
    qsort(t.rows, t.count, sizeof *t.rows, by_count);
    for (size_t i = 0; i < t.count; i++) {
        if (json) {
            printf("{\"name\":");
            put_json_string(stdout, t.rows[i].name);
            printf(",\"code\":");
            put_json_string(stdout, t.rows[i].code[0] ? t.rows[i].code : NULL);
            printf(",\"count\":%u}\n", t.rows[i].count);
        } else printf("%6u  %-14s  %s\n", t.rows[i].count, t.rows[i].code[0] ? t.rows[i].code : "-", t.rows[i].name);
        free(t.rows[i].name);
        free(t.rows[i].code);
    }
    free(t.rows);
    return status;
}

int cmd_actors(int argc, char **argv)
{
    const char *lookup = NULL, *lookup_path = NULL, *date = NULL, *context = NULL, *dict_path = NULL, *data_dir = NULL;
    int unknown = 0, check = 0, strict = 0, json = 0, quiet = 0;
    const char *dict_paths[16];
    size_t ndicts = 0;
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    size_t npaths = 0;
    if (!paths) return 2;
    int status = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : NULL;
#define TAKES(s) (!strcmp(a, s) && value && (i++, 1))
        if (TAKES("--lookup")) lookup = value;
        else if (TAKES("--lookup-file")) lookup_path = value;
        else if (TAKES("--date")) date = value;
        else if (TAKES("--context")) context = value;
        else if (TAKES("--dict")) {
            if (ndicts < 16) dict_paths[ndicts++] = value;
            dict_path = value;
        }
        else if (TAKES("--data-dir")) data_dir = value;
        else if (!strcmp(a, "--unknown")) unknown = 1;
        else if (!strcmp(a, "--check")) check = 1;
        else if (!strcmp(a, "--strict")) strict = 1;
        else if (!strcmp(a, "--json")) json = 1;
        else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) quiet = 1;
        else if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(actors_usage, stdout); free(paths); return 0; }
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad actors: unknown or incomplete option '%s'\n\n%s", a, actors_usage);
            free(paths);
            return 2;
        } else paths[npaths++] = a;
#undef TAKES
    }
    if (!lookup && !lookup_path && !unknown && !check) {
        fputs(actors_usage, stderr);
        free(paths);
        return 2;
    }
    char error[512] = "";
    actor_dictionary *dict;
    double t0 = now_ms();
    actors_options options = {ACTORS_FORMAT_AUTO, strict};
    if (ndicts > 1) dict = actors_open_files(dict_paths, ndicts, &options, error, sizeof error);
    else if (dict_path) dict = actors_open_path(dict_path, &options, error, sizeof error);
    else {
        char *dir = resources_default_dir(data_dir, "DYAD_DATA_DIR", "data");
        dict = actors_open_path(dir, &options, error, sizeof error);
        free(dir);
    }
    if (!dict) {
        fprintf(stderr, "dyad actors: %s\n", error);
        free(paths);
        return 2;
    }
    size_t nwarn = actors_warning_count(dict);
    for (size_t i = 0; i < nwarn && actors_warning(dict, i); i++) fprintf(stderr, "dyad actors: %s\n", actors_warning(dict, i));
    if (nwarn > 200) fprintf(stderr, "dyad actors: ... %zu bad lines in all\n", nwarn);
    if (check) {
        printf("%zu entries, %zu names, %zu bad lines, loaded in %.1f ms\n", actors_entry_count(dict),
               actors_phrase_count(dict), nwarn, now_ms() - t0);
        if (nwarn) status = 1;
    }
    if (lookup) {
        dyad_input in = dyad_input_from_memory(lookup, strlen(lookup), DYAD_FORMAT_TEXT);
        doc *d = doc_new(&in);
        if (date) {
            dyad_date parsed = {0};
            if (!date_parse_iso(date, &parsed)) {
                fprintf(stderr, "dyad actors: --date takes YYYY-MM-DD\n");
                status = 2;
            } else d->pub.date = parsed;
        }
        if (status != 2) {
            dyad_actor actor;
            /* resolve as text that stands alone: no document around it */
            buf_puts(&d->text, lookup);
            int found = actors_resolve_text(dict, d, d->text.data, d->text.len, &actor);
            if (!found && context) {
                /* the sector with the context country: "officials" -> context */
                d->tokens.count = 0;
                dyad_token tok = {0};
                size_t n = d->text.len;
                tok.span = (dyad_span){0, (uint32_t)n};
                tok.form = d->text.data;
                VEC_PUSH(&d->tokens, tok);
                found = actors_resolve_in_context(dict, d, 0, 1, context, &actor);
            }
            print_actor(&actor, json);
            if (!found) status = 1;
        }
        doc_free(d);
    }
    if (lookup_path && status != 2) {
        int s = lookup_file(dict, lookup_path, date, quiet);
        if (s > status) status = s;
    }
    if (unknown && status != 2) {
        if (!npaths) paths[npaths++] = "-";
        int s = list_unknown(dict, paths, npaths, json);
        if (s > status) status = s;
    }
    actors_close(dict);
    free(paths);
    return status;
}
