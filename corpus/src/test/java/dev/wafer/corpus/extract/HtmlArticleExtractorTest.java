package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private static final String PAGE = """
            <html><head>
              <title>Groq raises new funding | Chip Ledger</title>
              <meta property="og:site_name" content="Chip Ledger">
              <meta property="article:published_time" content="2024-08-05T13:00:00+00:00">
              <link rel="canonical" href="https://chipledger.example/groq-funding">
              <script>var tracking = "ignore me";</script>
            </head><body>
              <nav><a href="/">Home</a> <a href="/chips">Chips</a></nav>
              <div class="share-bar">Share on X. Share on LinkedIn and tell your friends about this story.</div>
              <article>
                <h1>Groq raises new funding</h1>
                <p>Groq, which designs language processing units for AI inference, said it raised 640 million dollars in a round led by BlackRock.</p>
                <p>The company said it would use the money to deploy more than 100,000 of its chips by the end of the first quarter of next year.</p>
                <aside>Related: Our guide to every AI chip start-up you should know about this year.</aside>
              </article>
              <footer>Copyright Chip Ledger. All rights reserved. Subscribe to our newsletter today.</footer>
            </body></html>
            """;

    @Test
    void findsTheArticleAndItsMetadataWithoutTheFurniture() {
        ExtractedPage page = HtmlArticleExtractor.extract(PAGE, "https://chipledger.example/groq-funding?utm_source=x");

        assertThat(page.title()).isEqualTo("Groq raises new funding");
        assertThat(page.publisher()).isEqualTo("Chip Ledger");
        assertThat(page.published()).isEqualTo(Instant.parse("2024-08-05T13:00:00Z"));
        assertThat(page.canonicalUrl()).isEqualTo("https://chipledger.example/groq-funding");
        assertThat(page.body())
                .contains("raised 640 million dollars", "deploy more than 100,000")
                .doesNotContain("Home", "Share on", "Related:", "Copyright", "tracking");
    }

    @Test
    void prefersJsonLdArticleBodyAndDate() {
        String body = "Huawei unveiled the CloudMatrix 384 system, linking 384 Ascend chips in one rack-scale cluster. ".repeat(5);
        String page = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Huawei shows CloudMatrix 384",
                 "datePublished":"2025-04-10","publisher":{"@type":"Organization","name":"Asia Chips"},
                 "author":[{"@type":"Person","name":"Li Wei"}],"articleBody":"%s"}
                </script></head><body><p>Cookie notice</p></body></html>
                """.formatted(body.strip());
        ExtractedPage extracted = HtmlArticleExtractor.extract(page, null);
        assertThat(extracted.title()).isEqualTo("Huawei shows CloudMatrix 384");
        assertThat(extracted.publisher()).isEqualTo("Asia Chips");
        assertThat(extracted.author()).isEqualTo("Li Wei");
        assertThat(extracted.published()).isEqualTo(Instant.parse("2025-04-10T00:00:00Z"));
        assertThat(extracted.body()).startsWith("Huawei unveiled the CloudMatrix 384 system");
    }

    @Test
    void aPageWithoutADateStaysUndated() {
        assertThat(HtmlArticleExtractor.extract("<html><body><article><p>" + "Some chip news sentence here. ".repeat(10)
                + "</p></article></body></html>", null).published()).isNull();
    }

    private static final String PARAGRAPHS = """
            <p>Samsung said on Tuesday that it had started mass production of HBM4 memory, the stacked DRAM that sits beside AI accelerators.</p>
            <p>The company said the first shipments would go to a large US customer, widely expected to be Nvidia, in the fourth quarter.</p>
            <p>Analysts said the move narrows the gap with SK hynix, which has supplied most of the HBM used in AI chips so far.</p>
            """;

    private static String body(String html) {
        return HtmlArticleExtractor.extract(html, "https://chipledger.example/hbm4").body();
    }

    @Test
    void aPageWrappedInOneFormStillYieldsItsArticle() {
        // Some publishing systems wrap the whole page in a form; a search box form is still left out.
        String html = "<html><body><form class=\"search\"><p>Search the site for more stories about chips and memory.</p>"
                + "</form><form id=\"page\"><div class=\"site\"><div class=\"story\">" + PARAGRAPHS + "</div></div></form></body></html>";

        assertThat(body(html)).contains("mass production of HBM4", "narrows the gap with SK hynix").doesNotContain("Search the site");
    }

    @Test
    void aWrapperNamedLikeFurnitureIsNotThrownAway() {
        // The theme calls its page wrapper "header-style-2"; a block holding most of the page is kept, whatever its name.
        String html = "<html><body><div class=\"wrapper header-style-2\"><div class=\"sidebar\">Popular: ten stories"
                + " you missed this week and more.</div><div>" + PARAGRAPHS + "</div></div></body></html>";

        assertThat(body(html)).contains("mass production of HBM4", "narrows the gap with SK hynix").doesNotContain("Popular:");
    }

    @Test
    void aTeaserInJsonLdDoesNotReplaceTheWholeArticleOnThePage() {
        String teaser = "Samsung said on Tuesday that it had started mass production of HBM4 memory, the stacked DRAM that sits"
                + " beside AI accelerators, in a move watched closely by investors in the memory market and beyond it.";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + (teaser + " ").repeat(3) + "\"}</script></head><body><article>" + PARAGRAPHS.repeat(2)
                + "<p>Shares of Samsung rose 3 percent in Seoul after the announcement, while SK hynix shares fell.</p>"
                + "</article></body></html>";

        assertThat(body(html)).contains("Shares of Samsung rose 3 percent", "widely expected to be Nvidia");
    }

    @Test
    void bylinesCreditsRightsAndReadingPromptsAreLeftOut() {
        String html = "<html><body><article><p>By Jane Park - 11/18/25 11:04 PM EST</p>" + PARAGRAPHS
                + "<p>Workers inspect wafers at a Samsung plant in Pyeongtaek. (AP Photo/Ahn Young-joon, File)</p>"
                + "<p>Continue Reading Below</p><p>© 2025 Chip Ledger Media. All rights reserved.</p>"
                + "<p>This slideshow requires JavaScript.</p><p>[button link=\"/subscribe\" type=\"big\"] Get the newsletter[/button]</p>"
                + "</article></body></html>";

        assertThat(body(html)).contains("mass production of HBM4")
                .doesNotContain("Jane Park", "AP Photo", "Continue Reading", "All rights reserved", "JavaScript", "[button");
    }

    @Test
    void aTableIsFlattenedRowByRowAndALinkListIsLeftOut() {
        String html = "<html><body><article>" + PARAGRAPHS
                + "<table><tr><th>Supplier</th><th>HBM share</th></tr><tr><td>SK hynix</td><td>about half</td></tr></table>"
                + "<ul><li><a href=\"/a\">Nvidia earnings preview</a></li><li><a href=\"/b\">TSMC raises prices</a></li></ul>"
                + "</article></body></html>";

        assertThat(body(html)).contains("Supplier | HBM share", "SK hynix | about half")
                .doesNotContain("Nvidia earnings preview", "TSMC raises prices");
    }
}
