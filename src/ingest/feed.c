/* feed.c — RSS and Atom feeds through libxml2's parser in recovery mode.
 *
 * The feed is parsed into a tree once (feeds are small), then items are
 * handed out one at a time by an iterative walk, so deep or odd nesting
 * costs no stack.  Broken XML still yields the items libxml2 could recover,
 * each with a warning that says what was wrong; XML that yields no feed at
 * all becomes one error input.  External entities and the network are never
 * touched (no XML_PARSE_NOENT, XML_PARSE_NONET). */
#include "ingest/feed.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "base/buf.h"
#include "base/fail.h"
#include "base/json.h"
#include "ingest/feed_outlet.h"

struct feed_reader {
    char *path;
    size_t limit;
    xmlDocPtr doc;
    xmlNodePtr cursor;      /* next node of the walk, NULL when done */
    const char *container;  /* "rss" or "atom" */
    const char *item_name;  /* "item" or "entry" */
    input *first;           /* an error input to hand out before anything else */
    char *language;         /* the feed's language, for items without their own */
    char *feed_title;
    char *feed_author;      /* Atom: entries without an author inherit the feed's */
    char recovered[300];    /* non-empty when the XML had to be repaired */
    int *ampersand_lines;   /* the line of each bare '&' kept, by its mark */
    size_t ampersands;      /* how many marks */
    char syntax[200];       /* the parser's complaint, for a feed that yields nothing */
    int syntax_line;
    int items;
    bool finished;
};

static bool named(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static bool in_namespace(xmlNodePtr n, const char *fragment)
{
    return n->ns && n->ns->href && strstr((const char *)n->ns->href, fragment);
}

static char *attribute(xmlNodePtr n, const char *name)
{
    return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* Text content with surrounding white space trimmed (malloc'd by libxml2). */
static char *text_of(xmlNodePtr n)
{
    char *s = (char *)xmlNodeGetContent(n);
    if (!s) return NULL;
    size_t a = 0, b = strlen(s);
    while (a < b && isspace((unsigned char)s[a])) a++;
    while (b > a && isspace((unsigned char)s[b - 1])) b--;
    memmove(s, s + a, b - a);
    s[b - a] = '\0';
    if (!*s) { xmlFree(s); return NULL; }
    return s;
}

/* A title as plain text: Atom allows type="html" (escaped markup) and
 * "xhtml" (inline markup); the tags go, their text stays. */
static char *title_of(xmlNodePtr n)
{
    char *s = text_of(n);
    char *type = (char *)xmlGetProp(n, (const xmlChar *)"type");
    bool markup = type && (!strcasecmp(type, "html") || !strcasecmp(type, "xhtml"));
    xmlFree(type);
    if (!s || !markup) return s;
    size_t k = 0;
    bool in_tag = false;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '<') in_tag = true;
        else if (s[i] == '>' && in_tag) in_tag = false;
        else if (!in_tag) s[k++] = s[i];
    }
    s[k] = '\0';
    return s;
}

static void take(char **slot, char *value)
{
    if (!value) return;
    if (*slot) xmlFree(value);
    else *slot = value;
}

static void keep_text(char **slot, xmlNodePtr n)
{
    if (!*slot) *slot = text_of(n);
}

static xmlNodePtr first_element(xmlNodePtr n, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (named(c, name)) return c;
    return NULL;
}

/* Feeds written by HTML tools often use HTML's named entities (&nbsp;,
 * &rsquo;), which XML does not define: the parser would drop them (and the
 * space or quote they stand for).  Rewrite each as a numeric reference
 * first, unless the feed declares entities of its own.  Returns how many. */
static size_t numeric_entities(buf *data)
{
    if (!data->len || memmem(data->data, data->len, "<!ENTITY", 8)) return 0;
    if (!memmem(data->data, data->len, "&", 1)) return 0;
    buf out = BUF_INIT;
    size_t done = 0, last = 0;
    for (size_t i = 0; i < data->len; i++) {
        if (data->data[i] != '&') continue;
        size_t k = i + 1;
        while (k < data->len && k - i <= 10 && isalnum((unsigned char)data->data[k])) k++;
        if (k >= data->len || data->data[k] != ';' || k == i + 1) continue;
        char name[12];
        memcpy(name, data->data + i + 1, k - i - 1);
        name[k - i - 1] = '\0';
        if (!strcmp(name, "amp") || !strcmp(name, "lt") || !strcmp(name, "gt") || !strcmp(name, "quot") ||
            !strcmp(name, "apos"))
            continue;
        const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
        if (!e) continue;
        buf_append(&out, data->data + last, i - last);
        buf_printf(&out, "&#%u;", e->value);
        last = k + 1;
        done++;
    }
    if (done) {
        buf_append(&out, data->data + last, data->len - last);
        buf_free(data);
        *data = out;
    } else buf_free(&out);
    return done;
}

/* Whether data[i..n) (just after a '&') is a reference: a name, "#digits"
 * or "#xhex", then ';'. */
static bool starts_reference(const char *data, size_t i, size_t n)
{
    size_t k = i;
    if (k < n && data[k] == '#') {
        k++;
        bool hex = k < n && (data[k] == 'x' || data[k] == 'X');
        if (hex) k++;
        size_t digits = k;
        while (k < n && (hex ? isxdigit((unsigned char)data[k]) : isdigit((unsigned char)data[k]))) k++;
        return k > digits && k < n && data[k] == ';';
    }
    unsigned char c = k < n ? (unsigned char)data[k] : 0;
    if (!(isalpha(c) || c == '_' || c == ':' || c >= 0x80)) return false;
    while (k < n && k - i < 64) {
        c = (unsigned char)data[k];
        if (!(isalnum(c) || c == '_' || c == ':' || c == '-' || c == '.' || c >= 0x80)) break;
        k++;
    }
    return k < n && data[k] == ';';
}

/* A '&' that starts no reference ("Second & item") is an XML error that
 * libxml2 recovers from by dropping the '&'.  It is kept: before parsing,
 * the k-th is written as a reference to the private-use character
 * U+F0000 + k (its mark), which the items' fields turn back into '&'
 * (restore_ampersands), so that each item can say how many of its own it
 * had and where.  CDATA sections, comments and processing instructions,
 * where '&' is literal, are left alone.  Returns how many, with the line of
 * each in *lines (malloc'd); past AMPERSAND_MARKS, all share the last mark. */
enum { AMPERSAND_MARK = 0xF0000, AMPERSAND_MARKS = 0xFFFE };
static size_t escape_bare_ampersands(buf *data, int **lines)
{
    *lines = NULL;
    if (!data->len || !memchr(data->data, '&', data->len) || memmem(data->data, data->len, "<!ENTITY", 8)) return 0;
    buf out = BUF_INIT;
    size_t done = 0, last = 0, n = data->len, cap = 0;
    int line = 1;
    const char *d = data->data;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        if (c == '\n') line++;
        else if (c == '<' && i + 1 < n && (d[i + 1] == '!' || d[i + 1] == '?')) {
            const char *close = NULL;
            if (n - i >= 9 && !memcmp(d + i, "<![CDATA[", 9)) close = "]]>";
            else if (n - i >= 4 && !memcmp(d + i, "<!--", 4)) close = "-->";
            else if (d[i + 1] == '?') close = "?>";
            if (!close) continue;
            const char *end = memmem(d + i + 2, n - i - 2, close, strlen(close));
            size_t stop = end ? (size_t)(end - d) + strlen(close) : n;
            for (size_t k = i; k < stop; k++) line += d[k] == '\n';
            i = stop - 1;
        } else if (c == '&' && !starts_reference(d, i + 1, n)) {
            size_t mark = done < AMPERSAND_MARKS ? done : AMPERSAND_MARKS - 1;
            if (done < AMPERSAND_MARKS) {
                if (done == cap) *lines = xrealloc(*lines, (cap = cap ? 2 * cap : 16) * sizeof **lines);
                (*lines)[done] = line;
            }
            buf_append(&out, d + last, i + 1 - last);
            buf_printf(&out, "#x%zX;", AMPERSAND_MARK + mark);
            last = i + 1;
            done++;
        }
    }
    if (done) {
        buf_append(&out, d + last, n - last);
        buf_free(data);
        *data = out;
    } else buf_free(&out);
    return done;
}

/* Turn the marks of bare '&'s in s back into '&' (in place); adds how
 * many to *count and keeps the smallest mark in *first. */
static void restore_ampersands(const feed_reader *f, char *s, size_t *count, size_t *first)
{
    if (!s || !f->ampersands) return;
    size_t marks = f->ampersands < AMPERSAND_MARKS ? f->ampersands : AMPERSAND_MARKS;
    unsigned char *u = (unsigned char *)s;
    size_t k = 0;
    for (size_t i = 0; u[i];) {
        /* U+F0000..U+FFFFF is F3 B0..BF 80..BF 80..BF */
        if (u[i] == 0xF3 && u[i + 1] >= 0xB0 && u[i + 1] <= 0xBF && (u[i + 2] & 0xC0) == 0x80 &&
            (u[i + 3] & 0xC0) == 0x80) {
            size_t mark = ((size_t)(u[i + 1] & 0x0F) << 12 | (size_t)(u[i + 2] & 0x3F) << 6 | (u[i + 3] & 0x3F));
            if (mark < marks) {
                if (!*count || mark < *first) *first = mark;
                ++*count;
                u[k++] = '&';
                i += 4;
                continue;
            }
        }
        u[k++] = u[i++];
    }
    u[k] = '\0';
}

/* The first error is the one that explains the rest: keep it. */
typedef struct first_error {
    char message[200];
    int line;
    int count;
} first_error;

static void note_error(void *user, xmlErrorPtr err)
{
    xmlParserCtxtPtr ctxt = user;
    first_error *first = ctxt ? ctxt->_private : NULL;
    if (!first || !err || err->level < XML_ERR_ERROR) return;
    if (first->count++ == 0) {
        snprintf(first->message, sizeof first->message, "%s", err->message ? err->message : "error");
        size_t n = strlen(first->message);
        while (n && (first->message[n - 1] == '\n' || first->message[n - 1] == ' ')) first->message[--n] = '\0';
        first->line = err->line;
    }
}

/* libxml2 reports some problems (bad encodings) through its generic error
 * channel, not the parser's: silenced for the parse, then put back. */
static void ignore_error(void *context, const char *fmt, ...)
{
    (void)context;
    (void)fmt;
}

feed_reader *feed_open(const char *path, source *src, size_t limit)
{
    xmlInitParser();
    feed_reader *f = xcalloc(1, sizeof *f);
    f->path = xstrdup(path);
    f->limit = limit;
    buf data = BUF_INIT;
    uint64_t total = 0;
    size_t feed_limit = limit > SIZE_MAX / FEED_SIZE_FACTOR ? SIZE_MAX : limit * FEED_SIZE_FACTOR;
    bool fits = source_read_all(src, &data, feed_limit, &total);
    const char *read_error = source_error(src);
    if (read_error) {
        f->first = input_new(path, "file");
        input_set_error(f->first, DYAD_ERR_IO, "read_error", 0, 0, (int64_t)total, "%s: %s", path, read_error);
    } else if (!fits) {
        f->first = input_new(path, "file");
        input_set_error(f->first, DYAD_ERR_TOO_LARGE, "too_large", 0, 0, -1,
                        "the feed %s is %llu bytes, over the limit of %zu for a feed (%d times --max-bytes)", path,
                        (unsigned long long)total, feed_limit, FEED_SIZE_FACTOR);
    }
    source_close(src);
    if (f->first || data.len > INT32_MAX) {
        if (!f->first) {
            f->first = input_new(path, "file");
            input_set_error(f->first, DYAD_ERR_TOO_LARGE, "too_large", 0, 0, -1, "the feed %s is too large", path);
        }
        buf_free(&data);
        return f;
    }
    f->ampersands = escape_bare_ampersands(&data, &f->ampersand_lines);
    numeric_entities(&data);
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) dyad_fail_nomem();
    int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    first_error first = {"", 0, 0};
    ctxt->_private = &first;
    ctxt->sax->serror = note_error;
    xmlGenericErrorFunc saved_handler = xmlGenericError;
    void *saved_context = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, ignore_error);
    f->doc = xmlCtxtReadMemory(ctxt, data.data ? data.data : "", (int)data.len, path, NULL, options);
    xmlSetGenericErrorFunc(saved_context, saved_handler);
    const char *message = first.message;
    int line = first.line;
    bool well_formed = ctxt->wellFormed && !first.count;
    xmlFreeParserCtxt(ctxt);
    buf_free(&data);

    xmlNodePtr root = f->doc ? xmlDocGetRootElement(f->doc) : NULL;
    if (!root) {
        f->first = input_new(path, "file");
        input_set_error(f->first, DYAD_ERR_SYNTAX, "feed_syntax", line, 0, -1, "%s is not XML%s%s", path,
                        message[0] ? ": " : "", message);
        return f;
    }
    if (named(root, "rss") || named(root, "RDF")) {
        f->container = "rss";
        f->item_name = "item";
        xmlNodePtr channel = first_element(root, "channel");
        xmlNodePtr lang = first_element(channel, "language");
        if (lang) f->language = text_of(lang);
        xmlNodePtr title = first_element(channel, "title");
        if (title) f->feed_title = title_of(title);
    } else if (named(root, "feed")) {
        f->container = "atom";
        f->item_name = "entry";
        f->language = (char *)xmlNodeGetLang(root);
        xmlNodePtr title = first_element(root, "title");
        if (title) f->feed_title = title_of(title);
        xmlNodePtr author = first_element(root, "author");
        xmlNodePtr name = first_element(author, "name");
        if (name) f->feed_author = text_of(name);
    } else {
        f->first = input_new(path, "file");
        input_set_error(f->first, DYAD_ERR_SYNTAX, "feed_not_a_feed", 0, 0, -1,
                        "%s is XML but its root element <%.40s> is not rss, rdf:RDF or feed", path,
                        (const char *)root->name);
        return f;
    }
    snprintf(f->syntax, sizeof f->syntax, "%s%s", message, first.count > 1 ? " (and more errors after it)" : "");
    f->syntax_line = line;
    /* a bare '&' in the feed's own title is kept, and no item's */
    size_t unused = 0, first_mark = 0;
    restore_ampersands(f, f->feed_title, &unused, &first_mark);
    restore_ampersands(f, f->feed_author, &unused, &first_mark);
    if (!well_formed)
        snprintf(f->recovered, sizeof f->recovered, "the feed's XML is broken (line %d: %s%s); this item is what "
                 "could be recovered", line, message[0] ? message : "error", first.count > 1 ? ", and more" : "");
    f->cursor = root->children;
    return f;
}

void feed_close(feed_reader *f)
{
    if (!f) return;
    if (f->first) dyad_input_free(&f->first->pub);
    if (f->doc) xmlFreeDoc(f->doc);
    xmlFree(f->language);
    xmlFree(f->feed_title);
    xmlFree(f->feed_author);
    free(f->ampersand_lines);
    free(f->path);
    free(f);
}

/* The node after n in document order, not entering n's children. */
static xmlNodePtr next_skipping_children(xmlNodePtr n, xmlNodePtr root)
{
    while (n && n != root && !n->next) n = n->parent;
    return n && n != root ? n->next : NULL;
}

/* Markup or text of a content element, and whether it is HTML.  RSS does
 * not say which its descriptions are, so markup is looked for; Atom says
 * (type="text", the default, "html" or "xhtml"). */
static char *content_of(feed_reader *f, xmlNodePtr n, bool rss, bool *html)
{
    char *type = rss ? NULL : attribute(n, "type");
    char *value = NULL;
    *html = false;
    if (type && !strcasecmp(type, "xhtml")) {
        /* Inline XHTML: the markup of the wrapping div's children. */
        xmlBufferPtr b = xmlBufferCreate();
        xmlNodePtr div = first_element(n, "div");
        for (xmlNodePtr c = div ? div->children : n->children; c; c = c->next) xmlNodeDump(b, f->doc, c, 0, 0);
        if (xmlBufferLength(b)) value = (char *)xmlStrdup(xmlBufferContent(b));
        xmlBufferFree(b);
        *html = true;
    } else if (!xmlHasProp(n, (const xmlChar *)"src")) {
        value = text_of(n);
        if (rss) {
            for (const char *p = value; p && *p; p++)
                if (*p == '<' && (isalpha((unsigned char)p[1]) || p[1] == '/' || p[1] == '!')) { *html = true; break; }
        } else if (type && (!strcasecmp(type, "html") || !strcasecmp(type, "text/html"))) {
            *html = true;
        } else if (type && strcasecmp(type, "text") && strncasecmp(type, "text/", 5)) {
            xmlFree(value); /* some other media type: not an article */
            value = NULL;
        }
    }
    xmlFree(type);
    return value;
}

/* An element of the feed's own vocabulary (not Media RSS, iTunes, ...). */
static bool plain(xmlNodePtr n)
{
    return !n->ns || in_namespace(n, "Atom") || in_namespace(n, "purl.org/rss/1.0/") || in_namespace(n, "atom");
}

/* "editor@example.com (Jane Doe)" -> "Jane Doe"; anything else as is. */
static void author_name(char *s)
{
    char *open = strchr(s, '('), *close = open ? strrchr(open, ')') : NULL;
    if (!open || !close || !strchr(s, '@') || close - open < 2) return;
    size_t n = (size_t)(close - open - 1);
    memmove(s, open + 1, n);
    s[n] = '\0';
}

typedef struct item_fields {
    char *title, *link, *id, *published, *updated, *author, *full, *summary;
    bool full_html, summary_html;
} item_fields;

static void read_item(feed_reader *f, xmlNodePtr item, item_fields *it)
{
    bool rss = f->container[0] == 'r';
    take(&it->id, attribute(item, "about")); /* RSS 1.0 rdf:about */
    for (xmlNodePtr c = item->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        const char *name = (const char *)c->name;
        bool own = plain(c);
        if (!strcmp(name, "title") && own) {
            if (!it->title) it->title = title_of(c);
        }
        else if (!strcmp(name, "link") && (own || in_namespace(c, "Atom"))) {
            char *href = attribute(c, "href");
            if (!href) keep_text(&it->link, c);
            else {
                char *rel = attribute(c, "rel");
                if (!rel || !strcmp(rel, "alternate")) take(&it->link, href);
                else xmlFree(href);
                xmlFree(rel);
            }
        } else if (!strcmp(name, "guid")) {
            char *permalink = attribute(c, "isPermaLink");
            char *guid = text_of(c);
            if (guid && (!permalink || strcmp(permalink, "false")) && !strncmp(guid, "http", 4) && !it->link)
                it->link = (char *)xmlStrdup((xmlChar *)guid);
            take(&it->id, guid);
            xmlFree(permalink);
        } else if (!strcmp(name, "id") && own) keep_text(&it->id, c);
        else if (!strcmp(name, "pubDate") || !strcmp(name, "published") || !strcmp(name, "issued"))
            keep_text(&it->published, c);
        else if (!strcmp(name, "updated") || !strcmp(name, "modified") || (!strcmp(name, "date") && in_namespace(c, "dc")))
            keep_text(&it->updated, c);
        else if (!strcmp(name, "creator") && in_namespace(c, "dc")) keep_text(&it->author, c);
        else if (!strcmp(name, "author") && own) {
            xmlNodePtr person = first_element(c, "name");
            keep_text(&it->author, person ? person : c);
        } else if (!strcmp(name, "encoded") && in_namespace(c, "content")) {
            if (!it->full) {
                it->full = content_of(f, c, true, &it->full_html);
                it->full_html = true; /* content:encoded is HTML by definition */
            }
        } else if (!strcmp(name, "content") && own && !rss) {
            if (!it->full) it->full = content_of(f, c, false, &it->full_html);
        } else if ((!strcmp(name, "description") || !strcmp(name, "summary")) && own) {
            if (!it->summary) it->summary = content_of(f, c, rss, &it->summary_html);
        }
    }
    if (it->author) author_name(it->author);
}

/* The bare '&'s of the item's fields back as '&': how many, and the line
 * of the first. */
static size_t restore_item_ampersands(const feed_reader *f, item_fields *it, int *first_line)
{
    char *all[] = {it->title, it->link, it->id, it->published, it->updated, it->author, it->full, it->summary};
    size_t count = 0, first = 0;
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) restore_ampersands(f, all[i], &count, &first);
    if (count) *first_line = f->ampersand_lines[first];
    return count;
}

static void free_item(item_fields *it)
{
    char **all[] = {&it->title, &it->link, &it->id, &it->published, &it->updated, &it->author, &it->full, &it->summary};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) xmlFree(*all[i]);
}

static input *make_item(feed_reader *f, xmlNodePtr item)
{
    item_fields it;
    memset(&it, 0, sizeof it);
    read_item(f, item, &it);
    int ampersand_line = 0;
    size_t ampersands = restore_item_ampersands(f, &it, &ampersand_line);
    f->items++;
    input *in = input_new(f->path, f->container);
    in->pub.container_line = (int32_t)xmlGetLineNo(item);
    char *lang = (char *)xmlNodeGetLang(item);
    const char *language = lang ? lang : f->language;
    in->pub.id = it.id ? input_strdup(in, it.id) : arena_printf(&in->arena, "%s#%d", f->path, f->items);
    if (it.link) in->pub.url = input_strdup(in, it.link);
    if (it.title) in->pub.title = input_strdup(in, it.title);
    if (it.author) in->pub.author = input_strdup(in, it.author);
    else if (f->feed_author) in->pub.author = input_strdup(in, f->feed_author);
    if (language && *language) in->pub.language = input_strdup(in, language);
    const char *date = it.published ? it.published : it.updated;
    if (date) in->pub.date = input_strdup(in, date);
    xmlFree(lang);
    if (f->feed_title) {
        char outlet[200];
        if (feed_outlet(f->feed_title, it.link, outlet, sizeof outlet)) /* the item's site names the outlet */
            in->pub.outlet = input_strdup(in, outlet);
        buf j = BUF_INIT;
        json_write_cstr(&j, f->feed_title);
        dyad_extra_field *x = arena_alloc(&in->arena, sizeof *x);
        x->key = "feed_title";
        x->json = arena_strndup(&in->arena, j.data, j.len);
        buf_free(&j);
        in->pub.extra = x;
        in->pub.extra_count = 1;
    }
    if (f->recovered[0]) input_add_warning(in, "feed_xml_recovered", 1, -1, "%s", f->recovered);
    if (ampersands)
        input_add_warning(in, "feed_bare_ampersand", 1, -1,
                          "the %s's XML has %zu '&' that start%s no entity reference (the first on line %d); kept as "
                          "'&'", f->item_name, ampersands, ampersands == 1 ? "s" : "", ampersand_line);
    const char *body = it.full ? it.full : it.summary;
    bool html = it.full ? it.full_html : it.summary_html;
    if (!body) {
        input_set_error(in, DYAD_ERR_EMPTY, "feed_no_content", in->pub.container_line, 0, -1,
                        "%s %d (line %d) has no content or description%s%s%s", f->item_name, f->items,
                        in->pub.container_line, f->recovered[0] ? " left after the broken XML (see the warning)" : "",
                        it.link ? "; its link is " : "", it.link ? it.link : "");
    } else if (strlen(body) > f->limit) {
        input_set_error(in, DYAD_ERR_TOO_LARGE, "too_large", in->pub.container_line, 0, -1,
                        "%s %d's content is %zu bytes, over the limit of %zu (see --max-bytes)", f->item_name,
                        f->items, strlen(body), f->limit);
    } else {
        in->pub.format = html ? DYAD_FORMAT_HTML : DYAD_FORMAT_TEXT;
        in->pub.charset = "UTF-8"; /* libxml2 has already decoded the feed */
        input_set_bytes(in, body, strlen(body));
    }
    free_item(&it);
    return in;
}

input *feed_next(feed_reader *f)
{
    if (f->first) {
        input *in = f->first;
        f->first = NULL;
        return in;
    }
    xmlNodePtr root = f->doc ? xmlDocGetRootElement(f->doc) : NULL;
    while (f->cursor) {
        xmlNodePtr n = f->cursor;
        if (named(n, f->item_name)) {
            f->cursor = next_skipping_children(n, root);
            return make_item(f, n);
        }
        /* Descend (an item may sit inside channel, or anywhere). */
        f->cursor = n->type == XML_ELEMENT_NODE && n->children ? n->children : next_skipping_children(n, root);
    }
    if (!f->finished && f->recovered[0] && !f->items) {
        /* Broken XML that yielded no item at all: say so once. */
        f->finished = true;
        input *in = input_new(f->path, "file");
        input_set_error(in, DYAD_ERR_SYNTAX, "feed_syntax", f->syntax_line, 0, -1,
                        "%s: broken XML with no recoverable %s (line %d: %s)", f->path, f->item_name,
                        f->syntax_line, f->syntax);
        return in;
    }
    f->finished = true;
    return NULL;
}
