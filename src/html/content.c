/* content.c — main-content extraction: which part of the page is the
 * article, and its paragraphs with their kinds.
 *
 * The passes, each one loop over the flat node table:
 *  1. drop what is never article text (scripts, hidden elements, forms,
 *     navigation, asides, headers and footers, and elements whose class or
 *     id names chrome: share bars, related lists, comments, captions ...),
 *     unless the element holds most of the page's paragraph text (a site
 *     that wraps everything in <form> or class="main-content-sidebar");
 *  2. score the blocks: every paragraph-like block gives points for its
 *     length and commas to its ancestors (full to the parent, half to the
 *     grandparent, less further up), class/id words and tags add or take
 *     away, and link density scales the total down;
 *  3. evidence overrides the guess: the element that spans the JSON-LD
 *     articleBody, an itemprop="articleBody" or a single <article>;
 *  4. siblings of the best candidate that look like article text join it;
 *  5. inside the chosen elements, link lists, short chrome by class,
 *     headings that announce other stories and boilerplate lines are
 *     removed, and every block becomes a paragraph.
 * Between 2 and 4, articles cut into pieces are put back together: many
 * near-equal candidates under one ancestor, a close rival that is a near
 * cousin, or prose elements with the winner's exact class elsewhere.
 * Every loop is over the flat node table; none recurses, and none climbs
 * the tree per node (which would be quadratic in the nesting depth).
 * Set DYAD_HTML_DEBUG to see the candidates and the drops on stderr. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/dates.h"
#include "extract/furniture.h"
#include "html/page.h"

/* ---- class and id signals ---- */

typedef struct chrome_word {
    const char *word; /* matched at the start of a class/id word part */
    const char *kind;
    int small_only;   /* only for elements with little text (bylines) */
} chrome_word;

static const chrome_word chrome_words[] = {
    {"comment", "comments", 0}, {"disqus", "comments", 0}, {"respond", "comments", 0}, {"replies", "comments", 0},
    {"share", "share", 0}, {"sharing", "share", 0}, {"social", "share", 0}, {"addthis", "share", 0},
    {"sociable", "share", 0}, {"toolbar", "share", 0}, {"=print", "share", 1},
    {"*related", "related", 0}, {"recommend", "related", 0}, {"more-stories", "related", 0},
    {"read-more", "related", 0}, {"readmore", "related", 0}, {"also-read", "related", 0},
    {"trending", "related", 0}, {"=popular", "related", 0}, {"most-read", "related", 0}, {"mostread", "related", 0},
    {"*outbrain", "related", 0}, {"*taboola", "related", 0}, {"more-from", "related", 0}, {"next-article", "related", 0},
    {"=nav", "navigation", 0}, {"navigation", "navigation", 0}, {"navbar", "navigation", 0},
    {"next-prev", "navigation", 0}, {"prev-next", "navigation", 0}, {"prevnext", "navigation", 0},
    {"nextprev", "navigation", 0}, {"next-post", "navigation", 0}, {"prev-post", "navigation", 0},
    {"post-nav", "navigation", 0}, {"=menu", "navigation", 0}, {"*breadcrumb", "navigation", 0},
    {"pagination", "navigation", 0}, {"pager", "navigation", 0}, {"=skip", "navigation", 1},
    {"footer", "footer", 0}, {"header", "header", 0}, {"masthead", "header", 0},
    {"*sidebar", "aside", 0}, {"=rail", "aside", 0}, {"widget", "aside", 0},
    {"*newsletter", "promo", 0}, {"subscribe", "promo", 0}, {"signup", "promo", 0}, {"sign-up", "promo", 0},
    {"paywall", "promo", 0}, {"promo", "promo", 0},
    {"advert", "advertising", 0}, {"ad-", "advertising", 0}, {"=ads", "advertising", 0}, {"dfp", "advertising", 0},
    {"*sponsor", "advertising", 0},
    {"*caption", "caption", 0}, {"credit", "caption", 1}, {"wp-caption", "caption", 0},
    {"cookie", "widget", 0}, {"gdpr", "widget", 0}, {"consent", "widget", 0}, {"modal", "widget", 0},
    {"popup", "widget", 0}, {"overlay", "widget", 0}, {"banner", "advertising", 0},
    {"=tags", "tags", 1}, {"tag-list", "tags", 1}, {"keywords", "tags", 1}, {"topics", "tags", 1},
    {"=bio", "author-bio", 0}, {"author-bio", "author-bio", 0}, {"authorbio", "author-bio", 0},
    {"about-the-author", "author-bio", 0}, {"about-author", "author-bio", 0},
    {"byline", "byline", 1}, {"author", "byline", 1}, {"dateline", "byline", 1}, {"timestamp", "byline", 1},
    {"published", "byline", 1}, {"=date", "byline", 1}, {"=meta", "byline", 1},
    {"=hidden", "hidden", 1}, {"visually-hidden", "hidden", 0}, {"sr-only", "hidden", 0},
    {"screen-reader", "hidden", 0}, {"offscreen", "hidden", 0},
};

static const char *const article_words[] = {
    "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "hentry", "column",
};

/* The lowercase class/id string of one element and where its parts
 * start (after a space, '-', '_' or any other non-alphanumeric byte). */
typedef struct class_text {
    const char *s;
    uint16_t starts[64];
    int nstarts;
} class_text;

static void class_text_init(class_text *c, const char *s)
{
    c->s = s;
    c->nstarts = 0;
    for (size_t i = 0; s[i] && c->nstarts < 64; i++)
        if (isalnum((unsigned char)s[i]) && (i == 0 || !isalnum((unsigned char)s[i - 1])) && i < UINT16_MAX)
            c->starts[c->nstarts++] = (uint16_t)i;
}

/* True when word starts a part of the class/id string, so "nav" finds
 * "main-nav" but not "canvas".  A word written "=ads" must also end the
 * part ("ads" but not "address"); one written "*caption" counts
 * anywhere, even inside "newsCaption". */
static int has_word(const class_text *c, const char *word)
{
    if (word[0] == '*') return strstr(c->s, word + 1) != NULL;
    int whole = word[0] == '=';
    if (whole) word++;
    size_t k = strlen(word);
    for (int j = 0; j < c->nstarts; j++) {
        const char *q = c->s + c->starts[j];
        if (q[0] != word[0] || strncmp(q, word, k) != 0) continue;
        if (whole && isalnum((unsigned char)q[k])) continue;
        return 1;
    }
    return 0;
}

typedef struct signals {
    const char *chrome;   /* the chrome kind named, or NULL */
    int small_only;
    int article;          /* names article content */
} signals;

static void read_signals(page *p, int32_t i, char *low, size_t size, signals *sg)
{
    memset(sg, 0, sizeof *sg);
    const char *cls = dom_attr(&p->dom, i, "class"), *id = dom_attr(&p->dom, i, "id");
    if (!cls && !id) return;
    snprintf(low, size, "%s %s", cls ? cls : "", id ? id : "");
    for (char *c = low; *c; c++) *c = (char)tolower((unsigned char)*c);
    class_text ct;
    class_text_init(&ct, low);
    for (size_t w = 0; w < sizeof chrome_words / sizeof *chrome_words; w++)
        if (has_word(&ct, chrome_words[w].word)) {
            sg->chrome = chrome_words[w].kind;
            sg->small_only = chrome_words[w].small_only;
            break;
        }
    for (size_t w = 0; w < sizeof article_words / sizeof *article_words; w++)
        if (has_word(&ct, article_words[w])) { sg->article = 1; break; }
}

/* ---- tags ---- */

/* Never article text, and not worth recording as removed chrome. */
static int invisible(int tag)
{
    switch (tag) {
    case TAG_HEAD: case TAG_SCRIPT: case TAG_STYLE: case TAG_NOSCRIPT: case TAG_TEMPLATE: case TAG_SVG:
    case TAG_CANVAS: case TAG_IFRAME: case TAG_OBJECT: case TAG_EMBED: case TAG_BUTTON: case TAG_SELECT:
    case TAG_OPTION: case TAG_INPUT: case TAG_TEXTAREA: case TAG_AUDIO: case TAG_VIDEO: case TAG_SOURCE:
    case TAG_IMG: case TAG_TITLE: case TAG_META: case TAG_LINK:
        return 1;
    default:
        return 0;
    }
}

static const char *structural_kind(int tag)
{
    switch (tag) {
    case TAG_NAV: case TAG_MENU: return "navigation";
    case TAG_ASIDE: return "aside";
    case TAG_FOOTER: return "footer";
    case TAG_HEADER: return "header";
    case TAG_FORM: return "form";
    case TAG_FIGCAPTION: case TAG_CAPTION: return "caption";
    case TAG_DIALOG: return "widget";
    default: return NULL;
    }
}

static const char *role_kind(const char *role)
{
    if (!role) return NULL;
    if (!strcasecmp(role, "navigation") || !strcasecmp(role, "menu") || !strcasecmp(role, "menubar")) return "navigation";
    if (!strcasecmp(role, "banner")) return "header";
    if (!strcasecmp(role, "contentinfo")) return "footer";
    if (!strcasecmp(role, "complementary")) return "aside";
    if (!strcasecmp(role, "dialog") || !strcasecmp(role, "alertdialog") || !strcasecmp(role, "alert")) return "widget";
    return NULL;
}

static int is_hidden(page *p, int32_t i)
{
    if (dom_attr(&p->dom, i, "hidden")) return 1;
    const char *style = dom_attr(&p->dom, i, "style");
    if (style) {
        char compact[256];
        size_t k = 0;
        for (const char *s = style; *s && k + 1 < sizeof compact; s++)
            if (!isspace((unsigned char)*s)) compact[k++] = (char)tolower((unsigned char)*s);
        compact[k] = '\0';
        if (strstr(compact, "display:none") || strstr(compact, "visibility:hidden")) return 1;
    }
    return 0;
}

/* ---- per-node working state ---- */

typedef struct work {
    page *p;
    hnode *n;
    int32_t count;
    const char **drop;     /* kind when the subtree is removed, else NULL */
    uint32_t *chars;       /* visible characters in the subtree */
    uint32_t *links;       /* of which inside <a> */
    uint32_t *own;         /* characters whose nearest block is this node */
    uint32_t *own_links;
    uint32_t *commas;      /* commas in own text */
    uint32_t *good;        /* characters of good paragraphs in the subtree */
    uint32_t *quoted;      /* characters inside a <blockquote> in the subtree */
    int32_t *owner;        /* nearest block ancestor (self for blocks) */
    float *score;
    uint8_t *scored;
    uint8_t *kind;         /* dyad_paragraph_kind of the node's text */
    signals *sig;
    int debug;             /* $DYAD_HTML_DEBUG: candidates and drops on stderr */
} work;

static uint32_t count_chars(const char *s, size_t n, uint32_t *commas)
{
    uint32_t c = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = u[i];
        if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || (b >= 0x80 && b < 0xC0)) continue;
        if (b == ',') (*commas)++;
        c++;
    }
    return c;
}

/* Recount the subtree sums, skipping removed subtrees. */
static void measure(work *w)
{
    hnode *n = w->n;
    int32_t count = w->count;
    memset(w->chars, 0, count * sizeof *w->chars);
    memset(w->links, 0, count * sizeof *w->links);
    memset(w->own, 0, count * sizeof *w->own);
    memset(w->own_links, 0, count * sizeof *w->own_links);
    memset(w->commas, 0, count * sizeof *w->commas);
    memset(w->good, 0, count * sizeof *w->good);
    /* Owners and link membership, top-down. */
    uint8_t *in_link = calloc((size_t)count, 1), *in_quote = calloc((size_t)count, 1);
    memset(w->quoted, 0, count * sizeof *w->quoted);
    for (int32_t i = 0; i < count; i++) {
        int32_t par = n[i].parent;
        w->owner[i] = dom_is_block(n[i].tag) || par < 0 ? i : w->owner[par];
        in_link[i] = n[i].tag == TAG_A || (par >= 0 && in_link[par]);
        in_quote[i] = n[i].tag == TAG_BLOCKQUOTE || (par >= 0 && in_quote[par]);
    }
    for (int32_t i = 0; i < count; i++) {
        if (w->drop[i]) { i = n[i].end - 1; continue; }
        if (n[i].tag != TAG_TEXT) continue;
        uint32_t commas = 0, c = count_chars(n[i].text, n[i].text_len, &commas);
        w->chars[i] = c;
        if (in_link[i]) w->links[i] = c;
        if (in_quote[i]) w->quoted[i] = c;
        int32_t o = w->owner[i];
        w->own[o] += c;
        w->commas[o] += commas;
        if (in_link[i]) w->own_links[o] += c;
    }
    /* Good paragraphs: long enough and not mostly links. */
    for (int32_t i = 0; i < count; i++)
        if (w->own[i] >= 80 && w->own_links[i] * 3 < w->own[i] && n[i].tag != TAG_TEXT) w->good[i] = w->own[i];
    /* Subtree sums, bottom-up: children have larger indices. */
    for (int32_t i = count - 1; i > 0; i--) {
        int32_t par = n[i].parent;
        if (par < 0 || w->drop[i]) continue;
        w->quoted[par] += w->quoted[i];
        w->chars[par] += w->chars[i];
        w->links[par] += w->links[i];
        w->good[par] += w->good[i];
    }
    free(in_link);
    free(in_quote);
}

static void record(work *w, int32_t i, const char *kind)
{
    char *t = node_text(w->p, i, 300);
    if (w->debug)
        fprintf(stderr, "drop %s <%s class=%s id=%s> good=%u chars=%u\n", kind, (const char *)w->n[i].x->name,
                dom_attr(&w->p->dom, i, "class"), dom_attr(&w->p->dom, i, "id"), w->good[i], w->chars[i]);
    /* libxml2 keeps line numbers up to 65535; beyond that, unknown */
    long line = xmlGetLineNo(w->n[i].x);
    if (*t) doc_add_removed(w->p->d, kind, t, strlen(t), line > 0 && line < 65535 ? (int)line : 0);
    /* A writer's line removed from the story ("Kenji Watanabe and Li Wei"
     * in a class="author-info"): the author, when the page named none. */
    doc *d = w->p->d;
    if (!strcmp(kind, "byline") && !d->pub.author.value && *t) {
        const char *cls = dom_attr(&w->p->dom, i, "class"), *id = dom_attr(&w->p->dom, i, "id");
        int names = (cls && (strcasestr(cls, "author") || strcasestr(cls, "byline"))) ||
                    (id && (strcasestr(id, "author") || strcasestr(id, "byline")));
        const char *who = names ? html_byline_names(w->p, t) : NULL;
        if (who) doc_set_field(d, &d->pub.author, who, strlen(who), t, strlen(t), "byline");
    }
}

/* ---- pass 1: chrome ---- */

/* A share- or widget-named element that is mostly a block quotation: an
 * embedded post.  Comments quote each other, so they never qualify. */
static int embedded_quote(work *w, int32_t i, const char *kind)
{
    if (strcmp(kind, "share") != 0 && strcmp(kind, "aside") != 0) return 0;
    if (structural_kind(w->n[i].tag)) return 0;
    return w->quoted[i] >= 20 && w->quoted[i] * 2 >= w->chars[i];
}

/* A menu left unclosed (`<div class=nav>Home | World` and no `</div>`)
 * swallows the article after it, so it is kept as a whole; but its own
 * loose text, outside the article's blocks, is still the menu.  Removed
 * when short and not itself a paragraph.  Only menus: a wrapper named
 * "content-sidebar-wrap" that holds the article is no sidebar, and its
 * loose text (a pull quote) is the article's. */
static void drop_menu_text(work *w, int32_t i, const char *kind)
{
    if (strcmp(kind, "navigation") != 0) return;
    if (w->own[i] == 0 || w->own[i] >= 200 || (w->own[i] >= 80 && w->own_links[i] * 3 < w->own[i])) return;
    hnode *n = w->n;
    buf text = BUF_INIT;
    int pending = 0;
    long line = 0;
    for (int32_t j = i + 1; j <= n[i].end; j++) {
        /* a run of loose text ends at a block (its subtree skipped) or at
         * the element's end; inline elements are looked into, as an
         * unclosed <a> may hold the story's blocks too */
        int block = j < n[i].end && n[j].tag != TAG_TEXT && (dom_is_block(n[j].tag) || w->drop[j]);
        if (j == n[i].end || block) {
            if (text.len) {
                doc_add_removed(w->p->d, kind, text.data, text.len, line > 0 && line < 65535 ? (int)line : 0);
                if (w->debug) fprintf(stderr, "drop %s: loose text of a kept <%s>\n", kind, (const char *)n[i].x->name);
            }
            buf_clear(&text);
            pending = 0;
            if (j < n[i].end) j = n[j].end - 1;
            continue;
        }
        if (n[j].tag != TAG_TEXT || w->owner[j] != i) continue;
        if (!text.len) line = xmlGetLineNo(n[j].x);
        text_append_folded(&text, n[j].text, n[j].text_len, &pending);
        w->drop[j] = kind;
    }
    buf_free(&text);
}

static void drop_chrome(work *w)
{
    hnode *n = w->n;
    char low[512];
    for (int32_t i = 0; i < w->count; i++) {
        if (n[i].tag == TAG_TEXT) continue;
        if (invisible(n[i].tag)) { w->drop[i] = "invisible"; i = n[i].end - 1; continue; }
        if (n[i].tag != TAG_BODY && n[i].tag != TAG_HTML && is_hidden(w->p, i)) {
            w->drop[i] = "hidden";
            record(w, i, "hidden");
            i = n[i].end - 1;
            continue;
        }
        read_signals(w->p, i, low, sizeof low, &w->sig[i]);
    }
    measure(w);
    uint32_t total_good = 0, total_text = 0;
    for (int32_t i = 0; i < w->count; i++)
        if (n[i].parent < 0) total_good += w->good[i], total_text += w->chars[i] - w->links[i];
    for (int32_t i = 0; i < w->count; i++) {
        if (n[i].tag == TAG_TEXT) continue;
        if (w->drop[i]) { i = n[i].end - 1; continue; }
        if (n[i].tag == TAG_BODY || n[i].tag == TAG_HTML) continue;
        const char *kind = structural_kind(n[i].tag);
        if (!kind) kind = role_kind(dom_attr(&w->p->dom, i, "role"));
        /* aria-hidden hides from screen readers, usually duplicates and
         * decoration, but some pages set it on the whole article while a
         * banner is open: it goes with the safeguard below */
        const char *aria = dom_attr(&w->p->dom, i, "aria-hidden");
        if (!kind && aria && !strcasecmp(aria, "true")) kind = "hidden";
        /* the class says more than the tag: an <aside class="related"> */
        if (kind && w->sig[i].chrome && !w->sig[i].small_only) kind = w->sig[i].chrome;
        uint32_t limit = total_good / 2;
        if (!kind && w->sig[i].chrome && n[i].tag != TAG_ARTICLE && n[i].tag != TAG_MAIN) {
            if (w->sig[i].small_only) {
                if (w->chars[i] < 200 && w->good[i] == 0) kind = w->sig[i].chrome;
            } else {
                kind = w->sig[i].chrome;
                if (w->sig[i].article) limit = total_good / 4;
            }
        }
        if (!kind) continue;
        /* An embedded post ("social-embed" or "article-widget" around a
         * <blockquote>) is a quotation the article relays, not chrome. */
        if (embedded_quote(w, i, kind)) continue;
        /* Never throw away most of the page's paragraph text on a name. */
        if ((w->good[i] > 0 && w->good[i] >= limit && total_good >= 400) ||
            (w->chars[i] - w->links[i] >= total_text / 2 && total_text >= 200)) {
            drop_menu_text(w, i, kind);
            continue;
        }
        w->drop[i] = kind;
        if (w->chars[i]) record(w, i, kind);
        i = n[i].end - 1;
    }
    measure(w);
}

/* ---- pass 2: scores ---- */

enum { TOP_CANDIDATES = 5 };

static float tag_base(int tag)
{
    switch (tag) {
    case TAG_DIV: case TAG_ARTICLE: case TAG_MAIN: case TAG_SECTION: return 5;
    case TAG_PRE: case TAG_TD: case TAG_BLOCKQUOTE: return 3;
    case TAG_ADDRESS: case TAG_OL: case TAG_UL: case TAG_DL: case TAG_DD: case TAG_DT: case TAG_LI: case TAG_FORM:
        return -3;
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6: case TAG_TH: return -5;
    default: return 0;
    }
}

static void touch(work *w, int32_t i)
{
    if (w->scored[i]) return;
    w->scored[i] = 1;
    float s = tag_base(w->n[i].tag);
    if (w->sig[i].article) s += 25;
    if (w->sig[i].chrome && !w->sig[i].small_only) s -= 25;
    w->score[i] = s;
}

static int32_t best_candidate(work *w)
{
    hnode *n = w->n;
    for (int32_t i = 0; i < w->count; i++) {
        if (w->drop[i]) { i = n[i].end - 1; continue; }
        if (n[i].tag == TAG_TEXT || w->own[i] < 25) continue;
        if (dom_is_heading(n[i].tag) || n[i].tag == TAG_TR || n[i].tag == TAG_BODY || n[i].tag == TAG_HTML) continue;
        if (w->own_links[i] * 2 > w->own[i]) continue;
        float s = 1.0f + (float)w->commas[i] + (float)(w->own[i] / 100 < 3 ? w->own[i] / 100 : 3);
        if (n[i].tag == TAG_LI) s *= 0.5f;
        /* Text directly in a container (a div of text and <br>s) is a
         * paragraph of its own: the container itself is its first parent. */
        int container = n[i].tag == TAG_DIV || n[i].tag == TAG_SECTION || n[i].tag == TAG_ARTICLE ||
                        n[i].tag == TAG_MAIN || n[i].tag == TAG_TD || n[i].tag == TAG_CENTER;
        int level = 0;
        for (int32_t a = container ? i : n[i].parent; a >= 0 && level < 5; a = n[a].parent, level++) {
            if (n[a].tag == TAG_HTML) break;
            touch(w, a);
            w->score[a] += s / (level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f);
        }
    }
    int32_t best = -1;
    float best_score = 0;
    int32_t top[TOP_CANDIDATES];
    int ntop = 0;
    for (int32_t i = 0; i < w->count; i++) {
        if (w->drop[i]) { i = n[i].end - 1; continue; }
        if (!w->scored[i]) continue;
        float density = w->chars[i] ? (float)w->links[i] / (float)w->chars[i] : 0;
        w->score[i] *= 1.0f - density;
        /* Position: what starts in the last quarter of the page is more
         * often comments and footers than the article; a gentle handicap. */
        float position = (float)i / (float)w->count;
        if (position > 0.75f) w->score[i] *= 1.0f - (position - 0.75f);
        if (best < 0 || w->score[i] > best_score) best = i, best_score = w->score[i];
        /* keep the best few, for the shared-ancestor rule below */
        int k;
        if (ntop < TOP_CANDIDATES) k = ntop++;
        else if (w->score[top[TOP_CANDIDATES - 1]] < w->score[i]) k = TOP_CANDIDATES - 1;
        else continue;
        top[k] = i;
        while (k > 0 && w->score[top[k - 1]] < w->score[top[k]]) {
            int32_t t = top[k - 1];
            top[k - 1] = top[k], top[k] = t, k--;
        }
        if (w->debug && w->score[i] > 5)
            fprintf(stderr, "cand %d <%s class=%s id=%s> score=%.1f good=%u chars=%u links=%u\n", i,
                    (const char *)n[i].x->name, dom_attr(&w->p->dom, i, "class"), dom_attr(&w->p->dom, i, "id"),
                    w->score[i], w->good[i], w->chars[i], w->links[i]);
    }
    /* An article cut into many small wrappers (one <div> per paragraph)
     * gives many near-equal candidates: when three of the best share an
     * ancestor of the winner, that ancestor is the article. */
    if (best >= 0) {
        int close = 0;
        for (int k = 0; k < ntop; k++)
            if (top[k] != best && w->score[top[k]] >= best_score * 0.75f) close++;
        if (close >= 2) {
            for (int32_t a = n[best].parent; a >= 0 && n[a].tag != TAG_BODY && n[a].tag != TAG_HTML; a = n[a].parent) {
                int inside = 0;
                for (int k = 0; k < ntop; k++)
                    if (w->score[top[k]] >= best_score * 0.75f && top[k] >= a && top[k] < n[a].end) inside++;
                if (inside >= 3) {
                    touch(w, a);
                    best = a;
                    break;
                }
            }
        }
    }
    /* An article split into chunks under a shared wrapper (a pull quote or
     * an ad between two halves): a close rival that is a near cousin of the
     * winner brings their common ancestor in, if it is near enough. */
    if (best >= 0) {
        for (int k = 0; k < ntop; k++) {
            int32_t c = top[k];
            if (c == best || w->score[c] < w->score[best] * 0.6f) continue;
            if ((c >= best && c < n[best].end) || (best >= c && best < n[c].end)) continue;
            int32_t a = n[best].parent;
            int up = 1;
            while (a >= 0 && up <= 3 && !(c >= a && c < n[a].end)) a = n[a].parent, up++;
            if (a < 0 || up > 3 || n[a].tag == TAG_BODY || n[a].tag == TAG_HTML) continue;
            touch(w, a);
            best = a;
            break;
        }
    }
    return best;
}

/* ---- pass 3: evidence ---- */

/* Lowest common ancestor of two nodes. */
static int32_t common_ancestor(work *w, int32_t a, int32_t b)
{
    /* b lies after a in document order: climb from a until its subtree holds b. */
    while (a >= 0 && !(a <= b && b < w->n[a].end)) a = w->n[a].parent;
    return a;
}

/* Find the text node holding a probe of the JSON-LD body (first or last
 * words), comparing with white space folded. */
static int32_t find_text(work *w, const char *probe, size_t len, int32_t from)
{
    if (len < 12) return -1;
    buf b = BUF_INIT;
    int32_t hit = -1;
    for (int32_t i = from; i < w->count && hit < 0; i++) {
        if (w->drop[i]) { i = w->n[i].end - 1; continue; }
        if (w->n[i].tag != TAG_TEXT || w->n[i].text_len < len) continue;
        buf_clear(&b);
        int pending = 0;
        text_append_folded(&b, w->n[i].text, w->n[i].text_len, &pending);
        if (b.len >= len && memmem(b.data, b.len, probe, len)) hit = i;
    }
    buf_free(&b);
    return hit;
}

static int32_t json_ld_container(work *w)
{
    page *p = w->p;
    if (!p->ld_body || p->ld_body_len < 200) return -1;
    buf body = BUF_INIT;
    int pending = 0;
    text_append_folded(&body, p->ld_body, p->ld_body_len, &pending);
    int32_t result = -1;
    if (body.len >= 200) {
        /* Probes of a few words from each end, cut at spaces so no
         * character is split; the JSON often glues paragraphs together
         * ("moons.The"), so several probes are tried inward from each end. */
        int32_t first = -1, last = -1;
        size_t start = 0;
        for (int tries = 0; tries < 6 && first < 0 && start + 60 < body.len; tries++) {
            size_t k = start + 30;
            while (k < body.len && body.data[k] != ' ') k++;
            first = find_text(w, body.data + start, k - start, 0);
            start = k + 1;
        }
        size_t stop = body.len;
        for (int tries = 0; tries < 6 && first >= 0 && last < 0 && stop > start + 60; tries++) {
            size_t s = stop - 30;
            while (s > start && body.data[s - 1] != ' ') s--;
            last = find_text(w, body.data + s, stop - s, first);
            stop = s ? s - 1 : 0;
        }
        if (first >= 0 && last >= 0) result = common_ancestor(w, first, last);
        if (result >= 0 && w->n[result].tag == TAG_TEXT) result = w->n[result].parent;
    }
    buf_free(&body);
    return result;
}

static int32_t marked_container(work *w, int32_t best)
{
    hnode *n = w->n;
    int32_t article = -1, articles = 0;
    for (int32_t i = 0; i < w->count; i++) {
        if (w->drop[i]) { i = n[i].end - 1; continue; }
        if (n[i].tag == TAG_TEXT) continue;
        const char *ip = dom_attr(&w->p->dom, i, "itemprop");
        if (ip && strcasestr(ip, "articleBody") && w->good[i] >= 200) return i;
        if (n[i].tag == TAG_ARTICLE && w->good[i] >= 200) {
            articles++;
            if (article < 0) article = i;
        }
    }
    /* One <article> with most of the best candidate's text narrows it. */
    if (articles == 1 && best >= 0 && best < article && article < n[best].end &&
        w->good[article] * 10 >= w->good[best] * 7)
        return article;
    return -1;
}

/* A standfirst: the summary a page prints under its headline. */
static int names_summary(work *w, int32_t i)
{
    const char *cls = dom_attr(&w->p->dom, i, "class");
    if (!cls || !*cls) return 0;
    char low[256];
    snprintf(low, sizeof low, "%s", cls);
    for (char *c = low; *c; c++) *c = (char)tolower((unsigned char)*c);
    static const char *const words[] = {"standfirst", "=dek", "subtitle", "subheadline", "sub-headline",
                                        "=summary", "article-summary", "=lede", "=intro-text"};
    class_text ct;
    class_text_init(&ct, low);
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (has_word(&ct, words[k])) return 1;
    return 0;
}

/* ---- pass 4: siblings ---- */

static int include_sibling(work *w, int32_t s, int32_t best, float threshold)
{
    if (s == best) return 1;
    if (w->drop[s] || w->n[s].tag == TAG_TEXT) return w->n[s].tag == TAG_TEXT && w->chars[s] >= 80;
    float bonus = 0;
    const char *c1 = dom_attr(&w->p->dom, s, "class"), *c2 = dom_attr(&w->p->dom, best, "class");
    if (c1 && c2 && *c1 && strcmp(c1, c2) == 0) bonus = w->score[best] * 0.2f;
    if (w->scored[s] && w->score[s] + bonus >= threshold) return 1;
    /* the standfirst printed just before the article */
    if (s < best && w->chars[s] && w->chars[s] < 400 && w->links[s] * 5 < w->chars[s])
        for (int32_t j = s; j < w->n[s].end && j < s + 20; j++)
            if (dom_is_block(w->n[j].tag) && !w->drop[j] && names_summary(w, j)) return 1;
    if (w->n[s].tag == TAG_P || w->n[s].tag == TAG_BLOCKQUOTE || dom_is_heading(w->n[s].tag)) {
        uint32_t len = w->chars[s];
        float density = len ? (float)w->links[s] / (float)len : 1;
        if (len > 80 && density < 0.25f) return 1;
        if (len > 0 && len <= 80 && density == 0) {
            /* short sentence paragraphs between article parts */
            char *t = node_text(w->p, s, 200);
            size_t k = strlen(t);
            return k && (t[k - 1] == '.' || t[k - 1] == '"' || (w->good[best] == 0 && len >= 30));
        }
    }
    return 0;
}

/* ---- pass 5: paragraphs ---- */

static const char *const boilerplate[] = {
    "advertisement", "advertisements", "ad", "story continues below advertisement",
    "continue reading the main story", "continue reading below", "continue reading", "read more",
    "related", "related articles", "related stories", "share", "share this", "share this article",
    "comments", "sponsored", "loading", "loading...", "skip to content", "skip advertisement",
    "supported by", "image", "photo", "video", "advert", "tags", "don't miss", "don’t miss",
    "this slideshow requires javascript.", "tell us what you think...", "sponsored links", "more", "text size",
    "learn more",
};

/* A photo credit line: short, and naming a picture agency or saying so. */
static int is_credit(const char *s, size_t n)
{
    if (n > 150) return 0;
    static const char *const marks[] = {
        "getty images", "ap photo", "afp photo", "reuters/", "photo:", "photo by", "image:", "credit:",
        "photograph:", "shutterstock", "image source:", "(photo", "/ap)", "/afp", "via getty",
    };
    char low[160];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof low; i++) low[k++] = (char)tolower((unsigned char)s[i]);
    low[k] = '\0';
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (strstr(low, marks[i])) return 1;
    return 0;
}

/* A block that is only a date, as a <time> or stamp under the headline
 * prints it ("27 November 2026", "Updated: Nov 27, 2026 09:14"): page
 * furniture, not a paragraph of the story.  A day and month at least, and
 * the date most of the line. */
static int is_date_line(const char *s, size_t n)
{
    if (n > 60) return 0;
    extract_date_match m;
    if (!extract_parse_date(s, n, &m) || !m.date.day || !m.date.month) return 0;
    return (m.end - m.start) * 10 >= n * 6;
}

static int is_boilerplate(const char *s, size_t n)
{
    if (n > 40) return 0;
    char low[48];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) low[k++] = (char)tolower((unsigned char)s[i]);
    while (k && (low[k - 1] == ':' || low[k - 1] == ' ')) k--;
    low[k] = '\0';
    for (size_t i = 0; i < sizeof boilerplate / sizeof *boilerplate; i++)
        if (strcmp(low, boilerplate[i]) == 0) return 1;
    return 0;
}

/* A short heading that announces other stories ("Related", "More great
 * stories", "You may also like"). */
static int announces_related(work *w, int32_t i)
{
    /* A heading is a handful of nodes; without the bound, every block of a
     * deeply nested chain would walk the whole chain below it (quadratic). */
    if (w->chars[i] == 0 || w->chars[i] > 60 || w->n[i].end - i > 64) return 0;
    char *t = node_text(w->p, i, 120);
    for (char *c = t; *c; c++) *c = (char)tolower((unsigned char)*c);
    static const char *const phrases[] = {
        "related", "recommended", "you may also like", "you might also like", "read more", "more from",
        "don't miss", "don’t miss", "most popular", "most read", "trending", "also read", "see also",
        "read next", "further reading",
    };
    for (size_t k = 0; k < sizeof phrases / sizeof *phrases; k++)
        if (strstr(t, phrases[k])) return 1;
    return strstr(t, "more ") && (strstr(t, "stories") || strstr(t, "articles") || strstr(t, "news"));
}

/* Inside the article: lists of links, chrome by class, link-only blocks. */
static void clean_inside(work *w, int32_t root, uint32_t root_good)
{
    hnode *n = w->n;
    for (int32_t i = root + 1; i < n[root].end; i++) {
        if (w->drop[i]) { i = n[i].end - 1; continue; }
        int tag = n[i].tag;
        if (tag == TAG_TEXT) continue;
        uint32_t len = w->chars[i];
        float density = len ? (float)w->links[i] / (float)len : 0;
        const char *kind = NULL;
        if (w->sig[i].chrome && w->sig[i].small_only && len < 200 && w->good[i] == 0) kind = w->sig[i].chrome;
        else if (w->sig[i].chrome && !w->sig[i].small_only && w->good[i] * 2 < root_good &&
                 !embedded_quote(w, i, w->sig[i].chrome))
            kind = w->sig[i].chrome;
        else if ((tag == TAG_UL || tag == TAG_OL || tag == TAG_DIV || tag == TAG_SECTION || tag == TAG_TABLE ||
                  tag == TAG_DL || tag == TAG_FIGURE) &&
                 len && density > 0.5f && w->good[i] * 2 < root_good)
            kind = "links";
        else if ((tag == TAG_P || tag == TAG_LI) && len && len < 200 && density > 0.8f)
            kind = "links";
        else if ((dom_is_heading(tag) || tag == TAG_DIV || tag == TAG_P) && announces_related(w, i)) {
            /* the announcement and the list of stories after it */
            int32_t next = n[i].next;
            while (next >= 0 && n[next].tag == TAG_TEXT && w->chars[next] == 0) next = n[next].next;
            if (next >= 0 && (n[next].tag == TAG_UL || n[next].tag == TAG_OL || n[next].tag == TAG_DIV ||
                              n[next].tag == TAG_SECTION) &&
                !w->drop[next] && w->links[next] * 5 > w->chars[next] && w->good[next] * 2 < root_good) {
                record(w, next, "related");
                w->drop[next] = "related";
                kind = "related";
            } else if (len <= 25) {
                kind = "related"; /* a bare "Related" label; a longer subhead may be the article's */
            }
        }
        if (!kind) continue;
        record(w, i, kind);
        w->drop[i] = kind;
        i = n[i].end - 1;
    }
}

/* The paragraph kind of every node, top-down in one pass (a climb per
 * paragraph would be quadratic in the nesting depth): quotes and
 * preformatted text pass to everything inside, list items to the blocks
 * inside them, headings to their own text. */
static void assign_kinds(work *w)
{
    for (int32_t i = 0; i < w->count; i++) {
        int32_t par = w->n[i].parent;
        uint8_t inherited = par >= 0 ? w->kind[par] : DYAD_PARAGRAPH_BODY;
        int tag = w->n[i].tag;
        uint8_t k;
        if (inherited == DYAD_PARAGRAPH_QUOTE || inherited == DYAD_PARAGRAPH_PREFORMATTED) k = inherited;
        else if (tag == TAG_BLOCKQUOTE) k = DYAD_PARAGRAPH_QUOTE;
        else if (tag == TAG_PRE) k = DYAD_PARAGRAPH_PREFORMATTED;
        else if (dom_is_heading(tag)) k = DYAD_PARAGRAPH_SUBHEAD;
        else if (tag == TAG_LI || tag == TAG_DD || tag == TAG_DT) k = DYAD_PARAGRAPH_LIST_ITEM;
        else if (dom_is_block(tag) && inherited == DYAD_PARAGRAPH_SUBHEAD) k = DYAD_PARAGRAPH_BODY;
        else if (dom_is_block(tag) && inherited == DYAD_PARAGRAPH_BODY && names_summary(w, i)) k = DYAD_PARAGRAPH_SUMMARY;
        else k = inherited;
        w->kind[i] = k;
    }
}

static dyad_paragraph_kind kind_of(work *w, int32_t block) { return (dyad_paragraph_kind)w->kind[block]; }

typedef struct emitter {
    work *w;
    buf para;
    int pending;
    int32_t owner;
    const char *title;
    int body_seen;        /* a body paragraph is out: the lead has begun */
    int32_t headline_at;  /* the headline's heading in the article, or -1 */
    int32_t first_text;   /* the paragraph's first text node */
} emitter;

/* A kicker over the headline: a short label, no sentence ("DIPLOMACY",
 * "World news"). */
static int is_kicker(const char *s, size_t n)
{
    if (n == 0 || n > 40) return 0;
    size_t words = 1;
    for (size_t i = 0; i < n; i++) words += s[i] == ' ';
    char last = s[n - 1];
    return words <= 3 && last != '.' && last != '!' && last != '?' && last != ':';
}

/* A date stamp above the lead ("Published 4 March 2025"): the page's date
 * when nothing stronger gives one (html_late_dates).  A full date only, and
 * not an update's. */
static void note_stamp(emitter *e, const char *s, size_t n)
{
    page *p = e->w->p;
    if (e->body_seen || p->stamp.precision != DYAD_DATE_NONE) return;
    char *t = strndup(s, n);
    int update = t && (strcasestr(t, "updated") || strcasestr(t, "modified"));
    free(t);
    extract_date_match m;
    if (update || !extract_parse_date(s, n, &m) || !m.date.year || !m.date.day) return;
    p->stamp = m.date;
    p->stamp.evidence = doc_strndup(p->d, s + m.start, m.end - m.start);
    p->stamp.origin = "stamp";
}

static int same_text(const char *a, size_t an, const char *b)
{
    return b && strlen(b) == an && strncasecmp(a, b, an) == 0;
}

/* An <h1> that is a variant of the headline ("Headline" vs "Headline:
 * the subtitle", or the title without its kicker): either holds the other. */
static int headline_variant(const char *a, size_t an, const char *title)
{
    if (!title || an < 10) return 0;
    size_t tn = strlen(title);
    char *x = strndup(a, an);
    int hit = x && ((an <= tn && strcasestr(title, x)) || (tn < an && tn >= 10 && strcasestr(x, title)));
    free(x);
    return hit;
}

/* The heading inside root that prints the headline, or -1. */
static int32_t headline_heading(work *w, int32_t root, const char *title)
{
    for (int32_t i = root; i < w->n[root].end; i++) {
        if (w->drop[i]) { i = w->n[i].end - 1; continue; }
        if (!dom_is_heading(w->n[i].tag) || w->n[i].end - i > 64) continue;
        char *t = node_text(w->p, i, 1000);
        size_t tn = strlen(t);
        if (same_text(t, tn, title) || (w->n[i].tag == TAG_H1 && headline_variant(t, tn, title))) return i;
    }
    return -1;
}

static void flush(emitter *e)
{
    doc *d = e->w->p->d;
    const char *furniture;
    size_t name_start, name_end;
    if (e->para.len && e->owner >= 0) {
        dyad_paragraph_kind k = kind_of(e->w, e->owner);
        if (same_text(e->para.data, e->para.len, e->title) ||
            (e->w->n[e->owner].tag == TAG_H1 && headline_variant(e->para.data, e->para.len, e->title))) {
            /* the headline again: it is already the first paragraph */
        } else if (is_boilerplate(e->para.data, e->para.len)) {
            doc_add_removed(d, "boilerplate", e->para.data, e->para.len, 0);
        } else if (k != DYAD_PARAGRAPH_QUOTE && is_credit(e->para.data, e->para.len)) {
            doc_add_removed(d, "credit", e->para.data, e->para.len, 0);
        } else if (k == DYAD_PARAGRAPH_BODY && !e->body_seen &&
                   extract_byline_of_line(e->para.data, e->para.len, &name_start, &name_end)) {
            /* "By Awa Diop" above the lead: the author, not the story */
            doc_add_removed(d, "byline", e->para.data, e->para.len, 0);
            if (!d->pub.author.value)
                doc_set_field(d, &d->pub.author, e->para.data + name_start, name_end - name_start, e->para.data,
                              e->para.len, "byline");
            note_stamp(e, e->para.data, e->para.len);
        } else if (k == DYAD_PARAGRAPH_BODY && is_date_line(e->para.data, e->para.len)) {
            doc_add_removed(d, "date-stamp", e->para.data, e->para.len, 0);
            note_stamp(e, e->para.data, e->para.len);
        } else if (k == DYAD_PARAGRAPH_BODY && (furniture = extract_furniture_kind(e->para.data, e->para.len)) != NULL) {
            doc_add_removed(d, furniture, e->para.data, e->para.len, 0);
            if (!strcmp(furniture, "date-stamp")) note_stamp(e, e->para.data, e->para.len);
        } else if (k == DYAD_PARAGRAPH_BODY && e->first_text < e->headline_at && is_kicker(e->para.data, e->para.len)) {
            doc_add_removed(d, "section", e->para.data, e->para.len, 0);
        } else {
            doc_add_paragraph(d, k, e->para.data, e->para.len);
            if (k == DYAD_PARAGRAPH_BODY) e->body_seen = 1;
        }
    }
    buf_clear(&e->para);
    e->pending = 0;
}

static void emit(emitter *e, int32_t root)
{
    work *w = e->w;
    hnode *n = w->n;
    int32_t end = n[root].end;
    for (int32_t i = root; i < end; i++) {
        if (w->drop[i]) { i = n[i].end - 1; continue; }
        if (n[i].tag == TAG_BR || n[i].tag == TAG_HR) { flush(e); continue; }
        if (n[i].tag != TAG_TEXT) continue;
        int32_t o = w->owner[i];
        if (o != e->owner) {
            flush(e);
            e->owner = o;
        }
        if (!e->para.len) e->first_text = i;
        if (kind_of(w, o) == DYAD_PARAGRAPH_PREFORMATTED) buf_append(&e->para, n[i].text, n[i].text_len);
        else text_append_folded(&e->para, n[i].text, n[i].text_len, &e->pending);
    }
    flush(e);
    e->owner = -1;
}

/* The last paragraphs of an article are where sites ask for something:
 * "Sign up for our newsletter", "Subscribe ... Click here".  Short ones
 * with such words are taken off the end (at most three, never the only
 * paragraph). */
static void trim_trailing_promos(doc *d, size_t first)
{
    static const char *const asks[] = {
        "subscribe", "sign up", "newsletter", "click here", "get access", "follow us", "download our app",
        "share it with", "like this story", "on twitter", "on facebook", "on instagram", "write to ",
        "follow her on", "follow him on", "follow them on",
    };
    for (int k = 0; k < 3 && d->paragraphs.count > first + 1; k++) {
        dyad_paragraph *last = &d->paragraphs.items[d->paragraphs.count - 1];
        size_t len = last->span.end - last->span.start;
        if (len >= 300 || (last->kind != DYAD_PARAGRAPH_BODY && last->kind != DYAD_PARAGRAPH_LIST_ITEM)) return;
        char *t = strndup(d->text.data + last->span.start, len);
        if (!t) return;
        int ask = 0;
        for (size_t a = 0; a < sizeof asks / sizeof *asks && !ask; a++) ask = strcasestr(t, asks[a]) != NULL;
        if (ask) {
            doc_add_removed(d, "promo", t, len, 0);
            d->paragraphs.count--;
            d->text.len = d->paragraphs.count ? d->paragraphs.items[d->paragraphs.count - 1].span.end : 0;
            d->text.data[d->text.len] = '\0';
        }
        free(t);
        if (!ask) return;
    }
}

typedef struct removed_order {
    int32_t line; /* 0 (unknown) sorts last */
    size_t index;
    dyad_removed item;
} removed_order;

static int by_line(const void *a, const void *b)
{
    const removed_order *x = a, *y = b;
    uint32_t lx = x->item.line > 0 ? (uint32_t)x->item.line : UINT32_MAX;
    uint32_t ly = y->item.line > 0 ? (uint32_t)y->item.line : UINT32_MAX;
    if (lx != ly) return lx < ly ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The chrome this stage removed, in page order (the passes find it in
 * several sweeps); a stable sort by line. */
static void sort_removed(doc *d, size_t from)
{
    size_t n = d->removed.count - from;
    if (n < 2) return;
    removed_order *o = malloc(n * sizeof *o);
    for (size_t i = 0; i < n; i++) o[i] = (removed_order){0, i, d->removed.items[from + i]};
    qsort(o, n, sizeof *o, by_line);
    for (size_t i = 0; i < n; i++) d->removed.items[from + i] = o[i].item;
    free(o);
}

void html_content(page *p)
{
    doc *d = p->d;
    size_t removed_before = d->removed.count;
    work w = {.p = p, .n = p->dom.nodes, .count = (int32_t)p->dom.count, .debug = getenv("DYAD_HTML_DEBUG") != NULL};
    size_t c = (size_t)w.count;
    w.drop = calloc(c, sizeof *w.drop);
    w.chars = calloc(c, sizeof *w.chars);
    w.links = calloc(c, sizeof *w.links);
    w.own = calloc(c, sizeof *w.own);
    w.own_links = calloc(c, sizeof *w.own_links);
    w.commas = calloc(c, sizeof *w.commas);
    w.good = calloc(c, sizeof *w.good);
    w.quoted = calloc(c, sizeof *w.quoted);
    w.owner = calloc(c, sizeof *w.owner);
    w.score = calloc(c, sizeof *w.score);
    w.scored = calloc(c, 1);
    w.kind = calloc(c, 1);
    w.sig = calloc(c, sizeof *w.sig);

    if (p->title) doc_add_paragraph(d, DYAD_PARAGRAPH_TITLE, p->title, strlen(p->title));
    drop_chrome(&w);
    int32_t best = best_candidate(&w);
    int32_t evidence = json_ld_container(&w);
    int from_evidence = evidence >= 0 && w.good[evidence] > 0;
    if (!from_evidence) evidence = marked_container(&w, best);
    if (evidence >= 0) {
        best = evidence;
        touch(&w, best);
    }

    if (best < 0) {
        /* Nothing looks like article paragraphs (a page of short lines):
         * keep all the visible text of the body rather than nothing. */
        for (int32_t i = 0; i < w.count && best < 0; i++)
            if (w.n[i].tag == TAG_BODY && !w.drop[i]) best = i;
        if (best < 0 && w.count && !w.drop[0]) best = 0;
        from_evidence = 1; /* no siblings to weigh */
    }
    VEC(int32_t) roots = {0};
    if (best >= 0) {
        int32_t par = w.n[best].parent;
        float threshold = w.score[best] * 0.2f > 10 ? w.score[best] * 0.2f : 10;
        if (par >= 0 && !from_evidence) {
            for (int32_t s = w.n[par].first_child; s >= 0; s = w.n[s].next)
                if (include_sibling(&w, s, best, threshold)) VEC_PUSH(&roots, s);
        } else {
            VEC_PUSH(&roots, best);
        }
    }
    /* Parts of one article in separate wrappers of the same class (a long
     * read cut by sidebars): prose elements with the winner's exact class
     * join it, in document order. */
    const char *cls = best >= 0 ? dom_attr(&p->dom, best, "class") : NULL;
    if (cls && *cls && roots.count) {
        /* the roots are disjoint subtrees: mark where each starts */
        uint8_t *root_at = calloc(c, 1);
        for (size_t r = 0; r < roots.count; r++) root_at[roots.items[r]] = 1;
        for (int32_t i = 0; i < w.count; i++) {
            if (w.drop[i] || root_at[i]) { i = w.n[i].end - 1; continue; }
            if (w.n[i].tag != w.n[best].tag || w.good[i] < 150 || w.links[i] * 3 >= w.chars[i]) continue;
            const char *c = dom_attr(&p->dom, i, "class");
            if (!c || strcmp(c, cls) != 0) continue;
            if (i < roots.items[0] && w.n[i].end > roots.items[0]) continue; /* an ancestor */
            VEC_PUSH(&roots, i);
            i = w.n[i].end - 1;
        }
        free(root_at);
        /* document order */
        for (size_t a = 1; a < roots.count; a++)
            for (size_t b = a; b > 0 && roots.items[b - 1] > roots.items[b]; b--) {
                int32_t t = roots.items[b - 1];
                roots.items[b - 1] = roots.items[b], roots.items[b] = t;
            }
    }
    uint32_t good = 0;
    for (size_t r = 0; r < roots.count; r++) good += w.good[roots.items[r]];
    for (size_t r = 0; r < roots.count; r++) clean_inside(&w, roots.items[r], good);

    assign_kinds(&w);
    sort_removed(d, removed_before);
    emitter e = {.w = &w, .owner = -1, .title = p->title, .headline_at = -1};
    for (size_t r = 0; r < roots.count && e.headline_at < 0 && p->title; r++)
        e.headline_at = headline_heading(&w, roots.items[r], p->title);
    size_t first_paragraph = d->paragraphs.count;
    for (size_t r = 0; r < roots.count; r++) emit(&e, roots.items[r]);
    buf_free(&e.para);
    trim_trailing_promos(d, first_paragraph);
    VEC_FREE(&roots);

    free(w.drop), free(w.chars), free(w.links), free(w.own), free(w.own_links), free(w.commas);
    free(w.good), free(w.quoted), free(w.owner), free(w.score), free(w.scored), free(w.kind), free(w.sig);
}
