/* dom.c — libxml2's HTML parser, and the flat node table built from its tree.
 *
 * Parser options: RECOVER (real pages are never valid HTML), NONET (never
 * fetch anything), NOERROR/NOWARNING (diagnostics would go to stderr from
 * worker threads), NOBLANKS off (white space separates words), IGNORE_ENC
 * (the bytes are already UTF-8: charset.c decided, and a <meta charset>
 * must not make libxml2 decode them a second time) and HUGE (long text
 * nodes and deep trees are data, not an attack, below --max-bytes). */
#include "html/dom.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/fail.h"

static const struct { const char *name; html_tag tag; } tag_names[] = {
    {"a", TAG_A}, {"address", TAG_ADDRESS}, {"article", TAG_ARTICLE}, {"aside", TAG_ASIDE},
    {"audio", TAG_AUDIO}, {"b", TAG_B}, {"blockquote", TAG_BLOCKQUOTE}, {"body", TAG_BODY},
    {"br", TAG_BR}, {"button", TAG_BUTTON}, {"canvas", TAG_CANVAS}, {"caption", TAG_CAPTION},
    {"center", TAG_CENTER}, {"code", TAG_CODE}, {"dd", TAG_DD}, {"details", TAG_DETAILS},
    {"dialog", TAG_DIALOG}, {"div", TAG_DIV}, {"dl", TAG_DL}, {"dt", TAG_DT}, {"em", TAG_EM},
    {"embed", TAG_EMBED}, {"fieldset", TAG_FIELDSET}, {"figcaption", TAG_FIGCAPTION},
    {"figure", TAG_FIGURE}, {"font", TAG_FONT}, {"footer", TAG_FOOTER}, {"form", TAG_FORM},
    {"h1", TAG_H1}, {"h2", TAG_H2}, {"h3", TAG_H3}, {"h4", TAG_H4}, {"h5", TAG_H5}, {"h6", TAG_H6},
    {"head", TAG_HEAD}, {"header", TAG_HEADER}, {"hr", TAG_HR}, {"html", TAG_HTML}, {"i", TAG_I},
    {"iframe", TAG_IFRAME}, {"img", TAG_IMG}, {"input", TAG_INPUT}, {"label", TAG_LABEL},
    {"li", TAG_LI}, {"link", TAG_LINK}, {"main", TAG_MAIN}, {"menu", TAG_MENU}, {"meta", TAG_META},
    {"nav", TAG_NAV}, {"noscript", TAG_NOSCRIPT}, {"object", TAG_OBJECT}, {"ol", TAG_OL},
    {"option", TAG_OPTION}, {"p", TAG_P}, {"picture", TAG_PICTURE}, {"pre", TAG_PRE}, {"q", TAG_Q},
    {"s", TAG_S}, {"script", TAG_SCRIPT}, {"section", TAG_SECTION}, {"select", TAG_SELECT},
    {"small", TAG_SMALL}, {"source", TAG_SOURCE}, {"span", TAG_SPAN}, {"strong", TAG_STRONG},
    {"style", TAG_STYLE}, {"sub", TAG_SUB}, {"summary", TAG_SUMMARY}, {"sup", TAG_SUP},
    {"svg", TAG_SVG}, {"table", TAG_TABLE}, {"tbody", TAG_TBODY}, {"td", TAG_TD},
    {"template", TAG_TEMPLATE}, {"textarea", TAG_TEXTAREA}, {"tfoot", TAG_TFOOT}, {"th", TAG_TH},
    {"thead", TAG_THEAD}, {"time", TAG_TIME}, {"title", TAG_TITLE}, {"tr", TAG_TR}, {"u", TAG_U},
    {"ul", TAG_UL}, {"video", TAG_VIDEO},
};

html_tag dom_tag_of(const char *name)
{
    size_t lo = 0, hi = sizeof tag_names / sizeof *tag_names;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, tag_names[mid].name);
        if (c == 0) return tag_names[mid].tag;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return TAG_OTHER;
}

int dom_is_block(int tag)
{
    switch (tag) {
    case TAG_P: case TAG_DIV: case TAG_SECTION: case TAG_ARTICLE: case TAG_MAIN: case TAG_HEADER:
    case TAG_FOOTER: case TAG_ASIDE: case TAG_NAV: case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4:
    case TAG_H5: case TAG_H6: case TAG_LI: case TAG_UL: case TAG_OL: case TAG_DL: case TAG_DT: case TAG_DD:
    case TAG_BLOCKQUOTE: case TAG_PRE: case TAG_TABLE: case TAG_TR: case TAG_TD: case TAG_TH: case TAG_TBODY:
    case TAG_THEAD: case TAG_TFOOT: case TAG_FIGURE: case TAG_FIGCAPTION: case TAG_FORM: case TAG_FIELDSET:
    case TAG_ADDRESS: case TAG_CENTER: case TAG_DETAILS: case TAG_SUMMARY: case TAG_BODY: case TAG_HTML:
    case TAG_HR: case TAG_CAPTION: case TAG_MENU: case TAG_DIALOG:
        return 1;
    default:
        return 0;
    }
}

/* libxml2 wants one initialisation before threads parse concurrently. */
static pthread_once_t parser_once = PTHREAD_ONCE_INIT;
static void init_parser(void) { xmlInitParser(); }

static int32_t add_node(html_dom *dom, size_t *cap, xmlNode *x, int32_t parent)
{
    if (dom->count == *cap) {
        *cap = *cap ? *cap * 2 : 256;
        dom->nodes = xrealloc(dom->nodes, *cap * sizeof *dom->nodes);
    }
    int32_t i = (int32_t)dom->count++;
    hnode *n = &dom->nodes[i];
    memset(n, 0, sizeof *n);
    n->x = x;
    n->parent = parent;
    n->first_child = n->next = -1;
    if (x->type == XML_ELEMENT_NODE) {
        n->tag = (uint16_t)dom_tag_of((const char *)x->name);
    } else {
        n->tag = TAG_TEXT;
        n->text = x->content ? (const char *)x->content : "";
        n->text_len = (uint32_t)strlen(n->text);
    }
    return i;
}

static int wanted(const xmlNode *x)
{
    return x->type == XML_ELEMENT_NODE || x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE;
}

int dom_build(html_dom *dom, const char *utf8, size_t length)
{
    memset(dom, 0, sizeof *dom);
    pthread_once(&parser_once, init_parser);
    if (length > (size_t)INT32_MAX) return -1;
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                  HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    dom->xml = htmlReadMemory(utf8, (int)length, NULL, "UTF-8", options);
    if (!dom->xml) return -1;
    xmlNode *root = xmlDocGetRootElement(dom->xml);
    if (!root) return 0;
    /* Walk the document's top-level nodes (comments and the DTD are
     * skipped).  Pre-order, iterative: descend to the first child,
     * else move to the next sibling, else climb until one has a sibling. */
    size_t cap = 0;
    xmlNode *top = dom->xml->children;
    int32_t last_top = -1;
    for (; top; top = top->next) {
        if (!wanted(top)) continue;
        int32_t ti = add_node(dom, &cap, top, -1);
        if (last_top >= 0) dom->nodes[last_top].next = ti;
        last_top = ti;
        xmlNode *x = top;
        int32_t cur = ti;
        for (;;) {
            xmlNode *child = (x->type == XML_ELEMENT_NODE) ? x->children : NULL;
            while (child && !wanted(child)) child = child->next;
            if (child) {
                int32_t ci = add_node(dom, &cap, child, cur);
                dom->nodes[cur].first_child = ci;
                x = child;
                cur = ci;
                continue;
            }
            /* No child: close this node and look for a sibling, climbing. */
            for (;;) {
                dom->nodes[cur].end = (int32_t)dom->count;
                if (cur == ti) goto next_top;
                xmlNode *sib = x->next;
                while (sib && !wanted(sib)) sib = sib->next;
                if (sib) {
                    int32_t si = add_node(dom, &cap, sib, dom->nodes[cur].parent);
                    dom->nodes[cur].next = si;
                    x = sib;
                    cur = si;
                    break;
                }
                x = x->parent;
                cur = dom->nodes[cur].parent;
            }
        }
    next_top:;
    }
    return 0;
}

void dom_free(html_dom *dom)
{
    if (dom->xml) xmlFreeDoc(dom->xml);
    free(dom->nodes);
    memset(dom, 0, sizeof *dom);
}

const char *dom_attr(const html_dom *dom, int32_t i, const char *name)
{
    const xmlNode *x = dom->nodes[i].x;
    if (x->type != XML_ELEMENT_NODE) return NULL;
    for (const xmlAttr *a = x->properties; a; a = a->next) {
        if (strcmp((const char *)a->name, name) != 0) continue;
        if (a->children && a->children->type == XML_TEXT_NODE && !a->children->next)
            return a->children->content ? (const char *)a->children->content : "";
        return "";
    }
    return NULL;
}
