/* test_extract.c — extraction from scraped text as a user sees it: the
 * dates read and refused, datelines, the chrome removed, the paragraphs
 * kept, and input metadata winning over what the page says. */
#include <stdlib.h>

#include "dyad.h"
#include "extract/dateline.h"
#include "extract/dates.h"
#include "test.h"

static int date_iso(const char *text, char *out, size_t size)
{
    extract_date_match m;
    if (!extract_parse_date(text, strlen(text), &m)) {
        snprintf(out, size, "-");
        return 0;
    }
    dyad_date_format(&m.date, out, size);
    return 1;
}

TEST(extract_dates_in_the_forms_pages_print)
{
    char iso[64];
    struct { const char *text, *want; dyad_date_precision precision; } cases[] = {
        {"13 Jan, 2022 10:14", "2022-01-13T10:14", DYAD_DATE_TIMESTAMP},
        {"Published November 18, 2019 11:03 PM", "2019-11-18T23:03", DYAD_DATE_TIMESTAMP},
        {"14.02.2022", "2022-02-14", DYAD_DATE_DAY},
        {"Updated 14:52, 12.09.2024", "2024-09-12T14:52", DYAD_DATE_TIMESTAMP},
        {"Published: 08:15 GMT, 7 May 2023", "2023-05-07T08:15Z", DYAD_DATE_TIMESTAMP},
        {"Thursday, 13 January 2022", "2022-01-13", DYAD_DATE_DAY},
        {"2022-01-13T10:14:05+03:00", "2022-01-13T10:14:05+03:00", DYAD_DATE_TIMESTAMP},
        {"MOSCOW, June 19. /TASS/.", "--06-19", DYAD_DATE_MONTH_DAY},
        {"on 19 June the talks", "--06-19", DYAD_DATE_MONTH_DAY},
        {"in June 2022", "2022-06", DYAD_DATE_YEAR_MONTH},
        {"02/14/2022", "2022-02-14", DYAD_DATE_DAY},
        {"March 4, 2025 at 3:15 p.m. EST", "2025-03-04T15:15-05:00", DYAD_DATE_TIMESTAMP},
        {"04.03.2025 | 10:15 MSK", "2025-03-04T10:15+03:00", DYAD_DATE_TIMESTAMP},
        {"March 4, 2025 at 3:15 p.m. ET", "2025-03-04T15:15", DYAD_DATE_TIMESTAMP}, /* summer or winter: not said */
        {"2025/03/04", "2025-03-04", DYAD_DATE_DAY},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        extract_date_match m;
        CHECK(extract_parse_date(cases[i].text, strlen(cases[i].text), &m));
        dyad_date_format(&m.date, iso, sizeof iso);
        CHECK_STR_EQ(iso, cases[i].want);
        CHECK_INT_EQ(m.date.precision, cases[i].precision);
    }
}

TEST(extract_dates_never_invent_or_guess)
{
    char iso[64];
    /* A year alone (a photo credit's) is no date; an ambiguous slash date
     * gives its year only (3 April or 4 March). */
    CHECK(!date_iso("\xC2\xA9 AFP 2023 / Photographer", iso, sizeof iso));
    CHECK(!date_iso("- Outlet International, 1920", iso, sizeof iso));
    extract_date_match amb;
    CHECK(extract_parse_date("03/04/2022 10:15", 16, &amb));
    CHECK_INT_EQ(amb.date.precision, DYAD_DATE_YEAR);
    CHECK_INT_EQ(amb.date.year, 2022);
    CHECK_INT_EQ(amb.date.month, 0);
    CHECK_INT_EQ(amb.date.day, 0);
    CHECK(!date_iso("31.02.2022", iso, sizeof iso));
    CHECK(!date_iso("the May meeting", iso, sizeof iso));
    /* A month and day keep their year unknown. */
    extract_date_match m;
    CHECK(extract_parse_date("December 1", 10, &m));
    CHECK_INT_EQ(m.date.year, 0);
    CHECK_INT_EQ(m.date.weekday, 0);
}

TEST(extract_relative_day_resolves_only_against_an_anchor)
{
    extract_date_match m;
    char iso[64];
    const char *s = "recalling that tomorrow \xE2\x80\x94 December 1 \xE2\x80\x94 a press conference will be held";
    CHECK(extract_find_relative_day(s, strlen(s), &m));
    dyad_date_format(&m.date, iso, sizeof iso);
    CHECK_STR_EQ(iso, "--11-30");
    s = "the vote took place yesterday, 28 February 2024, in the capital";
    CHECK(extract_find_relative_day(s, strlen(s), &m));
    dyad_date_format(&m.date, iso, sizeof iso);
    CHECK_STR_EQ(iso, "2024-02-29");
    /* Without a year, the day before March 1 cannot be known. */
    s = "tomorrow, March 1, the assembly meets";
    CHECK(!extract_find_relative_day(s, strlen(s), &m));
    s = "we will meet again tomorrow";
    CHECK(!extract_find_relative_day(s, strlen(s), &m));
}

static void dateline_is(const char *text, const char *city, const char *outlet, const char *printed)
{
    extract_dateline dl;
    CHECK(extract_find_dateline(text, strlen(text), &dl));
    char got[128];
    snprintf(got, sizeof got, "%.*s", (int)(dl.city_end - dl.city_start), text + dl.city_start);
    CHECK_STR_EQ(got, city);
    snprintf(got, sizeof got, "%.*s", (int)(dl.outlet_end - dl.outlet_start), text + dl.outlet_start);
    CHECK_STR_EQ(got, outlet);
    snprintf(got, sizeof got, "%.*s", (int)dl.length, text);
    CHECK_STR_EQ(got, printed);
}

TEST(extract_datelines_of_wires_and_agencies)
{
    dateline_is("MOSCOW, June 19. /TASS/. Kiev's close cooperation", "MOSCOW", "TASS", "MOSCOW, June 19. /TASS/.");
    dateline_is("MOSCOW (Reuters) - The Kremlin said", "MOSCOW", "Reuters", "MOSCOW (Reuters) -");
    dateline_is("Moscow (Sputnik) - Ukraine's rejection", "Moscow", "Sputnik", "Moscow (Sputnik) -");
    dateline_is("NEW YORK, March 3 (Wire) \xE2\x80\x94 Shares fell", "NEW YORK", "Wire", "NEW YORK, March 3 (Wire) \xE2\x80\x94");
    dateline_is("KYIV, Ukraine (AP) \xE2\x80\x94 The city", "KYIV", "AP", "KYIV, Ukraine (AP) \xE2\x80\x94");
    dateline_is("(Reuters) \xE2\x80\x94 The New York State", "", "Reuters", "(Reuters) \xE2\x80\x94");
    dateline_is("WASHINGTON \xE2\x80\x94 Senators voted", "WASHINGTON", "", "WASHINGTON \xE2\x80\x94");
    dateline_is("BEIJING, Jan. 5 (Newswire) -- The ministry", "BEIJING", "Newswire", "BEIJING, Jan. 5 (Newswire) --");
    dateline_is("ST. PETERSBURG, June 5. /AGENCY/. The forum", "ST. PETERSBURG", "AGENCY", "ST. PETERSBURG, June 5. /AGENCY/.");
    dateline_is("MOSCOW. June 19 (Agency) - The ministry", "MOSCOW", "Agency", "MOSCOW. June 19 (Agency) -");
    dateline_is("Feb. 14 (Wire) -- Lawmakers", "", "Wire", "Feb. 14 (Wire) --");
    dateline_is("UNITED NATIONS, March 3 (Wire) - Diplomats", "UNITED NATIONS", "Wire", "UNITED NATIONS, March 3 (Wire) -");
    dateline_is("SEOUL/TOKYO \xE2\x80\x93 South Korea and Japan agreed", "SEOUL/TOKYO", "", "SEOUL/TOKYO \xE2\x80\x93");
    dateline_is("ROME/PARIS, May 2 (Wire) - Ministers", "ROME/PARIS", "Wire", "ROME/PARIS, May 2 (Wire) -");
    /* agencies that print their name in lower case ("dpa"), a date with its year */
    dateline_is("HAMBURG (dpa) - The port reopened", "HAMBURG", "dpa", "HAMBURG (dpa) -");
    dateline_is("HAMBURG, Feb 3, 2024 (dpa) - The port", "HAMBURG", "dpa", "HAMBURG, Feb 3, 2024 (dpa) -");
    dateline_is("LIMA, May 2, 2024 (Wire) - Ministers", "LIMA", "Wire", "LIMA, May 2, 2024 (Wire) -");
    /* cities whose capitals are not all ASCII */
    dateline_is("MED\xC3\x8DN, May 2 (Wire) - The mayor", "MED\xC3\x8DN", "Wire", "MED\xC3\x8DN, May 2 (Wire) -");
    dateline_is("S\xC3\x83O TOM\xC3\x89, May 2 (Wire) - The", "S\xC3\x83O TOM\xC3\x89", "Wire", "S\xC3\x83O TOM\xC3\x89, May 2 (Wire) -");
    dateline_is("GEN\xC3\x88VE, May 2 - Talks resumed", "GEN\xC3\x88VE", "", "GEN\xC3\x88VE, May 2 -");
    dateline_is("\xC3\x85" "LESUND \xE2\x80\x94 The ferry", "\xC3\x85" "LESUND", "", "\xC3\x85" "LESUND \xE2\x80\x94");
    dateline_is("\xC5\x81\xC3\x93" "D\xC5\xB9, May 2 - The", "\xC5\x81\xC3\x93" "D\xC5\xB9", "", "\xC5\x81\xC3\x93" "D\xC5\xB9, May 2 -");
    dateline_is("M\xC3\xA1" "laga (Wire) - The port", "M\xC3\xA1" "laga", "Wire", "M\xC3\xA1" "laga (Wire) -");
    extract_dateline dl;
    const char *no[] = {"According to Polishchuk, the West", "The Kremlin (which denies it) said", "NATO: the alliance",
                        "In Moscow - as elsewhere - prices rose",
                        "The European Union (EU) - the bloc said", "EU/NATO talks - a summary",
                        "HAMBURG (see below) - the port", "Berlin (dpa) said - the port", ""};
    for (size_t i = 0; i < sizeof no / sizeof *no; i++) CHECK(!extract_find_dateline(no[i], strlen(no[i]), &dl));
}

static dyad_document *extract(const char *text, const char *date, const char *title)
{
    dyad_input in = dyad_input_from_memory(text, strlen(text), DYAD_FORMAT_TEXT);
    in.id = "t";
    in.source = "t";
    in.container = "memory";
    in.date = date;
    in.title = title;
    return dyad_process(NULL, &in, DYAD_STAGE_EXTRACT);
}

static const char *removed_kind(const dyad_document *d, const char *text)
{
    for (size_t i = 0; i < d->removed_count; i++)
        if (!strcmp(d->removed[i].text, text)) return d->removed[i].kind;
    return "(kept)";
}

static const char page[] =
    "Menu\n"
    "Politics\n"
    "Envoys meet in Geneva to revive stalled ceasefire talks\n"
    "Share on Telegram\n"
    "\xC2\xA9 Wire Photo 2017 / Staff\n"
    "GENEVA (Wire) - Envoys from both sides met in Geneva on Friday for the first time in three months, "
    "diplomats said, in an attempt to revive talks on a ceasefire along the southern front.\n"
    "\n"
    "\"We are here to listen, not to lecture,\" the chief mediator told reporters before the meeting began.\n"
    "\n"
    "Next steps\n"
    "\n"
    "Officials said a second round could follow within weeks if both delegations agree on an agenda for it.\n"
    "245 views\n"
    "Subscribe\n";

TEST(extract_removes_chrome_and_keeps_the_story)
{
    dyad_document *d = extract(page, NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Envoys meet in Geneva to revive stalled ceasefire talks");
    CHECK_STR_EQ(d->outlet.value, "Wire");
    CHECK_STR_EQ(d->outlet.origin, "dateline");
    CHECK_STR_EQ(d->dateline.city, "GENEVA");
    CHECK_STR_EQ(removed_kind(d, "Menu"), "navigation");
    CHECK_STR_EQ(removed_kind(d, "Share on Telegram"), "share");
    CHECK_STR_EQ(removed_kind(d, "\xC2\xA9 Wire Photo 2017 / Staff"), "credit");
    CHECK_STR_EQ(removed_kind(d, "245 views"), "counter");
    CHECK_STR_EQ(removed_kind(d, "Subscribe"), "widget");
    /* the photo credit's year is not the date: only the weekday of the lead is known */
    CHECK_INT_EQ(d->date.precision, DYAD_DATE_WEEKDAY);
    CHECK_INT_EQ(d->date.weekday, 5);
    /* title, lead, quote, subhead, last paragraph */
    CHECK_INT_EQ(d->paragraph_count, 5);
    CHECK_INT_EQ(d->paragraphs[3].kind, DYAD_PARAGRAPH_SUBHEAD);
    /* every span points at its text, and the dateline into the lead */
    for (size_t i = 0; i < d->paragraph_count; i++) CHECK(d->paragraphs[i].span.end <= d->text_length);
    CHECK(!strncmp(d->text + d->dateline.span.start, "GENEVA (Wire) -", d->dateline.span.end - d->dateline.span.start));
    dyad_document_free(d);
}

TEST(extract_menu_bars_are_navigation_not_the_title)
{
    static const char bar_page[] =
        "News | World | Europe | Business\n"
        "Politics \xC2\xB7 Economy \xC2\xB7 Sport\n"
        "Port strike enters second week as talks stall, union says\n"
        "ROTTERDAM (Harbour Wire) - Dock workers kept the port closed for an eighth day on Monday after talks "
        "with employers broke up without a deal, the union said.\n";
    dyad_document *d = extract(bar_page, NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Port strike enters second week as talks stall, union says");
    CHECK_STR_EQ(removed_kind(d, "News | World | Europe | Business"), "navigation");
    CHECK_STR_EQ(removed_kind(d, "Politics \xC2\xB7 Economy \xC2\xB7 Sport"), "navigation");
    dyad_document_free(d);
}

TEST(extract_input_metadata_beats_the_page)
{
    dyad_document *d = extract(page, "2021-05-14", "Supplied headline");
    CHECK_STR_EQ(d->title.value, "Supplied headline");
    CHECK_STR_EQ(d->title.origin, "input");
    CHECK_INT_EQ(d->date.precision, DYAD_DATE_DAY);
    CHECK_STR_EQ(d->date.origin, "input");
    CHECK_INT_EQ(d->paragraphs[0].kind, DYAD_PARAGRAPH_TITLE);
    dyad_document_free(d);
}

TEST(extract_survives_pages_without_prose)
{
    const char *odd[] = {"x", "\xC2\xA9", "0\n0\n0\n", "Home\nNews\nShare\n", "a\n\n\n\n\nb",
                         "\xE2\x80\x94 \xE2\x80\x94 \xE2\x80\x94", "((((((((((", "MOSCOW (", "12:", "tomorrow \xE2\x80\x94"};
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        dyad_document *d = extract(odd[i], NULL, NULL);
        CHECK(d != NULL);
        for (size_t k = 0; k < d->paragraph_count; k++) CHECK(d->paragraphs[k].span.end <= d->text_length);
        dyad_document_free(d);
    }
    /* A list of short lines with no running text keeps them rather than dropping everything. */
    dyad_document *d = extract("Agenda for the session\n\nBudget debate\nVote on the fisheries bill\n", NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Agenda for the session");
    CHECK(d->paragraph_count >= 2);
    dyad_document_free(d);
}

TEST(extract_stops_at_comments_and_story_lists)
{
    const char *text =
        "Mayors demand a say in the new housing law\n"
        "The mayors of the five largest cities wrote to the housing minister on Monday asking for a formal role in drafting the new law.\n"
        "They say the current draft leaves planning decisions to regional offices that do not know local needs.\n"
        "The minister has promised to answer the letter before the bill goes to parliament in the spring.\n"
        "Two of the mayors belong to the minister's own party, which makes the dispute harder to ignore.\n"
        "Related\n"
        "Rents rise for the third year in a row in the capital, a survey by the statistics office finds.\n"
        "Builders warn that new safety rules will delay projects across the country by many months.\n"
        "jkowal says:\n"
        "The ministry never listens to anyone outside the capital, and it never has in all these years.\n";
    dyad_document *d = extract(text, NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Mayors demand a say in the new housing law");
    CHECK_INT_EQ(d->paragraph_count, 5);
    CHECK_STR_EQ(removed_kind(d, "Related"), "navigation");
    CHECK_STR_EQ(removed_kind(d, "jkowal says:"), "comment");
    CHECK(!memmem(d->text, d->text_length, "Rents rise", 10));
    dyad_document_free(d);
}

TEST(extract_reads_scripts_written_without_spaces)
{
    /* CJK prose has no spaces between words; it is still running text. */
    const char *text = "\xE6\x94\xBF\xE5\xBA\x9C\xE3\x81\xAE\xE4\xBC\x9A\xE8\xAD\xB0\n"
                       "\xE6\x94\xBF\xE5\xBA\x9C\xE3\x81\xAF\xE6\x9C\x88\xE6\x9B\x9C\xE6\x97\xA5\xE3\x81\xAB\xE4\xBC\x9A"
                       "\xE8\xAD\xB0\xE3\x82\x92\xE9\x96\x8B\xE3\x81\x84\xE3\x81\xA6\xE3\x80\x81\xE6\x96\xB0\xE3\x81\x97"
                       "\xE3\x81\x84\xE4\xBA\x88\xE7\xAE\x97\xE6\xA1\x88\xE3\x81\xAB\xE3\x81\xA4\xE3\x81\x84\xE3\x81\xA6"
                       "\xE8\xAD\xB0\xE8\xAB\x96\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\n";
    dyad_document *d = extract(text, NULL, NULL);
    CHECK_INT_EQ(d->paragraph_count, 2);
    CHECK_INT_EQ(d->paragraphs[1].kind, DYAD_PARAGRAPH_BODY);
    dyad_document_free(d);
}

TEST(extract_outlet_from_page_title_and_copyright)
{
    const char *text =
        "Port strike enters second week | Harbour Daily\n"
        "Menu\n"
        "Port strike enters second week\n"
        "Dock workers stayed off the job for an eighth day on Tuesday as talks with the port authority stalled over pay.\n"
        "The union said it would ballot members on a longer stoppage if no offer was made by Friday.\n";
    dyad_document *d = extract(text, NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Port strike enters second week");
    CHECK_STR_EQ(d->outlet.value, "Harbour Daily");
    CHECK_STR_EQ(d->outlet.origin, "title-line");
    CHECK_STR_EQ(removed_kind(d, "Port strike enters second week | Harbour Daily"), "page-title");
    dyad_document_free(d);

    text = "Port strike enters second week\n"
           "\xC2\xA9 Photo Agency 2017\n"
           "Dock workers stayed off the job for an eighth day on Tuesday as talks with the port authority stalled over pay.\n"
           "The union said it would ballot members on a longer stoppage if no offer was made by Friday.\n"
           "\xC2\xA9 2024 Harbour Daily. All rights reserved.\n";
    d = extract(text, NULL, NULL);
    CHECK_STR_EQ(d->outlet.value, "Harbour Daily");
    CHECK_STR_EQ(d->outlet.origin, "credit");
    dyad_document_free(d);
}

TEST(extract_ambiguous_numeric_stamp_gives_the_year_alone)
{
    /* 12/03/2025 is the 12th of March or the 3rd of December */
    const char *text = "Regional council approves new bus routes\n"
                       "Published: 12/03/2025 14:05\n"
                       "The regional council approved six new bus routes for the northern suburbs on Tuesday.\n"
                       "The first of them is due to open in the autumn, the transport department said.\n";
    dyad_document *d = extract(text, NULL, NULL);
    CHECK_INT_EQ(d->date.precision, DYAD_DATE_YEAR);
    CHECK_INT_EQ(d->date.year, 2025);
    CHECK_INT_EQ(d->date.month, 0);
    CHECK_INT_EQ(d->date.day, 0);
    dyad_document_free(d);
}

TEST(extract_labelled_time_stamp_is_furniture_not_the_title)
{
    const char *text = "Live: Ministers meet for budget talks\n"
                       "Updated 15:42 GMT\n"
                       "15:40 The finance minister has arrived at the talks. She told reporters she expected a long night.\n"
                       "15:12 The opposition leader said his party would not back any new tax on fuel or food.\n";
    dyad_document *d = extract(text, NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Live: Ministers meet for budget talks");
    CHECK_STR_EQ(removed_kind(d, "Updated 15:42 GMT"), "date-stamp");
    dyad_document_free(d);
}

TEST(extract_a_three_word_sentence_is_prose_not_a_section_label)
{
    const char *text = "Border clashes\n\nTroops exchanged fire.\n\nThe army said two soldiers were wounded near the border post on Monday.\n";
    dyad_document *d = extract(text, NULL, NULL);
    CHECK(strstr(d->text, "Troops exchanged fire.") != NULL);
    dyad_document_free(d);
}

TEST(extract_relative_stamps_are_furniture_not_the_title)
{
    const char *stamps[] = {"Updated 5 hours ago", "2 days ago", "Yesterday at 18:30", "Posted Tuesday, 9:41 a.m. ET"};
    for (size_t i = 0; i < sizeof stamps / sizeof *stamps; i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "Rebels free six hostages\n%s\nThe rebels freed six hostages on Monday, the government said, in a gesture "
                 "before new peace talks.\nThe talks are due to open next month in a neighbouring capital.\n", stamps[i]);
        dyad_document *d = extract(text, NULL, NULL);
        CHECK_STR_EQ(d->title.value, "Rebels free six hostages");
        CHECK_STR_EQ(removed_kind(d, stamps[i]), "date-stamp");
        dyad_document_free(d);
    }
}

TEST(extract_a_colon_dateline_in_capitals_opens_the_lead)
{
    const char *lead = "Ports reopen after strike\n\nMUMBAI: Dock workers in the western port city returned to work on Monday after a "
                       "three-day strike over wages ended with a deal, the union said.\n\nShipping lines expect delays all week.\n";
    dyad_document *d = extract(lead, NULL, NULL);
    CHECK(d->dateline.city && !strcmp(d->dateline.city, "MUMBAI"));
    dyad_document_free(d);
    /* a transcript's labels are no dateline */
    const char *talk = "Interview\n\nLAVROV: We have nothing to add to what was said yesterday by the president and by our "
                       "colleagues in the ministry.\n\nQUESTION: What about the talks in Geneva next week, will you take part?\n\n"
                       "LAVROV: We will see.\n";
    d = extract(talk, NULL, NULL);
    CHECK(d->dateline.city == NULL);
    dyad_document_free(d);
}

TEST(extract_month_day_stamp_keeps_the_year_unknown)
{
    const char *text = "19 JUN, 10:15\n"
                       "Regional council approves new bus routes\n"
                       "The regional council approved six new bus routes for the northern suburbs after a two-hour debate.\n"
                       "The first of them is due to open in the autumn, the transport department said.\n";
    dyad_document *d = extract(text, NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Regional council approves new bus routes");
    CHECK_STR_EQ(removed_kind(d, "19 JUN, 10:15"), "date-stamp");
    CHECK_INT_EQ(d->date.precision, DYAD_DATE_MONTH_DAY);
    CHECK_INT_EQ(d->date.year, 0);
    CHECK_INT_EQ(d->date.month, 6);
    CHECK_INT_EQ(d->date.day, 19);
    dyad_document_free(d);
}

TEST(extract_story_starts_at_a_wire_dateline_below_teasers)
{
    const char *text =
        "Latest Headlines\n"
        "Council Approves Budget The city council approved next year's budget after a late-night session on Monday.\n"
        "Storm Closes Schools Heavy snow closed schools across the county for a second day, officials said.\n"
        "Bridge Repairs Delayed Repairs to the river bridge will not finish before spring, the state said.\n"
        "Mayor Seeks Second Term The mayor told supporters on Sunday that she would run again next year.\n"
        "<img height=\"1\" width=\"1\" src=\"counter.gif\">\n"
        "LAKEVILLE, Ohio (Wire) \xE2\x80\x94 State health officials reported a sixth death linked to a mosquito-borne virus on Tuesday.\n"
        "The victim lived in the southern part of the county, where spraying began last month.\n"
        "Officials urged residents to avoid being outdoors at dusk until the first hard frost.\n";
    dyad_document *d = extract(text, NULL, NULL);
    CHECK_STR_EQ(d->dateline.city, "LAKEVILLE");
    CHECK_STR_EQ(d->outlet.value, "Wire");
    CHECK(!memmem(d->text, d->text_length, "Storm Closes Schools", 20));
    CHECK_STR_EQ(removed_kind(d, "<img height=\"1\" width=\"1\" src=\"counter.gif\">"), "markup");
    CHECK_INT_EQ(d->paragraphs[d->paragraph_count - 3].kind, DYAD_PARAGRAPH_BODY);
    dyad_document_free(d);
}

TEST(extract_removes_captions_that_end_in_a_wire_photo_credit)
{
    const char *text =
        "Parliament extends emergency powers for ninety days\n"
        "LVIV (Wire) - Parliament voted on Tuesday to extend the emergency powers granted to the government for another ninety days.\n"
        "Deputies attend a session of parliament in Lviv, March 3, 2024. WIRE/Anna Petrenko/File Photo\n"
        "The measure passed with a large majority after a short debate in which the opposition did not speak.\n"
        "Officials said the UN/Red Cross convoy reached the city on Monday after a delay of two days.\n";
    dyad_document *d = extract(text, NULL, NULL);
    CHECK_STR_EQ(removed_kind(d, "Deputies attend a session of parliament in Lviv, March 3, 2024. WIRE/Anna Petrenko/File Photo"),
                 "caption");
    CHECK(memmem(d->text, d->text_length, "UN/Red Cross convoy", 19) != NULL);
    CHECK_INT_EQ(d->paragraph_count, 4);
    dyad_document_free(d);
}

TEST(extract_paragraph_ending_in_a_stray_quote_stays_in_the_story)
{
    /* A damaged closing mark after a space still ends the paragraph's
     * sentence: the paragraph is body text, not a subhead or standfirst. */
    static const char stray[] =
        "Harbour authority extends the night curfew\n"
        "\n"
        "PORTVILLE - The harbour stays shut at night, the port said. \"We have no choice,\" its director said. \"\n"
        "\n"
        "Fishing crews said the curfew had already cost them half of their autumn catch and asked for help.\n";
    dyad_document *d = extract(stray, NULL, NULL);
    CHECK_INT_EQ(d->paragraph_count, 3);
    CHECK_INT_EQ(d->paragraphs[1].kind, DYAD_PARAGRAPH_BODY);
    CHECK_INT_EQ(d->paragraphs[2].kind, DYAD_PARAGRAPH_BODY);
    dyad_document_free(d);
}

TEST(extract_dateline_on_a_line_of_its_own_is_not_the_title)
{
    /* the dateline printed alone above the lead: the headline stays the
     * title, and the dateline (with its outlet and date) is the lead's */
    static const char page_dl[] =
        "Envoys meet to revive ceasefire talks\n"
        "\n"
        "GENEVA, May 3 (Agency) -\n"
        "\n"
        "Envoys from both sides met in Geneva on Friday for the first time in three months, diplomats said.\n"
        "\n"
        "The talks are expected to continue next week, officials said.\n";
    dyad_document *d = extract(page_dl, NULL, NULL);
    CHECK_STR_EQ(d->title.value, "Envoys meet to revive ceasefire talks");
    CHECK_STR_EQ(d->dateline.city, "GENEVA");
    CHECK_STR_EQ(d->outlet.value, "Agency");
    CHECK_INT_EQ(d->date.month, 5);
    CHECK_INT_EQ(d->date.day, 3);
    CHECK_INT_EQ(d->date.year, 0);
    dyad_document_free(d);
}
