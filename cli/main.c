/* main.c — the dyad command: argument parsing and output formatting only;
 * all the work is done through the public API (include/dyad.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "dyad.h"
#include "commands.h"
#include "run.h"

static const char usage[] =
    "usage: dyad COMMAND [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "commands:\n"
    "  extract    clean articles: title, outlet, dateline, date, author, paragraphs\n"
    "  parse      sentences, tokens, tags, lemmas, dependencies, entities\n"
    "             (--as json, or --as conllu for CoNLL-U)\n"
    "  quotes     statements with their speakers (--as table or json)\n"
    "  code       CAMEO/PLOVER events (--as json, tsv or gdelt)\n"
    "  actors     actor dictionary tools (dyad actors --help)\n"
    "  train      train the language models (dyad train --help)\n"
    "  version    print the version\n"
    "\n"
    "options:\n"
    "  -j, --jobs N         worker threads (default 1); output stays in input order\n"
    "  -f, --format NAME    force the input format: text, jsonl, html, warc, feed\n"
    "      --max-bytes N    refuse documents over N bytes (default 16777216)\n"
    "      --max-tokens N   refuse to analyse documents of over N tokens (default 1000000)\n"
    "      --model-dir DIR  model files (default: the repository's models/)\n"
    "      --data-dir DIR   dictionaries (default: the repository's data/)\n"
    "      --dict PATH      event dictionary: a verb file (dyad or PETRARCH-2 format)\n"
    "                       or a folder of PETRARCH-2 files (verbs, actors, discards)\n"
    "      --strict         refuse malformed dictionary lines instead of skipping them\n"
    "      --conventions petrarch  code as PETRARCH-2 where dyad differs (docs/EVENTS.md)\n"
    "      --new-actor-length N  with PETRARCH's conventions, code an unknown noun phrase\n"
    "                       of at most N words as its quoted text (default 0: none)\n"
    "      --as LAYOUT      output layout of the command (see above)\n"
    "  -o, --output FILE    write there instead of standard output\n"
    "  -q, --quiet          no summary on standard error\n"
    "      --stats          summary with throughput and peak memory\n"
    "\n"
    "Inputs are files (plain or gzip), directories (read recursively in name\n"
    "order) or - for standard input; with none, standard input is read.\n"
    "Exit status: 0 all documents processed, 1 some became error records,\n"
    "2 bad usage.\n";

static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s) return 0;
    if (*end == 'k' || *end == 'K') v <<= 10, end++;
    else if (*end == 'm' || *end == 'M') v <<= 20, end++;
    else if (*end == 'g' || *end == 'G') v <<= 30, end++;
    if (*end || v == 0) return 0;
    *out = (size_t)v;
    return 1;
}

enum { EXIT_HELP = -1 };

/* Fill the options from argv[2..]; returns 0, 2 on bad usage, or
 * EXIT_HELP when help was printed. */
static int parse_options(int argc, char **argv, run_options *o, dyad_config *config, const char **paths)
{
    const char *output = NULL;
    size_t npaths = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : NULL;
#define TAKES(s1, s2) ((!strcmp(a, s1) || !strcmp(a, s2)) && value && (i++, 1))
        if (TAKES("-j", "--jobs")) {
            o->jobs = atoi(value);
            if (o->jobs < 1 || o->jobs > 256) { fprintf(stderr, "dyad: --jobs takes 1 to 256\n"); return 2; }
        } else if (TAKES("-f", "--format")) {
            o->reader.format = dyad_format_from_name(value);
            if (o->reader.format == DYAD_FORMAT_AUTO && strcmp(value, "auto")) {
                fprintf(stderr, "dyad: unknown format '%s'\n", value);
                return 2;
            }
        } else if (TAKES("--max-bytes", "--max-bytes")) {
            if (!parse_size(value, &o->reader.max_document_bytes)) {
                fprintf(stderr, "dyad: --max-bytes takes a positive size (e.g. 4M)\n");
                return 2;
            }
            config->max_document_bytes = o->reader.max_document_bytes;
        } else if (TAKES("--max-tokens", "--max-tokens")) {
            if (!parse_size(value, &config->max_document_tokens)) {
                fprintf(stderr, "dyad: --max-tokens takes a positive count (e.g. 200000)\n");
                return 2;
            }
        } else if (TAKES("--as", "--as")) o->layout = value;
        else if (TAKES("--model-dir", "--model-dir")) config->model_dir = value;
        else if (TAKES("--data-dir", "--data-dir")) config->data_dir = value;
        else if (TAKES("--dict", "--dict")) config->dictionary = value;
        else if (!strcmp(a, "--strict")) config->strict_dictionaries = true;
        else if (TAKES("--conventions", "--conventions")) {
            if (strcmp(value, "petrarch") && strcmp(value, "dyad")) {
                fprintf(stderr, "dyad: --conventions takes dyad or petrarch\n");
                return 2;
            }
            config->petrarch_conventions = !strcmp(value, "petrarch");
        } else if (TAKES("--new-actor-length", "--new-actor-length")) {
            char *end;
            long n = strtol(value, &end, 10);
            if (*end || n < 0 || n > 32) {
                fprintf(stderr, "dyad: --new-actor-length takes 0 to 32\n");
                return 2;
            }
            config->petrarch_new_actor_length = (unsigned)n;
        }
        else if (TAKES("-o", "--output")) output = value;
        else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) o->quiet = 1;
        else if (!strcmp(a, "--stats")) o->stats = 1;
        else if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(usage, stdout); return EXIT_HELP; }
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "dyad: unknown or incomplete option '%s'\n\n%s", a, usage); return 2; }
        else paths[npaths++] = a;
#undef TAKES
    }
    if (!npaths) {
        if (isatty(0)) { fputs(usage, stderr); return 2; }
        paths[npaths++] = "-";
    }
    if (output && !(o->out = fopen(output, "w"))) {
        fprintf(stderr, "dyad: cannot write %s: %s\n", output, strerror(errno));
        o->out = NULL;
        return 2;
    }
    o->paths = paths;
    o->path_count = npaths;
    return 0;
}

static int run(run_options *o, const dyad_config *config)
{
    char error[512];
    dyad_resources *res = dyad_resources_open(config, error, sizeof error);
    if (!res) {
        fprintf(stderr, "dyad: %s\n", error);
        return 2;
    }
    size_t total, kept = dyad_resources_warning_count(res, &total);
    for (size_t i = 0; i < kept && i < 10; i++)
        fprintf(stderr, "dyad: %s (line skipped)\n", dyad_resources_warning(res, i));
    if (total > 10) fprintf(stderr, "dyad: ... and %zu more dictionary problems\n", total - 10);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    run_totals totals;
    int status = run_pipeline(res, o, &totals);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (o->stats) {
        double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        fprintf(stderr,
                "dyad: %llu document(s), %llu failed, %.1f MB in %.3f s: %.1f MB/s, %.0f documents/s, "
                "peak RSS %.1f MB\n",
                totals.documents, totals.failed, (double)totals.bytes / 1e6, secs,
                secs > 0 ? (double)totals.bytes / 1e6 / secs : 0, secs > 0 ? (double)totals.documents / secs : 0,
                (double)ru.ru_maxrss / 1024.0);
    } else if (!o->quiet) {
        fprintf(stderr, "dyad: %llu document(s), %llu failed\n", totals.documents, totals.failed);
    }
    if (totals.skipped && !o->quiet)
        fprintf(stderr, "dyad: %llu container record(s) or path(s) were not documents and were skipped: %s\n", totals.skipped,
                totals.skipped_reasons);
    dyad_resources_close(res);
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *command = argv[1];
    if (!strcmp(command, "version") || !strcmp(command, "--version")) {
        printf("dyad %s (schema %d)\n", DYAD_VERSION, DYAD_SCHEMA_VERSION);
        return 0;
    }
    const cli_command *cmd = cli_command_find(command);
    if (!cmd) {
        fprintf(stderr, "dyad: unknown command '%s'\n\n%s", command, usage);
        return 2;
    }
    if (cmd->main) return cmd->main(argc - 1, argv + 1);
    unsigned stages = cmd->stages;

    run_options o;
    memset(&o, 0, sizeof o);
    o.jobs = 1;
    o.stages = stages;
    o.render = cmd->render;
    o.out = stdout;
    dyad_config config;
    memset(&config, 0, sizeof config);
    config.stages = stages;
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    int status = parse_options(argc, argv, &o, &config, paths);
    if (status == 0 && !cli_layout_known(cmd, o.layout)) {
        fprintf(stderr, "dyad: %s has no layout '%s'\n", command, o.layout);
        status = 2;
    }
    if (status == 0) status = run(&o, &config);
    else if (status == EXIT_HELP) status = 0;
    if (o.out && o.out != stdout) fclose(o.out);
    free(paths);
    return status;
}
