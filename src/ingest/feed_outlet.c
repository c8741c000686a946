/* feed_outlet.c — which part of a feed's channel title is the outlet.
 *
 * Feeds put the outlet and the section in one title, in either order and
 * with any of several separators.  The section part is recognised by its
 * words, all from a short list of what sections and slogans are made of;
 * an outlet's name has at least one word that is not ("BBC", "Guardian",
 * "Moscow").  A topic is more than section words too ("Ukraine |
 * The Guardian"): among several such parts the site's host name decides,
 * else the web's habit of "Page | Site".  A colon separates only when a
 * space follows it ("Reuters: World News", but not "10:30"). */
#include "ingest/feed_outlet.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

static const char *const section_words[] = {
    "africa", "all", "americas", "analysis", "and", "articles", "asia", "breaking", "business", "channel",
    "daily", "edition", "english", "europe", "feed", "for", "from", "front", "global", "headlines", "home",
    "in", "international", "latest", "live", "local", "middle", "national", "news", "of", "on", "opinion",
    "page", "politics", "rss", "section", "sport", "sports", "stories", "story", "the", "today", "top",
    "updates", "video", "videos", "world",
};

static bool section_word(const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof section_words / sizeof *section_words; i++)
        if (strlen(section_words[i]) == n && !strncasecmp(section_words[i], w, n)) return true;
    return false;
}

/* The length of the separator at s (with its spaces), or 0. */
static size_t separator(const char *s)
{
    static const char *const seps[] = {" - ", " | ", " > ", " \xC2\xBB ", " \xC2\xB7 ", " \xE2\x80\x93 ",
                                       " \xE2\x80\x94 ", ": "};
    for (size_t i = 0; i < sizeof seps / sizeof *seps; i++)
        if (!strncmp(s, seps[i], strlen(seps[i]))) return strlen(seps[i]);
    return 0;
}

/* Whether s[0..n) names something beyond section words, and how many
 * words it has. */
static bool names_more(const char *s, size_t n, size_t *words)
{
    bool more = false;
    *words = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && !isalnum((unsigned char)s[i]) && !((unsigned char)s[i] & 0x80)) i++;
        size_t start = i;
        while (i < n && (isalnum((unsigned char)s[i]) || ((unsigned char)s[i] & 0x80) || s[i] == '\'')) i++;
        if (i == start) continue;
        (*words)++;
        if (!section_word(s + start, i - start)) more = true;
    }
    return more;
}

/* The host of url, lowercased letters and digits only ("theguardiancom"). */
static void host_letters(const char *url, char *out, size_t size)
{
    size_t k = 0;
    const char *p = url ? strstr(url, "://") : NULL;
    if (p) {
        for (p += 3; *p && *p != '/' && *p != ':' && *p != '?' && k + 1 < size; p++)
            if (isalnum((unsigned char)*p)) out[k++] = (char)tolower((unsigned char)*p);
    }
    out[k] = '\0';
}

/* Whether the host holds the part's letters ("The Guardian" in
 * theguardian.com, "NYT" in nytimes.com); a leading "The" may be absent. */
static bool host_names(const char *host, const char *s, size_t n)
{
    char letters[128];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof letters; i++)
        if (isalnum((unsigned char)s[i])) letters[k++] = (char)tolower((unsigned char)s[i]);
    letters[k] = '\0';
    if (k < 2 || !*host) return false;
    if (strstr(host, letters)) return true;
    return k > 5 && !strncmp(letters, "the", 3) && strstr(host, letters + 3);
}

size_t feed_outlet(const char *title, const char *url, char *out, size_t out_size)
{
    if (out_size) out[0] = '\0';
    if (!title || !out_size) return 0;
    char host[256];
    host_letters(url, host, sizeof host);
    const char *first = NULL, *after_pipe = NULL, *named = NULL;
    size_t first_n = 0, after_pipe_n = 0, named_n = 0;
    bool pipe_before = false;
    for (const char *part = title;;) {
        const char *end = part;
        size_t sep = 0;
        while (*end && !(sep = separator(end))) end++;
        while (part < end && isspace((unsigned char)*part)) part++;
        size_t n = (size_t)(end - part), words;
        while (n && isspace((unsigned char)part[n - 1])) n--;
        if (names_more(part, n, &words) && words <= 6 && n < out_size) {
            if (!first) first = part, first_n = n;
            if (pipe_before) after_pipe = part, after_pipe_n = n;
            if (!named && host_names(host, part, n)) named = part, named_n = n;
        }
        if (!*end) break;
        pipe_before = !strncmp(end, " | ", 3);
        part = end + sep;
    }
    const char *pick = named ? named : after_pipe ? after_pipe : first;
    size_t n = named ? named_n : after_pipe ? after_pipe_n : first_n;
    if (!pick) return 0;
    memcpy(out, pick, n);
    out[n] = '\0';
    return n;
}
