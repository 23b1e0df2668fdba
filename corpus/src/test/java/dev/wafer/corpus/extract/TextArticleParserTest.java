package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextArticleParserTest {

    /** The real saved pages shipped beside the project (third-party text: read, never copied here). */
    private static final Path SEEDS = SharedData.path("seeds");

    private static final String SAVED_PAGE = """
            Listen to this Post

            Latest

            Samsung Wins Long-Awaited Nod for HBM3E Supply

            Seoul, South Korea – Samsung Electronics has passed a key qualification test for its HBM3E memory, according to people familiar with the matter.

            Image credit: Unsplash

            Share this article

            Qualification Milestone

            The approval ends more than a year of delays and opens a path to supply the memory for accelerators shipping next year.

            🔔 Follow us on Twitter | Threads | Linkedin | BlueSky
            🔐JOIN OUR TECH WORLD [ Chip News • Fab Monitor ]
            Jane Roe

            Jane Roe has covered the memory industry since 2012, reporting from Seoul and Taipei.
            Back to top button
            """;

    @Test
    void keepsTheHeadlineAndTheReportingAndDropsPageFurniture() {
        ParsedText parsed = TextArticleParser.parse(SAVED_PAGE);

        assertThat(parsed.title()).isEqualTo("Samsung Wins Long-Awaited Nod for HBM3E Supply");
        assertThat(parsed.author()).isEqualTo("Jane Roe");
        assertThat(parsed.body())
                .contains("Samsung Electronics has passed a key qualification test")
                .contains("The approval ends more than a year of delays")
                .doesNotContain("Listen to this Post", "Image credit", "Share this", "Follow us", "JOIN OUR",
                        "Back to top", "has covered the memory industry", "Qualification Milestone");
    }

    @Test
    void readsFrontMatterAndHeaderLines() {
        ParsedText parsed = TextArticleParser.parse("""
                ---
                title: TSMC expands CoWoS capacity
                publisher: Fab Weekly
                published: 2025-01-16
                url: https://example.com/cowos
                ---
                TSMC said it would double its advanced packaging capacity again this year.
                """);
        assertThat(parsed.title()).isEqualTo("TSMC expands CoWoS capacity");
        assertThat(parsed.meta("publisher")).contains("Fab Weekly");
        assertThat(parsed.meta("published")).contains("2025-01-16");
        assertThat(parsed.meta("url")).contains("https://example.com/cowos");
        assertThat(parsed.body()).isEqualTo("TSMC said it would double its advanced packaging capacity again this year.");
    }

    @Test
    void theRealSeedPagesImportWithTheirRealHeadlines() throws IOException {
        SharedData.require(SEEDS, "Reading real seed pages' headlines");
        ParsedText plainReport = TextArticleParser.parse(Files.readString(SEEDS.resolve("002_a2efacab1a007664.txt")));
        assertThat(plainReport.title()).startsWith("DeepSeek AI Model Delayed by Huawei Chip Setback");
        assertThat(plainReport.body()).contains("Ascend").doesNotContain("Back to top", "financial journalist since");
        assertThat(plainReport.author()).isEqualTo("Prakash Gupta");

        ParsedText aggregator = TextArticleParser.parse(Files.readString(SEEDS.resolve("000_e832bfb8c34921be.txt")));
        assertThat(aggregator.title()).doesNotContain("Listen to this Post").contains("DeepSeek").contains("R2");
        assertThat(aggregator.body()).contains("Ascend")
                .doesNotContain("Listen to this Post", "JOIN OUR", "Follow", "Image Source", "Unsplash", "References",
                        "What Undercode Says", "Linkedin");
    }
}
