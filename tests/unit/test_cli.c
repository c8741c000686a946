/* test_cli.c — the dyad command as a user runs it: exit status, output
 * order with several threads, standard input, error records. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test.h"

/* Run a shell command; capture stdout (malloc'd) and the exit status. */
static char *run(const char *cmd, int *status)
{
    FILE *p = popen(cmd, "r");
    if (!p) { *status = -1; return NULL; }
    size_t cap = 1 << 16, n = 0, got;
    char *out = malloc(cap);
    while ((got = fread(out + n, 1, cap - n - 1, p)) > 0) {
        n += got;
        if (cap - n < 2) out = realloc(out, cap *= 2);
    }
    out[n] = '\0';
    int st = pclose(p);
    *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return out;
}

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += *s == '\n';
    return n;
}

static char *make_jsonl(int records, int bad_every)
{
    char *path = strdup("/tmp/dyad-cli-XXXXXX.jsonl");
    int fd = mkstemps(path, 6);
    FILE *f = fdopen(fd, "w");
    for (int i = 0; i < records; i++) {
        if (bad_every && i % bad_every == bad_every - 1) fprintf(f, "{\"id\": \"r%d\", \"text\": }\n", i);
        else
            fprintf(f, "{\"id\":\"r%d\",\"text\":\"Headline number %d\\n\\nOfficials met on Tuesday to discuss item %d.\"}\n",
                    i, i, i);
    }
    fclose(f);
    return path;
}

TEST(cli_output_order_is_input_order_with_threads)
{
    char *path = make_jsonl(300, 0);
    char cmd[1024];
    int s1, s4;
    snprintf(cmd, sizeof cmd, "%s extract -q -j 1 %s", test_dyad_bin(), path);
    char *one = run(cmd, &s1);
    snprintf(cmd, sizeof cmd, "%s extract -q -j 4 %s", test_dyad_bin(), path);
    char *four = run(cmd, &s4);
    CHECK_INT_EQ(s1, 0);
    CHECK_INT_EQ(s4, 0);
    CHECK(one && four && strcmp(one, four) == 0);
    CHECK_INT_EQ(count_lines(one), 300);
    free(one);
    free(four);
    unlink(path);
    free(path);
}

TEST(cli_bad_records_are_reported_and_the_run_goes_on)
{
    char *path = make_jsonl(20, 5);
    char cmd[1024];
    int status;
    snprintf(cmd, sizeof cmd, "%s extract -q -j 2 %s", test_dyad_bin(), path);
    char *out = run(cmd, &status);
    CHECK_INT_EQ(status, 1);
    CHECK_INT_EQ(count_lines(out), 20);
    size_t errors = 0;
    for (const char *p = out; (p = strstr(p, "\"code\":\"json_syntax\"")) != NULL; p++) errors++;
    CHECK_INT_EQ(errors, 4);
    CHECK(strstr(out, "\"line\":5") != NULL);
    free(out);
    unlink(path);
    free(path);
}

TEST(cli_reads_standard_input)
{
    char cmd[1024];
    int status;
    snprintf(cmd, sizeof cmd, "printf 'Headline\\n\\nA body.\\n' | %s extract -q", test_dyad_bin());
    char *out = run(cmd, &status);
    CHECK_INT_EQ(status, 0);
    CHECK(out && strstr(out, "\"source\":\"-\"") != NULL);
    free(out);
}

TEST(cli_refuses_bad_usage_with_status_2)
{
    char cmd[1024];
    int status;
    snprintf(cmd, sizeof cmd, "%s extract --no-such-option x 2>/dev/null", test_dyad_bin());
    free(run(cmd, &status));
    CHECK_INT_EQ(status, 2);
    snprintf(cmd, sizeof cmd, "%s extract -j 0 x 2>/dev/null", test_dyad_bin());
    free(run(cmd, &status));
    CHECK_INT_EQ(status, 2);
    snprintf(cmd, sizeof cmd, "%s frobnicate 2>/dev/null", test_dyad_bin());
    free(run(cmd, &status));
    CHECK_INT_EQ(status, 2);
}

/* A document too long to analyse becomes an error record that keeps its
 * clean text; the next document is analysed as usual. */
TEST(cli_max_tokens_turns_long_documents_into_errors)
{
    char *path = strdup("/tmp/dyad-cli-XXXXXX.jsonl");
    int fd = mkstemps(path, 6);
    FILE *f = fdopen(fd, "w");
    fputs("{\"id\":\"long\",\"text\":\"", f);
    for (int i = 0; i < 40; i++) fputs("The talks went on. ", f);
    fputs("\"}\n{\"id\":\"short\",\"text\":\"Officials met on Tuesday.\"}\n", f);
    fclose(f);
    char cmd[1024];
    int status;
    snprintf(cmd, sizeof cmd, "%s parse -q --max-tokens 100 %s", test_dyad_bin(), path);
    char *out = run(cmd, &status);
    CHECK_INT_EQ(status, 1);
    char *second = out ? strchr(out, '\n') : NULL;
    CHECK(second != NULL);
    if (second) {
        *second++ = '\0';
        CHECK(strstr(out, "\"code\":\"too_many_tokens\"") != NULL);
        CHECK(strstr(out, "\"text\":\"The talks went on.") != NULL);
        CHECK(strstr(out, "\"tokens\"") == NULL);
        CHECK(strstr(second, "\"status\":\"ok\"") != NULL);
        CHECK(strstr(second, "\"upos\":\"VERB\"") != NULL);
    }
    free(out);
    snprintf(cmd, sizeof cmd, "%s parse -q --max-tokens 0 %s 2>/dev/null", test_dyad_bin(), path);
    free(run(cmd, &status));
    CHECK_INT_EQ(status, 2);
    unlink(path);
    free(path);
}

/* Events say whether they come from the headline and how far the text
 * commits to them. */
TEST(cli_events_carry_headline_and_modality)
{
    char cmd[1024];
    int status;
    snprintf(cmd, sizeof cmd,
             "printf 'Russia condemns Ukraine\\n\\nRussia condemned Ukraine on Monday. Moscow could expel Ukrainian diplomats.\\n' | "
             "%s code -q -", test_dyad_bin());
    char *out = run(cmd, &status);
    CHECK_INT_EQ(status, 0);
    CHECK(out && strstr(out, "\"headline\":true") != NULL);
    CHECK(out && strstr(out, "\"headline\":false") != NULL);
    CHECK(out && strstr(out, "\"modality\":\"possible\"") != NULL);
    free(out);
}

TEST(cli_max_bytes_turns_big_documents_into_errors)
{
    char cmd[1024];
    int status;
    snprintf(cmd, sizeof cmd, "head -c 5000 /dev/zero | tr '\\0' 'a' | %s extract -q --max-bytes 1k", test_dyad_bin());
    char *out = run(cmd, &status);
    CHECK_INT_EQ(status, 1);
    CHECK(out && strstr(out, "\"code\":\"too_large\"") != NULL);
    free(out);
}

/* A folder with a link back to itself: one document, exit status 0, the
 * loop named in its warnings and counted in the summary on standard error
 * (the walk went round the loop until its depth limit: 33 records, one an
 * error). */
TEST(cli_directory_with_a_symlink_loop_reads_each_file_once)
{
    char dir[] = "/tmp/dyad-cli-loop-XXXXXX";
    if (!mkdtemp(dir)) { test_fail(__FILE__, __LINE__, "mkdtemp failed"); return; }
    char path[256], cmd[1024];
    snprintf(path, sizeof path, "%s/sub", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/sub/a.txt", dir);
    FILE *f = fopen(path, "w");
    fputs("Talks resume\n\nNegotiators met again on Monday.\n", f);
    fclose(f);
    snprintf(path, sizeof path, "%s/sub/loop", dir);
    CHECK(symlink("..", path) == 0);
    int status;
    snprintf(cmd, sizeof cmd, "%s extract %s 2>&1 >/dev/null", test_dyad_bin(), dir);
    char *err = run(cmd, &status);
    CHECK_INT_EQ(status, 0);
    CHECK(err && strstr(err, "1 document(s), 0 failed") && strstr(err, "1 symlink_loop"));
    free(err);
    snprintf(cmd, sizeof cmd, "%s extract -q %s", test_dyad_bin(), dir);
    char *out = run(cmd, &status);
    CHECK_INT_EQ(count_lines(out), 1);
    CHECK(strstr(out, "\"code\":\"symlink_loop\"") && strstr(out, "sub/loop leads back to"));
    free(out);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
}
