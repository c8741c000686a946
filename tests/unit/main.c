/* main.c — runs every registered test and prints "N passed, M failed". */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"

static test_case *all_tests;
static int current_failed;

void test_register(test_case *t)
{
    /* Keep registration order stable: append. */
    test_case **p = &all_tests;
    while (*p) p = &(*p)->next;
    *p = t;
}

void test_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "  %s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    current_failed = 1;
}

const char *test_root(void)
{
    const char *r = getenv("DYAD_TEST_ROOT");
    return r ? r : DYAD_ROOT;
}

const char *test_dyad_bin(void)
{
    const char *b = getenv("DYAD_BIN");
    return b ? b : DYAD_ROOT "/build/dyad";
}

char *test_write_temp(const char *text)
{
    static char path[64];
    strcpy(path, "/tmp/dyad-test-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, "w");
    if (!f) return NULL;
    fputs(text, f);
    fclose(f);
    return path;
}

char *test_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *data = malloc(cap);
    size_t got;
    while (data && (got = fread(data + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n < 2) data = realloc(data, cap *= 2);
    }
    fclose(f);
    if (!data) return NULL;
    data[n] = '\0';
    if (len) *len = n;
    return data;
}

int main(int argc, char **argv)
{
    int passed = 0, failed = 0;
    for (test_case *t = all_tests; t; t = t->next) {
        if (argc > 1 && !strstr(t->name, argv[1])) continue;
        current_failed = 0;
        t->fn();
        if (current_failed) {
            fprintf(stderr, "FAIL %s (%s)\n", t->name, t->file);
            failed++;
        } else {
            passed++;
        }
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
