/* html.c — the HTML stage's entry point and its shared text helpers. */
#include "html/html.h"

#include <stdlib.h>
#include <string.h>

#include "extract/dateline.h"
#include "html/charset.h"
#include "html/page.h"

void text_append_folded(buf *b, const char *s, size_t n, int *pending)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = u[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            *pending = 1;
            continue;
        }
        if (c == 0xC2 && i + 1 < n && u[i + 1] == 0xA0) { /* no-break space */
            *pending = 1;
            i++;
            continue;
        }
        if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0x8B || u[i + 2] == 0x8C || u[i + 2] == 0x8D)) {
            i += 2; /* zero-width space and joiners carry no text */
            continue;
        }
        if (c == 0xEF && i + 2 < n && u[i + 1] == 0xBB && u[i + 2] == 0xBF) { i += 2; continue; }
        if (*pending && b->len) buf_putc(b, ' ');
        *pending = 0;
        buf_putc(b, (char)c);
    }
}

static int invisible(int tag)
{
    return tag == TAG_SCRIPT || tag == TAG_STYLE || tag == TAG_NOSCRIPT || tag == TAG_TEMPLATE || tag == TAG_HEAD ||
           tag == TAG_SVG || tag == TAG_SELECT || tag == TAG_TEXTAREA;
}

char *node_text(page *p, int32_t i, size_t limit)
{
    const hnode *n = p->dom.nodes;
    buf b = BUF_INIT;
    int pending = 0;
    if (n[i].tag == TAG_TEXT) text_append_folded(&b, n[i].text, n[i].text_len, &pending);
    for (int32_t j = i + 1; j < n[i].end && b.len < limit; j++) {
        if (invisible(n[j].tag)) { j = n[j].end - 1; continue; }
        if (n[j].tag == TAG_TEXT) text_append_folded(&b, n[j].text, n[j].text_len, &pending);
        else if (n[j].tag == TAG_BR || dom_is_block(n[j].tag)) pending = 1; /* "News</li><li>Sport" */
    }
    size_t cut = b.len < limit ? b.len : limit;
    /* never cut inside a UTF-8 sequence */
    while (cut < b.len && cut > 0 && ((unsigned char)b.data[cut] & 0xC0) == 0x80) cut--;
    char *s = doc_strndup(p->d, b.data ? b.data : "", cut);
    buf_free(&b);
    return s;
}

void extract_html(doc *d)
{
    const dyad_input *in = d->input;
    charset_result cs;
    if (charset_decode(in->bytes, in->length, in->charset, &cs) != 0) {
        doc_error(d, DYAD_ERR_NOMEM, "out_of_memory", -1, "no memory to decode the page");
        return;
    }
    if (cs.unknown_label)
        doc_warn(d, "unknown_charset", 1, "the declared charset \"%s\" is unknown; decoded as %s", cs.declared,
                 cs.name);
    if (cs.overruled)
        doc_warn(d, "charset_mismatch", 1, "the page declares %s but its bytes are %s; decoded as %s", cs.declared,
                 cs.name, cs.name);
    if (cs.replaced)
        doc_warn(d, "invalid_bytes", (uint32_t)(cs.replaced > UINT32_MAX ? UINT32_MAX : cs.replaced),
                 "%zu byte sequence(s) not valid %s replaced by U+FFFD", cs.replaced, cs.name);
    /* Keep the decoded page as the document's raw text for later stages. */
    d->raw = doc_strndup(d, cs.utf8, cs.length);
    d->raw_length = cs.length;
    free(cs.utf8);

    page p = {.d = d};
    if (dom_build(&p.dom, d->raw, d->raw_length) != 0 || p.dom.count == 0) {
        dom_free(&p.dom);
        doc_error(d, DYAD_ERR_SYNTAX, "html_unreadable", -1, "the HTML parser produced no document");
        return;
    }
    html_metadata(&p);
    html_content(&p);
    extract_dateline_of_paragraphs(d);
    /* A wire dateline names the outlet when the page declares none:
     * "DAKAR, March 4 (Sahel Courier) -". */
    const dyad_dateline *dl = &d->pub.dateline;
    if (!d->pub.outlet.value && dl->outlet && *dl->outlet)
        doc_set_field(d, &d->pub.outlet, dl->outlet, strlen(dl->outlet), dl->text, strlen(dl->text), "dateline");
    html_late_dates(&p);
    /* No visible text at all (markup, scripts, an empty title): the page is
     * as empty as a blank text file, and gets its error.  Text that was
     * all page furniture, or a headline alone, is a page read: a warning. */
    if (d->paragraphs.count == 0 && d->removed.count == 0)
        doc_error(d, DYAD_ERR_EMPTY, "empty", -1, "the page has no visible text, only markup");
    else if (d->paragraphs.count == 0 ||
             (d->paragraphs.count == 1 && d->paragraphs.items[0].kind == DYAD_PARAGRAPH_TITLE))
        doc_warn(d, "no_article", 1, "no article text found in the page");
    dom_free(&p.dom);
}
