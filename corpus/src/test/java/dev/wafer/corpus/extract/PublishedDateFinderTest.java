package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** One small page per kind of page whose date Wafer used to miss or get wrong. */
class PublishedDateFinderTest {

    private static StatedDate dateOf(String html) {
        return HtmlArticleExtractor.extract(html, null).publishedAsStated();
    }

    @Test
    void keepsThePagesOwnOffsetSoTheDayIsThePublishers() {
        StatedDate date = dateOf("""
                <html><head><meta property="article:published_time" content="2020-06-07T01:00:00+03:00"></head>
                <body><h1>Nvidia ships H100</h1></body></html>""");
        assertThat(date.day()).isEqualTo(LocalDate.of(2020, 6, 7));
        assertThat(date.iso()).isEqualTo("2020-06-07T01:00+03:00");
    }

    @Test
    void aUtcTimestampNearMidnightYieldsToTheDayInTheAddress() {
        StatedDate date = dateOf("""
                <html><head><meta property="article:published_time" content="2023-11-09T01:49:09Z">
                <link rel="canonical" href="https://news.example/2023/11/08/tsmc-results/"></head>
                <body><h1>TSMC results</h1></body></html>""");
        assertThat(date.day()).isEqualTo(LocalDate.of(2023, 11, 8));
    }

    @Test
    void readsJsonLdInsideAGraphAndDublinCoreWrittenWithAColon() {
        assertThat(dateOf("""
                <html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},
                {"@type":"NewsArticle","datePublished":"2024-03-18T09:00:00-07:00"}]}</script></head><body></body></html>""")
                .day()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(dateOf("<html><head><meta property=\"dcterms:created\" content=\"2019-09-26\"></head><body></body></html>")
                .day()).isEqualTo(LocalDate.of(2019, 9, 26));
    }

    @Test
    void readsTheBylineUnderTheHeadlineInSeveralLanguages() {
        assertThat(dateOf("<html><body><h1>Neuer KI-Chip</h1><p>Von Anna Beispiel · 3. März 2021, 10:14 Uhr</p>"
                + "<p>Text des Artikels.</p></body></html>").day()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(dateOf("<html><body><h1>Nouvelle puce</h1><div>Publié le 12 févr. 2022</div></body></html>").day())
                .isEqualTo(LocalDate.of(2022, 2, 12));
        assertThat(dateOf("<html><body><h1>Handball</h1><p class=\"subtitle\">Verband • 02.02.2022</p></body></html>").day())
                .isEqualTo(LocalDate.of(2022, 2, 2));
    }

    @Test
    void aDateMarkedInAPageWhoseBodyClassNamesASidebarStillCounts() {
        assertThat(dateOf("""
                <html><body class="layout-with-sidebar"><div class="content"><h2>Chip news</h2>
                <time class="entry-date published" datetime="2021-11-19T10:13:50+01:00">19.11.2021</time></div></body></html>""")
                .day()).isEqualTo(LocalDate.of(2021, 11, 19));
    }

    @Test
    void neverTakesUpdatedCopyrightCommentOrRelatedDates() {
        assertThat(dateOf("""
                <html><body><h1>AMD earnings</h1><p>Updated: May 5, 2024</p>
                <aside class="related"><time datetime="2024-01-02">Jan 2</time></aside>
                <div class="comments"><span class="date">4 May 2024</span></div>
                <footer>© 2024 News Example, 1 January 2024</footer></body></html>"""))
                .isNull();
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(dateOf("<html><head><meta property=\"article:published_time\" content=\"2999-01-01\"></head><body></body></html>"))
                .isNull();
        assertThat(dateOf("<html><head><meta property=\"article:published_time\" content=\"1990-01-01\"></head><body></body></html>"))
                .isNull();
    }

    @Test
    void aNumericDateWhoseDayAndMonthCouldSwapIsNotGuessed() {
        assertThat(dateOf("<html><body><h1>Chip</h1><p class=\"date\">03/04/2022</p></body></html>")).isNull();
    }

    @Test
    void aShortDateLineDatesAPageWithoutMetadataButADateInACommentOrASentenceDoesNot() {
        String article = "<p>Der Chiphersteller kündigte an, die Fertigung im Werk Dresden bis zum 15.09.2021 auszubauen,"
                + " wie das Unternehmen mitteilte.</p>";
        String comments = "<div class=\"comments\"><p>12.05.2020</p><p>Guter Artikel!</p></div>";

        assertThat(dateOf("<html><body><div class=\"post\"><div class=\"info\">22.04.2020</div>" + article + "</div>"
                + comments + "</body></html>").day()).isEqualTo(LocalDate.of(2020, 4, 22));
        assertThat(dateOf("<html><body><div class=\"post\">" + article + "</div>" + comments + "</body></html>"))
                .as("only a date inside a sentence and one in the comments: undated").isNull();
    }

    @Test
    void theDatePrintedUnderTheHeadlineWinsOverDifferingMetadata() {
        // The CMS stamped the page when it was imported; the reader sees the day the story ran.
        assertThat(dateOf("<html><head><meta property=\"article:published_time\" content=\"2021-12-20T11:02:44+01:00\">"
                + "</head><body><h1>Neue Chipfabrik in Magdeburg</h1><p>27.01.2022 · Von Anna Beispiel</p>"
                + "<p>Der Bau beginnt im Frühjahr.</p></body></html>").day()).isEqualTo(LocalDate.of(2022, 1, 27));
    }

    @Test
    void aThemeNamingTheArticlesDetailsSidebarOrFooterStillDatesIt() {
        assertThat(dateOf("<html><body><article><div class=\"sidebar__item\"><p class=\"time\"><time>28. Januar 2022</time></p>"
                + "</div><p>Intel verschiebt den Bau der Fabrik in Magdeburg auf unbestimmte Zeit, teilte der Konzern mit.</p>"
                + "</article><footer><p>03.02.2022</p></footer></body></html>").day()).isEqualTo(LocalDate.of(2022, 1, 28));
    }

    @Test
    void theAddressAgreeingWithTheMetadataOutweighsADifferentDateUnderTheHeadline() {
        // Under the headline sits a photo caption from another day; the address and the metadata agree.
        assertThat(dateOf("<html><head><meta property=\"article:published_time\" content=\"2023-11-08T10:00:00Z\">"
                + "<link rel=\"canonical\" href=\"https://news.example/2023/11/08/tsmc-arizona\"></head><body>"
                + "<h1>TSMC's Arizona fab starts trial production</h1><p>Photo taken November 3, 2023.</p>"
                + "<p>TSMC began trial production in Arizona.</p></body></html>").day()).isEqualTo(LocalDate.of(2023, 11, 8));
    }

    @Test
    void aLongerLineSayingPublishedIsADateline() {
        assertThat(dateOf("<html><body><div class=\"entry\"><p>Der Chiphersteller baut seine Fertigung in Dresden aus,"
                + " wie das Unternehmen mitteilte.</p></div><small>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:12 Uhr"
                + " veröffentlicht und unter Halbleiter abgelegt.</small></body></html>").day()).isEqualTo(LocalDate.of(2011, 12, 3));
    }

    @Test
    void aDateOpeningTheFirstParagraphIsADateline() {
        assertThat(dateOf("<html><body><div class=\"text\"><p>27.1.2022 - Infineon hat am Donnerstag den Grundstein für"
                + " die neue Fabrik in Dresden gelegt, in der ab 2026 Leistungshalbleiter entstehen sollen, wie der Konzern"
                + " mitteilte. Die Investition beträgt fünf Milliarden Euro.</p></div></body></html>").day())
                .isEqualTo(LocalDate.of(2022, 1, 27));
    }

    @Test
    void aDateInASentenceUnderTheHeadlineDoesNotOverruleTheMetadata() {
        // The standfirst recalls the day the story is about; the byline below it agrees with the metadata.
        assertThat(dateOf("<html><head><meta property=\"article:published_time\" content=\"2023-11-03T04:30:00Z\">"
                + "</head><body><h1>Ten years after the fab fire</h1><p>The fire broke out in the early hours of Sunday,"
                + " November 3, 2013, and halted output for months.</p><p>By Jane Example 04:30, 3 NOV 2023</p>"
                + "<p>The plant is running again.</p></body></html>").day()).isEqualTo(LocalDate.of(2023, 11, 3));
        // A photo caption dated months earlier, and no byline date at all.
        assertThat(dateOf("<html><head><meta property=\"article:published_time\" content=\"2020-01-13T13:37:49Z\">"
                + "</head><body><h1>Chip deliveries dip in 2019</h1><p>FILE PHOTO: A logo at the Geneva motor show in"
                + " Geneva, Switzerland March 5, 2019.</p><p>Deliveries dropped slightly in 2019.</p></body></html>").day())
                .isEqualTo(LocalDate.of(2020, 1, 13));
    }

    @Test
    void anRdfaCreationDateInTheArticlesOwnFooterDatesItButThePagesFooterDoesNot() {
        // Drupal marks a node's date in RDFa inside the article's <footer>, where HTML puts author and date.
        assertThat(dateOf("<html><body><article typeof=\"schema:Article\"><h1>Chip maker grows</h1>"
                + "<footer class=\"node__meta\"><span property=\"schema:dateCreated\" content=\"2022-01-28T12:45:46+00:00\">"
                + "</span></footer><p>Sales rose by a fifth.</p></article></body></html>").day())
                .isEqualTo(LocalDate.of(2022, 1, 28));
        // The same mark in the page's footer belongs to whatever the footer lists, not to the article.
        assertThat(HtmlArticleExtractor.extract("<html><body><article><h1>Chip maker grows</h1><p>Sales rose by a fifth.</p>"
                + "</article><footer><span property=\"schema:dateCreated\" content=\"2019-05-02T08:00:00+00:00\"></span>"
                + "</footer></body></html>", null).publishedAsStated()).isNull();
    }

    @Test
    void aHeaderThatAlsoShowsTheMetadatasDayConfirmsItWhateverDateComesFirst() {
        // An unlabelled edit stamp is printed before the publication date; the metadata names the latter.
        assertThat(dateOf("<html><head><meta property=\"article:published_time\" content=\"2018-06-22T10:20:00+02:00\">"
                + "</head><body><h1>Neue Speicherchips aus Dresden</h1><p>2018-08-29 14:15:57</p><p>22.06.2018 10:20</p>"
                + "<p>Die Fertigung beginnt im Herbst.</p></body></html>").day()).isEqualTo(LocalDate.of(2018, 6, 22));
    }

    @Test
    void theIndentationOfATemplateDoesNotPushTheBylineOutOfTheHeader() {
        // Breadcrumbs and deeply indented markup sit between the headline and the date the reader sees; only
        // the text counts toward the header's length, not the whitespace between tags.
        String indent = "\n" + " ".repeat(40);
        StringBuilder crumbs = new StringBuilder("<ul class=\"crumbs\">");
        for (int topic = 1; topic <= 20; topic++) {
            crumbs.append(indent).append("<div>").append(indent).append("<li>").append(indent).append("<a href=\"/x\">Topic ")
                    .append(topic).append("</a>").append(indent).append("</li>").append(indent).append("</div>");
        }
        crumbs.append("</ul>");
        assertThat(dateOf("<html><head><meta name=\"og:article:published_time\" content=\"2022-01-15\"></head><body>"
                + "<h1>Neue Speicherfabrik</h1>" + crumbs + indent + "<span>" + indent + "<time datetime=\"2022-01-25\">"
                + "25.01.2022</time>" + indent + "</span><p>Der Bau beginnt im Frühjahr.</p></body></html>").day())
                .isEqualTo(LocalDate.of(2022, 1, 25));
    }

    @Test
    void aDateDeepInTheFirstSentenceIsNotTheBylineButADatelineOpeningItIs() {
        // No metadata; the reader's date stands above the headline, the story's first sentence recalls an old day.
        assertThat(dateOf("<html><body><div class=\"date\">martes 17 de marzo de 2020</div><h1>El precio del chip cae</h1>"
                + "<p>El precio de la memoria se desplomó 22 por ciento este martes, su cotización más baja desde el"
                + " 6 de marzo de 2002.</p></body></html>").day()).isEqualTo(LocalDate.of(2020, 3, 17));
        // A dateline opens the paragraph under the headline; an event teaser further down has another day.
        assertThat(dateOf("<html><body><h1>Chipfabrik eröffnet</h1><p><strong>Karlsruhe, (12.11.2021). Der Konzern"
                + " hat seine neue Fertigung für Leistungshalbleiter in Betrieb genommen, wie er mitteilte.</strong></p>"
                + "<div class=\"events\">Sa. 13.11.2021 Tag der offenen Tür</div></body></html>").day())
                .isEqualTo(LocalDate.of(2021, 11, 12));
    }

    @Test
    void aDateInALinkOrADayRangeIsAnotherPagesOrAnEventsNotTheArticles() {
        // A menu links to other reports and an event teaser names its span; neither is this page's day.
        String links = "<ul class=\"menu\"><li><a href=\"/reports/52\">Report 31. Dezember 2021</a></li>"
                + "<li><a href=\"/events/7\"><span>Messe 05.10. - 08.10.2023</span></a></li></ul>";
        String story = "<p>Die Nachfrage nach Speicherchips ist in dieser Woche weiter gestiegen, meldet der Verband.</p>";
        assertThat(dateOf("<html><body>" + links + "<h4>Wochenbericht 14. - 20. Januar 2022</h4>" + story + "</body></html>"))
                .isNull();
        assertThat(dateOf("<html><body>" + links + "<div class=\"info\">14.01.2022</div>" + story + "</body></html>").day())
                .isEqualTo(LocalDate.of(2022, 1, 14));
    }

    @Test
    void readsMonthNamesOfRussianUkrainianPolishSwedishAndArabicPages() {
        assertThat(dateOf("<html><body><h1>Новый чип</h1><p class=\"date\">15 августа 2016, 13:43</p></body></html>").day())
                .isEqualTo(LocalDate.of(2016, 8, 15));
        assertThat(dateOf("<html><body><h1>Новий чип</h1><p class=\"date\">3 листопада 2021</p></body></html>").day())
                .isEqualTo(LocalDate.of(2021, 11, 3));
        assertThat(dateOf("<html><body><h1>Nowy układ</h1><p class=\"date\">7 października 2022</p></body></html>").day())
                .isEqualTo(LocalDate.of(2022, 10, 7));
        assertThat(dateOf("<html><body><h1>Nytt chip</h1><p class=\"date\">2 augusti 2019</p></body></html>").day())
                .isEqualTo(LocalDate.of(2019, 8, 2));
        assertThat(dateOf("<html><head><meta property=\"article:published_time\" content=\"الأربعاء، 07 أكتوبر 2020 - 12:09 م\">"
                + "</head><body><h1>شريحة جديدة</h1></body></html>").day()).isEqualTo(LocalDate.of(2020, 10, 7));
    }

    @Test
    void anAddressEndingInADayWithTheYearLastDatesThePageWhenDayAndMonthCannotBeMistaken() {
        assertThat(dateOf("<html><head><link rel=\"canonical\" href=\"https://verband.example/meldungen/29-10-2021\"></head>"
                + "<body><h1>Neue Chipfabrik</h1><p>Der Verband begrüßt die Entscheidung.</p></body></html>").day())
                .isEqualTo(LocalDate.of(2021, 10, 29));
        assertThat(dateOf("<html><head><link rel=\"canonical\" href=\"https://verband.example/meldungen/03-10-2021\"></head>"
                + "<body><h1>Neue Chipfabrik</h1><p>Der Verband begrüßt die Entscheidung.</p></body></html>"))
                .as("the 3rd of October or the 10th of March").isNull();
    }

    @Test
    void todaysDateInTheMastheadIsNotTheArticlesButAKickerAboveTheHeadlineIs() {
        String masthead = "<div id=\"top\"><span id=\"clock\">Donnerstag, 16. Februar 2012</span><a href=\"/\">Start</a></div>";
        String story = "<p>Der Prozess gegen den Chiphersteller wird fortgesetzt, entschied das Gericht am Dienstag.</p>";
        assertThat(dateOf("<html><body>" + masthead + "<div id=\"main\"><div class=\"head\"><h1>Prozess geht weiter</h1></div>"
                + story + "</div></body></html>")).isNull();
        assertThat(dateOf("<html><body>" + masthead + "<div id=\"main\"><div class=\"head\"><p>14.02.2012</p>"
                + "<h1>Prozess geht weiter</h1></div>" + story + "</div></body></html>").day()).isEqualTo(LocalDate.of(2012, 2, 14));
    }

    @Test
    void aDatedKickerRightAboveTheHeadlineOverrulesDifferingMetadataAsABylineUnderItDoes() {
        // The site's logo is an h1 without text; the article's headline comes later, its date line just above it.
        assertThat(dateOf("<html><head><meta name=\"date\" content=\"2020-02-12\"></head><body>"
                + "<div id=\"logo\"><h1><a href=\"/\"><img src=\"logo.svg\" alt=\"\"></a></h1></div>"
                + "<div class=\"news\"><div class=\"news-timedata\">05.02.2020 <span>- Redaktion: Anna Beispiel</span></div>"
                + "<div class=\"share\"><a href=\"#\">Teilen</a></div><h1>Faire Lieferketten für Chips</h1>"
                + "<p>Eine Initiative aus Verbänden ruft zum Handeln auf.</p></div></body></html>").day())
                .isEqualTo(LocalDate.of(2020, 2, 5));
        // The site's name as an h1 in its header band, today's date above it: a masthead, not a kicker.
        assertThat(dateOf("<html><head><meta property=\"article:published_time\" content=\"2020-01-28T09:00:00+01:00\"></head>"
                + "<body><header><p>Montag, 3. Februar 2020</p><h1>Chip-Zeitung</h1></header>"
                + "<div class=\"story\"><h2>Faire Lieferketten für Chips</h2><p>Eine Initiative aus Verbänden ruft zum Handeln auf.</p>"
                + "</div></body></html>").day()).isEqualTo(LocalDate.of(2020, 1, 28));
    }

    @Test
    void aSpanOfDaysUnderTheHeadlineIsTheEventsButADateWithATimeAfterADashIsTheBylines() {
        assertThat(dateOf("<html><body><h1>Chip-Blog</h1><h3><a href=\"/e/1\">Messe-Bericht (2020/7/11-12)</a></h3>"
                + "<span class=\"time\">2020年07月12日</span><p>Die Messe war gut besucht.</p></body></html>").day())
                .isEqualTo(LocalDate.of(2020, 7, 12));
        assertThat(dateOf("<html><body><h1>Neue Speicherchips</h1><p>21.01.2022 - 13:30</p><p>Der Bau beginnt.</p></body></html>")
                .day()).isEqualTo(LocalDate.of(2022, 1, 21));
        // A dotted time, a reading time or a count after the dash is a byline's, not another day.
        assertThat(dateOf("<html><body><h1>Neue Speicherchips</h1><p>21.01.2022 - 13.30 Uhr</p><p>Der Bau beginnt.</p></body></html>")
                .day()).isEqualTo(LocalDate.of(2022, 1, 21));
        assertThat(dateOf("<html><body><h1>New memory chips</h1><p>03/14/2023 - 3 min read</p><p>Construction starts.</p></body></html>")
                .day()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(dateOf("<html><body><h1>Neue Speicherchips</h1><p>12.03.2023 - 2 Kommentare</p><p>Der Bau beginnt.</p></body></html>")
                .day()).isEqualTo(LocalDate.of(2023, 3, 12));
        assertThat(dateOf("<html><body><h1>Chip-Messe</h1><p>Messe: 5.10.2023 - 8.10.2023</p><p>Vier Tage Halbleiter.</p></body></html>"))
                .as("a span of two full dates is the event's").isNull();
    }

    @Test
    void anAsideNamedAsTheArticlesDetailsDatesItButAnAsideOfOtherPostsDoesNot() {
        String story = "<p>Wer fremde Dateien übernimmt, sollte seine eigenen Vorlagen schützen, sagt die Entwicklerin.</p>";
        assertThat(dateOf("<html><body><article><header><h2>Dateien mit Migrationshintergrund</h2></header>"
                + "<aside class=\"blogData\"><dl><dt>Datum</dt><dd>12.01.2017</dd><dt>Kategorie</dt><dd>CAD</dd></dl></aside>"
                + story + "</article></body></html>").day()).isEqualTo(LocalDate.of(2017, 1, 12));
        assertThat(dateOf("<html><body><article><header><h2>Dateien mit Migrationshintergrund</h2></header>" + story
                + "<aside class=\"more-posts\"><p>01.07.2020</p><p>Ein anderer Beitrag</p></aside></article></body></html>"))
                .isNull();
        // Names that merely contain "date" or "time" are other posts' boxes, not the article's details.
        for (String other : new String[] {"latest-updates", "timeline", "author-box"}) {
            assertThat(dateOf("<html><body><article><header><h2>Dateien mit Migrationshintergrund</h2></header>" + story
                    + "<aside class=\"" + other + "\"><p>01.07.2020</p><p>Ein anderer Beitrag</p></aside></article></body></html>"))
                    .as(other).isNull();
        }
    }

    @Test
    void thePagesOwnEntryInAListOfRecentPostsDatesItButOtherEntriesDoNot() {
        String head = "<html><head><link rel=\"canonical\" href=\"https://blog.example/chip-zensur/\"></head><body>"
                + "<h1>Chip-Zensur</h1><p>Die Hochschulen wehren sich gegen neue Exportregeln für Halbleiter, schreibt die Autorin.</p>";
        String others = "<li><a href=\"https://blog.example/andere/\">Ein anderer Beitrag</a> <span>19/10/2018</span></li>";
        assertThat(dateOf(head + "<aside class=\"sidebar\"><h3>Letzte Beiträge</h3><ul>"
                + "<li><a href=\"https://blog.example/chip-zensur/\">Chip-Zensur</a> <span class=\"post-date\">26/10/2018</span></li>"
                + others + "</ul></aside></body></html>").day()).isEqualTo(LocalDate.of(2018, 10, 26));
        assertThat(dateOf(head + "<aside class=\"sidebar\"><h3>Letzte Beiträge</h3><ul>" + others + "</ul></aside></body></html>"))
                .isNull();
    }

    @Test
    void aMetaDateOfNoStatedKindYieldsToJsonLdNamingThePublication() {
        // The CMS writes its last edit into <meta name="date">; the JSON-LD says when the article was published.
        assertThat(dateOf("<html><head><meta name=\"date\" content=\"2023-01-01T14:11:58+01:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-10T16:50:00+00:00\","
                + "\"dateModified\":\"2023-01-01T13:11:58+00:00\"}</script></head><body><h1>Robo-Advisor</h1></body></html>").day())
                .isEqualTo(LocalDate.of(2020, 1, 10));
        assertThat(dateOf("<html><head><meta name=\"date\" content=\"2023-01-01\"></head><body><h1>Robo-Advisor</h1></body></html>")
                .day()).as("alone, it still dates the page").isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void theFooterBlockOfAnArticleInATemplateWithoutHtml5TagsHoldsItsDate() {
        assertThat(dateOf("<html><head><meta name=\"date\" content=\"2022-01-21T15:38:44+01:00\"></head><body>"
                + "<div class=\"news news-single\"><div class=\"article\"><div class=\"header\"><h3>Mit Hund im Winter</h3></div>"
                + "<div class=\"footer\"><time itemprop=\"datePublished\" datetime=\"2022-01-27\">27.01.2022</time></div>"
                + "<p>Schnee macht Hunden Freude.</p></div></div><div class=\"footer\"><time itemprop=\"datePublished\""
                + " datetime=\"2021-05-05\">05.05.2021</time></div></body></html>").day()).isEqualTo(LocalDate.of(2022, 1, 27));
    }

    @Test
    void aListOfRelatedStoriesInJsonLdDatesThoseStoriesNotThePage() {
        String related = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\","
                + "\"itemListElement\":[{\"@type\":\"NewsArticle\",\"headline\":\"Older chip story\","
                + "\"datePublished\":\"2019-05-02T08:00:00+02:00\"}]}</script>";
        assertThat(dateOf("<html><head><meta name=\"date\" content=\"2021-03-09\">" + related + "</head><body>"
                + "<h1>New export rules for AI chips</h1><p>The rules take effect next month, the ministry said.</p></body></html>")
                .day()).isEqualTo(LocalDate.of(2021, 3, 9));
    }

    @Test
    void aBylineOrKickerThatShortensTheYearDatesThePageButRunningTextDoesNot() {
        String story = "<p>Der Chiphersteller baut seine Fertigung in Dresden aus, wie das Unternehmen mitteilte.</p>";
        assertThat(dateOf("<html><body><h1>Neue Chipfabrik</h1><div class=\"meta\">Von: Anna Beispiel | 31.10.23</div>"
                + story + "</body></html>").day()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(dateOf("<html><body><div class=\"head\"><span>05.03.18</span><h1>Neue Chipfabrik</h1></div>" + story
                + "</body></html>").day()).as("a kicker above the headline").isEqualTo(LocalDate.of(2018, 3, 5));
        assertThat(dateOf("<html><body><h1>Nuovo chip</h1><em>( Roma, 22 Febbraio 21 )</em>"
                + "<p>Il produttore ha presentato il nuovo chip, come ha comunicato l'azienda.</p></body></html>").day())
                .isEqualTo(LocalDate.of(2021, 2, 22));
        // A version number and a count after a month's name are not days.
        assertThat(dateOf("<html><body><h1>Firmware für den Chip</h1><p>Firmware 1.2.19 behebt den Fehler.</p>"
                + "<p>Am 14 März 20 Kunden betroffen.</p></body></html>")).isNull();
    }

    @Test
    void thePagesOwnTeaserInAListOfPostsDatesItThoughItsLinkIsRelativeAndHoldsTheWholeTeaser() {
        String head = "<html><head><link rel=\"canonical\" href=\"https://verband.example/chips-fuer-alle\"></head><body>";
        String teaser = "<div class=\"row\"><a href=\"%s\"><div class=\"teaser\"><div class=\"authored\">%s</div><h2>%s</h2>"
                + "<p>Der Verband fordert, dass Halbleiter für Schulen und Hochschulen bis zum 01.09.2022 bezahlbar werden.</p>"
                + "</div></a></div>";
        String other = teaser.formatted("/andere-meldung", "09.11.2021", "Eine andere Meldung");
        assertThat(dateOf(head + other + teaser.formatted("/chips-fuer-alle", "10.11.2021", "Chips für alle") + "</body></html>")
                .day()).isEqualTo(LocalDate.of(2021, 11, 10));
        assertThat(dateOf(head + other + "</body></html>")).as("only another page's teaser").isNull();
    }

    @Test
    void todaysDateInTheSitesHeaderBandIsNotTheArticlesButADateMarkedInItsOwnHeaderIs() {
        String siteHeader = "<header class=\"top\"><span class=\"masthead-date\"><time datetime=\"2023-11-01T13:56:20+01:00\">"
                + "Mittwoch, 01. November 2023</time></span><a href=\"/\">Chip-Zeitung</a></header>";
        String story = "<p>Der Chiphersteller baut seine Fertigung in Dresden aus, wie das Unternehmen mitteilte.</p>";
        assertThat(dateOf("<html><body>" + siteHeader + "<main><h2>Neue Chipfabrik</h2><p><span class=\"text-date\">"
                + "31. Oktober 2023.</span> Der Bau beginnt im Frühjahr.</p>" + story + "</main></body></html>").day())
                .isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(dateOf("<html><body><article><header><h1>Neue Chipfabrik</h1><span class=\"post-date\">30.10.2023</span>"
                + "</header>" + story + "</article></body></html>").day()).as("the article's own header")
                .isEqualTo(LocalDate.of(2023, 10, 30));
    }

    @Test
    void aTimeTheArticleShowsOutranksAMetaDateOfNoStatedKindButATimeInOtherContentDoesNot() {
        // The CMS writes the page's last rendering into <meta name="date">; the article's details show when it ran.
        // The story runs past the header, so only the article's <time> (not its byline) can say so.
        String head = "<html><head><meta name=\"date\" content=\"2023-4-18T09:12:44+02:00\"></head><body><article>"
                + "<h1>Neuer Speicherchip</h1><p>" + "Der Speicherchip vereint hohe Dichte mit geringem Verbrauch. ".repeat(6)
                + "</p>";
        assertThat(dateOf(head + "<aside class=\"entry-details\"><p><time datetime=\"2023-04-11\">11.04.2023 - 08:15</time>"
                + "</p></aside></article></body></html>").day()).isEqualTo(LocalDate.of(2023, 4, 11));
        assertThat(dateOf(head + "</article><aside class=\"related\"><time datetime=\"2023-04-03\">03.04.2023</time></aside>"
                + "</body></html>").day()).as("another story's time").isEqualTo(LocalDate.of(2023, 4, 18));
        assertThat(dateOf(head + "<p><a href=\"/older\"><time datetime=\"2023-04-03\">03.04.2023</time></a></p>"
                + "</article></body></html>").day()).as("a linked story's time").isEqualTo(LocalDate.of(2023, 4, 18));
        assertThat(dateOf(head + "<p>Updated <time datetime=\"2023-04-16\">16.04.2023</time></p>"
                + "</article></body></html>").day()).as("an update's time").isEqualTo(LocalDate.of(2023, 4, 18));
    }

    @Test
    void anInterstitialPageIsDatedByTheAddressItForwardsToButAFullPagesScriptsAreNotRead() {
        assertThat(dateOf("<html><body><p>You will be connected to <b>news.example</b> in just a moment...</p><script>"
                + "document.cookie=\"k=v\";location.href=\"https://news.example/20210915/chip-exports-rise?attempt=1\";</script>"
                + "</body></html>").day()).isEqualTo(LocalDate.of(2021, 9, 15));
        assertThat(dateOf("<html><head><meta http-equiv=\"refresh\" content=\"0; url=https://news.example/2021/03/09/fab/\">"
                + "</head><body><p>This page has moved.</p></body></html>").day()).isEqualTo(LocalDate.of(2021, 3, 9));
        assertThat(dateOf("<html><body><p>Redirecting…</p><script>location.replace('/2022/05/17/fab/');</script></body></html>")
                .day()).isEqualTo(LocalDate.of(2022, 5, 17));
        assertThat(dateOf("<html><body><h1>Chip exports rise</h1><p>" + "Exports of chips rose again this month. ".repeat(10)
                + "</p><script>if (mobile) { location.replace('https://m.news.example/2019/01/02/other/'); }</script>"
                + "</body></html>")).as("a full page's script").isNull();
    }

    @Test
    void aLayoutBlockNamedForItsSidebarThatHoldsTheMainContentIsNoSidebar() {
        // The theme names the wrapper of content and sidebar "sidebar"; the real sidebar inside it stays one.
        assertThat(dateOf("<html><body><div class=\"layout-wrap two-col sidebar\"><div id=\"sidebar\">"
                + "<span class=\"date\">03.02.2020</span></div><div class=\"main\"><div class=\"post\"><h2>Sparsamer Chip</h2>"
                + "<div class=\"post-meta\"><span class=\"post-meta-time\">22.09.2018</span></div><p>Der neue Chip spart Strom,"
                + " sagen die Entwickler des Herstellers.</p></div></div></div></body></html>").day())
                .isEqualTo(LocalDate.of(2018, 9, 22));
    }

    @Test
    void anHourUnderTheHeadlineIsNotAShortYear() {
        StatedDate date = dateOf("""
                <html><body><h1>Chip plant opens</h1><p>Published 3 Nov 14:05</p><p>Text of the story.</p></body></html>""");
        assertThat(date).isNull();
    }

    @Test
    void aShortYearUnderTheHeadlineDoesNotOverruleMetadata() {
        assertThat(dateOf("""
                <html><head><meta property="article:published_time" content="2021-05-06T08:00:00+02:00"></head>
                <body><h1>Chip plant opens</h1><p>Published 3 Nov 14:05</p><p>Text of the story.</p></body></html>""")
                .day()).isEqualTo(LocalDate.of(2021, 5, 6));
        assertThat(dateOf("""
                <html><head><meta property="article:published_time" content="2021-05-06T08:00:00+02:00"></head>
                <body><h1>Chip plant opens</h1><p>Von Anna Beispiel · 07.05.21</p><p>Text of the story.</p></body></html>""")
                .day()).isEqualTo(LocalDate.of(2021, 5, 6));
    }

    @Test
    void aShortYearUnderTheHeadlineServesWhenThereIsNoMetadata() {
        assertThat(dateOf("""
                <html><body><h1>Chip plant opens</h1><p>Von Anna Beispiel · 07.05.21</p><p>Text of the story.</p></body></html>""")
                .day()).isEqualTo(LocalDate.of(2021, 5, 7));
    }

    @Test
    void aDateInASidebarBlocksOwnContentDivIsNotTheArticles() {
        Document page = Jsoup.parse("""
                <html><body><div id="page"><div class="region"><h1>Chip plant opens</h1><p>Text of the story.</p></div>
                <div id="sidebar"><div class="block"><div class="content"><span class="date">4 June 2019</span>
                <a href="/other-story">Another story</a></div></div></div></div></body></html>""");
        assertThat(PagePlaces.inForeignPlace(page.selectFirst("span.date"))).isTrue();
    }

    @Test
    void aSidebarNamedWrapperAroundTheArticleStillCounts() {
        assertThat(dateOf("""
                <html><body><div class="layout has-sidebar"><div class="content"><article><h1>Chip plant opens</h1>
                <span class="date">4 June 2019</span><p>Text of the story.</p></article></div></div></body></html>""")
                .day()).isEqualTo(LocalDate.of(2019, 6, 4));
    }

    @Test
    void anOwnListEntryIsReadByItsDateLabelNotByItsExcerpt() {
        String head = "<html><head><link rel=\"canonical\" href=\"https://blog.example/chip-plant\"></head><body><h1>Chip plant</h1>"
                + "<p>" + "The plant opened after years of planning and delay. ".repeat(6) + "</p><ul class=\"recent\"><li>";
        assertThat(dateOf(head + "<p>The plans for the plant were first shown to the public on 12 May 2015.</p><a href=\"/chip-plant\">Chip plant</a>"
                + "<span>9 October 2020</span></li></ul></body></html>").day()).isEqualTo(LocalDate.of(2020, 10, 9));
    }

    @Test
    void aLinkToThePageOutsideAListIsNoListEntry() {
        assertThat(PrintedDates.ownListEntry(Jsoup.parse("""
                <html><head><link rel="canonical" href="https://blog.example/chip-plant"></head><body>
                <div class="crumbs"><a href="/">Home</a> › <a href="/chip-plant">Open day, 9 October 2020</a></div></body></html>""",
                "https://blog.example/chip-plant"))).isEmpty();
    }
}
