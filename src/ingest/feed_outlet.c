/* feed_outlet.c — which part of a feed's channel title is the outlet.
 *
 * Feeds put the outlet and the section in one title, in either order and
 * with any of several separators.  The section part is recognised by its
 * words, all from a short list of what sections and slogans are made of;
 * an outlet's name has at least one word that is not ("BBC", "Guardian",
 * "Moscow").  A colon separates only when a space follows it ("Reuters:
 * World News", but not "10:30"). */
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

size_t feed_outlet(const char *title, char *out, size_t out_size)
{
    if (out_size) out[0] = '\0';
    if (!title || !out_size) return 0;
    const char *part = title;
    for (;;) {
        const char *end = part;
        size_t sep = 0;
        while (*end && !(sep = separator(end))) end++;
        size_t words;
        while (part < end && isspace((unsigned char)*part)) part++;
        size_t n = (size_t)(end - part);
        while (n && isspace((unsigned char)part[n - 1])) n--;
        if (names_more(part, n, &words) && words <= 6 && n < out_size) {
            memcpy(out, part, n);
            out[n] = '\0';
            return n;
        }
        if (!*end) return 0;
        part = end + sep;
    }
}
