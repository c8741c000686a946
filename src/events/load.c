/* load.c — opening the event dictionaries: the CAMEO code table, then
 * dyad's own verb dictionary or, with a `dict` path, PETRARCH-2 verb files
 * (and discards) from a file or a folder; warnings are kept with their
 * file and line. */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/fail.h"
#include "base/file.h"
#include "events/dictionary.h"
#include "events/events.h"

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

/* Our own format or PETRARCH's?  Ours opens its first pattern line with a
 * code (or ---) followed by "verb"/"noun"/"complement". */
static int looks_native(const char *text, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && text[j] != '\n') j++;
        const char *s = text + i;
        size_t len = j - i;
        while (len && (*s == ' ' || *s == '\t')) s++, len--;
        if (len && *s != '#') {
            if (len >= 10 && !memcmp(s, "complement", 10)) return 1;
            size_t k = 0;
            while (k < len && (isdigit((unsigned char)s[k]) || s[k] == '-')) k++;
            while (k < len && (s[k] == ' ' || s[k] == '\t')) k++;
            return k + 4 <= len && (!memcmp(s + k, "verb", 4) || !memcmp(s + k, "noun", 4));
        }
        i = j + 1;
    }
    return 1;
}

static int load_verbs_file(event_dictionary *e, const char *path, bool strict, char *error, size_t error_size)
{
    size_t n;
    char *text = file_read_all(path, &n, NULL, 0);
    if (!text) {
        snprintf(error, error_size, "cannot read the verb dictionary %s", path);
        return -1;
    }
    int rc = looks_native(text, n) ? read_native_verbs(&e->t, path, text, n, strict)
                                   : read_petrarch_verbs(&e->t, path, text, n, strict);
    free(text);
    if (rc) snprintf(error, error_size, "%s", e->t.nwarnings ? e->t.warnings[0] : "malformed verb dictionary");
    return rc;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* A folder: every file named *verbs*.txt or CAMEO.*.txt, in name order. */
static int load_verbs_dir(event_dictionary *e, const char *dir, bool strict, char *error, size_t error_size)
{
    DIR *dp = opendir(dir);
    if (!dp) {
        snprintf(error, error_size, "cannot open the dictionary folder %s", dir);
        return -1;
    }
    char *names[256];
    size_t count = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && count < 256) {
        const char *nm = de->d_name;
        if (ends_with(nm, ".txt") && (strstr(nm, "verbs") || !strncmp(nm, "CAMEO.", 6) || strstr(nm, "discards")))
            names[count++] = xstrdup(nm);
    }
    closedir(dp);
    qsort(names, count, sizeof *names, cmp_str);
    size_t verbs = 0;
    for (size_t i = 0; i < count; i++) verbs += !strstr(names[i], "discards");
    int rc = verbs ? 0 : -1;
    if (!verbs) snprintf(error, error_size, "no verb dictionary (*verbs*.txt or CAMEO.*.txt) in %s", dir);
    for (size_t i = 0; i < count; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (!rc && strstr(names[i], "discards")) {
            size_t n;
            char *text = file_read_all(path, &n, NULL, 0);
            if (!text || read_petrarch_discards(&e->t, path, text, n, strict)) {
                snprintf(error, error_size, "%s", e->t.nwarnings ? e->t.warnings[0] : "cannot read the discards file");
                rc = -1;
            }
            free(text);
        } else if (!rc && load_verbs_file(e, path, strict, error, error_size)) {
            rc = -1;
        }
        free(names[i]);
    }
    return rc;
}

typedef struct { uint32_t id; int8_t sign; } tone_entry;

static int cmp_tone(const void *a, const void *b)
{
    const tone_entry *x = a, *y = b;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* data/events/tone.txt ("- word" / "+ word"); optional: no file, no tone. */
static void load_tone(event_dictionary *e, const char *path)
{
    size_t n;
    char *text = file_read_all(path, &n, NULL, 0);
    if (!text) return;
    tone_entry *v = NULL;
    size_t count = 0, cap = 0;
    unsigned line = 0;
    for (char *save = NULL, *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
        line++;
        while (*l == ' ' || *l == '\t') l++;
        if (!*l || *l == '#') continue;
        size_t len = strcspn(l, " \t\r#");
        char *w = l + len;
        while (*w == ' ' || *w == '\t') w++;
        size_t wl = strcspn(w, " \t\r#");
        if (len != 1 || (*l != '-' && *l != '+') || !wl) {
            tables_warn(&e->t, path, line, "expected \"- word\" or \"+ word\"");
            continue;
        }
        if (count == cap) v = xrealloc(v, (cap = cap ? cap * 2 : 64) * sizeof *v);
        v[count].id = tables_word(&e->t, w, wl, true);
        v[count++].sign = *l == '-' ? -1 : 1;
    }
    free(text);
    qsort(v, count, sizeof *v, cmp_tone);
    e->tone_words = xmalloc((count + 1) * sizeof *e->tone_words);
    e->tone_signs = xmalloc(count + 1);
    for (size_t i = 0; i < count; i++) e->tone_words[i] = v[i].id, e->tone_signs[i] = v[i].sign;
    e->ntone = (uint32_t)count;
    free(v);
}

event_dictionary *events_open(const char *data_dir, const char *dict, bool strict, char *error, size_t error_size)
{
    char scratch[512];
    if (!error || !error_size) error = scratch, error_size = sizeof scratch;
    error[0] = '\0';
    event_dictionary *e = xcalloc(1, sizeof *e);
    tables_init(&e->t);
    char path[4096];
    snprintf(path, sizeof path, "%s/events/cameo.tsv", data_dir ? data_dir : ".");
    if (read_cameo_table(&e->t, path)) {
        snprintf(error, error_size, "cannot read the CAMEO code table %s", path);
        goto fail;
    }
    int rc;
    if (dict) {
        struct stat st;
        if (stat(dict, &st)) {
            snprintf(error, error_size, "cannot open the dictionary %s", dict);
            goto fail;
        }
        rc = S_ISDIR(st.st_mode) ? load_verbs_dir(e, dict, strict, error, error_size)
                                 : load_verbs_file(e, dict, strict, error, error_size);
    } else {
        snprintf(path, sizeof path, "%s/events/verbs.txt", data_dir ? data_dir : ".");
        rc = load_verbs_file(e, path, strict, error, error_size);
    }
    if (rc) goto fail;
    snprintf(path, sizeof path, "%s/events/tone.txt", data_dir ? data_dir : ".");
    load_tone(e, path);
    tables_finish(&e->t);
    e->w_not = tables_word(&e->t, "not", 3, true);
    e->w_never = tables_word(&e->t, "never", 5, true);
    e->w_nt = tables_word(&e->t, "n't", 3, true);
    e->w_no = tables_word(&e->t, "no", 2, true);
    e->w_by = tables_word(&e->t, "by", 2, true);
    e->w_between = tables_word(&e->t, "between", 7, true);
    e->w_and = tables_word(&e->t, "and", 3, true);
    e->w_neither = tables_word(&e->t, "neither", 7, true);
    /* the words the coder compares by id whatever the dictionary holds: a
     * small user dictionary that never names "on" still has targets "on"
     * someone (roles.c ev_target_case), and "of"/"in" phrases */
    static const char *const function_words[] = {"with", "against", "on", "to", "toward", "towards", "at", "into",
                                                 "from", "over", "for", "upon", "of", "in"};
    for (size_t i = 0; i < sizeof function_words / sizeof *function_words; i++)
        tables_word(&e->t, function_words[i], strlen(function_words[i]), true);
    static const char *const saying[] = {"say", "tell", "add", "state", "note", "announce", "report", "claim",
                                         "explain", "stress", "write", "tweet", "reiterate", "declare", "argue",
                                         "confirm", "believe", "think", "insist", "emphasise", "emphasize", "according"};
    for (size_t i = 0; i < sizeof saying / sizeof *saying && e->nreporting < 24; i++)
        e->reporting[e->nreporting++] = tables_word(&e->t, saying[i], strlen(saying[i]), true);
    return e;
fail:
    events_close(e);
    return NULL;
}

void events_close(event_dictionary *e)
{
    if (!e) return;
    free(e->tone_words);
    free(e->tone_signs);
    tables_free(&e->t);
    free(e);
}

size_t events_warning_count(const event_dictionary *e, size_t *total)
{
    if (total) *total = e ? e->t.warnings_total : 0;
    return e ? e->t.nwarnings : 0;
}

const char *events_warning(const event_dictionary *e, size_t i)
{
    return e && i < e->t.nwarnings ? e->t.warnings[i] : NULL;
}

size_t events_pattern_count(const event_dictionary *e) { return e ? e->t.npatterns : 0; }


void events_use_petrarch_conventions(event_dictionary *e, bool on)
{
    if (e) e->petrarch = on;
}

void events_set_new_actor_length(event_dictionary *e, unsigned words)
{
    if (e) e->new_actor_length = words > 32 ? 32 : words;
}
