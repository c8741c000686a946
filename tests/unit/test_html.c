/* test_html.c — web pages in: what a reader of dyad's output would notice.
 *
 * Fixtures under tests/html/ imitate news pages (navigation, share bars,
 * related lists, comments, captions, JSON-LD); legacy-charset pages are
 * written here byte by byte; deep nesting is generated. */
#include <stdlib.h>

#include "dyad.h"
#include "html/charset.h"
#include "ingest/sniff.h"
#include "nested_html.h"
#include "test.h"

static dyad_document *run(const char *bytes, size_t n, const char *url, const char *crawl_date)
{
    dyad_input in = dyad_input_from_memory(bytes, n, DYAD_FORMAT_HTML);
    in.id = "t";
    in.url = url;
    dyad_extra_field extra = {"crawl_date", crawl_date};
    if (crawl_date) in.extra = &extra, in.extra_count = 1;
    return dyad_process(NULL, &in, DYAD_STAGE_EXTRACT);
}

static dyad_document *run_fixture(const char *name, char **keep)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/html/%s", test_root(), name);
    size_t n = 0;
    *keep = test_read_file(path, &n);
    if (!*keep) {
        test_fail(__FILE__, __LINE__, "cannot read %s", path);
        *keep = strdup("<html></html>");
        n = strlen(*keep);
    }
    return run(*keep, n, NULL, NULL);
}

/* The kind of the first paragraph containing s, or -1. */
static int para_kind(const dyad_document *d, const char *s)
{
    for (size_t i = 0; i < d->paragraph_count; i++) {
        const dyad_paragraph *p = &d->paragraphs[i];
        if (memmem(d->text + p->span.start, p->span.end - p->span.start, s, strlen(s))) return (int)p->kind;
    }
    return -1;
}

static int count_paragraphs_with(const dyad_document *d, const char *s)
{
    int k = 0;
    for (size_t i = 0; i < d->paragraph_count; i++) {
        const dyad_paragraph *p = &d->paragraphs[i];
        if (memmem(d->text + p->span.start, p->span.end - p->span.start, s, strlen(s))) k++;
    }
    return k;
}

static int in_text(const dyad_document *d, const char *s) { return strstr(d->text, s) != NULL; }

static int removed_as(const dyad_document *d, const char *kind, const char *s)
{
    for (size_t i = 0; i < d->removed_count; i++)
        if (strcmp(d->removed[i].kind, kind) == 0 && strstr(d->removed[i].text, s)) return 1;
    return 0;
}

static int has_warning(const dyad_document *d, const char *code)
{
    for (size_t i = 0; i < d->warning_count; i++)
        if (strcmp(d->warnings[i].code, code) == 0) return 1;
    return 0;
}

TEST(html_news_page_keeps_the_article_and_drops_the_chrome)
{
    char *page;
    dyad_document *d = run_fixture("news_article.html", &page);
    CHECK(!d->failed);
    CHECK_INT_EQ(d->paragraphs[0].kind, DYAD_PARAGRAPH_TITLE);
    CHECK_INT_EQ(count_paragraphs_with(d, "Harbour council approves new ferry timetable"), 1);
    CHECK_INT_EQ(para_kind(d, "The harbour council voted on Wednesday"), DYAD_PARAGRAPH_BODY);
    CHECK_INT_EQ(para_kind(d, "Cost questions remain"), DYAD_PARAGRAPH_SUBHEAD);
    CHECK_INT_EQ(para_kind(d, "We cannot keep asking islanders"), DYAD_PARAGRAPH_QUOTE);
    CHECK_INT_EQ(para_kind(d, "a cap on fare rises"), DYAD_PARAGRAPH_LIST_ITEM);
    /* an embedded social post is a quotation, not a share bar */
    CHECK_INT_EQ(para_kind(d, "An early boat changes everything"), DYAD_PARAGRAPH_QUOTE);
    CHECK(in_text(d, "until April to publish the final times"));
    /* chrome */
    CHECK(!in_text(d, "Share on Social"));
    CHECK(!in_text(d, "Bridge repairs delayed"));
    CHECK(!in_text(d, "About time!"));
    CHECK(!in_text(d, "Copyright"));
    CHECK(!in_text(d, "Photo: Harbour Archive"));
    CHECK(!in_text(d, "We use cookies"));
    CHECK(!in_text(d, "Advertisement"));
    CHECK(!in_text(d, "tracking notice"));
    CHECK(!in_text(d, "By Imogen Vale"));
    CHECK(!in_text(d, "Weather"));
    CHECK(!in_text(d, "morning newsletter"));
    CHECK(removed_as(d, "promo", "morning newsletter"));
    CHECK(removed_as(d, "header", "Sport"));
    CHECK(removed_as(d, "share", "Share on Social"));
    CHECK(removed_as(d, "related", "Bridge repairs delayed"));
    CHECK(removed_as(d, "comments", "About time!"));
    CHECK(removed_as(d, "footer", "Copyright"));
    CHECK(removed_as(d, "caption", "Photo: Harbour Archive"));
    CHECK(removed_as(d, "hidden", "tracking notice"));
    dyad_document_free(d);
    free(page);
}

TEST(html_metadata_comes_from_og_json_ld_and_the_head)
{
    char *page;
    dyad_document *d = run_fixture("news_article.html", &page);
    CHECK_STR_EQ(d->title.value, "Harbour council approves new ferry timetable");
    CHECK_STR_EQ(d->outlet.value, "The Coastal Ledger");
    CHECK_STR_EQ(d->author.value, "Imogen Vale, Tomas Reyes");
    CHECK_STR_EQ(d->author.origin, "json-ld");
    CHECK_STR_EQ(d->language.value, "en-GB");
    CHECK_STR_EQ(d->url.value, "https://ledger.example.org/2021/03/04/harbour-ferry-timetable");
    char iso[64];
    dyad_date_format(&d->date, iso, sizeof iso);
    CHECK_STR_EQ(iso, "2021-03-04T09:30Z");
    CHECK_STR_EQ(d->date.origin, "json-ld");
    dyad_document_free(d);
    free(page);
}

TEST(html_page_wrapped_in_a_form_is_not_thrown_away)
{
    char *page;
    dyad_document *d = run_fixture("form_wrapper.html", &page);
    CHECK(in_text(d, "textile mill on the river bank"));
    CHECK(in_text(d, "hire ten more"));
    CHECK(!in_text(d, "Home"));
    CHECK_STR_EQ(d->title.value, "Mill reopens after flood");
    CHECK_STR_EQ(d->author.value, "Ada Quill");
    CHECK_STR_EQ(d->author.origin, "byline");
    CHECK(!in_text(d, "By Ada Quill"));
    char iso[64];
    dyad_date_format(&d->date, iso, sizeof iso);
    CHECK_STR_EQ(iso, "2019-06-12");
    dyad_document_free(d);
    free(page);
}

TEST(html_text_directly_in_a_div_with_line_breaks)
{
    char *page;
    dyad_document *d = run_fixture("text_in_div.html", &page);
    CHECK(in_text(d, "no water on Saturday morning"));
    CHECK(in_text(d, "tankers will stand by the church"));
    CHECK(!in_text(d, "Archive 2017"));
    CHECK(para_kind(d, "tankers") >= 0 && count_paragraphs_with(d, "no water") == 1 &&
          count_paragraphs_with(d, "tankers") == 1 && para_kind(d, "no water") == para_kind(d, "tankers"));
    dyad_document_free(d);
    free(page);
}

TEST(html_author_bio_under_the_story_is_removed)
{
    const char page[] =
        "<html><body><article><h1>Port workers strike for a second day</h1>"
        "<p>Dock workers in the northern port stayed off the job for a second day on Tuesday, halting most container traffic.</p>"
        "<p>The union said the strike would go on until the operator returned to the table with a better wage offer.</p>"
        "<div class=\"author-bio\">Lena Brandt covers labour and transport for the paper. Follow her on social media.</div>"
        "</article></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK(!in_text(d, "covers labour"));
    CHECK(removed_as(d, "author-bio", "Lena Brandt covers"));
    CHECK(in_text(d, "halting most container traffic"));
    dyad_document_free(d);
}

TEST(html_byline_with_a_date_gives_author_and_date)
{
    const char page[] =
        "<html><body><article><h1>Port workers strike for a second day</h1>"
        "<p class=\"byline\">By Lena Brandt \xC2\xB7 5 October 2024</p>"
        "<p>Dock workers in the northern port stayed off the job for a second day on Tuesday, halting most container traffic.</p>"
        "<p>The union said the strike would go on until the operator returned to the table with a better wage offer.</p>"
        "</article></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK_STR_EQ(d->author.value, "Lena Brandt");
    CHECK_INT_EQ(d->date.year, 2024);
    CHECK_INT_EQ(d->date.month, 10);
    CHECK_INT_EQ(d->date.day, 5);
    dyad_document_free(d);
}

TEST(html_furniture_in_plain_paragraphs_is_removed)
{
    const char page[] =
        "<html><body><article><h1>Port workers strike for a second day</h1>"
        "<p>Dock workers in the northern port stayed off the job for a second day on Tuesday, halting most container traffic.</p>"
        "<p>ALSO READ: Freight prices climb as ports slow down</p>"
        "<p>Striking workers gather at the port gates on Tuesday. (Harbour Times photo/Ole Berg)</p>"
        "<p>The union said the strike would go on until the operator returned to the table with a better wage offer.</p>"
        "<p><em>Lena Brandt covers labour for the paper. Follow her on social media.</em></p>"
        "</article></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK(!in_text(d, "ALSO READ"));
    CHECK(removed_as(d, "related", "ALSO READ"));
    CHECK(removed_as(d, "caption", "Striking workers gather"));
    CHECK(!in_text(d, "Follow her"));
    CHECK(in_text(d, "better wage offer"));
    dyad_document_free(d);
}

TEST(html_article_cut_by_a_sidebar_is_taken_whole)
{
    char *page;
    dyad_document *d = run_fixture("long_read.html", &page);
    CHECK(in_text(d, "kept by one family"));
    CHECK(in_text(d, "logging the weather"));
    CHECK(in_text(d, "the sale fell through"));
    CHECK(in_text(d, "climb, on calm days"));
    CHECK(!in_text(d, "Subscribe for more"));
    /* a list of other stories announced by a heading */
    CHECK(!in_text(d, "More stories from the coast"));
    CHECK(!in_text(d, "The ferry that never sank"));
    CHECK(removed_as(d, "related", "The ferry that never sank"));
    CHECK_INT_EQ(para_kind(d, "Automation made them unnecessary"), DYAD_PARAGRAPH_SUMMARY);
    CHECK(!in_text(d, "Lena Ruiz"));
    CHECK(removed_as(d, "credit", "Lena Ruiz"));
    /* in reading order */
    CHECK(strstr(d->text, "kept by one family") < strstr(d->text, "climb, on calm days"));
    dyad_document_free(d);
    free(page);
}

TEST(html_comments_longer_than_the_post_stay_out)
{
    char *page;
    dyad_document *d = run_fixture("blog_comments.html", &page);
    CHECK(in_text(d, "the parish council will decide") || in_text(d, "The parish council will decide"));
    CHECK(in_text(d, "rather than a row of houses"));
    CHECK(!in_text(d, "forty years"));
    CHECK(!in_text(d, "trial period"));
    CHECK(!in_text(d, "thoughts on this post"));
    CHECK(removed_as(d, "comments", "trial period"));
    dyad_document_free(d);
    free(page);
}

TEST(html_title_loses_the_site_suffix)
{
    const char *html = "<html lang=\"de_CH\"><head><title>Storm closes mountain pass - Alpine Herald</title>"
                       "<meta property=\"og:site_name\" content=\"Alpine Herald\"></head><body>"
                       "<p>The pass was closed on Friday after heavy snow made the road impassable for trucks.</p>"
                       "</body></html>";
    dyad_document *d = run(html, strlen(html), NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Storm closes mountain pass");
    CHECK_STR_EQ(d->outlet.value, "Alpine Herald");
    CHECK_STR_EQ(d->language.value, "de-CH");
    dyad_document_free(d);
}

/* Russian in windows-1251, KOI8-R, and mislabelled as UTF-8. */
#define RU_1251 "\xCF\xF0\xE0\xE2\xE8\xF2\xE5\xEB\xFC\xF1\xF2\xE2\xEE \xEE\xE1\xFA\xFF\xE2\xE8\xEB\xEE \xEE \xED\xEE\xE2\xFB\xF5 \xEC\xE5\xF0\xE0\xF5 \xEF\xEE\xE4\xE4\xE5\xF0\xE6\xEA\xE8 \xE4\xEB\xFF \xE6\xE8\xF2\xE5\xEB\xE5\xE9 \xF1\xE5\xE2\xE5\xF0\xED\xFB\xF5 \xF0\xE0\xE9\xEE\xED\xEE\xE2."
#define RU_KOI8 "\xF0\xD2\xC1\xD7\xC9\xD4\xC5\xCC\xD8\xD3\xD4\xD7\xCF \xCF\xC2\xDF\xD1\xD7\xC9\xCC\xCF \xCF \xCE\xCF\xD7\xD9\xC8 \xCD\xC5\xD2\xC1\xC8 \xD0\xCF\xC4\xC4\xC5\xD2\xD6\xCB\xC9 \xC4\xCC\xD1 \xD6\xC9\xD4\xC5\xCC\xC5\xCA \xD3\xC5\xD7\xC5\xD2\xCE\xD9\xC8 \xD2\xC1\xCA\xCF\xCE\xCF\xD7."
#define RU_UTF8 "Правительство объявило о новых мерах поддержки для жителей северных районов."

static void check_russian(const char *html, const char *transport, const char *warning)
{
    dyad_input in = dyad_input_from_memory(html, strlen(html), DYAD_FORMAT_HTML);
    in.charset = transport;
    dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_EXTRACT);
    if (!in_text(d, RU_UTF8)) test_fail(__FILE__, __LINE__, "Russian text not decoded from: %.60s", html);
    if (warning && !has_warning(d, warning)) test_fail(__FILE__, __LINE__, "no %s warning", warning);
    if (!warning && d->warning_count) test_fail(__FILE__, __LINE__, "unexpected warning %s", d->warnings[0].code);
    dyad_document_free(d);
}

TEST(html_legacy_charsets_are_converted_to_utf8)
{
    check_russian("<html><head><meta charset=\"windows-1251\"></head><body><p>" RU_1251 "</p></body></html>", NULL, NULL);
    check_russian("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head>"
                  "<body><p>" RU_KOI8 "</p></body></html>", NULL, NULL);
    /* no declaration at all: the bytes decide */
    check_russian("<html><body><p>" RU_1251 "</p></body></html>", NULL, NULL);
    check_russian("<html><body><p>" RU_KOI8 "</p></body></html>", NULL, NULL);
    /* the transport's charset beats the page's */
    check_russian("<html><head><meta charset=\"iso-8859-1\"></head><body><p>" RU_1251 "</p></body></html>",
                  "windows-1251", NULL);
    /* a page that lies: says UTF-8, is windows-1251 */
    check_russian("<html><head><meta charset=\"utf-8\"></head><body><p>" RU_1251 "</p></body></html>", NULL,
                  "charset_mismatch");
    /* says latin-1, is windows-1251 (the words are Cyrillic) */
    check_russian("<html><head><meta charset=\"iso-8859-1\"></head><body><p>" RU_1251 "</p></body></html>", NULL,
                  "charset_mismatch");
    /* the transport says UTF-16 over an ASCII-based page */
    check_russian("<html><body><p>" RU_UTF8 "</p></body></html>", "utf-16", "charset_mismatch");
    /* says latin-1, is UTF-8 */
    check_russian("<html><head><meta charset=\"iso-8859-1\"></head><body><p>" RU_UTF8 "</p></body></html>", NULL,
                  "charset_mismatch");
}

TEST(html_latin1_and_utf16_pages)
{
    const char *latin = "<html><head><meta charset=latin1></head><body><p>Le caf\xE9 du th\xE9\xE2tre a rouvert "
                        "apr\xE8s trois ann\xE9" "es de travaux \xE9l\xE9gants.</p></body></html>";
    dyad_document *d = run(latin, strlen(latin), NULL, NULL);
    CHECK(in_text(d, "Le café du théâtre a rouvert après trois années de travaux élégants."));
    dyad_document_free(d);

    const char *ascii = "<html><body><p>A page in UTF-16 with a byte order mark, read all the same.</p></body></html>";
    size_t n = strlen(ascii);
    char *u16 = malloc(2 + 2 * n);
    u16[0] = '\xFF', u16[1] = '\xFE';
    for (size_t i = 0; i < n; i++) u16[2 + 2 * i] = ascii[i], u16[3 + 2 * i] = 0;
    d = run(u16, 2 + 2 * n, NULL, NULL);
    CHECK(!d->failed);
    CHECK(in_text(d, "A page in UTF-16 with a byte order mark"));
    dyad_document_free(d);
    free(u16);
}

TEST(html_charset_labels_follow_browsers)
{
    char name[40];
    CHECK(charset_canonical("ISO-8859-1", 10, name, sizeof name));
    CHECK_STR_EQ(name, "WINDOWS-1252");
    CHECK(charset_canonical("'cp1251'", 8, name, sizeof name));
    CHECK_STR_EQ(name, "WINDOWS-1251");
    charset_result r;
    CHECK_INT_EQ(charset_decode("<meta charset=no-such-charset><p>plain</p>", 41, NULL, &r), 0);
    CHECK(r.unknown_label);
    CHECK_STR_EQ(r.name, "UTF-8");
    free(r.utf8);
}

TEST(html_publication_date_is_never_after_the_crawl)
{
    const char *html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                       "\"datePublished\":\"2031-01-01T00:00:00Z\"}</script></head><body>"
                       "<time datetime=\"2020-04-30\">30 April</time>"
                       "<p>The bakery on the corner sold its last loaf on Thursday after sixty years of trade.</p>"
                       "</body></html>";
    dyad_document *d = run(html, strlen(html), NULL, "\"2020-05-01T12:00:00Z\"");
    char iso[64];
    dyad_date_format(&d->date, iso, sizeof iso);
    CHECK_STR_EQ(iso, "2020-04-30");
    CHECK_STR_EQ(d->date.origin, "time");
    dyad_document_free(d);
    /* without a crawl date the JSON-LD date stands */
    d = run(html, strlen(html), NULL, NULL);
    CHECK_INT_EQ(d->date.year, 2031);
    dyad_document_free(d);
}

TEST(html_date_from_the_url_as_a_last_resort)
{
    const char *html = "<html><body><p>The council met again on a rainy evening to argue about parking fees.</p></body></html>";
    dyad_document *d = run(html, strlen(html), "https://news.example.com/2019/11/19/parking-fees", NULL);
    char iso[64];
    dyad_date_format(&d->date, iso, sizeof iso);
    CHECK_STR_EQ(iso, "2019-11-19");
    CHECK_STR_EQ(d->date.origin, "url");
    dyad_document_free(d);
}

TEST(html_input_metadata_wins)
{
    const char *html = "<html><head><meta property=\"og:title\" content=\"Page title\"></head>"
                       "<body><p>Some article text long enough to count as a paragraph of the page.</p></body></html>";
    dyad_input in = dyad_input_from_memory(html, strlen(html), DYAD_FORMAT_HTML);
    in.title = "Title from the feed";
    dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_EXTRACT);
    CHECK_STR_EQ(d->title.value, "Title from the feed");
    CHECK_STR_EQ(d->title.origin, "input");
    dyad_document_free(d);
}

TEST(html_deep_nesting_does_not_overflow_the_stack)
{
    const int depth = 100000;
    size_t n;
    char *html = nested_divs(depth, "Text at the bottom of a very deep page, still found.", &n);
    dyad_document *d = run(html, n, NULL, NULL);
    CHECK(!d->failed);
    CHECK(in_text(d, "Text at the bottom of a very deep page"));
    dyad_document_free(d);
    /* unclosed, interleaved and truncated tags */
    const char *bad = "<html><body><p>First paragraph of a broken page <b>bold <i>both</b> still</i> going"
                      "<div><p>Second part after an unclosed div and a trailing <a href=\"x";
    d = run(bad, strlen(bad), NULL, NULL);
    CHECK(!d->failed);
    CHECK(in_text(d, "First paragraph of a broken page"));
    dyad_document_free(d);
    free(html);
}

TEST(html_over_the_size_limit_is_an_error_record)
{
    size_t n = DYAD_DEFAULT_MAX_DOCUMENT_BYTES + 1;
    char *big = malloc(n);
    memset(big, 'a', n);
    memcpy(big, "<html>", 6);
    dyad_document *d = run(big, n, NULL, NULL);
    CHECK(d->failed);
    CHECK_STR_EQ(d->errors[0].code, "too_large");
    dyad_document_free(d);
    free(big);
}

TEST(html_is_sniffed_by_content_and_name)
{
    CHECK_INT_EQ(sniff_format("x.txt", "<!DOCTYPE html><html>", 21), DYAD_FORMAT_HTML);
    CHECK_INT_EQ(sniff_format("page.htm", "Hello <b>world</b>", 18), DYAD_FORMAT_HTML);
    CHECK_INT_EQ(sniff_format("page.html.gz", "plain words", 11), DYAD_FORMAT_HTML);
    CHECK_INT_EQ(sniff_format("u16", "\xFF\xFE<\0h\0", 6), DYAD_FORMAT_HTML);
    CHECK_INT_EQ(sniff_format("notes.txt", "Just some words.", 16), DYAD_FORMAT_TEXT);
    const char *markup = "Breaking news\n<div class=\"story\"><p>First words.</p><p>More, <a href=\"/x\">a link</a>.</p></div>";
    CHECK_INT_EQ(sniff_format("clip.txt", markup, strlen(markup)), DYAD_FORMAT_HTML);
    const char *prose = "He wrote that 3 < 4 and <this> is fine in plain text.";
    CHECK_INT_EQ(sniff_format("clip.txt", prose, strlen(prose)), DYAD_FORMAT_TEXT);
}

TEST(html_command_reads_a_page_and_a_gzipped_copy)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "d=$(mktemp -d) && gzip -c '%s/tests/html/form_wrapper.html' > $d/story.html.gz && "
             "'%s' extract -q '%s/tests/html/news_article.html' $d/story.html.gz; s=$?; rm -rf $d; exit $s",
             test_root(), test_dyad_bin(), test_root());
    FILE *p = popen(cmd, "r");
    CHECK(p != NULL);
    if (!p) return;
    char *out = calloc(1, 1 << 20);
    size_t n = fread(out, 1, (1 << 20) - 1, p);
    int status = pclose(p);
    out[n] = '\0';
    CHECK_INT_EQ(status, 0);
    CHECK(strstr(out, "\"format\":\"html\"") != NULL);
    CHECK(strstr(out, "\"title\":\"Harbour council approves new ferry timetable\"") != NULL);
    CHECK(strstr(out, "textile mill on the river bank") != NULL);
    CHECK(strstr(out, "\"kind\":\"quote\"") != NULL);
    free(out);
}

TEST(html_aria_hidden_article_behind_a_banner_is_kept)
{
    const char *html =
        "<html><body><div class=\"consent-dialog\">We value your privacy. Accept all to continue.</div>"
        "<div id=\"page\" aria-hidden=\"true\"><h1>Orchard harvest is the best in a decade</h1>"
        "<p>Growers across the valley say this autumn's apple harvest is the largest in ten years, after a warm spring and a wet summer.</p>"
        "<p>Prices at the farm gate have already fallen, and cider makers are buying more fruit than they have storage for, one grower said.</p>"
        "<span aria-hidden=\"true\">icon-share icon-mail</span></div></body></html>";
    dyad_document *d = run(html, strlen(html), NULL, NULL);
    CHECK(in_text(d, "largest in ten years"));
    CHECK(in_text(d, "storage for"));
    CHECK(!in_text(d, "icon-share"));
    CHECK(!in_text(d, "We value your privacy"));
    dyad_document_free(d);
}

TEST(html_title_is_the_headline_not_the_logo)
{
    const char *html = "<html><head><title>Valley Tribune</title></head><body>"
                       "<header><h1><a href=\"/\">Valley Tribune</a></h1></header>"
                       "<div class=\"content\"><h1>Bridge reopens after repairs</h1>"
                       "<p>The old stone bridge over the river reopened to traffic on Monday after four months of repairs to its arches.</p>"
                       "</div></body></html>";
    dyad_document *d = run(html, strlen(html), NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Bridge reopens after repairs");
    CHECK_STR_EQ(d->title.origin, "h1");
    dyad_document_free(d);
}

TEST(html_dateline_of_the_lead_is_found_as_in_text)
{
    static const char page[] =
        "<html><head><title>Port reopens</title></head><body><article><h1>Port reopens after storm</h1>"
        "<p>PORTVILLE \xE2\x80\x94 The harbour reopened on Tuesday after a storm closed it for three days, the port "
        "authority said, and the first ferries left for the islands before noon.</p>"
        "<p>Fishing crews said the closure had cost them a week of catch and asked the city for help with repairs.</p>"
        "</article></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK_STR_EQ(d->dateline.city, "PORTVILLE");
    CHECK(d->dateline.span.end > d->dateline.span.start);
    CHECK(!strncmp(d->text + d->dateline.span.start, "PORTVILLE", 9));
    dyad_document_free(d);
}

TEST(html_a_date_alone_under_the_headline_is_no_paragraph)
{
    static const char page[] =
        "<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>"
        "<time datetime=\"2026-03-02\">2 March 2026</time>"
        "<p>The port of Klaipeda reopened on Monday after a two-day strike by dock workers over pay and hours.</p>"
        "<p>Traffic resumed on 2 March 2026, the port authority said, and the backlog of ships would clear by Friday.</p>"
        "</article></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK(removed_as(d, "date-stamp", "2 March 2026"));
    CHECK(!in_text(d, "Port reopens\n\n2 March 2026"));
    CHECK(in_text(d, "Traffic resumed on 2 March 2026, the port authority said"));
    dyad_document_free(d);
}

TEST(html_short_social_title_gives_way_to_the_fuller_headline)
{
    /* og:title is the social cut of the <h1>: the h1 is the title, and is
     * not printed again as a subhead */
    static const char page[] =
        "<html><head><title>Harbour board sacks chief executive after audit - Coast Ledger</title>"
        "<meta property=\"og:title\" content=\"Harbour board sacks chief\"></head><body>"
        "<h1>Harbour board sacks chief executive after audit</h1>"
        "<p>The harbour board dismissed its chief executive on Monday after an audit found unpaid invoices worth "
        "two million euros, the board's chairwoman said.</p></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Harbour board sacks chief executive after audit");
    CHECK_STR_EQ(d->title.origin, "h1");
    CHECK_INT_EQ(count_paragraphs_with(d, "Harbour board sacks chief executive after audit"), 1);
    dyad_document_free(d);

    /* no <h1>: the <title> without its site part */
    static const char page2[] =
        "<html><head><title>Mayor of Tarnow resigns over housing contracts</title>"
        "<meta name=\"twitter:title\" content=\"Tarnow mayor resigns\"></head><body>"
        "<h2 class=\"headline\">Mayor of Tarnow resigns over housing contracts</h2>"
        "<p>The mayor of Tarnow resigned on Tuesday, a week after prosecutors opened an inquiry into housing "
        "contracts awarded by the city.</p></body></html>";
    d = run(page2, sizeof page2 - 1, NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Mayor of Tarnow resigns over housing contracts");
    CHECK_STR_EQ(d->title.origin, "title");
    CHECK_INT_EQ(d->paragraphs[1].kind, DYAD_PARAGRAPH_BODY);
    CHECK_INT_EQ(count_paragraphs_with(d, "Mayor of Tarnow resigns over housing contracts"), 1);
    dyad_document_free(d);

    /* the <h1> in a page header (where sites also put their logo): the
     * <title> speaks for it */
    static const char page4[] =
        "<html><head><title>Harbour board sacks chief executive after audit | Coast Ledger</title>"
        "<meta property=\"og:title\" content=\"Harbour board sacks chief\"></head><body>"
        "<header><h1>Harbour board sacks chief executive after audit</h1></header><div class=\"story\">"
        "<p>The harbour board dismissed its chief executive on Monday after an audit found unpaid invoices worth "
        "two million euros, the board's chairwoman said.</p></div></body></html>";
    d = run(page4, sizeof page4 - 1, NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Harbour board sacks chief executive after audit");
    dyad_document_free(d);

    /* an og:title that is another headline, or as long, still wins */
    static const char page3[] =
        "<html><head><title>Ferry strike ends - Coast Ledger</title>"
        "<meta property=\"og:title\" content=\"Ferry crews return to work after pay deal\"></head><body>"
        "<h1>Ferry strike ends after nine days of talks</h1>"
        "<p>Ferry crews returned to work on Friday after unions and operators agreed a pay deal, ending a "
        "nine-day strike.</p></body></html>";
    d = run(page3, sizeof page3 - 1, NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Ferry crews return to work after pay deal");
    dyad_document_free(d);
}

TEST(html_outlet_from_the_title_suffix_or_the_dateline)
{
    /* "Headline | Outlet" in <title>, nothing in the meta tags */
    static const char page[] =
        "<html><head><title>Lagoon city bans cruise ships from its centre | Riviera Courier</title></head><body>"
        "<article><h1>Lagoon city bans cruise ships from its centre</h1>"
        "<p>The city council voted on Thursday to keep large cruise ships out of the historic centre from next "
        "spring, the mayor said.</p></article></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK_STR_EQ(d->outlet.value, "Riviera Courier");
    CHECK_STR_EQ(d->outlet.origin, "title");
    CHECK(d->outlet.evidence && strstr(d->outlet.evidence, "| Riviera Courier"));
    dyad_document_free(d);

    /* the wire dateline names it */
    static const char page2[] =
        "<html><head><title>Lagoon city bans cruise ships</title></head><body>"
        "<article><h1>Lagoon city bans cruise ships</h1>"
        "<p>PORTO NUEVO, May 6 (Riviera Courier) - The city council voted on Thursday to keep large cruise ships "
        "out of the historic centre from next spring, the mayor said.</p></article></body></html>";
    d = run(page2, sizeof page2 - 1, NULL, NULL);
    CHECK_STR_EQ(d->outlet.value, "Riviera Courier");
    CHECK_STR_EQ(d->outlet.origin, "dateline");
    dyad_document_free(d);

    /* a section between the headline and the outlet */
    static const char page4[] =
        "<html><head><title>Lagoon city bans cruise ships from its centre - World - Riviera Courier</title></head><body>"
        "<article><h1>Lagoon city bans cruise ships from its centre</h1>"
        "<p>The city council voted on Thursday to keep large cruise ships out of the historic centre from next "
        "spring, the mayor said.</p></article></body></html>";
    d = run(page4, sizeof page4 - 1, NULL, NULL);
    CHECK_STR_EQ(d->outlet.value, "Riviera Courier");
    dyad_document_free(d);

    /* the <title> prints the headline cut short ("... strike | Outlet"),
     * or reworded, before the outlet */
    static const char page5[] =
        "<html><head><title>Harbour workers end strike | Coast Ledger</title></head><body>"
        "<article><h1>Harbour workers end strike after pay deal with port operators</h1>"
        "<p>Dock workers returned to work on Monday after unions and the port operators agreed a pay rise, "
        "the union said.</p></article></body></html>";
    d = run(page5, sizeof page5 - 1, NULL, NULL);
    CHECK_STR_EQ(d->outlet.value, "Coast Ledger");
    CHECK_STR_EQ(d->outlet.origin, "title");
    CHECK_STR_EQ(d->title.value, "Harbour workers end strike after pay deal with port operators");
    dyad_document_free(d);
    static const char page6[] =
        "<html><head><title>Dock workers end strike after pay deal - Coast Ledger</title></head><body>"
        "<article><h1>Harbour workers end nine-day strike after pay deal with port operators</h1>"
        "<p>Dock workers returned to work on Monday after unions and the port operators agreed a pay rise, "
        "the union said.</p></article></body></html>";
    d = run(page6, sizeof page6 - 1, NULL, NULL);
    CHECK_STR_EQ(d->outlet.value, "Coast Ledger");
    dyad_document_free(d);
    /* a remark after a dash is no outlet */
    static const char page7[] =
        "<html><head><title>Ceasefire holds in the north - For Now</title></head><body>"
        "<article><h1>Ceasefire holds in the north as talks go on</h1>"
        "<p>A ceasefire between the army and rebel groups held for a third day on Sunday, residents said, "
        "though both sides reported sporadic shooting.</p></article></body></html>";
    d = run(page7, sizeof page7 - 1, NULL, NULL);
    CHECK(d->outlet.value == NULL);
    dyad_document_free(d);

    /* a dash inside the headline names no outlet */
    static const char page3[] =
        "<html><head><title>Ceasefire holds in the north - for now</title></head><body>"
        "<article><h1>Ceasefire holds in the north</h1>"
        "<p>A ceasefire between the army and rebel groups held for a third day on Sunday, residents said, "
        "though both sides reported sporadic shooting.</p></article></body></html>";
    d = run(page3, sizeof page3 - 1, NULL, NULL);
    CHECK(d->outlet.value == NULL);
    dyad_document_free(d);
}

TEST(html_bylines_give_the_author_and_stamps_the_date)
{
    /* "By ..." as the first paragraph, then a stamp: author and date, and
     * neither stays in the story */
    static const char page[] =
        "<html><head><title>Court annuls mayoral vote</title></head><body><article>"
        "<h1>Court annuls mayoral vote</h1><p>By Ines Moreau</p><p>Published 9 April 2025</p>"
        "<p>The constitutional court annulled the mayoral election in the capital on Wednesday, citing "
        "irregularities in the count, and ordered a new vote within sixty days.</p>"
        "<p>The outgoing mayor said she would stand again.</p></article></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK_STR_EQ(d->author.value, "Ines Moreau");
    CHECK_STR_EQ(d->author.origin, "byline");
    CHECK(removed_as(d, "byline", "By Ines Moreau"));
    CHECK(!in_text(d, "By Ines Moreau"));
    CHECK_STR_EQ(d->date.origin, "stamp");
    CHECK_INT_EQ(d->date.year, 2025);
    CHECK_INT_EQ(d->date.month, 4);
    CHECK_INT_EQ(d->date.day, 9);
    dyad_document_free(d);

    /* a writer's element named "author" with two names; a byline element
     * with an outlet's staff, a label and the stamp */
    static const char page2[] =
        "<html><head><title>Coalition talks collapse</title></head><body><div class=\"content\">"
        "<h1>Coalition talks collapse</h1><p class=\"author\">Marta Kowalczyk and Tomas Berg</p>"
        "<p>Talks on forming a coalition government collapsed on Monday after the two largest parties failed to "
        "agree on a budget, negotiators said.</p>"
        "<p>The president will meet party leaders again on Thursday.</p></div></body></html>";
    d = run(page2, sizeof page2 - 1, NULL, NULL);
    CHECK_STR_EQ(d->author.value, "Marta Kowalczyk and Tomas Berg");
    CHECK(!in_text(d, "Tomas Berg"));
    dyad_document_free(d);

    static const char page3[] =
        "<html><head><title>Coalition talks collapse</title></head><body><div class=\"story\">"
        "<h1>Coalition talks collapse</h1>"
        "<div class=\"byline\">Baltic Ledger staff | Published 14/04/2025 09:30 | Updated 14/04/2025 11:02</div>"
        "<p>Talks on forming a coalition government collapsed on Monday after the two largest parties failed to "
        "agree on a budget, negotiators said.</p>"
        "<p>The president will meet party leaders again on Thursday.</p></div></body></html>";
    d = run(page3, sizeof page3 - 1, NULL, NULL);
    CHECK_STR_EQ(d->author.value, "Baltic Ledger staff");
    dyad_document_free(d);

    /* a comment form's name field names no writer */
    static const char page4[] =
        "<html><head><title>Coalition talks collapse</title></head><body><div class=\"story\">"
        "<h1>Coalition talks collapse</h1>"
        "<p>Talks on forming a coalition government collapsed on Monday after the two largest parties failed to "
        "agree on a budget, negotiators said.</p></div>"
        "<form><p class=\"comment-form-author\"><label>Name *</label><input name=\"author\"></p></form>"
        "</body></html>";
    d = run(page4, sizeof page4 - 1, NULL, NULL);
    CHECK(d->author.value == NULL);
    dyad_document_free(d);
}

TEST(html_dateline_date_gives_the_date_as_in_text)
{
    /* nothing in the head dates the page: the dateline's month and day,
     * the year left unknown */
    static const char page[] =
        "<html><head><title>Drought talks open</title></head><body><article><h1>Drought talks open</h1>"
        "<p>NAIROBI, March 12 (Rift Herald) - Ministers from five East African states opened talks on Wednesday "
        "on sharing water from the region's rivers during the drought.</p>"
        "<p>The talks are due to end on Friday.</p></article></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK_STR_EQ(d->date.origin, "dateline");
    CHECK_INT_EQ(d->date.precision, DYAD_DATE_MONTH_DAY);
    CHECK_INT_EQ(d->date.year, 0);
    CHECK_INT_EQ(d->date.month, 3);
    CHECK_INT_EQ(d->date.day, 12);
    dyad_document_free(d);

    /* a full date in the head wins */
    static const char page2[] =
        "<html><head><title>Drought talks open</title><meta property=\"article:published_time\" "
        "content=\"2025-03-12T09:00:00Z\"></head><body><article><h1>Drought talks open</h1>"
        "<p>NAIROBI, March 12 (Rift Herald) - Ministers from five East African states opened talks on Wednesday "
        "on sharing water from the region's rivers during the drought.</p></article></body></html>";
    d = run(page2, sizeof page2 - 1, NULL, NULL);
    CHECK_STR_EQ(d->date.origin, "meta");
    CHECK_INT_EQ(d->date.year, 2025);
    dyad_document_free(d);
}

TEST(html_kicker_over_the_headline_is_furniture)
{
    static const char page[] =
        "<html><head><title>Envoys expelled over spying row</title></head><body><div class=\"main\">"
        "<div class=\"label\">SECURITY</div><h1>Envoys expelled over spying row</h1>"
        "<p>The government expelled three diplomats on Tuesday after police arrested two men accused of spying "
        "on a naval base, the foreign ministry said.</p>"
        "<p>The embassy called the expulsions unfounded and promised a response.</p>"
        "<p>DEFENCE</p><p>A court will hear the case against the two men in June, prosecutors said.</p>"
        "</div></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK(removed_as(d, "section", "SECURITY"));
    CHECK(!in_text(d, "SECURITY"));
    CHECK_INT_EQ(d->paragraphs[1].kind, DYAD_PARAGRAPH_BODY);
    CHECK(in_text(d, "The government expelled three diplomats"));
    CHECK(in_text(d, "DEFENCE")); /* below the headline, a label is the story's */
    dyad_document_free(d);
}

TEST(html_byline_above_the_headline_and_a_lead_opening_with_by)
{
    /* a byline and a stamp printed over the headline are read as such,
     * not dropped as a kicker */
    static const char page[] =
        "<html><head><title>Rail strike called off</title></head><body><article>"
        "<p>By Sven Lund</p><p>3 June 2025</p><h1>Rail strike called off</h1>"
        "<p>Rail unions called off a national strike planned for Monday after the government offered a pay rise "
        "of six percent over two years.</p></article></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK_STR_EQ(d->author.value, "Sven Lund");
    CHECK_STR_EQ(d->date.origin, "stamp");
    CHECK_INT_EQ(d->date.day, 3);
    dyad_document_free(d);

    /* "By Tuesday, ..." opens a sentence: no writer of that name */
    static const char page2[] =
        "<html><head><title>Rail strike called off</title></head><body><article><h1>Rail strike called off</h1>"
        "<p>By Tuesday, trains were running again</p>"
        "<p>Rail unions called off a national strike planned for Monday after the government offered a pay rise "
        "of six percent over two years.</p></article></body></html>";
    d = run(page2, sizeof page2 - 1, NULL, NULL);
    CHECK(d->author.value == NULL);
    CHECK(in_text(d, "By Tuesday, trains were running again"));
    dyad_document_free(d);
}

TEST(html_writers_line_removed_as_byline_is_the_author)
{
    /* the writers' element is removed from the story as a byline: its names
     * are the author; a date line removed beside it is not a name */
    static const char page[] =
        "<html><head><title>Grain corridor reopens</title></head><body><div class=\"article-body\">"
        "<h1>Grain corridor reopens</h1><div class=\"timestamp\">12 May 2025</div>"
        "<div class=\"author-info\">Olena Marchenko and Piotr Nowak</div>"
        "<p>The grain corridor through the Black Sea reopened on Monday after a two-week pause, port officials "
        "said, and the first ships left Odesa in the afternoon.</p>"
        "<p>Insurers said premiums would stay high for now.</p></div></body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK_STR_EQ(d->author.value, "Olena Marchenko and Piotr Nowak");
    CHECK(!in_text(d, "Piotr Nowak"));
    dyad_document_free(d);
}

/* A page with no visible text at all (markup, a script, an empty title)
 * is an `empty` error, as a blank text file is; a page whose text is all
 * page furniture, or a headline alone, is read, with the warning
 * no_article. */
TEST(html_page_without_visible_text_is_an_empty_error)
{
    static const char blank[] =
        "<html><head><title> </title><style>p{}</style></head><body><div><script>var a=1;</script></div>"
        "<p>&nbsp;</p></body></html>";
    dyad_document *d = run(blank, sizeof blank - 1, NULL, NULL);
    CHECK(d->failed);
    CHECK(d->error_count == 1 && !strcmp(d->errors[0].code, "empty"));
    dyad_document_free(d);

    static const char chrome[] =
        "<html><body><nav>Home | World | Sport</nav><footer>Copyright 2024 Lakeside Post. All rights "
        "reserved.</footer></body></html>";
    d = run(chrome, sizeof chrome - 1, NULL, NULL);
    CHECK(!d->failed);
    CHECK(d->removed_count > 0);
    CHECK(d->warning_count == 1 && !strcmp(d->warnings[0].code, "no_article"));
    dyad_document_free(d);

    static const char headline[] = "<html><head><title>Lakeside council resigns</title></head><body></body></html>";
    d = run(headline, sizeof headline - 1, NULL, NULL);
    CHECK(!d->failed);
    CHECK_STR_EQ(d->title.value, "Lakeside council resigns");
    dyad_document_free(d);
}

/* A menu whose </div> is missing holds the whole story: the story stays,
 * and the menu's own words go as navigation.  A wrapper whose name only
 * mentions a sidebar keeps its loose text (a pull quote). */
TEST(html_unclosed_menu_keeps_the_story_and_drops_the_menu)
{
    static const char page[] =
        "<html><head><title>Port strike ends</title></head><body><div class=\"menu\">Front page | Harbours | "
        "<a href=\"/w\">Weather</a>\n"
        "<p>GDANSK - Dock workers ended a nine-day strike on Monday after the port authority agreed to raise wages, "
        "the union said, and ships began to unload.</p>\n"
        "<p>The union's leader said the deal would be put to a vote of members next week, and that the strike "
        "could resume if they rejected it.</p>\n"
        "<p>Port officials said the backlog of container ships would take a fortnight to clear.</p>\n"
        "</body></html>";
    dyad_document *d = run(page, sizeof page - 1, NULL, NULL);
    CHECK(!in_text(d, "Front page"));
    CHECK(removed_as(d, "navigation", "Front page | Harbours | Weather"));
    CHECK(in_text(d, "Dock workers ended a nine-day strike"));
    CHECK(in_text(d, "take a fortnight to clear"));
    dyad_document_free(d);

    static const char wrap[] =
        "<html><head><title>Port strike ends</title></head><body><div class=\"content-sidebar-wrap\">"
        "<p>Dock workers ended a nine-day strike on Monday after the port authority agreed to raise wages, "
        "the union said, and ships began to unload.</p>"
        "<a href=\"/share\"><span>Strikes end when both sides can claim a win.</span></a>"
        "<p>The union's leader said the deal would be put to a vote of members next week, and that the strike "
        "could resume if they rejected it.</p></div></body></html>";
    d = run(wrap, sizeof wrap - 1, NULL, NULL);
    CHECK(in_text(d, "Strikes end when both sides can claim a win."));
    dyad_document_free(d);

    /* the menu's last item left open too: the story inside it stays */
    static const char link[] =
        "<html><body><div class=\"nav\">Front page | <span class=\"item\">Harbours\n"
        "<p>GDANSK - Dock workers ended a nine-day strike on Monday after the port authority agreed to raise wages, "
        "the union said, and ships began to unload.</p>\n"
        "<p>The union's leader said the deal would be put to a vote of members next week, and that the strike "
        "could resume if they rejected it.</p>\n"
        "</body></html>";
    d = run(link, sizeof link - 1, NULL, NULL);
    CHECK(!in_text(d, "Front page"));
    CHECK(removed_as(d, "navigation", "Front page | Harbours"));
    CHECK(in_text(d, "Dock workers ended a nine-day strike"));
    CHECK(in_text(d, "put to a vote of members"));
    dyad_document_free(d);
}
