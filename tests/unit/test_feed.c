/* test_feed.c — RSS 2.0, RSS 1.0 and Atom feeds: each item a document with
 * its link, title, date, author and content; broken XML gives what can be
 * recovered with a warning, or one error record.  Feeds written here. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

#include "base/buf.h"
#include "dyad.h"
#include "ingest/feed_outlet.h"
#include "test.h"

static char *write_feed(const char *suffix, const char *text)
{
    char *path = malloc(64);
    snprintf(path, 64, "/tmp/dyad-feed-XXXXXX%s", suffix);
    int fd = mkstemps(path, (int)strlen(suffix));
    FILE *f = fdopen(fd, "wb");
    fputs(text, f);
    fclose(f);
    return path;
}

static const char rss2[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
    "     xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n"
    "<channel><title>Harbour Gazette &#8211; World</title><link>https://gazette.example/</link>\n"
    "<language>en-gb</language>\n"
    "<item>\n"
    "  <title>Envoys agree on prisoner exchange &amp; truce</title>\n"
    "  <link>https://gazette.example/world/exchange</link>\n"
    "  <guid isPermaLink=\"false\">gazette-4411</guid>\n"
    "  <pubDate>Tue, 14 Feb 2023 09:30:00 +0100</pubDate>\n"
    "  <dc:creator>Mara Lind</dc:creator>\n"
    "  <media:title>Photo: the envoys</media:title>\n"
    "  <description>Short teaser.</description>\n"
    "  <content:encoded><![CDATA[<p>The envoys said on Monday that the exchange would go ahead.</p>"
    "<p>\"We are ready,\" one of them told reporters.</p>]]></content:encoded>\n"
    "</item>\n"
    "<item>\n"
    "  <title>Parliament delays vote</title>\n"
    "  <guid>https://gazette.example/politics/vote</guid>\n"
    "  <author>desk@gazette.example (Olek Varga)</author>\n"
    "  <description>The vote on the budget was put off until March, the speaker said.</description>\n"
    "</item>\n"
    "<item><title>Only a link</title><link>https://gazette.example/x</link></item>\n"
    "</channel></rss>\n";

TEST(feed_rss2_items_become_documents)
{
    char *path = write_feed(".xml", rss2);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK_STR_EQ(in->container, "rss");
    CHECK_STR_EQ(in->id, "gazette-4411");
    CHECK_STR_EQ(in->url, "https://gazette.example/world/exchange");
    CHECK_STR_EQ(in->title, "Envoys agree on prisoner exchange & truce");
    CHECK_STR_EQ(in->date, "Tue, 14 Feb 2023 09:30:00 +0100");
    CHECK_STR_EQ(in->author, "Mara Lind");
    CHECK_STR_EQ(in->language, "en-gb");
    CHECK(in->format == DYAD_FORMAT_HTML);
    CHECK(in->bytes && strstr(in->bytes, "<p>The envoys said on Monday") == in->bytes); /* CDATA kept as markup */
    CHECK(in->extra_count == 1 && !strcmp(in->extra[0].key, "feed_title"));
    CHECK_STR_EQ(in->extra[0].json, "\"Harbour Gazette \xE2\x80\x93 World\"");
    CHECK_INT_EQ(in->container_line, 6);
    dyad_document *d = dyad_process(NULL, in, DYAD_STAGE_ALL);
    CHECK(d->date.precision == DYAD_DATE_TIMESTAMP && d->date.year == 2023 && d->date.month == 2 && d->date.day == 14);
    CHECK_STR_EQ(d->date.origin, "input");
    CHECK_STR_EQ(in->outlet, "Harbour Gazette"); /* the channel title without its section */
    CHECK_STR_EQ(d->outlet.value, "Harbour Gazette");
    dyad_document_free(d);
    dyad_input_free(in);

    in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK_STR_EQ(in->url, "https://gazette.example/politics/vote"); /* a permalink guid */
    CHECK_STR_EQ(in->author, "Olek Varga");
    CHECK(in->format == DYAD_FORMAT_TEXT);
    CHECK_STR_EQ(in->bytes, "The vote on the budget was put off until March, the speaker said.");
    dyad_input_free(in);

    in = dyad_reader_next(r);
    CHECK(in && in->error && !strcmp(in->error->code, "feed_no_content"));
    CHECK_STR_EQ(in->url, "https://gazette.example/x");
    dyad_input_free(in);
    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);
    unlink(path);
    free(path);
}

TEST(feed_atom_entries_use_type_and_alternate_link)
{
    const char atom[] =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\">\n"
        "<title>Nordwind Rundschau</title><author><name>Redaktion Nordwind</name></author>\n"
        "<entry>\n"
        "  <title type=\"text\">Koalition einigt sich</title>\n"
        "  <link rel=\"self\" href=\"https://nordwind.example/api/1\"/>\n"
        "  <link rel=\"alternate\" href=\"https://nordwind.example/politik/1\"/>\n"
        "  <id>tag:nordwind.example,2023:1</id>\n"
        "  <updated>2023-05-02T12:00:00Z</updated>\n"
        "  <published>2023-05-01T08:15:00+02:00</published>\n"
        "  <author><name>Jonas Berg</name><email>jb@nordwind.example</email></author>\n"
        "  <summary>Kurz.</summary>\n"
        "  <content type=\"html\">&lt;p&gt;Die Parteien haben sich geeinigt.&lt;/p&gt;</content>\n"
        "</entry>\n"
        "<entry xml:lang=\"en\">\n"
        "  <title type=\"html\">Coalition &lt;em&gt;deal&lt;/em&gt;</title><link href=\"https://nordwind.example/en/1\"/>\n"
        "  <id>tag:nordwind.example,2023:2</id><updated>2023-05-02</updated>\n"
        "  <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>The parties agreed.</p></div></content>\n"
        "</entry>\n"
        "<entry><title>Plain</title><id>3</id><content>Text with a &lt;b&gt; literal.</content></entry>\n"
        "</feed>\n";
    char *path = write_feed(".atom", atom);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK_STR_EQ(in->container, "atom");
    CHECK_STR_EQ(in->url, "https://nordwind.example/politik/1");
    CHECK_STR_EQ(in->id, "tag:nordwind.example,2023:1");
    CHECK_STR_EQ(in->date, "2023-05-01T08:15:00+02:00"); /* published beats updated */
    CHECK_STR_EQ(in->author, "Jonas Berg");
    CHECK_STR_EQ(in->language, "de");
    CHECK(in->format == DYAD_FORMAT_HTML);
    CHECK_STR_EQ(in->bytes, "<p>Die Parteien haben sich geeinigt.</p>");
    dyad_input_free(in);
    in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK_STR_EQ(in->language, "en");
    CHECK_STR_EQ(in->title, "Coalition deal");
    CHECK_STR_EQ(in->author, "Redaktion Nordwind"); /* inherited from the feed */
    CHECK_STR_EQ(in->date, "2023-05-02");
    CHECK(in->format == DYAD_FORMAT_HTML && in->bytes && strstr(in->bytes, "The parties agreed.</p>") != NULL);
    dyad_input_free(in);
    in = dyad_reader_next(r);
    CHECK(in && !in->error && in->format == DYAD_FORMAT_TEXT);
    CHECK_STR_EQ(in->bytes, "Text with a <b> literal.");
    dyad_input_free(in);
    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);
    unlink(path);
    free(path);
}

TEST(feed_rss1_rdf_items_are_read)
{
    const char rdf[] =
        "<?xml version=\"1.0\"?>\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"\n"
        "         xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<channel rdf:about=\"https://lake.example/\"><title>Lake Post</title></channel>\n"
        "<item rdf:about=\"https://lake.example/a\"><title>Mayor resigns</title><link>https://lake.example/a</link>\n"
        "<dc:date>2021-11-30T18:00:00Z</dc:date><dc:creator>Ana Ruiz</dc:creator>\n"
        "<description>The mayor resigned on Tuesday.</description></item>\n"
        "</rdf:RDF>\n";
    char *path = write_feed(".rdf", rdf);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK_STR_EQ(in->container, "rss");
    CHECK_STR_EQ(in->id, "https://lake.example/a");
    CHECK_STR_EQ(in->url, "https://lake.example/a");
    CHECK_STR_EQ(in->date, "2021-11-30T18:00:00Z");
    CHECK_STR_EQ(in->author, "Ana Ruiz");
    CHECK_STR_EQ(in->bytes, "The mayor resigned on Tuesday.");
    dyad_input_free(in);
    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);
    unlink(path);
    free(path);
}

TEST(feed_broken_xml_gives_recovered_items_with_a_warning)
{
    /* An undeclared HTML entity, an unclosed tag, and the file cut off. */
    const char broken[] =
        "<rss version=\"2.0\"><channel><title>Wire</title>\n"
        "<item><title>First&nbsp;story</title><link>https://wire.example/1</link>\n"
        "<description>Ministers met <b>again.</description></item>\n"
        "<item><title>Second</title><description>Cut off here";
    char *path = write_feed(".rss", broken);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK_STR_EQ(in->url, "https://wire.example/1");
    CHECK_STR_EQ(in->title, "First\xC2\xA0story"); /* an HTML entity, read as such */
    CHECK(in->warning_count == 1 && !strcmp(in->warnings[0].code, "feed_xml_recovered"));
    dyad_input_free(in);
    int more = 0;
    while ((in = dyad_reader_next(r)) != NULL) {
        CHECK(in->warning_count >= 1);
        more++;
        dyad_input_free(in);
    }
    CHECK(more <= 1);
    dyad_reader_close(r);
    unlink(path);
    free(path);

    /* Not XML at all, but sniffed as a feed because it says <rss. */
    path = write_feed(".xml", "<rss <<<< &&& >>>");
    const char *p2[] = {path};
    r = dyad_reader_open(p2, 1, NULL);
    in = dyad_reader_next(r);
    CHECK(in && in->error);
    CHECK(in && (!strcmp(in->error->code, "feed_syntax") || !strcmp(in->error->code, "feed_not_a_feed")));
    dyad_input_free(in);
    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);
    unlink(path);
    free(path);
}

/* A raw '&' ("Second & item") is broken XML that libxml2 recovers from
 * by dropping the '&', so the title read "Second  item".  It is kept, with
 * a warning; '&' inside CDATA and real references are untouched. */
TEST(feed_bare_ampersand_is_kept_with_a_warning)
{
    /* the warning goes to the item that has the bare '&'s, with their
     * count and the line of its first, not to every item of the feed */
    const char feed[] =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\n"
        "<item><title>Chad &amp; Niger sign pact</title><description>NDJAMENA - Leaders met.</description></item>\n"
        "<item><title>Second item</title><link>https://wire.example/2?a=1&b=2</link>\n"
        "<description>BANGUI - Talks &#8211; and R&D &c.</description></item>\n"
        "<item><title><![CDATA[Third &amp; last]]></title><description>ABUJA - Done.</description></item>\n"
        "<item><title>Fourth</title><description>LOME - Jobs & wages.</description></item></channel></rss>\n";
    char *path = write_feed(".rss", feed);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    const char *titles[] = {"Chad & Niger sign pact", "Second item", "Third &amp; last", "Fourth"};
    const char *counts[] = {NULL, "3 '&'", NULL, "1 '&'"};
    const char *lines[] = {NULL, "line 3", NULL, "line 6"};
    for (int i = 0; i < 4; i++) {
        dyad_input *in = dyad_reader_next(r);
        CHECK(in && !in->error);
        if (!in) break;
        CHECK_STR_EQ(in->title, titles[i]);
        if (i == 1) {
            CHECK_STR_EQ(in->url, "https://wire.example/2?a=1&b=2");
            CHECK(in->bytes && strstr(in->bytes, "Talks \xE2\x80\x93 and R&D &c.") != NULL);
        }
        if (i == 3) CHECK_STR_EQ(in->bytes, "LOME - Jobs & wages.");
        int bare = 0, recovered = 0;
        for (size_t k = 0; k < in->warning_count; k++) {
            if (!strcmp(in->warnings[k].code, "feed_bare_ampersand") && counts[i] &&
                strstr(in->warnings[k].message, counts[i]) && strstr(in->warnings[k].message, lines[i]))
                bare++;
            else if (!strcmp(in->warnings[k].code, "feed_bare_ampersand"))
                bare += 10;
            if (!strcmp(in->warnings[k].code, "feed_xml_recovered")) recovered++;
        }
        CHECK_INT_EQ(bare, counts[i] ? 1 : 0);
        CHECK_INT_EQ(recovered, 0);
        dyad_input_free(in);
    }
    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);
    unlink(path);
    free(path);

    /* Atom: inline XHTML content and the feed's title keep their '&' */
    const char atom[] =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Dock & Harbour News</title>\n"
        "<entry><title>One</title><id>1</id><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
        "<p>Ports & docks reopened.</p></div></content></entry>\n"
        "<entry><title>Two</title><id>2</id><content>Nothing odd.</content></entry>\n"
        "</feed>\n";
    path = write_feed(".atom", atom);
    paths[0] = path;
    r = dyad_reader_open(paths, 1, NULL);
    for (int i = 0; i < 2; i++) {
        dyad_input *in = dyad_reader_next(r);
        CHECK(in && !in->error);
        if (!in) break;
        CHECK(in->extra_count == 1 && !strcmp(in->extra[0].json, "\"Dock & Harbour News\""));
        if (i == 0) CHECK(in->bytes && strstr(in->bytes, "<p>Ports & docks reopened.</p>") != NULL);
        int bare = 0;
        for (size_t k = 0; k < in->warning_count; k++)
            bare += !strcmp(in->warnings[k].code, "feed_bare_ampersand");
        CHECK_INT_EQ(bare, i == 0 ? 1 : 0);
        dyad_input_free(in);
    }
    dyad_reader_close(r);
    unlink(path);
    free(path);
}

/* Unescaped markup nested past libxml2's depth limit cuts the parse off
 * inside an item: its record says the content was lost to the broken XML,
 * and the warning says how it broke. */
TEST(feed_item_lost_to_broken_xml_says_so)
{
    buf text = BUF_INIT;
    buf_puts(&text, "<rss version=\"2.0\"><channel><title>Wire</title><item><title>Deep</title><description>");
    for (int i = 0; i < 2000; i++) buf_puts(&text, "<b>");
    buf_puts(&text, "words");
    for (int i = 0; i < 2000; i++) buf_puts(&text, "</b>");
    buf_puts(&text, "</description></item></channel></rss>");
    char *path = write_feed(".rss", text.data);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && in->error);
    if (in && in->error) {
        CHECK_STR_EQ(in->error->code, "feed_no_content");
        CHECK(strstr(in->error->message, "broken XML") != NULL);
        CHECK(in->warning_count == 1 && !strcmp(in->warnings[0].code, "feed_xml_recovered"));
    }
    dyad_input_free(in);
    dyad_reader_close(r);
    unlink(path);
    free(path);
    buf_free(&text);
}

TEST(feed_external_entities_are_not_loaded)
{
    const char xxe[] =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
        "<rss version=\"2.0\"><channel><item><title>T</title><description>before &secret; after</description>"
        "</item></channel></rss>\n";
    char *path = write_feed(".xml", xxe);
    const char *paths[] = {path};
    dyad_reader_options o = {DYAD_FORMAT_FEED, 0};
    dyad_reader *r = dyad_reader_open(paths, 1, &o);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK(in && in->bytes && strstr(in->bytes, "before") && strstr(in->bytes, "after"));
    char host[256] = "";
    FILE *f = fopen("/etc/hostname", "r");
    if (f) {
        if (fgets(host, sizeof host, f)) host[strcspn(host, "\n")] = '\0';
        fclose(f);
    }
    CHECK(!host[0] || !in || !strstr(in->bytes, host));
    dyad_input_free(in);
    dyad_reader_close(r);
    unlink(path);
    free(path);
}

TEST(feed_command_runs_every_item)
{
    char *path = write_feed(".xml", rss2);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s extract --format feed %s 2>/dev/null", test_dyad_bin(), path);
    FILE *p = popen(cmd, "r");
    char out[65536];
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    pclose(p);
    size_t lines = 0;
    for (char *s = out; *s; s++) lines += *s == '\n';
    CHECK_INT_EQ(lines, 3);
    CHECK(strstr(out, "\"container\":\"rss\"") != NULL);
    CHECK(strstr(out, "\"text\":\"The vote on the budget was put off until March, the speaker said.\"") != NULL);
    CHECK(strstr(out, "\"code\":\"feed_no_content\"") != NULL);
    unlink(path);
    free(path);
}

TEST(feed_legacy_encodings_and_gzip_are_decoded)
{
    /* windows-1251, as its declaration says, inside a gzip file */
    const char cp1251[] =
        "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n"
        "<rss version=\"2.0\"><channel><title>\xcd\xee\xe2\xee\xf1\xf2\xe8</title>"
        "<item><title>\xcf\xf0\xe8\xe2\xe5\xf2</title><description>\xc4\xe0.</description></item>"
        "</channel></rss>\n";
    char path[] = "/tmp/dyad-feed-XXXXXX.xml.gz";
    int fd = mkstemps(path, 7);
    close(fd);
    gzFile gz = gzopen(path, "wb");
    gzwrite(gz, cp1251, (unsigned)strlen(cp1251));
    gzclose(gz);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK_STR_EQ(in->title, "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"); /* "Привет" in UTF-8 */
    CHECK_STR_EQ(in->charset, "UTF-8");
    CHECK_STR_EQ(in->bytes, "\xd0\x94\xd0\xb0.");
    dyad_input_free(in);
    dyad_reader_close(r);
    unlink(path);
}

TEST(feed_outlet_is_the_channel_title_without_its_section)
{
    char out[64];
    struct { const char *title, *url, *outlet; } cases[] = {
        {"Northern Ledger - World", NULL, "Northern Ledger"},
        {"World news | The Evening Courier", NULL, "The Evening Courier"},
        {"Kestrel Wire: Top News", NULL, "Kestrel Wire"},
        {"KW > Europe", NULL, "KW"},
        {"Valley Post \xE2\x80\x93 Breaking News, World News and Video from Valley Post", NULL, "Valley Post"},
        {"The Steppe Times - Independent News From the Region", NULL, "The Steppe Times"},
        {"Nordwind Rundschau", NULL, "Nordwind Rundschau"},
        {"Latest headlines", NULL, ""},            /* section words only: no outlet */
        {"Top stories - World news", NULL, ""},
        {"Market report 10:30 update", NULL, "Market report 10:30 update"}, /* no space after the colon */
        /* a topic is more than section words: the site decides, else the
         * last part after a pipe ("Page | Site") */
        {"Ukraine | The Evening Courier", NULL, "The Evening Courier"},
        {"Ukraine | The Evening Courier", "https://www.eveningcourier.example/world/1", "The Evening Courier"},
        {"Harbour Gazette - Ukraine", "https://harbourgazette.example/a", "Harbour Gazette"},
        {"Ukraine - Harbour Gazette", "https://harbourgazette.example/a", "Harbour Gazette"},
        {"KW > Donald Trump", "https://rss.kw.example/x", "KW"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n = feed_outlet(cases[i].title, cases[i].url, out, sizeof out);
        CHECK_STR_EQ(out, cases[i].outlet);
        CHECK_INT_EQ((long)n, (long)strlen(cases[i].outlet));
    }
    CHECK(feed_outlet("One two three four five six seven eight nine", NULL, out, sizeof out) == 0); /* a slogan */
}
