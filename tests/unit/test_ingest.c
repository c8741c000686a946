/* test_ingest.c — reading files, directories, gzip and JSON lines: what a
 * user feeding dyad a folder or a stream would notice. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "dyad.h"
#include "test.h"

static char *temp_dir(void)
{
    char *t = strdup("/tmp/dyad-test-XXXXXX");
    return mkdtemp(t);
}

static void write_file(const char *dir, const char *name, const char *data, size_t n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    fwrite(data, 1, n, f);
    fclose(f);
}

static void remove_tree(const char *dir)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
}

/* Read every input under paths; returns the count, fills ids/errors. */
static size_t read_all(const char *const *paths, size_t n, const dyad_reader_options *o, char ids[][256],
                       char codes[][64], size_t max)
{
    dyad_reader *r = dyad_reader_open(paths, n, o);
    dyad_input *in;
    size_t k = 0;
    while ((in = dyad_reader_next(r)) != NULL) {
        if (k < max) {
            snprintf(ids[k], 256, "%s", in->id ? in->id : "");
            snprintf(codes[k], 64, "%s", in->error ? in->error->code : "");
        }
        k++;
        dyad_input_free(in);
    }
    dyad_reader_close(r);
    return k;
}

TEST(directories_are_read_recursively_in_name_order)
{
    char *dir = temp_dir();
    char sub[512];
    snprintf(sub, sizeof sub, "%s/b-sub", dir);
    mkdir(sub, 0700);
    write_file(dir, "c.txt", "Third\n\nbody", 11);
    write_file(dir, "a.txt", "First\n\nbody", 11);
    write_file(dir, "b-sub/z.txt", "Second\n\nbody", 12);
    write_file(dir, ".hidden", "no", 2);
    const char *paths[] = {dir};
    char ids[8][256], codes[8][64];
    size_t n = read_all(paths, 1, NULL, ids, codes, 8);
    CHECK_INT_EQ(n, 3);
    CHECK(strstr(ids[0], "/a.txt") != NULL);
    CHECK(strstr(ids[1], "/b-sub/z.txt") != NULL);
    CHECK(strstr(ids[2], "/c.txt") != NULL);
    remove_tree(dir);
    free(dir);
}

/* A folder holding a link back up to itself was walked round the loop
 * until the depth limit: one file became 33 documents and an error.  Now
 * each real file is read once per path given: the loop and a second route
 * to a folder already read are skipped with a warning saying which link,
 * while links to a file or a folder outside the tree are read as before. */
TEST(directory_walk_reads_each_file_once_through_symlink_loops)
{
    char *dir = temp_dir(), *outside = temp_dir();
    char p[512], q[512];
    snprintf(p, sizeof p, "%s/sub", dir);
    mkdir(p, 0700);
    write_file(dir, "sub/a.txt", "First\n\nbody", 12);
    snprintf(p, sizeof p, "%s/d", outside);
    mkdir(p, 0700);
    write_file(outside, "d/far.txt", "Far\n\nbody", 10);
    write_file(outside, "lone.txt", "Lone\n\nbody", 11);
    snprintf(p, sizeof p, "%s/sub/loop", dir);
    CHECK(symlink("..", p) == 0);              /* back to the top: a loop */
    snprintf(p, sizeof p, "%s/z-again", dir);
    CHECK(symlink("sub", p) == 0);             /* a second route to sub */
    snprintf(p, sizeof p, "%s/sub/a-link.txt", dir);
    CHECK(symlink("a.txt", p) == 0);           /* a second name for a.txt */
    snprintf(p, sizeof p, "%s/far-dir", dir);
    snprintf(q, sizeof q, "%s/d", outside);
    CHECK(symlink(q, p) == 0);                 /* a folder outside the tree */
    snprintf(p, sizeof p, "%s/zz-file.txt", dir);
    snprintf(q, sizeof q, "%s/lone.txt", outside);
    CHECK(symlink(q, p) == 0);                 /* a file outside the tree */
    const char *paths[] = {dir};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in;
    char ids[8][256];
    size_t n = 0, loops = 0, repeats = 0, errors = 0;
    while ((in = dyad_reader_next(r)) != NULL) {
        if (n < 8) snprintf(ids[n], sizeof ids[n], "%s", in->id);
        n++;
        if (in->error) errors++;
        for (size_t i = 0; i < in->warning_count; i++) {
            if (!strcmp(in->warnings[i].code, "symlink_loop") && strstr(in->warnings[i].message, "sub/loop")) loops++;
            if (!strcmp(in->warnings[i].code, "repeated_path")) repeats++;
        }
        dyad_input_free(in);
    }
    dyad_skip_count counts[16];
    size_t kinds = dyad_reader_skipped(r, counts, 16);
    dyad_reader_close(r);
    CHECK_INT_EQ(n, 3);
    CHECK_INT_EQ(errors, 0);
    CHECK(n >= 3 && strstr(ids[0], "/far-dir/far.txt") != NULL);
    CHECK(n >= 3 && strstr(ids[1], "/sub/a-link.txt") != NULL); /* the first name of a.txt in walk order */
    CHECK(n >= 3 && strstr(ids[2], "/zz-file.txt") != NULL);
    CHECK_INT_EQ(loops, 1);
    CHECK_INT_EQ(repeats, 2); /* sub/a.txt is sub/a-link.txt, z-again is sub */
    CHECK_INT_EQ(kinds, 2);
    remove_tree(dir);
    remove_tree(outside);
    free(dir);
    free(outside);
}

TEST(gzip_files_are_read_transparently)
{
    char *dir = temp_dir();
    char path[512];
    snprintf(path, sizeof path, "%s/a.txt.gz", dir);
    gzFile gz = gzopen(path, "wb");
    gzputs(gz, "Headline here\n\nA body paragraph about talks.\n");
    gzclose(gz);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK(in && in->length == strlen("Headline here\n\nA body paragraph about talks.\n"));
    CHECK(in && memcmp(in->bytes, "Headline here", 13) == 0);
    dyad_input_free(in);
    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);
    remove_tree(dir);
    free(dir);
}

TEST(truncated_gzip_becomes_an_error_record)
{
    char *dir = temp_dir();
    char path[512];
    snprintf(path, sizeof path, "%s/a.txt.gz", dir);
    gzFile gz = gzopen(path, "wb");
    for (int i = 0; i < 2000; i++) gzprintf(gz, "Line %d of a long article about sanctions and talks.\n", i);
    gzclose(gz);
    struct stat st;
    stat(path, &st);
    CHECK(truncate(path, st.st_size / 2) == 0);
    const char *paths[] = {path};
    char ids[4][256], codes[4][64];
    size_t n = read_all(paths, 1, NULL, ids, codes, 4);
    CHECK_INT_EQ(n, 1);
    CHECK_STR_EQ(codes[0], "read_error");
    /* The message names the file, not zlib's "<fd:3>" */
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && in->error && strncmp(in->error->message, path, strlen(path)) == 0);
    CHECK(in && in->error && strstr(in->error->message, "<fd:") == NULL);
    CHECK(in && in->error && strstr(in->error->message, "damaged after ") != NULL);
    dyad_input_free(in);
    dyad_reader_close(r);
    remove_tree(dir);
    free(dir);
}

TEST(jsonl_records_keep_metadata_and_unknown_fields)
{
    char *dir = temp_dir();
    const char *data =
        "{\"id\":\"r1\",\"text\":\"Title\\n\\nBody.\",\"date\":\"2022-02-14\",\"outlet\":\"Wire\",\"topic\":{\"a\":[1,2]}}\n"
        "\n"
        "{\"id\": \"r2\", \"text\": \"oops\", }\n"
        "[1,2]\n"
        "{\"url\":\"http://x\"}\n"
        "{\"html\":\"<p>Hi</p>\",\"id\":7}\n";
    write_file(dir, "in.jsonl", data, strlen(data));
    char path[512];
    snprintf(path, sizeof path, "%s/in.jsonl", dir);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK_STR_EQ(in->id, "r1");
    CHECK_STR_EQ(in->date, "2022-02-14");
    CHECK_STR_EQ(in->outlet, "Wire");
    CHECK(in->extra_count == 1);
    CHECK_STR_EQ(in->extra[0].key, "topic");
    CHECK_STR_EQ(in->extra[0].json, "{\"a\":[1,2]}");
    CHECK_INT_EQ(in->container_line, 1);
    dyad_input_free(in);

    in = dyad_reader_next(r); /* line 3: syntax error, with line and column */
    CHECK(in && in->error);
    CHECK_STR_EQ(in->error->code, "json_syntax");
    CHECK_INT_EQ(in->error->line, 3);
    CHECK_INT_EQ(in->error->column, 30); /* the "}" after the trailing comma */
    dyad_input_free(in);

    in = dyad_reader_next(r); /* line 4: an array */
    CHECK(in && in->error && !strcmp(in->error->code, "json_not_object"));
    dyad_input_free(in);
    in = dyad_reader_next(r); /* line 5: no text */
    CHECK(in && in->error && !strcmp(in->error->code, "json_no_text"));
    dyad_input_free(in);
    in = dyad_reader_next(r); /* line 6: html, numeric id */
    CHECK(in && !in->error && in->format == DYAD_FORMAT_HTML);
    CHECK_STR_EQ(in->id, "7");
    CHECK_INT_EQ(in->index, 4);
    dyad_input_free(in);
    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);
    remove_tree(dir);
    free(dir);
}

/* A JSON-lines record's strings were repaired silently: invalid UTF-8
 * became U+FFFD without the invalid_utf8 warning a text file gets (and
 * went raw into the output when in a field dyad carries through), and one
 * \u0000 in "text" made the whole record a "binary" error.  Now repairs are
 * told, with the field and its offset, and NULs are removed with a warning. */
TEST(jsonl_string_repairs_are_warnings_not_silent_or_fatal)
{
    char *dir = temp_dir();
    const char *data =
        "{\"id\":\"u\",\"title\":\"Vote \xff\",\"text\":\"KAMPALA - Museveni \xff said. \xc3(\",\"topic\":\"a\xfe\","
        "\"k\xff\":1}\n"
        "{\"id\":\"z\",\"text\":\"NAIROBI - The minister\\u0000 said talks would resume.\"}\n";
    write_file(dir, "in.jsonl", data, strlen(data));
    char path[512];
    snprintf(path, sizeof path, "%s/in.jsonl", dir);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);

    dyad_input *in = dyad_reader_next(r);
    CHECK(in && !in->error);
    dyad_document *d = dyad_process(NULL, in, DYAD_STAGE_EXTRACT);
    CHECK(!d->failed);
    int text = 0, title = 0, topic = 0, names = 0;
    for (size_t i = 0; i < d->warning_count; i++) {
        if (strcmp(d->warnings[i].code, "invalid_utf8") != 0) continue;
        if (strstr(d->warnings[i].message, "\"text\"") && d->warnings[i].count == 2 &&
            d->warnings[i].offset == (int64_t)(strstr(data, "\"KAMPALA") - data)) text++;
        if (strstr(d->warnings[i].message, "\"title\"") && d->warnings[i].count == 1) title++;
        if (strstr(d->warnings[i].message, "\"topic\"")) topic++;
        if (strstr(d->warnings[i].message, "member names") && d->warnings[i].count == 1) names++;
    }
    CHECK_INT_EQ(names, 1);
    CHECK_INT_EQ(text, 1);
    CHECK_INT_EQ(title, 1);
    CHECK_INT_EQ(topic, 1);
    size_t n;
    char *json = dyad_document_to_json(d, &n);
    CHECK(strstr(json, "\"topic\":\"a\xEF\xBF\xBD\"") != NULL); /* carried through, as valid UTF-8 */
    CHECK(memchr(json, 0xff, n) == NULL && memchr(json, 0xfe, n) == NULL);
    free(json);
    dyad_document_free(d);
    dyad_input_free(in);

    in = dyad_reader_next(r);
    CHECK(in && !in->error);
    d = dyad_process(NULL, in, DYAD_STAGE_EXTRACT);
    CHECK(!d->failed);
    CHECK(d->text && strstr(d->text, "The minister said talks would resume.") != NULL);
    CHECK(d->warning_count == 1 && !strcmp(d->warnings[0].code, "nul_removed") && d->warnings[0].count == 1);
    dyad_document_free(d);
    dyad_input_free(in);

    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);
    remove_tree(dir);
    free(dir);
}

/* Two records with one id would give their events one id ("u#e1"): the
 * later record gets a distinct id, "u#2" (and on), with a warning that
 * names the id it was given and the record that had it first. */
TEST(duplicate_ids_are_made_distinct_with_a_warning)
{
    char *dir = temp_dir();
    const char *data =
        "{\"id\":\"u\",\"text\":\"LIMA - Talks began.\"}\n"
        "{\"id\":\"u#2\",\"text\":\"QUITO - Talks went on.\"}\n"
        "{\"id\":\"u\",\"text\":\"LIMA - Talks ended.\"}\n"
        "{\"id\":\"u\",\"text\":7}\n"
        "{\"id\":\"v\",\"text\":\"CUSCO - Talks.\"}\n";
    write_file(dir, "in.jsonl", data, strlen(data));
    write_file(dir, "more.jsonl", data, 40); /* "u" again, in another file */
    char path[512];
    snprintf(path, sizeof path, "%s/in.jsonl", dir);
    char path2[512];
    snprintf(path2, sizeof path2, "%s/more.jsonl", dir);
    const char *paths[] = {path, path2};
    dyad_reader *r = dyad_reader_open(paths, 2, NULL);
    const char *want[] = {"u", "u#2", "u#3", "u#4", "v", "u#5"};
    for (int i = 0; i < 6; i++) {
        dyad_input *in = dyad_reader_next(r);
        CHECK(in != NULL);
        if (!in) break;
        CHECK_STR_EQ(in->id, want[i]);
        int dup = 0;
        for (size_t k = 0; k < in->warning_count; k++)
            if (!strcmp(in->warnings[k].code, "duplicate_id") && strstr(in->warnings[k].message, "\"u\"") &&
                strstr(in->warnings[k].message, "index 0"))
                dup++;
        CHECK_INT_EQ(dup, i == 2 || i == 3 || i == 5 ? 1 : 0);
        dyad_input_free(in);
    }
    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);
    remove_tree(dir);
    free(dir);
}

TEST(oversized_documents_are_refused_not_truncated)
{
    char *dir = temp_dir();
    char big[5000];
    memset(big, 'a', sizeof big);
    for (size_t i = 80; i < sizeof big; i += 81) big[i] = ' ';
    write_file(dir, "big.txt", big, sizeof big);
    char line[6000];
    int n = snprintf(line, sizeof line, "{\"text\":\"%.*s\"}\n{\"text\":\"small\"}\n", 4000, big);
    write_file(dir, "big.jsonl", line, (size_t)n);
    const char *paths[] = {dir};
    dyad_reader_options o = {DYAD_FORMAT_AUTO, 1000};
    char ids[4][256], codes[4][64];
    size_t k = read_all(paths, 1, &o, ids, codes, 4);
    CHECK_INT_EQ(k, 3);
    CHECK_STR_EQ(codes[0], "too_large"); /* big.jsonl line 1 */
    CHECK_STR_EQ(codes[1], "");          /* big.jsonl line 2 still read */
    CHECK_STR_EQ(codes[2], "too_large"); /* big.txt */
    remove_tree(dir);
    free(dir);
}

TEST(missing_paths_become_error_records_and_reading_goes_on)
{
    char *dir = temp_dir();
    write_file(dir, "ok.txt", "Title\n\nBody", 11);
    char ok[512];
    snprintf(ok, sizeof ok, "%s/ok.txt", dir);
    const char *paths[] = {"/nonexistent/dyad/file.txt", ok};
    char ids[4][256], codes[4][64];
    size_t k = read_all(paths, 2, NULL, ids, codes, 4);
    CHECK_INT_EQ(k, 2);
    CHECK_STR_EQ(codes[0], "cannot_open");
    CHECK_STR_EQ(codes[1], "");
    remove_tree(dir);
    free(dir);
}

TEST(processing_repairs_utf8_and_counts_it)
{
    const char text[] = "\xEF\xBB\xBFHeadline\r\n\r\nBody with a bad byte \xFF here.\r\n";
    dyad_input in = dyad_input_from_memory(text, sizeof text - 1, DYAD_FORMAT_TEXT);
    dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_ALL);
    CHECK(!d->failed);
    CHECK(d->warning_count == 1 && !strcmp(d->warnings[0].code, "invalid_utf8") && d->warnings[0].count == 1);
    CHECK(strstr(d->text, "\xEF\xBF\xBD") != NULL);
    CHECK(strchr(d->text, '\r') == NULL);
    CHECK(strncmp(d->text, "\xEF\xBB\xBF", 3) != 0);
    dyad_document_free(d);
}

TEST(binary_and_empty_documents_are_error_records)
{
    const char bin[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
    dyad_input in = dyad_input_from_memory(bin, sizeof bin - 1, DYAD_FORMAT_TEXT);
    dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_ALL);
    CHECK(d->failed && d->error_count == 1 && !strcmp(d->errors[0].code, "binary"));
    dyad_document_free(d);
    dyad_input e = dyad_input_from_memory(" \n\t\n", 4, DYAD_FORMAT_TEXT);
    d = dyad_process(NULL, &e, DYAD_STAGE_ALL);
    CHECK(d->failed && d->error_count == 1 && !strcmp(d->errors[0].code, "empty"));
    dyad_document_free(d);
}

TEST(input_metadata_beats_inference)
{
    const char text[] = "A headline in the text\n\nBody paragraph one.\n";
    dyad_input in = dyad_input_from_memory(text, sizeof text - 1, DYAD_FORMAT_TEXT);
    in.title = "The supplied title";
    in.date = "2023-07-12T09:30:00+03:00";
    dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_ALL);
    CHECK_STR_EQ(d->title.value, "The supplied title");
    CHECK_STR_EQ(d->title.origin, "input");
    CHECK(d->date.precision == DYAD_DATE_TIMESTAMP && d->date.year == 2023 && d->date.utc_offset_minutes == 180);
    CHECK_STR_EQ(d->date.origin, "input");
    char iso[64];
    dyad_date_format(&d->date, iso, sizeof iso);
    CHECK_STR_EQ(iso, "2023-07-12T09:30+03:00");
    dyad_document_free(d);
}

/* A JSON-lines record's date as people and other tools write it: the
 * month alone, ISO 8601's basic form; never a guessed year. */
TEST(input_dates_in_more_forms_are_read)
{
    static const struct { const char *in, *iso; dyad_date_precision p; } cases[] = {
        {"March 2025", "2025-03", DYAD_DATE_YEAR_MONTH},
        {"20250315", "2025-03-15", DYAD_DATE_DAY},
        {"20250315T101500Z", "2025-03-15T10:15Z", DYAD_DATE_TIMESTAMP},
        {"March 15, 2025", "2025-03-15", DYAD_DATE_DAY},
        {"March 15", "--03-15", DYAD_DATE_MONTH_DAY},
    };
    const char text[] = "Talks end\n\nThe talks ended without an agreement on Friday, officials said.\n";
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dyad_input in = dyad_input_from_memory(text, sizeof text - 1, DYAD_FORMAT_TEXT);
        in.date = cases[i].in;
        dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_EXTRACT);
        char iso[64];
        dyad_date_format(&d->date, iso, sizeof iso);
        CHECK_STR_EQ(iso, cases[i].iso);
        CHECK_INT_EQ(d->date.precision, cases[i].p);
        CHECK_STR_EQ(d->date.origin, "input");
        CHECK_INT_EQ(d->warning_count, 0);
        dyad_document_free(d);
    }
    /* not a date: warned and ignored */
    const char *bad[] = {"next week", "20251301", "March 2025 or so"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        dyad_input in = dyad_input_from_memory(text, sizeof text - 1, DYAD_FORMAT_TEXT);
        in.date = bad[i];
        dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_EXTRACT);
        CHECK(d->warning_count == 1 && !strcmp(d->warnings[0].code, "bad_input_date"));
        CHECK(!d->date.origin || strcmp(d->date.origin, "input") != 0);
        dyad_document_free(d);
    }
}

TEST(document_json_is_one_valid_line)
{
    const char text[] = "Talks \"stall\"\n\nOfficials said\tthe talks stalled.\n";
    dyad_input in = dyad_input_from_memory(text, sizeof text - 1, DYAD_FORMAT_TEXT);
    in.id = "doc-1";
    dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_ALL);
    size_t n;
    char *json = dyad_document_to_json(d, &n);
    CHECK(n > 0 && json[n - 1] == '\n');
    CHECK(memchr(json, '\n', n - 1) == NULL);
    CHECK(strstr(json, "\"schema\":1") != NULL);
    CHECK(strstr(json, "\"id\":\"doc-1\"") != NULL);
    CHECK(strstr(json, "\\t") != NULL);
    free(json);
    dyad_document_free(d);
}
