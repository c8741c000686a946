/* words.c — the words of a mention, normalised for dictionary lookup.
 *
 * Dictionary phrases and text meet as sequences of normalised words:
 * lowercase, Latin accents folded ("Erdoğan" = "erdogan"), dots dropped
 * ("U.S." = "us"), curly apostrophes straightened, hyphenated words split
 * ("Ki-moon" = "ki moon", whether the tokenizer split it or not) and a
 * possessive "'s" turned into a flag on the word it follows.  The keys of
 * consecutive words are stored one space apart, so the key of any run of
 * words is a contiguous string. */
#include <string.h>
#include <strings.h>

#include "actors/internal.h"
#include "base/utf8.h"

/* ASCII letter for a Latin-1 or Latin Extended-A letter, 0 if none. */
static char fold_latin(uint32_t cp)
{
    static const char latin1[] = /* U+00C0 .. U+00FF */
        "aaaaaaaceeeeiiiidnooooo ouuuuyts" "aaaaaaaceeeeiiiidnooooo ouuuuyty";
    static const char extended_a[] = /* U+0100 .. U+017F */
        "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "ii" "jj" "kkk"
        "llllllllll" "nnnnnnnnn" "oooooo" "oo" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy"
        "zzzzzz" "s";
    _Static_assert(sizeof extended_a == 129, "one letter per code point");
    if (cp >= 0xC0 && cp <= 0xFF) {
        char c = latin1[cp - 0xC0];
        return c == ' ' ? 0 : c;
    }
    if (cp >= 0x100 && cp <= 0x17F && cp - 0x100 < sizeof extended_a - 1) return extended_a[cp - 0x100];
    return 0;
}

size_t words_normalise(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < cap;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            if (c == '.' || c == '_') continue;
            out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        uint32_t cp;
        size_t len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        char folded = fold_latin(cp);
        if (folded) out[k++] = folded;
        else if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) out[k++] = '\'';
        else if (cp >= 0x410 && cp <= 0x42F && k + 2 <= cap) {
            /* Cyrillic capitals to lowercase, so "Москва" matches "москва". */
            char tmp[4];
            size_t m = utf8_encode(cp + 0x20, tmp);
            if (k + m > cap) break;
            memcpy(out + k, tmp, m);
            k += m;
        } else {
            if (k + len > cap) break;
            memcpy(out + k, s + i, len);
            k += len;
        }
        i += len;
    }
    return k;
}

void words_clear(actor_words *ws)
{
    ws->n = 0;
    ws->keys_length = 0;
    ws->full = 0;
}

static int is_space_at(const char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    /* '_' joins the words of PETRARCH names: a space here */
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '_') { *len = 1; return 1; }
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) { *len = 2; return 1; }
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] >= 0x80 && (unsigned char)s[i + 2] <= 0x8A)) { *len = 3; return 1; }
    return 0;
}

/* Punctuation that separates words: its class, or 0 for a word byte.
 * *len receives the bytes of the character. */
static int punct_at(const char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    *len = 1;
    switch (c) {
    case ',': return WORD_PUNCT_COMMA;
    case ';': case ':': case '(': case ')': case '[': case ']': case '{': case '}':
    case '"': case '!': case '?': case '/': case '|': case '<': case '>': case '*':
        return WORD_PUNCT_HARD;
    default: break;
    }
    if (c >= 0x80) {
        uint32_t cp;
        size_t l = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        *len = l;
        if (cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB || cp == 0x201E ||
            cp == 0x2014 || cp == 0x2026 || cp == 0x2039 || cp == 0x203A)
            return WORD_PUNCT_HARD;
    }
    return 0;
}

static int is_hyphen_at(const char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c == '-') { *len = 1; return 1; }
    /* U+2010 hyphen, U+2011 non-breaking hyphen, U+2013 en dash */
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x90 || (unsigned char)s[i + 2] == 0x91 || (unsigned char)s[i + 2] == 0x93)) {
        *len = 3;
        return 1;
    }
    return 0;
}

/* Abbreviations whose full stop does not end a sentence. */
static int abbreviation(const char *s, size_t n)
{
    static const char *const list[] = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj",
                                       "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                                       "nov", "dec", "no", "vs", "etc", "jr", "sr", "prof", "gov", "sen",
                                       "rep", "amb", "adm", "inc", "ltd", "co", "corp", NULL};
    for (const char *const *l = list; *l; l++)
        if (strlen(*l) == n && strncasecmp(*l, s, n) == 0) return 1;
    return 0;
}

static void push_word(actor_words *ws, const char *s, size_t n, uint32_t start, int32_t token, int punct, int hyphen_before)
{
    if (ws->n >= ACTOR_MAX_WORDS) { ws->full = 1; return; }
    /* A full stop token of its own ends the sentence of the word before. */
    if (!punct && n == 1 && s[0] == '.') {
        if (ws->n && !ws->w[ws->n - 1].punct && !ws->w[ws->n - 1].abbreviation) ws->w[ws->n - 1].sentence_end = 1;
        return;
    }
    /* Quotation marks hugging a word ('A, 'Only, EUROPE') are not part of it. */
    int lone_possessive = (n == 2 && s[0] == '\'' && (s[1] == 's' || s[1] == 'S')) ||
                          (n == 4 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
                           (unsigned char)s[2] == 0x99 && (s[3] == 's' || s[3] == 'S'));
    if (!punct && !lone_possessive) {
        while (n > 1 && (s[0] == '\'' || s[0] == '`')) s++, n--, start++;
        while (n > 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
               ((unsigned char)s[2] == 0x98 || (unsigned char)s[2] == 0x99))
            s += 3, n -= 3, start += 3;
        while (n > 1 && s[n - 1] == '\'' && !(n >= 2 && (s[n - 2] == 's' || s[n - 2] == 'S'))) n--;
        while (n > 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
               (unsigned char)s[n - 1] == 0x99 && !(n >= 4 && (s[n - 4] == 's' || s[n - 4] == 'S')))
            n -= 3;
    }
    /* A final full stop ends the sentence unless the word is an
     * abbreviation ("U.S.", "W.", "Mr."). */
    int sentence_end = 0, abbreviated = 0;
    if (!punct && n >= 3 && s[n - 1] == '.' && !memchr(s, '.', n - 1)) {
        if (abbreviation(s, n - 1)) abbreviated = 1;
        else sentence_end = 1;
    }
    /* A possessive ending belongs to the word before it. */
    int possessive = 0;
    if (!punct) {
        size_t cut = 0;
        if (n >= 2 && (s[n - 1] == 's' || s[n - 1] == 'S') && s[n - 2] == '\'') cut = 2;
        else if (n >= 4 && (s[n - 1] == 's' || s[n - 1] == 'S') && (unsigned char)s[n - 4] == 0xE2 &&
                 (unsigned char)s[n - 3] == 0x80 && (unsigned char)s[n - 2] == 0x99) cut = 4;
        else if (n >= 2 && s[n - 1] == '\'' && (s[n - 2] == 's' || s[n - 2] == 'S')) cut = 1;
        if (cut) {
            if (cut == n || (cut == 2 && n == 2) || (cut == 4 && n == 4)) {
                /* A token of its own ("'s"): flag the previous word. */
                if (ws->n && !ws->w[ws->n - 1].punct) ws->w[ws->n - 1].possessive = 1;
                return;
            }
            n -= cut;
            possessive = 1;
        }
    }
    size_t room = sizeof ws->keys - ws->keys_length;
    if (room < n + 2) { ws->full = 1; return; }
    if (ws->keys_length) ws->keys[ws->keys_length++] = ' ';
    size_t k = words_normalise(s, n, ws->keys + ws->keys_length, room - 2);
    if (k == 0) {
        if (ws->keys_length) ws->keys_length--;
        return;
    }
    actor_word *w = &ws->w[ws->n++];
    memset(w, 0, sizeof *w);
    w->key = (uint32_t)ws->keys_length;
    w->key_length = (uint32_t)k;
    ws->keys_length += k;
    w->start = start;
    w->end = start + (uint32_t)n;
    w->token = token;
    w->punct = (uint8_t)punct;
    w->possessive = (uint8_t)possessive;
    w->hyphen_before = (uint8_t)hyphen_before;
    w->sentence_end = (uint8_t)sentence_end;
    w->abbreviation = (uint8_t)abbreviated;
    if (sentence_end) w->end--; /* the full stop is the sentence's */
    int letters = 0, uppers = 0, first_seen = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int up = (c >= 'A' && c <= 'Z'), low = (c >= 'a' && c <= 'z');
        if (c >= 0x80 && !first_seen) {
            uint32_t cp;
            utf8_decode((const unsigned char *)s + i, n - i, &cp);
            /* Latin-1 / Cyrillic capitals count as capitals. */
            up = (cp >= 0xC0 && cp <= 0xDE) || (cp >= 0x410 && cp <= 0x42F) ||
                 (cp >= 0x100 && cp <= 0x17F && (cp & 1) == 0);
            low = !up && cp >= 0xC0;
        }
        if (up || low) {
            letters++;
            if (up) uppers++;
            if (!first_seen) { w->capital = (uint8_t)up; first_seen = 1; }
        }
    }
    if (!first_seen) w->capital = 1; /* "7" in "G7" or "20" count as neutral */
    w->upper = (uint8_t)(letters > 0 && uppers == letters);
}

void words_add_text(actor_words *ws, const char *s, size_t n, uint32_t base, int32_t token)
{
    size_t i = 0;
    int hyphen_pending = 0;
    while (i < n) {
        size_t len;
        if (is_space_at(s, n, i, &len)) { i += len; hyphen_pending = 0; continue; }
        int p = punct_at(s, n, i, &len);
        if (p) {
            push_word(ws, s + i, len, base + (uint32_t)i, token, p, 0);
            i += len;
            hyphen_pending = 0;
            continue;
        }
        if (is_hyphen_at(s, n, i, &len)) { i += len; hyphen_pending = 1; continue; }
        size_t start = i;
        while (i < n) {
            size_t l2;
            if (is_space_at(s, n, i, &l2) || punct_at(s, n, i, &l2) || is_hyphen_at(s, n, i, &l2)) break;
            i += l2;
        }
        /* A trailing full stop is the sentence's, unless the word is an
         * abbreviation with inner dots ("U.S."); either way dots vanish
         * from the key. */
        push_word(ws, s + start, i - start, base + (uint32_t)start, token, 0, hyphen_pending);
        hyphen_pending = 0;
        if (i < n && is_hyphen_at(s, n, i, &len)) { i += len; hyphen_pending = 1; }
    }
}

void words_from_tokens(actor_words *ws, const dyad_document *d, uint32_t first, uint32_t count)
{
    words_clear(ws);
    if (first >= d->token_count) return;
    if (count > d->token_count - first) count = (uint32_t)(d->token_count - first);
    for (uint32_t t = first; t < first + count && !ws->full; t++) {
        const dyad_token *tok = &d->tokens[t];
        const char *form = tok->form;
        size_t n = form ? strlen(form) : 0;
        if (!form && d->text && tok->span.end <= d->text_length && tok->span.start < tok->span.end) {
            form = d->text + tok->span.start;
            n = tok->span.end - tok->span.start;
        }
        if (!form) continue;
        size_t before = ws->n;
        /* A hyphen token joins its neighbours: "Ki - moon". */
        if (n == 1 && form[0] == '-') continue;
        words_add_text(ws, form, n, tok->span.start, (int32_t)t);
        if (ws->n > before && t > first && ws->w[before].start == tok->span.start) {
            const dyad_token *prev = &d->tokens[t - 1];
            if (prev->form && strcmp(prev->form, "-") == 0 && !prev->space_after) ws->w[before].hyphen_before = 1;
        }
    }
}

int words_name_particle(const actor_words *ws, size_t i)
{
    static const char *const particles[] = {"al", "bin", "ibn", "bint", "abu", "abd", "ould", NULL};
    /* articles that are also English or Spanish words count only when
     * hyphenated to the name ("ad-Din", "el-Sisi") */
    static const char *const hyphened[] = {"el", "ad", "ash", "as", "at", "az", "ar", "an", "ud", "ul", NULL};
    if (i + 1 >= ws->n) return 0;
    const actor_word *w = &ws->w[i], *next = &ws->w[i + 1];
    if (w->punct || w->capital || w->possessive || w->sentence_end || next->punct || !next->capital) return 0;
    /* the next word must have a letter: "al" before "7" is no name */
    int letter = 0;
    for (uint32_t k = 0; k < next->key_length && !letter; k++) {
        unsigned char c = (unsigned char)ws->keys[next->key + k];
        letter = (c >= 'a' && c <= 'z') || c >= 0x80;
    }
    if (!letter) return 0;
    for (const char *const *p = particles; *p; p++)
        if (strlen(*p) == w->key_length && memcmp(*p, ws->keys + w->key, w->key_length) == 0) return 1;
    if (next->hyphen_before)
        for (const char *const *p = hyphened; *p; p++)
            if (strlen(*p) == w->key_length && memcmp(*p, ws->keys + w->key, w->key_length) == 0) return 1;
    return 0;
}

int words_water_after(const actor_words *ws, size_t first, size_t count)
{
    static const char *const waters[] = {"sea", "ocean", "strait", "straits", "channel", "bay", NULL};
    size_t k = first + count;
    if (!count || k >= ws->n || ws->w[k - 1].possessive || ws->w[k - 1].sentence_end) return 0;
    const actor_word *w = &ws->w[k];
    if (w->punct || !w->capital || w->hyphen_before) return 0;
    for (const char *const *p = waters; *p; p++)
        if (strlen(*p) == w->key_length && memcmp(*p, ws->keys + w->key, w->key_length) == 0) return 1;
    return 0;
}
