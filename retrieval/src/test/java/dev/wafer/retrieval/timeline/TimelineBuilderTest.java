package dev.wafer.retrieval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.IndexProgress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story with known events, written for this test: the H20's export licence over 2025. */
class TimelineBuilderTest {

    private static final Instant NOW = Instant.parse("2025-12-01T00:00:00Z");

    @TempDir
    Path folder;

    private static Article article(String slug, String publisher, String published, String body) {
        return Article.of("https://news.example/" + slug, "Nvidia H20 story " + slug, publisher, null,
                published == null ? null : Instant.parse(published + "T09:00:00Z"), body, NOW);
    }

    private NewsLibrary library() {
        NewsLibrary library = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(false));
        library.ingest(List.of(
                article("licence-reuters", "Reuters", "2025-04-15", "The US government told Nvidia that exports of its"
                        + " H20 chips to China now require a licence. Nvidia expects a charge of about $5.5 billion."),
                article("licence-ft", "Financial Times", "2025-04-16", "The US government has told Nvidia that exports of"
                        + " its H20 chips to China now require a licence, the company said. Analysts were surprised."),
                article("resume", "Reuters", "2025-07-15", "Nvidia said it would resume H20 chip sales to China after"
                        + " Washington promised to grant export licences for the chip."),
                article("summoned", "Bloomberg", "2025-07-15", "China's internet regulator summoned Nvidia over"
                        + " security risks it sees in the H20 chips the company exports to Chinese customers."),
                article("undated", "Chip Blog", null, "Exports of the H20 chip are a long-running saga for Nvidia and"
                        + " its Chinese customers, this undated post says.")), IndexProgress.NONE);
        return library;
    }

    @Test
    void oneLinePerEventDatedByItsEarliestReportWithOtherOutletsCounted() {
        try (NewsLibrary library = library()) {
            Timeline timeline = library.timelines().build("H20 exports", null, null);

            assertThat(timeline.events()).extracting(TimelineEvent::date).containsExactly(
                    LocalDate.parse("2025-04-15"), LocalDate.parse("2025-07-15"), LocalDate.parse("2025-07-15"));
            TimelineEvent licence = timeline.events().getFirst();
            assertThat(licence.text()).startsWith("The US government told Nvidia that exports of its H20 chips");
            assertThat(licence.outlets()).containsExactly("Reuters", "Financial Times");
            assertThat(licence.otherOutlets()).isEqualTo(1);
            assertThat(timeline.events().subList(1, 3)).extracting(TimelineEvent::text).anyMatch(text -> text.contains("resume"))
                    .anyMatch(text -> text.contains("summoned"));
            assertThat(timeline.events()).noneMatch(event -> event.text().contains("undated"));
            assertThat(timeline.citations()).hasSize(3);
            assertThat(timeline.events()).flatExtracting(TimelineEvent::citations).containsExactly(1, 2, 3);
            assertThat(timeline.leftOut()).isZero();
            // Nvidia's own word on resuming sales and the government telling Nvidia of the licence rule are both official.
            int resume = timeline.events().stream().filter(event -> event.text().contains("resume")).findFirst().orElseThrow().citations().getFirst();
            assertThat(timeline.citations().get(resume - 1).sourcing().kind()).isEqualTo(dev.wafer.retrieval.sourcing.Sourcing.Kind.OFFICIAL);
            assertThat(timeline.citations().getFirst().sourcing().kind()).isEqualTo(dev.wafer.retrieval.sourcing.Sourcing.Kind.OFFICIAL);
        }
    }

    @Test
    void aTopicLongerThanAQuestionIsRefusedInPlainWords() {
        String topic = "H20 export licences for Nvidia chips ".repeat(500);
        try (NewsLibrary library = library()) {
            assertThatThrownBy(() -> library.timelines().build(topic, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Timeline topics are limited to 200 characters; this one has " + topic.strip().length()
                            + ". Name the story in a few words, e.g. \"H20 export licences\".");
        }
    }

    @Test
    void sinceAndUntilPageThroughTheStory() {
        try (NewsLibrary library = library()) {
            Timeline april = library.timelines().build("H20 exports", null, LocalDate.parse("2025-06-30"));
            Timeline july = library.timelines().build("H20 exports", LocalDate.parse("2025-07-01"), null);

            assertThat(april.events()).singleElement().satisfies(event -> assertThat(event.date()).isEqualTo("2025-04-15"));
            assertThat(july.events()).hasSize(2).allSatisfy(event -> assertThat(event.date()).isEqualTo("2025-07-15"));
            assertThatThrownBy(() -> library.timelines().build("H20 exports", LocalDate.parse("2025-08-01"),
                    LocalDate.parse("2025-07-01"))).hasMessageContaining("is after until");
        }
    }
}
