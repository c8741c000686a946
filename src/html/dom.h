/* dom.h — the parsed page as a flat table of nodes linked by index.
 *
 * libxml2 builds the tree; dom_build copies it into one array in document
 * (pre-)order so that every later pass is a loop over indices: children
 * come after their parent, so summing a subtree is one backward sweep and
 * walking it is a loop with no recursion, whatever the nesting depth of
 * hostile input. */
#ifndef DYAD_HTML_DOM_H
#define DYAD_HTML_DOM_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/HTMLparser.h>

/* The tags the extractor reasons about; everything else is TAG_OTHER. */
typedef enum html_tag {
    TAG_OTHER = 0, TAG_TEXT,
    TAG_A, TAG_ADDRESS, TAG_ARTICLE, TAG_ASIDE, TAG_AUDIO, TAG_B, TAG_BLOCKQUOTE, TAG_BODY, TAG_BR,
    TAG_BUTTON, TAG_CANVAS, TAG_CAPTION, TAG_CENTER, TAG_CODE, TAG_DD, TAG_DETAILS, TAG_DIALOG, TAG_DIV,
    TAG_DL, TAG_DT, TAG_EM, TAG_EMBED, TAG_FIELDSET, TAG_FIGCAPTION, TAG_FIGURE, TAG_FONT, TAG_FOOTER,
    TAG_FORM, TAG_H1, TAG_H2, TAG_H3, TAG_H4, TAG_H5, TAG_H6, TAG_HEAD, TAG_HEADER, TAG_HR, TAG_HTML,
    TAG_I, TAG_IFRAME, TAG_IMG, TAG_INPUT, TAG_LABEL, TAG_LI, TAG_LINK, TAG_MAIN, TAG_MENU, TAG_META,
    TAG_NAV, TAG_NOSCRIPT, TAG_OBJECT, TAG_OL, TAG_OPTION, TAG_P, TAG_PICTURE, TAG_PRE, TAG_Q, TAG_S,
    TAG_SCRIPT, TAG_SECTION, TAG_SELECT, TAG_SMALL, TAG_SOURCE, TAG_SPAN, TAG_STRONG, TAG_STYLE, TAG_SUB,
    TAG_SUMMARY, TAG_SUP, TAG_SVG, TAG_TABLE, TAG_TBODY, TAG_TD, TAG_TEMPLATE, TAG_TEXTAREA, TAG_TFOOT,
    TAG_TH, TAG_THEAD, TAG_TIME, TAG_TITLE, TAG_TR, TAG_U, TAG_UL, TAG_VIDEO,
    TAG_COUNT
} html_tag;

typedef struct hnode {
    xmlNode *x;          /* the libxml2 node (alive while the dom is) */
    int32_t parent;      /* -1 for the root */
    int32_t first_child; /* -1 when none */
    int32_t next;        /* next sibling, -1 when none */
    int32_t end;         /* one past the last node of the subtree */
    uint16_t tag;
    const char *text;    /* text nodes: their UTF-8 content */
    uint32_t text_len;
} hnode;

typedef struct html_dom {
    xmlDoc *xml;
    hnode *nodes;
    size_t count;
} html_dom;

/* Parse UTF-8 HTML; returns 0, or -1 when libxml2 produced no tree. */
int dom_build(html_dom *dom, const char *utf8, size_t length);
void dom_free(html_dom *dom);

/* The element's attribute value (NULL when absent): a pointer into the
 * libxml2 tree, valid while the dom is. */
const char *dom_attr(const html_dom *dom, int32_t i, const char *name);
/* The tag of a lowercase element name. */
html_tag dom_tag_of(const char *name);
/* Elements that begin a new line of text (paragraph boundaries). */
int dom_is_block(int tag);
static inline int dom_is_heading(int tag) { return tag >= TAG_H1 && tag <= TAG_H6; }

#endif
