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
}
