/* tokenize.c — UD/EWT-style rule tokenizer over UTF-8 with byte offsets.
 *
 * The text is cut at white space into chunks; each chunk is scanned left
 * to right once.  A word is a run of letters and digits with the joiners
 * that belong inside words ("3.5", "1,000", "U.S", "AT&T", "e-mail",
 * "don't", "john@example.com"); the word is then cut where the treebanks
 * cut it: clitics ("do|n't", "Bush|'s"), hyphenated compounds outside a
 * short list of prefixes ("search|-|engine" but "e-mail", "non-profit").
 * Everything else is punctuation, one token per mark except runs that the
 * treebanks keep together ("...", "--", "!!", "''").  No allocation except
 * the output vector; every loop advances by at least one byte. */
#include "nlp/tokenize.h"

#include <string.h>

#include "base/utf8.h"
#include "nlp/abbrev.h"

enum { CLASS_SPACE, CLASS_WORD, CLASS_PUNCT };

static int ascii_alpha(unsigned c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int ascii_digit(unsigned c) { return c >= '0' && c <= '9'; }

/* Decode the code point at t[i] (i < end); returns its byte length. */
static size_t decode(const char *t, size_t i, size_t end, uint32_t *cp)
{
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    return utf8_decode((const unsigned char *)t + i, end - i, cp);
}

static int classify(uint32_t c)
{
    if (c < 0x80) {
        if (c <= 0x20 || c == 0x7F) return CLASS_SPACE;
        if (ascii_alpha(c) || ascii_digit(c)) return CLASS_WORD;
        return CLASS_PUNCT;
    }
    if (c <= 0x9F || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
        c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF)
        return CLASS_SPACE;
    /* Latin-1 signs, except the letters ª µ º and the letter block. */
    if (c >= 0xA1 && c <= 0xBF) return (c == 0xAA || c == 0xB5 || c == 0xBA) ? CLASS_WORD : CLASS_PUNCT;
    if (c == 0xD7 || c == 0xF7) return CLASS_PUNCT;
    /* General punctuation, currency, letterlike, arrows, maths, technical,
     * box drawing, shapes, dingbats, CJK punctuation, fullwidth marks, emoji. */
    if ((c >= 0x2010 && c <= 0x2BFF) || (c >= 0x3001 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) ||
        (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
        (c >= 0xFF5B && c <= 0xFF65) || (c >= 0x1F000 && c <= 0x1FAFF) || c == UTF8_REPLACEMENT)
        return CLASS_PUNCT;
    return CLASS_WORD;
}

static int is_apostrophe(uint32_t c) { return c == '\'' || c == 0x2019; }

static void emit(nlp_tok_vec *out, size_t start, size_t end, uint32_t flags)
{
    nlp_tok t = {(uint32_t)start, (uint32_t)end, flags};
    VEC_PUSH(out, t);
}

/* ------------------------------------------------------------------ */
/* Pieces of a word                                                    */

static int lower_equal(const char *s, size_t n, const char *w)
{
    /* The first letter rules out most words before strlen is paid. */
    if (n == 0 || ((unsigned char)s[0] | 0x20) != (unsigned char)w[0] || strlen(w) != n) return 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] | 0x20) != (unsigned char)w[i]) return 0;
    return 1;
}

/* Prefixes that EWT keeps attached by their hyphen ("e-mail", "non-profit",
 * "co-workers"); other hyphenated compounds are cut ("search - engine"). */
static const char *const hyphen_prefixes[] = {
    "e", "non", "pre", "re", "anti", "mid", "post", "co", "pro", "over", "multi", "ex", "sub",
    "semi", "neo", "mini", "cross", "counter", "un", "micro", "intra", "inter", "socio", "ultra",
    "vice", "quasi", "bi", "tri", "de", "psycho", "macro", "pan", "trans", "extra", "mis",
};

static int is_hyphen_prefix(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof hyphen_prefixes / sizeof *hyphen_prefixes; i++)
        if (lower_equal(s, n, hyphen_prefixes[i])) return 1;
    return 0;
}

/* Letters and digits in one piece ("x3", "nmemdrft8"): a code, kept whole. */
static int mixed(const char *s, size_t n)
{
    int letters = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        digits |= ascii_digit(c);
        letters |= ascii_alpha(c);
    }
    return letters && digits;
}

static int all_digits(const char *s, size_t n, size_t min)
{
    if (n < min) return 0;
    for (size_t i = 0; i < n; i++)
        if (!ascii_digit((unsigned char)s[i])) return 0;
    return 1;
}

/* Numbers joined by hyphens that EWT keeps whole: telephone numbers and
 * extensions ("713-853-3989", "3-5213", "1-800-991-9019"), dates in three
 * parts ("11-20-2000"), ZIP+4; but a range of years or small numbers is cut
 * ("1969|-|1970", "4|-|5").  w[0..wn) is the whole hyphenated word. */
static int number_code(const char *w, size_t wn, const char *l, size_t ln, const char *r, size_t rn)
{
    /* An area code before a slash ("713/853-5984"): the number is what
     * follows the last slash. */
    for (size_t i = ln; i > 0; i--)
        if (l[i - 1] == '/') {
            l += i;
            ln -= i;
            break;
        }
    if (!all_digits(l, ln, 1) || !all_digits(r, rn, 1)) return 0;
    size_t hyphens = 0;
    for (size_t i = 0; i < wn; i++) {
        if (w[i] == '-') hyphens++;
        else if (!ascii_digit((unsigned char)w[i]) && w[i] != '/') return 0;
    }
    if (hyphens >= 2) return 1;
    if (ln == 4 && rn == 4) return 0;
    return (ln >= 3 && rn >= 3) || (ln <= 2 && rn == 4);
}

/* Words that EWT writes as two without an apostrophe, with where to cut,
 * in strcmp order (looked up by bisection, once per short word).  "ill",
 * "id", "wed", "shell", "well" are words of their own and are not here. */
typedef struct fused_form {
    const char *word;
    unsigned cut;
} fused_form;

static const fused_form fused[] = {
    {"aint", 2}, {"alot", 1}, {"arent", 3}, {"arnt", 2}, {"cannot", 3}, {"cant", 2}, {"couldnt", 5},
    {"couldve", 5}, {"didnt", 3}, {"doesnt", 4}, {"dont", 2}, {"gonna", 3}, {"gotta", 3}, {"hadnt", 3},
    {"hasnt", 3}, {"havent", 4}, {"heres", 4}, {"hes", 2}, {"im", 1}, {"isnt", 2}, {"itll", 2}, {"ive", 1},
    {"mustnt", 4}, {"neednt", 4}, {"outta", 3}, {"shes", 3}, {"shouldnt", 6}, {"shouldve", 6}, {"thatll", 4},
    {"thats", 4}, {"theres", 5}, {"theyd", 4}, {"theyll", 4}, {"theyre", 4}, {"theyve", 4}, {"wanna", 3},
    {"wasnt", 3}, {"werent", 4}, {"weve", 2}, {"whats", 4}, {"wheres", 5}, {"whos", 3}, {"wont", 2},
    {"wouldnt", 5}, {"wouldve", 5}, {"youd", 3}, {"youll", 3}, {"youre", 3}, {"youve", 3},
};

/* The fused form the word t[p..q) is, any case, or NULL. */
static const fused_form *fused_lookup(const char *t, size_t p, size_t q)
{
    char w[9];
    size_t n = q - p;
    if (n < 2 || n > 8) return NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[p + i] | 0x20;
        if (c < 'a' || c > 'z') return NULL;
        w[i] = (char)c;
    }
    w[n] = '\0';
    size_t lo = 0, hi = sizeof fused / sizeof *fused;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int d = strcmp(w, fused[mid].word);
        if (d == 0) return &fused[mid];
        if (d < 0) hi = mid;
        else lo = mid + 1;
    }
    return NULL;
}

/* Units that EWT cuts from the number they follow: "5|pm", "$10|M", "55|k";
 * not "g": "4G" and "3G" are networks, kept whole. */
static const char *const units[] = {
    "am", "pm", "k", "m", "b", "bn", "mm", "cm", "km", "kg", "mg", "mb", "gb", "kb", "tb",
    "ft", "lb", "lbs", "oz", "mph", "kph", "hrs", "hr", "mins", "min", "ml", "mw", "kw", "ghz", "mhz",
};

/* Where the unit starts in t[p..q), or q when the word is not a number
 * with a unit (ordinals and decades, "2nd" and "1990s", stay whole). */
static size_t unit_start(const char *t, size_t p, size_t q)
{
    size_t i = p;
    while (i < q && (ascii_digit((unsigned char)t[i]) || t[i] == '.' || t[i] == ',' || t[i] == ':')) i++;
    if (i == p || i == q || !ascii_digit((unsigned char)t[i - 1])) return q;
    for (size_t k = i; k < q; k++)
        if (!ascii_alpha((unsigned char)t[k])) return q;
    for (size_t u = 0; u < sizeof units / sizeof *units; u++)
        if (lower_equal(t + i, q - i, units[u])) return i;
    /* A number glued to a lowercase word ("20minutes", "75watt"): a typo
     * for two words, which EWT cuts.  Two letters or fewer are ordinals,
     * decades and codes ("2nd", "90s", "4g"); after one digit it is a
     * name or a rebus ("4gamer", "2nite"), kept whole. */
    if (q - i < 3 || i - p < 2) return q;
    for (size_t k = i; k < q; k++)
        if (t[k] < 'a' || t[k] > 'z') return q;
    return i;
}

/* Emit t[p..q), a number and its unit apart ("5|pm") when it is one. */
static void emit_number_unit(const char *t, size_t p, size_t q, uint32_t flags, nlp_tok_vec *out)
{
    size_t unit = unit_start(t, p, q);
    emit(out, p, unit, flags);
    if (unit < q) emit(out, unit, q, NLP_TOK_WORD);
}

/* Whether t[p..q) is a number, with or without a unit ("3", "5pm", "80k"). */
static int number_piece(const char *t, size_t p, size_t q, int *unit)
{
    if (p == q || !ascii_digit((unsigned char)t[p])) return 0;
    size_t u = unit_start(t, p, q);
    *unit = u < q;
    for (size_t i = p; i < u; i++)
        if (!ascii_digit((unsigned char)t[i]) && t[i] != '.' && t[i] != ',') return 0;
    return 1;
}

/* Emit t[p..q), cut at hyphens the way EWT cuts them: "15|-|year",
 * "F|-|16", but "e-mail", "non-profit", "713-853-3989", "x3-9890". */
static void emit_hyphenated(const char *t, size_t p, size_t q, uint32_t flags, nlp_tok_vec *out)
{
    const size_t p0 = p;
    const char *h = memchr(t + p, '-', q - p);
    if (!h || nlp_is_file_name(t + p, q - p)) { /* "02-05-02.doc" is a file's name */
        emit(out, p, q, flags);
        return;
    }
    size_t piece = p;
    while (h) {
        size_t hyphen = (size_t)(h - t);
        const char *nh = memchr(t + hyphen + 1, '-', q - hyphen - 1);
        size_t right_end = nh ? (size_t)(nh - t) : q;
        const char *l = t + piece, *r = t + hyphen + 1;
        size_t ln = hyphen - piece, rn = right_end - hyphen - 1;
        int whole = is_hyphen_prefix(l, ln) || mixed(l, ln) || mixed(r, rn) || number_code(t + p0, q - p0, l, ln, r, rn);
        int lu, ru;
        if (whole && number_piece(t, piece, hyphen, &lu) && number_piece(t, hyphen + 1, right_end, &ru) && (lu || ru))
            whole = 0; /* a range with units: "2pm|-|5pm" is cut, then each unit: "2|pm|-|5|pm" */
        if (!whole) {
            /* Everything since the last cut, then the hyphen alone. */
            if (hyphen > p) emit_number_unit(t, p, hyphen, flags, out);
            emit(out, hyphen, hyphen + 1, 0);
            flags &= ~(uint32_t)NLP_TOK_JOINED;
            p = hyphen + 1;
        }
        piece = hyphen + 1;
        h = nh;
    }
    /* A clitic cut can leave the hyphen last ("r-|n't"). */
    if (q > p) emit_number_unit(t, p, q, flags, out);
}

/* Emit the word t[p..q) (its period already included when it owns one),
 * cutting clitics and hyphens. */
static void emit_word(const char *t, size_t p, size_t q, uint32_t flags, nlp_tok_vec *out)
{
    flags |= NLP_TOK_WORD;
    if (flags & (NLP_TOK_ABBREV | NLP_TOK_INITIAL)) {
        emit(out, p, q, flags);
        return;
    }
    size_t unit = unit_start(t, p, q);
    if (unit < q) {
        emit(out, p, unit, flags);
        emit(out, unit, q, NLP_TOK_WORD);
        return;
    }
    const fused_form *f = fused_lookup(t, p, q);
    if (f) {
        emit(out, p, p + f->cut, flags);
        emit(out, p + f->cut, q, NLP_TOK_WORD | NLP_TOK_JOINED);
        return;
    }
    /* The last apostrophe (straight or curly) decides the clitic. */
    size_t a = q, alen = 0;
    for (size_t i = q; i > p;) {
        i--;
        if (t[i] == '\'' || t[i] == '`') { a = i; alen = 1; break; }
        if (i + 2 < q && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
            (unsigned char)t[i + 2] == 0x99) { a = i; alen = 3; break; }
    }
    if (alen && a > p) {
        const char *s = t + a + alen;
        size_t n = q - a - alen;
        size_t cut = q;
        if (a == p + 1 && (t[p] | 0x20) == 'i' && lower_equal(s, n, "ma")) {
            /* "I'ma" (I'm going to): "I|'m|a", as EWT writes it */
            emit(out, p, a, flags);
            emit(out, a, a + 2, NLP_TOK_WORD | NLP_TOK_JOINED);
            emit(out, a + 2, q, NLP_TOK_WORD);
            return;
        }
        if (lower_equal(s, n, "t") && a - 1 > p && ((unsigned char)t[a - 1] | 0x20) == 'n')
            cut = a - 1;  /* "do|n't", "ca|n't", "wo|n't" */
        else if (lower_equal(s, n, "s") && ascii_digit((unsigned char)t[a - 1]))
            cut = q; /* a plural of digits stays whole: "the 80's", "F16's" */
        else if (lower_equal(s, n, "s") || lower_equal(s, n, "re") || lower_equal(s, n, "ll") ||
                 lower_equal(s, n, "ve") || lower_equal(s, n, "d") || lower_equal(s, n, "m"))
            cut = a;
        if (cut < q) {
            emit_hyphenated(t, p, cut, flags, out);
            emit(out, cut, q, NLP_TOK_WORD | NLP_TOK_JOINED);
            return;
        }
    }
    emit_hyphenated(t, p, q, flags, out);
}

/* ------------------------------------------------------------------ */
/* Scanning a chunk                                                     */

static int starts_with_ci(const char *t, size_t p, size_t end, const char *prefix)
{
    size_t n = strlen(prefix);
    if (end - p < n) return 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)t[p + i] | 0x20) != (unsigned char)prefix[i]) return 0;
    return 1;
}

/* End of a URL starting at p: the chunk minus the punctuation that closes
 * the sentence, and minus a ")" that closes a bracket opened before the
 * URL.  Brackets are counted once, so a run of ")" costs linear time. */
static size_t url_end(const char *t, size_t p, size_t ce)
{
    size_t open = 0, close = 0;
    for (size_t i = p; i < ce; i++) {
        open += t[i] == '(';
        close += t[i] == ')';
    }
    size_t e = ce;
    while (e > p + 4) {
        unsigned char c = (unsigned char)t[e - 1];
        if (c == ')') {
            if (open >= close) break;
            close--;
            e--;
        } else if (strchr(".,;:!?\"']}>", c)) {
            e--;
        } else if (c >= 0x80 && e - p > 7 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
                   (c == 0x9D || c == 0x99)) {
            e -= 3; /* closing curly quote */
        } else {
            break;
        }
    }
    return e;
}

static const char *const emoticons[] = {
    ":-)", ":)", ":-(", ":(", ";-)", ";)", ":-D", ":D", ":-P", ":P", ":p", ":-p", ":'(", ":/",
    ":-/", ":O", ":o", ":|", ":]", ":[", "=)", "=(", "<3", "^_^", "^^", "-_-", "o_O", "O_o",
    "XD", "xD", ";D", ":-*", ":*", "(:", ">:(", ";P", ";-P", ";p",
};

static size_t emoticon_at(const char *t, size_t p, size_t ce)
{
    for (size_t i = 0; i < sizeof emoticons / sizeof *emoticons; i++) {
        size_t n = strlen(emoticons[i]);
        if (ce - p >= n && memcmp(t + p, emoticons[i], n) == 0 &&
            (ce - p == n || strchr(".,!?", t[p + n])))
            return n;
    }
    return 0;
}

/* Lines drawn with symbols ("----==", "==>", "*~*~*~", "|||") are one
 * token in the treebank: a run of at least three drawing marks.  Returns
 * the run's end, or 0 (shorter runs are cut as other punctuation). */
static size_t decoration_end(const char *t, size_t p, size_t ce)
{
    static const char marks[] = "-=_~*+<>|{}";
    size_t q = p;
    while (q < ce && t[q] && strchr(marks, t[q])) q++;
    return q - p >= 3 ? q : 0;
}

static const char *const extensions[] = {"doc", "docx", "xls", "xlsx", "pdf", "txt", "ppt", "pptx",
                                         "jpg", "gif", "png", "zip", "htm", "html", "rtf", "wpd"};

static int file_extension(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof extensions / sizeof *extensions; i++)
        if (lower_equal(s, n, extensions[i])) return 1;
    return 0;
}

int nlp_is_file_name(const char *s, size_t n)
{
    size_t dot = n;
    while (dot > 0 && s[dot - 1] != '.') dot--;
    if (dot < 2 || dot == n || !file_extension(s + dot, n - dot)) return 0;
    for (size_t i = 0; i + 1 < dot; i++) /* a name, not an address or a path */
        if (s[i] == '@' || s[i] == '/' || s[i] == ':') return 0;
    return 1;
}

int nlp_opens_attachment_note(const char *a, size_t alen, const char *b, size_t blen)
{
    return alen == 2 && a[0] == '<' && a[1] == '<' && blen == 4 && (memcmp(b, "File", 4) == 0 || memcmp(b, "file", 4) == 0);
}

/* Whether the period at t[q] ends an abbreviation or an initial glued to
 * the next word: "Dr.Smith", "S.Korea", "P.O.Box", "Nov.28" (t[p..q) the
 * word so far).  The next word is a capital and two lowercase letters or
 * more, so "U.S.A" and "example.Com"-style names are left alone. */
static int glued_abbreviation(const char *t, size_t p, size_t q, size_t ce)
{
    size_t i = q + 1;
    if (i >= ce) return 0;
    nlp_abbrev_kind k = nlp_abbrev_lookup(t + p, q - p);
    if (ascii_digit((unsigned char)t[i])) return k == NLP_ABBREV_MONTH;
    if (t[i] < 'A' || t[i] > 'Z') return 0;
    size_t j = i + 1;
    while (j < ce && t[j] >= 'a' && t[j] <= 'z') j++;
    if (j - i < 3 || (j < ce && classify((unsigned char)t[j]) == CLASS_WORD)) return 0;
    if (q - p == 1) return t[p] >= 'A' && t[p] <= 'Z';
    return k == NLP_ABBREV_TITLE || (k == NLP_ABBREV_OTHER && memchr(t + p, '.', q - p));
}

/* Whether the slash at t[q] sits in a fraction of one digit each side,
 * the smaller first ("1/2", "3/4"); dates ("9/11", "6/14") are not. */
static int small_fraction(const char *t, size_t p, size_t q, size_t ce)
{
    if (q != p + 1 || q + 2 > ce) return 0;
    if (q + 2 < ce && (ascii_digit((unsigned char)t[q + 2]) || t[q + 2] == '/')) return 0;
    return t[p] < t[q + 1];
}

/* Scan the word core starting at p (a word character); returns its end. */
static size_t scan_word(const char *t, size_t p, size_t ce)
{
    uint32_t c;
    size_t q = p + decode(t, p, ce, &c);
    while (q < ce) {
        size_t l = decode(t, q, ce, &c);
        int cls = classify(c);
        if (cls == CLASS_WORD) {
            q += l;
            continue;
        }
        if (q + l >= ce) break;
        /* Money signs for letters ("unde$tood", "me$$age"), as web text
         * writes them: one word in EWT. */
        if (c == '$' && ascii_alpha((unsigned char)t[q - 1])) {
            size_t d = q;
            while (d < ce && t[d] == '$') d++;
            if (d < ce && ascii_alpha((unsigned char)t[d])) {
                q = d;
                continue;
            }
        }
        /* An address shortened by a mail archive ("franz3...@gmail.com"). */
        if (c == '.') {
            size_t d = q;
            while (d < ce && t[d] == '.') d++;
            if (d - q >= 2 && d + 1 < ce && t[d] == '@' && ascii_alpha((unsigned char)t[d + 1])) {
                q = d + 1;
                continue;
            }
        }
        uint32_t next;
        decode(t, q + l, ce, &next);
        if (classify(next) != CLASS_WORD) break;
        unsigned prev = (unsigned char)t[q - 1];
        int join = 0;
        switch (c) {
        case '.':
            join = !glued_abbreviation(t, p, q, ce);
            break;
        case '-': case '_': case '@':
            join = 1;
            break;
        case '*':
            join = ascii_alpha(prev) && ascii_alpha(next); /* a censored word: "f*ck" */
            break;
        case '`':
            join = ascii_alpha(prev) && ascii_alpha(next); /* an apostrophe typed as a backtick: "mama`s" */
            break;
        case ',': case ':':
            join = ascii_digit(prev) && ascii_digit(next);
            break;
        case '/':
            /* "9/11" but also the letter pairs of web text: "b/c", "w/o", "L/C";
             * a fraction of one digit each side is cut ("1|/|2", "3|/|4"). */
            join = (ascii_digit(prev) && ascii_digit(next) && !small_fraction(t, p, q, ce)) ||
                   (q == p + 1 && ascii_alpha(prev) && ascii_alpha(next) &&
                    (q + 2 >= ce || classify((unsigned char)t[q + 2]) != CLASS_WORD));
            break;
        case '&':
            join = ascii_alpha(prev) && ascii_alpha(next);
            break;
        default:
            /* "O'Brien", "80's"; not feet and inches ("5|'|10") */
            if (is_apostrophe(c)) join = !ascii_digit(next);
            break;
        }
        if (!join) break;
        q += l;
    }
    return q;
}

/* Whether t[p..q), a word before a period, ends in a dotted
 * abbreviation after a hyphen ("non-U.S", "Jordanian-U.S"): the period is
 * the abbreviation's. */
static int dotted_after_hyphen(const char *t, size_t p, size_t q)
{
    size_t h = q;
    while (h > p && t[h - 1] != '-') h--;
    if (h <= p + 1 || q - h < 3 || !memchr(t + h, '.', q - h)) return 0;
    return nlp_abbrev_lookup(t + h, q - h) == NLP_ABBREV_OTHER;
}

/* Whether the next non-space character after position i starts with a digit. */
static int digit_follows(const char *t, size_t i, size_t end)
{
    while (i < end && (t[i] == ' ' || t[i] == '\t')) i++;
    return i < end && ascii_digit((unsigned char)t[i]);
}

/* "its" written for "it's": EWT cuts it ("it|s") when the next word is one
 * that cannot follow the possessive ("its not", "its a", "its really");
 * before anything else it is the possessive ("its own", "its name"). */
static const char *const after_it_is[] = {
    "not", "a", "an", "the", "really", "simply", "very", "like", "in", "now", "definitely", "for", "also",
    "between", "from", "only", "nothing", "called", "all", "getting", "going", "gonna", "been", "just",
    "still", "less", "about", "too", "always", "never", "because", "what", "ok", "okay", "at", "on", "to",
    "by", "with", "pretty", "probably", "actually", "totally", "sooo", "soo", "kinda", "sort", "more",
    "my", "your", "his", "her", "our", "their", "this", "that", "these", "those", "no", "here", "there",
};

/* "lets" for "let's" ("lets go"): cut unless an object follows ("it lets
 * them in", "lets the light in"). */
static const char *const after_lets[] = {
    "me", "you", "him", "her", "it", "us", "them", "the", "a", "an", "his", "their", "our", "my", "your",
    "its", "this", "that", "these", "those", "people", "users", "everyone", "anyone", "someone", "out", "up",
};

/* "your" or "ur" for "you're": cut ("you|r", "u|r") before a word that
 * cannot follow the possessive ("your in", "your not", "your gonna",
 * "your looking"); "your morning", "your spelling" stay whole. */
static const char *const after_you_are[] = {
    "in", "on", "at", "not", "a", "an", "the", "gonna", "going", "so", "too", "very", "really", "just",
    "welcome", "looking", "doing", "getting", "trying", "talking", "saying", "telling", "being", "holding",
    "waiting", "probably", "always", "never", "still", "definitely", "all", "such",
};

/* The next word after t[q..) (spaces skipped), or NULL; its length in *n. */
static const char *next_word(const char *t, size_t q, size_t end, size_t *n)
{
    size_t i = q;
    while (i < end && (t[i] == ' ' || t[i] == '\t')) i++;
    size_t j = i;
    while (j < end && ascii_alpha((unsigned char)t[j])) j++;
    if (j == i || (j < end && (ascii_digit((unsigned char)t[j]) || t[j] == '\'' || t[j] == '-'))) return NULL;
    *n = j - i;
    return t + i;
}

static int in_list(const char *w, size_t n, const char *const *list, size_t count)
{
    for (size_t k = 0; k < count; k++)
        if (lower_equal(w, n, list[k])) return 1;
    return 0;
}

/* Where to cut "its" or "lets" written without the apostrophe of "it's"
 * and "let's" (t[p..q) is the word, alone in its chunk), or 0. */
static size_t missing_apostrophe(const char *t, size_t p, size_t q, size_t end)
{
    size_t n;
    const char *w;
    if (q - p == 3 && lower_equal(t + p, 3, "its"))
        return (w = next_word(t, q, end, &n)) && in_list(w, n, after_it_is, sizeof after_it_is / sizeof *after_it_is)
                   ? p + 2 : 0;
    if ((q - p == 4 && lower_equal(t + p, 4, "your")) || (q - p == 2 && lower_equal(t + p, 2, "ur")))
        return (w = next_word(t, q, end, &n)) && in_list(w, n, after_you_are, sizeof after_you_are / sizeof *after_you_are)
                   ? q - 1 : 0;
    if (q - p == 4 && lower_equal(t + p, 4, "lets"))
        return (w = next_word(t, q, end, &n)) && !in_list(w, n, after_lets, sizeof after_lets / sizeof *after_lets)
                   ? p + 3 : 0;
    return 0;
}

/* Whether the apostrophe at t[q] after the word t[p..q) stands for a
 * dropped g ("lovin'", "cookin'"): a lowercase word of four letters or
 * more ending in "in", no quote opened before it in the chunk, and the
 * chunk ends or punctuation follows. */
static int dropped_g(const char *t, size_t p, size_t q, size_t chunk_start, size_t ce)
{
    if (q - p < 4 || t[q - 2] != 'i' || t[q - 1] != 'n' || t[p] < 'a' || t[p] > 'z') return 0;
    for (size_t i = chunk_start; i < p; i++)
        if (t[i] == '\'' || t[i] == '`') return 0;
    return q + 1 == ce || classify((unsigned char)t[q + 1]) != CLASS_WORD;
}

/* The end of a year shortened with an apostrophe ("'60s", "'05", "’72")
 * at t[p] (an apostrophe of l bytes), or 0: two digits, an optional "s",
 * then the chunk ends or punctuation follows.  Feet and inches ("5'10")
 * are not: a number comes before the apostrophe there. */
static size_t short_year(const char *t, size_t p, size_t l, size_t chunk_start, size_t ce)
{
    size_t d = p + l;
    if (d + 2 > ce || !ascii_digit((unsigned char)t[d]) || !ascii_digit((unsigned char)t[d + 1])) return 0;
    size_t e = d + 2;
    if (e < ce && t[e] == 's') e++;
    if (e < ce && classify((unsigned char)t[e]) == CLASS_WORD) return 0;
    size_t b = p;
    while (b > chunk_start && ascii_digit((unsigned char)t[b - 1])) b--;
    if (b < p && (b == chunk_start || classify((unsigned char)t[b - 1]) != CLASS_WORD)) return 0;
    return e;
}

/* The end of a word whose first letters an apostrophe at the chunk's
 * start stands for ("'em", "'cause", "'til", "rock 'n roll"), or of a
 * clitic written apart ("Jones 's"); t[p..) follows the apostrophe.
 * 0 for anything else, so a quote opening ("'Tories'") is cut. */
static size_t elision_end(const char *t, size_t p, size_t ce)
{
    static const char *const elided[] = {"em", "n", "cause", "til", "bout", "s"};
    size_t e = p;
    while (e < ce && ascii_alpha((unsigned char)t[e])) e++;
    if (e < ce && (classify((unsigned char)t[e]) == CLASS_WORD || is_apostrophe((unsigned char)t[e]) || t[e] == '\xE2'))
        return 0;
    return in_list(t + p, e - p, elided, sizeof elided / sizeof *elided) ? e : 0;
}

/* Names written with an exclamation mark, which stays on the word (as in
 * EWT) instead of ending a sentence: "as popular as Yahoo! and AOL". */
static int exclaiming_name(const char *s, size_t n)
{
    static const char *const names[] = {"Yahoo", "Jeopardy"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0) return 1;
    return 0;
}

size_t nlp_web_address_opening(const char *s, size_t n)
{
    static const char *const openings[] = {"http://", "https://", "ftp://", "www.", "mailto:"};
    for (size_t i = 0; i < sizeof openings / sizeof *openings; i++) {
        size_t l = strlen(openings[i]);
        if (!starts_with_ci(s, 0, n, openings[i])) continue;
        if (openings[i][0] == 'm' && !(l < n && ascii_alpha((unsigned char)s[l]))) return 0;
        return l;
    }
    return 0;
}

static void tokenize_chunk(const char *t, size_t p, size_t ce, size_t end, nlp_tok_vec *out)
{
    size_t chunk_start = p;
    while (p < ce) {
        uint32_t c;
        size_t l = decode(t, p, ce, &c);
        unsigned b = (unsigned char)t[p];

        if ((b == 'h' || b == 'H' || b == 'w' || b == 'W' || b == 'f' || b == 'F' || b == 'm' || b == 'M') &&
            nlp_web_address_opening(t + p, ce - p)) {
            size_t e = url_end(t, p, ce);
            emit(out, p, e, NLP_TOK_WORD);
            p = e;
            continue;
        }
        /* an emoticon opens its chunk or ends it glued to a word ("great:-)",
         * "family:)"; emoticon_at wants the chunk's end or . , ! ? after it) */
        if ((p == chunk_start || ((b == ':' || b == ';') && (ascii_alpha((unsigned char)t[p - 1]) ||
                                                              (p + 1 < ce && t[p + 1] == '-')))) &&
            !ascii_alpha(b) && !ascii_digit(b)) {
            size_t n = emoticon_at(t, p, ce);
            if (n) {
                emit(out, p, p + n, NLP_TOK_EMOTICON);
                p += n;
                continue;
            }
        }
        if ((b == '@' || b == '#') && p + 1 < ce &&
            (ascii_alpha((unsigned char)t[p + 1]) || (b == '@' && (ascii_digit((unsigned char)t[p + 1]) || t[p + 1] == '_')))) {
            size_t q = p + 1;
            while (q < ce && (ascii_alpha((unsigned char)t[q]) || ascii_digit((unsigned char)t[q]) || t[q] == '_')) q++;
            emit(out, p, q, NLP_TOK_WORD);
            p = q;
            continue;
        }

        int cls = classify(c);
        if (cls == CLASS_WORD) {
            size_t q = scan_word(t, p, ce);
            uint32_t flags = 0;
            if (q < ce && t[q] == '\'' && dropped_g(t, p, q, chunk_start, ce))
                q++; /* "lovin'": the apostrophe stands for a letter */
            else if (q < ce && t[q] == '$' && t[q - 1] >= 'a' && t[q - 1] <= 'z' &&
                (q + 1 == ce || classify((unsigned char)t[q + 1]) != CLASS_WORD))
                q++; /* a money sign for an s: "Thi$", "companie$" */
            else if (q < ce && t[q] == '!' && exclaiming_name(t + p, q - p))
                q++; /* "Yahoo!": the mark is the name's, no sentence ends there */
            else if (q == p + 1 && (b == 'w' || b == 'W') && q < ce && t[q] == '/' &&
                     (q + 1 == ce || classify((unsigned char)t[q + 1]) != CLASS_WORD))
                q++; /* "w/" for "with" */
            else if (q + 1 < ce && t[q] == '.' && t[q + 1] == '.' && (q + 2 == ce || t[q + 2] != '.') &&
                     q - p > 1 && nlp_abbrev_lookup(t + p, q - p) == NLP_ABBREV_OTHER) {
                /* "Inc.." : the abbreviation keeps one period, the sentence the other. */
                flags = NLP_TOK_ABBREV;
                q++;
            } else if (q < ce && t[q] == '.' && !(q + 1 < ce && t[q + 1] == '.')) {
                nlp_abbrev_kind k = nlp_abbrev_lookup(t + p, q - p);
                /* an initial ("John F. Kennedy"), unless its line ends there:
                 * "she wrote on X." ends the sentence */
                size_t after = q + 1;
                while (after < end && (t[after] == ' ' || t[after] == '\t')) after++;
                if (q - p == 1 && b >= 'A' && b <= 'Z' && b != 'I' && after < end && t[after] != '\n' && t[after] != '\r')
                    flags = NLP_TOK_INITIAL;
                else if (k == NLP_ABBREV_NUMBER ? digit_follows(t, q + 1, end) : k != NLP_ABBREV_NONE)
                    flags = NLP_TOK_ABBREV;
                if (flags) q++;
                else if (dotted_after_hyphen(t, p, q)) {
                    /* "non-U.S.", "Jordanian-U.S.": the dotted abbreviation
                     * after the hyphen keeps its period, the word is cut at
                     * its hyphens as any other (sentences.c then reads the
                     * last piece as the abbreviation it is). */
                    emit_hyphenated(t, p, q + 1, NLP_TOK_WORD, out);
                    out->items[out->count - 1].flags |= NLP_TOK_ABBREV;
                    p = q + 1;
                    continue;
                }
            }
            size_t cut = q == ce ? missing_apostrophe(t, p, q, end) : 0;
            if (cut) {
                emit(out, p, cut, NLP_TOK_WORD);
                emit(out, cut, q, NLP_TOK_WORD | NLP_TOK_JOINED);
                p = q;
                continue;
            }
            emit_word(t, p, q, flags, out);
            p = q;
            continue;
        }

        size_t year = is_apostrophe(c) ? short_year(t, p, l, chunk_start, ce) : 0;
        if (!year && is_apostrophe(c) && p == chunk_start) year = elision_end(t, p + l, ce);
        if (year) {
            emit(out, p, year, NLP_TOK_WORD);
            p = year;
            continue;
        }

        /* A clitic after a word that ended in punctuation: "U.S.|'s". */
        if (is_apostrophe(c) && p > chunk_start && p + l < ce) {
            size_t e = p + l;
            while (e < ce && ascii_alpha((unsigned char)t[e])) e++;
            uint32_t after = ' ';
            if (e < ce) decode(t, e, ce, &after);
            const char *w = t + p + l;
            size_t wn = e - p - l;
            if (classify(after) != CLASS_WORD && !is_apostrophe(after) &&
                (lower_equal(w, wn, "s") || lower_equal(w, wn, "re") || lower_equal(w, wn, "ll") ||
                 lower_equal(w, wn, "ve") || lower_equal(w, wn, "d") || lower_equal(w, wn, "m"))) {
                emit(out, p, e, NLP_TOK_WORD | NLP_TOK_JOINED);
                p = e;
                continue;
            }
        }

        /* Punctuation and symbols. */
        size_t q = p + l;
        size_t deco = decoration_end(t, p, ce);
        if (deco) {
            emit(out, p, deco, 0);
            p = deco;
            continue;
        }
        if (b == '+' && q < ce && ascii_digit((unsigned char)t[q]) && (p == chunk_start || t[p - 1] == '(')) {
            /* A country calling code: "+44". */
            while (q < ce && ascii_digit((unsigned char)t[q])) q++;
            emit(out, p, q, NLP_TOK_WORD);
            p = q;
            continue;
        }
        if (b == '.' && q < ce && ascii_alpha((unsigned char)t[q]) &&
            (p == chunk_start || t[p - 1] == ')' || t[p - 1] == '"')) {
            /* A file extension alone or after a bracketed name: "memo .doc",
             * "(draft).doc". */
            size_t e = q;
            while (e < ce && ascii_alpha((unsigned char)t[e])) e++;
            if (file_extension(t + q, e - q) && (e == ce || classify((unsigned char)t[e]) != CLASS_WORD)) {
                emit(out, p, e, NLP_TOK_WORD);
                p = e;
                continue;
            }
        }
        if ((b == ':' || b == ',' || b == ';') && p > chunk_start && q + 1 == ce && t[q] == '?') {
            /* "Dial:? 203...", "providers,? gas": a question mark glued to
             * a colon, comma or semicolon and followed by a space (or the
             * text's end) is a non-breaking space that lost its encoding,
             * not a question; one token, as EWT writes it, so no sentence
             * ends there. */
            q++;
        } else if (b == '.' || b == '!' || b == '?') {
            while (q < ce && (t[q] == '.' || t[q] == '!' || t[q] == '?')) q++;
        } else if (b == '\'' || b == '`' || b == '-' || strchr("*=<>~_^+#$", (int)b)) {
            while (q < ce && (unsigned char)t[q] == b) q++;
        } else if (c == 0x2018 && q + 3 <= ce && memcmp(t + q, "\xE2\x80\x99", 3) == 0 &&
                   !(q + 3 < ce && t[q + 3] >= 'a' && t[q + 3] <= 'z')) {
            q += 3; /* two single quotes for a double one ("‘’Where"); not "‘’s" */
        } else if (c >= 0x80) {
            /* A run of the same mark ("——", "……") is one token. */
            while (q + l <= ce && memcmp(t + q, t + p, l) == 0) q += l;
        }
        emit(out, p, q, 0);
        p = q;
    }
}

void nlp_tokenize(const char *t, size_t start, size_t end, nlp_tok_vec *out)
{
    size_t i = start;
    while (i < end) {
        uint32_t c;
        size_t l = decode(t, i, end, &c);
        if (classify(c) == CLASS_SPACE) {
            i += l;
            continue;
        }
        size_t ce = i + l;
        while (ce < end) {
            size_t m = decode(t, ce, end, &c);
            if (classify(c) == CLASS_SPACE) break;
            ce += m;
        }
        size_t before = out->count;
        tokenize_chunk(t, i, ce, end, out);
        if (out->count > before) out->items[out->count - 1].flags |= NLP_TOK_SPACE_AFTER;
        i = ce;
    }
}

int nlp_is_abbreviation(const char *s, size_t n) { return nlp_abbrev_lookup(s, n) != NLP_ABBREV_NONE; }

