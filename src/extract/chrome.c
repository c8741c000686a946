/* chrome.c — the page furniture that scraped text drags along.
 *
 * Each rule looks at one line (a button label, a counter, a photo credit, a
 * run of icon names, a label in another script) or at how lines repeat on
 * the page (a caption printed under the photo and again in the gallery).
 * Lexicon entries are whole-line matches on short lines only, so a sentence
 * that merely mentions "subscribe" is never touched. */
#include <string.h>

#include "base/calendar.h"
#include "extract/dates.h"
#include "extract/page.h"

/* Whole-line labels (normalised: lower case, letters and digits only):
 * lists of other stories (navigation), subscription, login, comment and
 * player widgets, share prompts, section names.  Kept sorted as strcmp
 * orders them, for a binary search: every short line is looked up. */
static const struct { const char *label; const char *kind; } labels[] = {
    {"aboutus", "widget"}, {"accept", "widget"}, {"acceptcookies", "widget"}, {"ad", "widget"},
    {"addcomment", "widget"}, {"advertisement", "widget"}, {"advertising", "widget"}, {"allnews", "navigation"},
    {"alltopics", "navigation"}, {"analysis", "section"}, {"backtotop", "navigation"}, {"bookmark", "widget"},
    {"breaking", "section"}, {"chat", "widget"}, {"chats", "widget"}, {"close", "widget"}, {"comment", "widget"},
    {"comments", "widget"}, {"contactus", "widget"}, {"cookiesettings", "widget"}, {"copylink", "share"},
    {"donate", "widget"}, {"downloadtheapp", "widget"}, {"editorschoice", "navigation"},
    {"editorspicks", "navigation"}, {"email", "widget"}, {"emailthisarticle", "share"}, {"facebook", "share"},
    {"flipboard", "share"}, {"follow", "share"}, {"followus", "share"}, {"fontsize", "widget"},
    {"getthelatest", "widget"}, {"home", "navigation"}, {"jointheconversation", "widget"},
    {"keyevents", "navigation"}, {"latest", "navigation"}, {"latestnews", "navigation"},
    {"leaveacomment", "widget"}, {"linkcopied", "share"}, {"linkedin", "share"}, {"listen", "widget"},
    {"listentothisarticle", "widget"}, {"live", "section"}, {"livefeed", "navigation"},
    {"liveupdates", "navigation"}, {"loader", "widget"}, {"loading", "widget"}, {"loadmore", "navigation"},
    {"login", "widget"}, {"loginorregister", "widget"}, {"logintocomment", "widget"}, {"logout", "widget"},
    {"menu", "navigation"}, {"morefromthisauthor", "navigation"}, {"morelikethis", "navigation"},
    {"morenews", "navigation"}, {"moreonthistopic", "navigation"}, {"morestories", "navigation"},
    {"mostcommented", "navigation"}, {"mostpopular", "navigation"}, {"mostread", "navigation"},
    {"mostshared", "navigation"}, {"mostviewed", "navigation"}, {"newsfeed", "navigation"},
    {"newsletter", "widget"}, {"newsletters", "widget"}, {"next", "navigation"}, {"nextarticle", "navigation"},
    {"opinion", "section"}, {"pinterest", "share"}, {"play", "widget"}, {"popular", "navigation"},
    {"postcomment", "widget"}, {"pressrelease", "section"}, {"pressreleases", "section"},
    {"previous", "navigation"}, {"previousarticle", "navigation"}, {"print", "widget"}, {"privacypolicy", "widget"},
    {"readalso", "navigation"}, {"readmore", "navigation"}, {"recentposts", "navigation"},
    {"recommended", "navigation"}, {"recommendedforyou", "navigation"}, {"reddit", "share"}, {"register", "widget"},
    {"related", "navigation"}, {"relatedarticles", "navigation"}, {"relatednews", "navigation"},
    {"relatedposts", "navigation"}, {"relatedstories", "navigation"}, {"reportanerror", "widget"}, {"rss", "share"},
    {"save", "widget"}, {"savearticle", "widget"}, {"search", "navigation"}, {"sections", "navigation"},
    {"seeall", "navigation"}, {"seealso", "navigation"}, {"seemore", "navigation"}, {"share", "share"},
    {"shareonfacebook", "share"}, {"shareontwitter", "share"}, {"sharethis", "share"},
    {"sharethisarticle", "share"}, {"sharethisstory", "share"}, {"sharevia", "share"}, {"shareviaemail", "share"},
    {"showcomments", "widget"}, {"showkeyeventsonly", "navigation"}, {"showmore", "navigation"},
    {"signin", "widget"}, {"signinorregister", "widget"}, {"signintocomment", "widget"}, {"signup", "widget"},
    {"signupforournewsletter", "widget"}, {"skiptocontent", "navigation"}, {"skiptomaincontent", "navigation"},
    {"sponsored", "widget"}, {"sponsoredcontent", "widget"}, {"subscribe", "widget"}, {"subscribenow", "widget"},
    {"support", "widget"}, {"tags", "navigation"}, {"telegram", "share"}, {"termsofuse", "widget"},
    {"textsize", "widget"}, {"toparticipateinthediscussion", "widget"}, {"topics", "navigation"},
    {"topstories", "navigation"}, {"trending", "navigation"}, {"trendingnews", "navigation"},
    {"trendingnow", "navigation"}, {"tweet", "share"}, {"twitter", "share"}, {"video", "widget"},
    {"viewall", "navigation"}, {"vk", "share"}, {"watch", "widget"}, {"whatsapp", "share"},
    {"whattoreadnext", "navigation"}, {"youmayalsolike", "navigation"}, {"youmightalsolike", "navigation"},
};

/* Words that open a share or follow prompt of a few words ("Share on X",
 * "Follow us on Telegram"). */
static const char *const share_openers[] = {"share on", "share via", "follow us", "follow @", "share this",
                                            "subscribe to", "join us on", "find us on", "like us on"};

/* Names that icon fonts print when their glyphs are lost, with their
 * lengths, sorted so that the words sharing a first letter are found by a
 * binary search. */
static const struct { const char *word; size_t n; } icon_words[] = {
    {"arrow", 5}, {"bookmark", 8}, {"calendar", 8}, {"camera", 6}, {"check", 5}, {"chevron", 7}, {"clock", 5},
    {"close", 5}, {"comment", 7}, {"comments", 8}, {"compress", 8}, {"copy", 4}, {"down", 4}, {"download", 8},
    {"edit", 4}, {"email", 5}, {"expand", 6}, {"fb", 2}, {"file", 4}, {"heart", 5}, {"home", 4}, {"icon", 4},
    {"instagram", 9}, {"left", 4}, {"link", 4}, {"mail", 4}, {"menu", 4}, {"minus", 5}, {"pause", 5}, {"play", 4},
    {"plus", 4}, {"print", 5}, {"right", 5}, {"rss", 3}, {"search", 6}, {"share", 5}, {"star", 4}, {"telegram", 8},
    {"twitter", 7}, {"up", 2}, {"user", 4}, {"video", 5}, {"vk", 2}, {"whatsapp", 8}, {"youtube", 7},
};

static bool word_is(const char *s, size_t n, const char *w)
{
    if (!n || (s[0] | 32) != (w[0] | 32)) return false; /* most lines fail on the first letter */
    size_t k = strlen(w);
    return n >= k && !strncasecmp(s, w, k);
}

/* Does the word hold "icon" (case as written)?  Words are short: a plain
 * loop beats a library call. */
static bool has_icon(const char *s, size_t n)
{
    for (size_t t = 0; t + 4 <= n; t++)
        if (s[t] == 'i' && s[t + 1] == 'c' && s[t + 2] == 'o' && s[t + 3] == 'n') return true;
    return false;
}

/* A run of icon names: at least six words, no sentence, mostly lower case
 * and mostly words an icon font would name. */
static bool is_icon_run(const page_line *l)
{
    if (l->words < 6 || l->sentence_end || l->upper * 5 > l->letters) return false;
    unsigned total = 0, iconish = 0, misses = 0, allowed = l->words * 4 / 10;
    size_t i = 0;
    while (i < l->n) {
        while (i < l->n && (l->s[i] == ' ' || l->s[i] == '\t')) i++;
        size_t j = i;
        while (j < l->n && l->s[j] != ' ' && l->s[j] != '\t') j++;
        if (j > i) {
            total++;
            /* an icon word opens the label, or labels fused with "icon":
             * "bookmarkicon", "v-compressicon" */
            bool hit = has_icon(l->s + i, j - i);
            char c = (char)(l->s[i] | 32);
            size_t lo = 0, hi = sizeof icon_words / sizeof *icon_words;
            while (lo < hi) { /* the first word opening with c */
                size_t mid = (lo + hi) / 2;
                if (icon_words[mid].word[0] < c) lo = mid + 1;
                else hi = mid;
            }
            for (size_t w = lo; w < sizeof icon_words / sizeof *icon_words && icon_words[w].word[0] == c && !hit; w++) {
                size_t k = icon_words[w].n;
                if (i + k <= j && !strncasecmp(l->s + i, icon_words[w].word, k)) hit = true;
            }
            if (hit) iconish++;
            else if (++misses > allowed) return false; /* most lines fail fast */
        }
        i = j;
    }
    return total && iconish * 10 >= total * 6;
}

/* "12", "1.2K", "345 comments", "Views: 1 245", "Comments (14)", "4 min read". */
static bool is_counter(const page_line *l)
{
    if (l->words > 4 || l->letters > 20 || !l->digits) return false;
    char norm[64];
    size_t k = page_normalise(l->s, l->n, norm, sizeof norm);
    static const char *const units[] = {"", "k", "m", "comments", "comment", "views", "view", "shares", "share",
                                        "likes", "reads", "reactions", "replies", "kviews", "mviews", "kshares",
                                        "minread", "minuteread", "minutesread", "minsread", "readers"};
    size_t i = 0;
    while (i < k && norm[i] >= '0' && norm[i] <= '9') i++;
    if (i > 0) {
        for (size_t u = 0; u < sizeof units / sizeof *units; u++)
            if (!strcmp(norm + i, units[u])) return true;
        return false;
    }
    /* the label first: letters, then only digits */
    size_t j = 0;
    while (j < k && !(norm[j] >= '0' && norm[j] <= '9')) j++;
    if (j == 0 || j == k) return false;
    for (size_t d = j; d < k; d++)
        if (!(norm[d] >= '0' && norm[d] <= '9')) return false;
    for (size_t u = 1; u < sizeof units / sizeof *units; u++)
        if (strlen(units[u]) == j && !strncmp(norm, units[u], j)) return true;
    return !strncmp(norm, "readingtime", j) && j == 11;
}

/* A time of day alone, as live pages stamp each entry: "14:52", "09:05 GMT",
 * maybe with a label: "Updated 15:42 GMT", "Last updated: 09:05". */
static bool is_time_stamp(const page_line *l)
{
    static const char *const labels[] = {"Last updated", "Updated", "Published", "Posted"};
    const char *s = l->s;
    size_t n = l->n;
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++)
        if (word_is(s, n, labels[k]) && n > strlen(labels[k]) + 1) {
            size_t j = strlen(labels[k]);
            if (s[j] == ':') j++;
            if (s[j] != ' ') break;
            while (j < n && s[j] == ' ') j++;
            s += j, n -= j;
            break;
        }
    if (n > 12 || n == 0) return false;
    size_t i = calendar_clock_length(s, n);
    if (!i) return false;
    if (i == n) return true;
    if (s[i] != ' ') return false;
    /* a zone or a half of the day, one word */
    for (size_t k = i + 1; k < n; k++)
        if (s[k] == ' ') return false;
    return true;
}

/* A stamp relative to the reader's day: "Updated 5 hours ago", "2 days
 * ago", "Yesterday at 18:30", "Posted Tuesday, 9:41 a.m. ET", "Today". */
static bool is_relative_stamp(const page_line *l)
{
    if (l->words > 7 || l->n > 48 || l->sentence_end) return false;
    static const char *const labels[] = {"Last updated", "Updated", "Published", "Posted", "Modified"};
    const char *s = l->s;
    size_t n = l->n;
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++)
        if (word_is(s, n, labels[k]) && n > strlen(labels[k]) + 1 && (s[strlen(labels[k])] == ' ' || s[strlen(labels[k])] == ':')) {
            size_t j = strlen(labels[k]) + 1;
            while (j < n && (s[j] == ' ' || s[j] == ':')) j++;
            s += j, n -= j;
            break;
        }
    if (!n) return false;
    /* "5 hours ago", "an hour ago" */
    if (n > 4 && !strncasecmp(s + n - 4, " ago", 4)) {
        static const char *const units[] = {"second", "minute", "min", "hour", "hr", "day", "week", "month"};
        for (size_t k = 0; k < sizeof units / sizeof *units; k++)
            if (page_contains(s, n, units[k], strlen(units[k]))) return true;
        return false;
    }
    /* "Yesterday at 18:30", "Today", "Tuesday, 9:41 a.m. ET" */
    size_t w = 0;
    while (w < n && ((s[w] | 32) >= 'a' && (s[w] | 32) <= 'z')) w++;
    bool day = (w == 9 && !strncasecmp(s, "yesterday", 9)) || (w == 5 && !strncasecmp(s, "today", 5)) ||
               calendar_weekday_from_name(s, (unsigned)w);
    if (!day) return false;
    if (w == n) return true;
    /* the rest: a time of day, with "at", a comma, a zone */
    for (size_t k = w; k < n; k++)
        if (s[k] >= '0' && s[k] <= '9') return memchr(s + k, ':', n - k) != NULL;
    return false;
}

/* "Home / Politics / Elections", "Main » Politics": the path to the page;
 * "News | World | Europe", "Politics · Economy · Sport": a menu bar. */
static bool is_breadcrumb(const page_line *l)
{
    if (l->words > 10 || l->sentence_end) return false;
    /* separators: " / ", " > ", " | ", " » ", " › ", " · ", " • " */
    unsigned count = 0;
    const unsigned char *s = (const unsigned char *)l->s;
    for (size_t i = 1; i + 2 < l->n; i++) {
        if (s[i - 1] != ' ') continue;
        size_t len = 0;
        if (s[i] == '/' || s[i] == '>' || s[i] == '|') len = 1;
        else if (s[i] == 0xC2 && (s[i + 1] == 0xBB || s[i + 1] == 0xB7)) len = 2;
        else if (i + 3 < l->n && s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0xBA || s[i + 2] == 0xA2)) len = 3;
        if (len && i + len < l->n && s[i + len] == ' ') count++;
    }
    if (count == 0 || l->words > (count + 1) * 3) return false;
    return count >= 2 || word_is(l->s, l->n, "Home") || word_is(l->s, l->n, "Main");
}

/* "10:42 Central bank leaves key rate unchanged": an entry of a newsfeed
 * list, with its time or its date in front. */
static bool is_feed_entry(const page_line *l)
{
    if (l->words < 3 || l->words > 24 || l->sentence_end || l->n < 8 || !l->digits) return false;
    const char *s = l->s;
    bool hhmm = s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] == ':' && s[3] >= '0' &&
                s[3] <= '9' && s[4] >= '0' && s[4] <= '9' && s[5] == ' ';
    if (hhmm) return s[6] >= 'A' && s[6] <= 'Z';
    /* "Wednesday November 20, 2019 Senators grapple with ..." */
    extract_date_match m;
    if (!(s[0] >= 'A' && s[0] <= 'Z') && !(s[0] >= '0' && s[0] <= '9')) return false;
    if (memchr(s, '/', l->n)) return false; /* "date / 0 Comments / by author" is a post's own line */
    if (!extract_parse_date_at(s, l->n, &m) || !m.date.day || m.end + 12 > l->n) return false;
    size_t k = m.end;
    while (k < l->n && (s[k] == ' ' || s[k] == '|' || s[k] == '-' || s[k] == ',')) k++;
    return k > m.end && k < l->n && s[k] >= 'A' && s[k] <= 'Z';
}

/* HTML that leaked into the text: "<img height="1" ...>", "</div>". */
static bool is_markup(const page_line *l)
{
    if (l->n < 3 || l->s[0] != '<' || !memchr(l->s, '>', l->n)) return false;
    char c = l->s[1];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!';
}

/* Lines that open with a label for furniture: "Tags: budget, parliament". */
static const char *labelled_kind(const page_line *l)
{
    static const struct { const char *label; const char *kind; } openers[] = {
        {"Tags:", "navigation"}, {"Topics:", "navigation"}, {"Filed under:", "navigation"},
        {"Read more:", "navigation"}, {"Read also:", "navigation"}, {"See also:", "navigation"},
        {"Related:", "navigation"}, {"More:", "navigation"}, {"Also read:", "navigation"},
        {"More from", "navigation"}, {"More in", "navigation"}, {"Trending in", "navigation"},
        {"Reporting by", "credit"}, {"(Reporting by", "credit"}, {"Additional reporting", "credit"},
        {"(Additional reporting", "credit"}, {"Editing by", "credit"}, {"(Editing by", "credit"},
        {"Writing by", "credit"}, {"(Writing by", "credit"}, {"Compiled by", "credit"}};
    if (l->words > 20) return NULL;
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
        if (word_is(l->s, l->n, openers[i].label)) return openers[i].kind;
    /* Browser and cookie notices. */
    if (l->words <= 16 &&
        (page_contains(l->s, l->n, "JavaScript", 10) || page_contains(l->s, l->n, "javascript", 10) ||
         page_contains(l->s, l->n, "your browser", 12) || page_contains(l->s, l->n, "cookies", 7)))
        return "widget";
    return NULL;
}

/* Photo credits: "© AFP 2023 / Name", "Photo: Foreign Ministry", "Image credit: X", "Getty Images". */
static bool is_credit(const page_line *l)
{
    if (l->words > 40) return false;
    for (const char *c = l->s; (c = memchr(c, 0xC2, (size_t)(l->s + l->n - c))) != NULL; c++)
        if (c + 1 < l->s + l->n && (unsigned char)c[1] == 0xA9) return true; /* © */
    if (l->n > 4 && !memcmp(l->s, "(c) ", 4)) return true;
    static const char *const openers[] = {"Photo:", "Photo by", "Photo credit", "Photograph:", "Photos:", "Image:",
                                          "Image credit", "Image by", "Picture:", "Pictures:", "Credit:", "Credits:",
                                          "Illustration:", "Illustration by", "Video:", "Source photo", "Photo /"};
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
        if (word_is(l->s, l->n, openers[i]) && l->words <= 12) return true;
    if (l->words <= 8 &&
        (page_contains(l->s, l->n, "Getty Images", 12) || page_contains(l->s, l->n, "/ Reuters", 9) ||
         page_contains(l->s, l->n, "/ AP", 4) || page_contains(l->s, l->n, "/ AFP", 5)))
        return true;
    return false;
}

/* A caption that ends in a wire photo credit: "... in Kyiv, June 19, 2023.
 * AGENCY/Jane Doe/File Photo" — an agency in capitals, a slash, a name,
 * and nothing after the name but more of it. */
static bool ends_in_photo_credit(const page_line *l)
{
    if (l->words > 70 || l->n < 12) return false;
    /* "... on October 5. (Steppe Times photo/Arman Zhaksylykov)", "(AP
     * Photo/Evan Vucci)", "(Photo: Reuters)": a closing parenthesis of a
     * photo credit */
    if (l->s[l->n - 1] == ')') {
        const char *open = NULL;
        for (size_t i = l->n - 1; i-- > 0 && l->n - i <= 64;)
            if (l->s[i] == '(') { open = l->s + i; break; }
        if (open && open > l->s && (page_contains(open, (size_t)(l->s + l->n - open), "photo", 5) ||
                                    page_contains(open, (size_t)(l->s + l->n - open), "Photo", 5)))
            return true;
    }
    size_t from = l->n > 80 ? l->n - 80 : 1;
    for (size_t i = from; i + 2 < l->n; i++) {
        const char *slash = memchr(l->s + i, '/', l->n - 2 - i);
        if (!slash) break;
        i = (size_t)(slash - l->s);
        /* the agency: capitals (and hyphens) from a word start */
        size_t a = i;
        while (a > 0 && ((l->s[a - 1] >= 'A' && l->s[a - 1] <= 'Z') || l->s[a - 1] == '-')) a--;
        if (i - a < 2 || (a > 0 && l->s[a - 1] != ' ')) continue;
        if (!(l->s[i + 1] >= 'A' && l->s[i + 1] <= 'Z' && l->s[i + 2] >= 'a' && l->s[i + 2] <= 'z')) continue;
        /* the tail: capitalised words, slashes and hyphens only */
        bool ok = true, word_start = true;
        for (size_t k = i + 1; k < l->n && ok; k++) {
            char c = l->s[k];
            if (c == ' ' || c == '/' || c == '-') { word_start = true; continue; }
            if (word_start && !(c >= 'A' && c <= 'Z')) ok = false;
            word_start = false;
        }
        if (ok) return true;
    }
    return false;
}

static bool is_caption_opener(const page_line *l)
{
    static const char *const openers[] = {"Above:", "Caption:", "Pictured:", "Top:", "Main image:", "FILE PHOTO:",
                                          "File photo:", "In the photo:", "Photo caption:"};
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
        if (word_is(l->s, l->n, openers[i])) return true;
    return false;
}

/* A line that is mostly a date, maybe with a label or an outlet around it:
 * "13 Jan, 2022 10:14", "Published: March 3, 2021", "Reuters November 18, 2019 11:03 PM". */
static bool is_date_stamp(const page_line *l)
{
    if (l->words > 18 || l->n > 160 || !l->digits) return false; /* every date has a digit */
    extract_date_match m;
    if (!extract_parse_date(l->s, l->n, &m) || m.date.precision == DYAD_DATE_YEAR_MONTH) return false;
    size_t rest = l->n - (m.end - m.start);
    /* "19 JUN, 10:15": a month and day alone count when they fill the line */
    if (!m.date.year) return l->words <= 4 && rest * 10 <= l->n * 6;
    static const char *const labels[] = {"Published", "Updated", "Posted", "Last updated", "First published",
                                         "Last modified", "Date:", "Publication date"};
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
        if (word_is(l->s, l->n, labels[i]) && m.start < 40) return true;
    return rest * 10 <= l->n * 6;
}

static bool lexicon_kind(const page_line *l, const char **kind)
{
    if (l->words > 6) return false;
    char norm[96];
    size_t k = page_normalise(l->s, l->n, norm, sizeof norm);
    if (!k || k > 60) return false;
    size_t lo = 0, hi = sizeof labels / sizeof *labels;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = strcmp(norm, labels[mid].label);
        if (cmp == 0) { *kind = labels[mid].kind; return true; }
        if (cmp < 0) hi = mid;
        else lo = mid + 1;
    }
    for (size_t i = 0; i < sizeof share_openers / sizeof *share_openers; i++)
        if (word_is(l->s, l->n, share_openers[i]) && !l->sentence_end && l->words <= 5) { *kind = "share"; return true; }
    return false;
}

/* "Amara says:", "jdoe wrote:": a reader's comment begins. */
static bool is_comment_head(const page_line *l)
{
    if (l->words > 5 || l->n < 6 || l->s[l->n - 1] != ':') return false;
    static const char *const verbs[] = {" says:", " said:", " wrote:", " writes:", " replied:"};
    for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++) {
        size_t k = strlen(verbs[i]);
        if (l->n > k && !memcmp(l->s + l->n - k, verbs[i], k)) return true;
    }
    return false;
}

/* The headers of lists of other stories ("Related", "Most read", "More
 * from Wire"): the story usually ends above them. */
bool chrome_ends_story(const page_line *l)
{
    if (l->role != ROLE_CHROME || l->words > 6 || strcmp(l->chrome, "navigation") != 0) return false;
    if (word_is(l->s, l->n, "More from") || word_is(l->s, l->n, "More in") || word_is(l->s, l->n, "Trending in"))
        return true;
    static const char *const headers[] = {
        "related", "relatedarticles", "relatednews", "relatedstories", "relatedposts", "morenews", "morestories",
        "mostread", "mostpopular", "mostviewed", "mostshared", "mostcommented", "trending", "trendingnews",
        "trendingnow", "recommended", "recommendedforyou", "youmayalsolike", "youmightalsolike", "editorspicks",
        "editorschoice", "whattoreadnext", "moreonthistopic", "morelikethis", "topstories", "latestnews", "recentposts"};
    char norm[96];
    size_t k = page_normalise(l->s, l->n, norm, sizeof norm);
    if (!k) return false;
    for (size_t i = 0; i < sizeof headers / sizeof *headers; i++)
        if (!strcmp(norm, headers[i])) return true;
    return false;
}

const char *chrome_kind_of_line(const page_line *l, bool latin_page)
{
    const char *kind;
    if (l->words > 40) {
        /* running text: only a run of icon names or another script can be chrome */
        return is_icon_run(l) ? "icons" : NULL;
    }
    if (lexicon_kind(l, &kind)) return kind;
    size_t a, b;
    if (l->words <= 14 && (l->shape == SHAPE_HEADLINE || l->shape == SHAPE_FRAGMENT) && byline_parse(l->s, l->n, &a, &b))
        return "byline";
    if (is_time_stamp(l) || is_date_stamp(l) || is_relative_stamp(l)) return "date-stamp";
    if (is_counter(l)) return "counter";
    if (is_comment_head(l)) return "comment";
    if (is_breadcrumb(l) || is_feed_entry(l)) return "navigation";
    if (is_markup(l)) return "markup";
    if ((kind = labelled_kind(l)) != NULL) return kind;
    if (is_icon_run(l)) return "icons";
    if (is_credit(l)) return "credit";
    if (is_caption_opener(l) || ends_in_photo_credit(l)) return "caption";
    /* A label in another script than the page's: a widget left untranslated. */
    if (latin_page && l->letters >= 3 && (l->cyrillic + l->other_script) * 10 >= l->letters * 6 && l->words <= 15)
        return "foreign-script";
    if (l->letters == 0 && l->digits == 0) return "widget"; /* "|", "•••", "→" */
    return NULL;
}

/* Lines whose opening repeats elsewhere: a caption printed two or three
 * times, or glued to its credit ("© AP Photo / NameFlags flap ...").
 * One hash table over the keys keeps this linear however long the page. */
typedef struct repeat_slot {
    uint64_t key;
    unsigned count;
    long last;      /* the latest line seen with this key, while chaining */
    bool caption;
} repeat_slot;

static repeat_slot *slot_of(repeat_slot *table, size_t cap, uint64_t k)
{
    size_t h = (size_t)(k ^ (k >> 29)) & (cap - 1);
    while (table[h].key && table[h].key != k) h = (h + 1) & (cap - 1);
    return &table[h];
}

void chrome_mark_repeats(page *p)
{
    size_t cap = 16;
    while (cap < p->count * 2) cap <<= 1;
    repeat_slot *table = arena_alloc(&p->d->arena, cap * sizeof *table);
    for (size_t i = 0; i < p->count; i++) {
        uint64_t k = p->lines[i].key;
        if (!k) continue;
        repeat_slot *s = slot_of(table, cap, k);
        if (!s->key) s->key = k, s->last = -1;
        s->count++;
        if (s->last >= 0) p->lines[s->last].next_same = (long)i;
        s->last = (long)i;
    }
    for (size_t i = 0; i < p->count; i++)
        if (p->lines[i].key) p->lines[i].repeats = slot_of(table, cap, p->lines[i].key)->count;

    for (size_t i = 0; i < p->count; i++) {
        page_line *c = &p->lines[i];
        if (!c->chrome || strcmp(c->chrome, "credit") != 0) continue;
        /* A credit with the caption glued on: the caption printed after it. */
        for (size_t j = i + 1; j < p->count && j <= i + 3; j++) {
            page_line *l = &p->lines[j];
            if (l->n < 24 || l->role == ROLE_CHROME || !l->key) continue;
            if (page_contains(c->s, c->n, l->s, 24)) slot_of(table, cap, l->key)->caption = true;
        }
        /* A line printed twice beside a credit is the photo's caption. */
        size_t lo = i > 0 ? i - 1 : 0, hi = i + 2 < p->count ? i + 2 : p->count - 1;
        for (size_t j = lo; j <= hi; j++) {
            page_line *l = &p->lines[j];
            if (j == i || l->role == ROLE_CHROME || l->repeats < 2 || l->words > 40 || !l->key) continue;
            slot_of(table, cap, l->key)->caption = true;
        }
    }
    for (size_t i = 0; i < p->count; i++) {
        page_line *l = &p->lines[i];
        if (!l->key) continue;
        if (slot_of(table, cap, l->key)->caption) page_remove(l, "caption");
        /* Three or more printings of the same text is a caption or a teaser. */
        else if (l->role != ROLE_CHROME && l->repeats >= 3 && l->words >= 4) page_remove(l, "caption");
    }
}

void chrome_classify(page *p)
{
    for (size_t i = 0; i < p->count; i++) {
        page_line *l = &p->lines[i];
        const char *kind = chrome_kind_of_line(l, p->latin_page);
        if (kind) page_remove(l, kind);
    }
    chrome_mark_repeats(p);
}
