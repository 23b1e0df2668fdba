package dev.wafer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.store.LuceneArticleStore;
import dev.wafer.corpus.store.LuceneIndex;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.search.ContentFields;
import dev.wafer.retrieval.search.LuceneContentRetriever;
import dev.wafer.retrieval.search.SearchOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end over a real store and index in a temp folder: import, retrieve, answer, abstain, forget. */
class NewsLibraryTest {

    @TempDir
    Path folder;

    @Test
    void aFolderKilledBeforeTheStarterCommitStillGetsTheStarterCorpus() {
        // The process died right after creating the article store, before anything was committed to it.
        LuceneArticleStore.open(DataFolder.open(folder).articles()).close();

        try (NewsLibrary library = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(true))) {
            assertThat(library.stats().articles()).isGreaterThan(100);
            assertThat(library.store().note("starter")).hasValue("loaded");
        }
    }

    @Test
    void aFolderStartedEmptyOnPurposeStaysEmpty() {
        try (NewsLibrary library = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(false))) {
            assertThat(library.store().note("starter")).hasValue("declined");
        }

        try (NewsLibrary library = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(true))) {
            assertThat(library.stats().articles()).isZero();
        }
    }

    @Test
    void aKnownQuestionIsAnsweredFromTheRightArticleWithValidDatedCitations() {
        try (NewsLibrary library = Fixtures.libraryWithNews(folder)) {
            Answer answer = library.extractiveAnswers().answer(Question.of("Why was DeepSeek's R2 model delayed?"));

            assertThat(answer.abstained()).isFalse();
            assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
            assertThat(answer.citations().get(0).title()).isEqualTo("DeepSeek's R2 delayed after training trouble on Huawei Ascend chips");
            assertThat(answer.citations().get(0).url()).isEqualTo("https://example-news.test/2025/08/14/deepseek-r2-delay");
            assertThat(answer.text()).contains("On 2025-08-14, Silicon Dispatch reported:");
            assertEveryMarkerNamesACitation(answer);
        }
    }

    @Test
    void aQuestionAboutAnOutletTheCorpusLacksIsDeclinedByNameAndHeldOutletsAreAnswered() {
        try (NewsLibrary library = Fixtures.libraryWithNews(folder)) {
            Answer missing = library.extractiveAnswers().answer(Question.of("What did Bloomberg report about DeepSeek's R2 delay?"));
            Answer held = library.extractiveAnswers().answer(Question.of("What did Silicon Dispatch report about DeepSeek's R2 delay?"));

            assertThat(missing.abstained()).isTrue();
            assertThat(missing.citations()).isEmpty();
            assertThat(missing.text()).startsWith("I have no Bloomberg articles, so I cannot tell you what it reported.");
            assertThat(held.abstained()).isFalse();
            assertThat(held.text()).contains("Silicon Dispatch reported:");
        }
    }

    @Test
    void aQuestionAboutADayTheCorpusLacksSaysSoUnlessALaterReportTellsOfThatDay() {
        try (NewsLibrary library = Fixtures.libraryWithNews(folder)) {
            library.ingest(List.of(Article.of("https://example-news.test/2025/09/02/h20-quarter", "Nvidia sold no H20 chips to"
                    + " China last quarter", "Chip Ledger", null, Instant.parse("2025-09-02T07:00:00Z"), "On August 27,"
                    + " Nvidia reported second-quarter revenue of $46.7 billion and said it had sold no H20 chips to"
                    + " China-based customers in the quarter. The company did not include H20 sales to China in its outlook.",
                    Instant.now())), IndexProgress.NONE);
            var answers = library.extractiveAnswers();

            Answer noSuchDay = answers.answer(Question.of("What was reported about DeepSeek's R2 delay on 2025-08-20?"));
            Answer heldDay = answers.answer(Question.of("What was reported about DeepSeek's R2 delay on August 14, 2025?"));
            Answer toldLater = answers.answer(Question.of("What did Nvidia say about H20 sales to China on August 27, 2025?"));

            assertThat(noSuchDay.abstained()).isTrue();
            assertThat(noSuchDay.citations()).isEmpty();
            assertThat(noSuchDay.text()).startsWith("I have no articles from 2025-08-20, so I cannot say what was reported then.");
            assertThat(heldDay.abstained()).isFalse();
            assertThat(heldDay.text()).doesNotContain("I have no articles").contains("Silicon Dispatch reported:");
            assertThat(toldLater.abstained()).isFalse();
            assertThat(toldLater.text()).startsWith("I have no articles from 2025-08-27, but later reports tell of it.")
                    .contains("sold no H20 chips");
            assertEveryMarkerNamesACitation(toldLater);
        }
    }

    @Test
    void anOutOfDomainQuestionAbstainsWithTheNewestArticleDate() {
        try (NewsLibrary library = Fixtures.libraryWithNews(folder)) {
            for (String question : List.of("How do I bake sourdough bread?", "Who won the 2022 World Cup final?")) {
                Answer answer = library.extractiveAnswers().answer(Question.of(question));
                assertThat(answer.abstained()).as(question).isTrue();
                assertThat(answer.citations()).isEmpty();
                assertThat(answer.text()).contains("doesn't cover that").contains("2025-08-14");
            }
        }
    }

    @Test
    void reimportingChangesNothing() {
        try (NewsLibrary library = Fixtures.libraryWithNews(folder)) {
            int passages = library.passages().size();
            var again = library.ingest(Fixtures.news(), IndexProgress.NONE);
            assertThat(again.added()).isEmpty();
            assertThat(again.unchanged()).hasSize(6);
            assertThat(library.stats().articles()).isEqualTo(6);
            assertThat(library.passages().size()).isEqualTo(passages);
        }
    }

    @Test
    void theRetrieverIsALangChain4jContentRetrieverWithCitableMetadata() {
        try (NewsLibrary library = Fixtures.libraryWithNews(folder)) {
            var retriever = new LuceneContentRetriever(library.searcher(SearchOptions.DEFAULTS), 3);
            List<Content> contents = retriever.retrieve(Query.from("How much HBM memory does the Blackwell B200 carry?"));

            assertThat(contents).hasSizeBetween(1, 3);
            Content top = contents.get(0);
            assertThat(ContentFields.title(top)).isEqualTo("Nvidia unveils Blackwell B200 with 192GB of HBM3e");
            assertThat(ContentFields.publisher(top)).isEqualTo("Fab Weekly");
            assertThat(ContentFields.url(top)).isEqualTo("https://example-news.test/2024/03/18/blackwell-launch");
            assertThat(ContentFields.published(top)).contains(Instant.parse("2024-03-18T20:00:00Z"));
            assertThat(top.metadata()).containsKey(ContentMetadata.SCORE);
            assertThat(ContentFields.similarity(top)).hasValueSatisfying(similarity -> assertThat(similarity).isBetween(0.5, 1.0));
        }
    }

    @Test
    void aForgottenArticleIsNeverCitedAgain() {
        try (NewsLibrary library = Fixtures.libraryWithNews(folder)) {
            assertThat(library.forget("https://example-news.test/2025/08/14/deepseek-r2-delay?utm_medium=x")).isPresent();
            Answer answer = library.extractiveAnswers().answer(Question.of("Why was DeepSeek's R2 model delayed?"));
            assertThat(answer.citations()).extracting(Citation::title)
                    .doesNotContain("DeepSeek's R2 delayed after training trouble on Huawei Ascend chips");
            assertThat(library.forget("https://example-news.test/never-stored")).isEmpty();
        }
    }

    @Test
    void anIndexLeftBehindByACrashCatchesUpWhenTheFolderIsOpened() {
        Article late = Article.of("https://example-news.test/2025/11/01/late", "Late story on Ascend 950 roadmap",
                "Asia Chips", null, Instant.parse("2025-11-01T00:00:00Z"),
                "Huawei published a roadmap for its Ascend 950 accelerators with in-house high-bandwidth memory.", Instant.EPOCH);
        try (NewsLibrary library = Fixtures.libraryWithNews(folder)) {
            assertThat(library.passages().size()).isPositive();
        }
        // The store commits, then the process dies before the passage index does.
        try (LuceneArticleStore store = LuceneArticleStore.open(DataFolder.open(folder).articles())) {
            store.upsert(List.of(late));
        }
        try (NewsLibrary reopened = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(false))) {
            assertThat(reopened.passages().articleFingerprints()).containsKey(late.id());
            Answer answer = reopened.extractiveAnswers().answer(Question.of("What is on Huawei's Ascend 950 roadmap?"));
            assertThat(answer.citations()).extracting(Citation::title).contains("Late story on Ascend 950 roadmap");
        }
    }

    @Test
    void aPassageIndexFromAnOlderBuildIsRebuiltWhenTheFolderIsOpened() {
        try (NewsLibrary library = Fixtures.libraryWithNews(folder)) {
            assertThat(library.passages().hasCurrentSchema()).isTrue();
        }
        try (LuceneIndex passages = LuceneIndex.open(DataFolder.open(folder).passages(),
                () -> LuceneIndex.config(PassageFields.analyzer()))) {
            Map<String, String> data = new HashMap<>(passages.commitData());
            data.put(PassageFields.SCHEMA_VERSION, "1");
            passages.commit(writer -> null, data);
        }
        try (NewsLibrary reopened = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(false))) {
            assertThat(reopened.passages().hasCurrentSchema()).isTrue();
            assertThat(reopened.extractiveAnswers().answer(Question.of("Why was DeepSeek's R2 model delayed?")).abstained()).isFalse();
        }
    }

    @Test
    void reindexRebuildsTheSamePassagesFromTheStore() {
        try (NewsLibrary library = Fixtures.libraryWithNews(folder)) {
            int before = library.passages().size();
            assertThat(library.reindex(IndexProgress.NONE)).isEqualTo(before);
            assertThat(library.extractiveAnswers().answer(Question.of("What did Google launch with Gemini?")).citations())
                    .extracting(Citation::publisher).contains("Cloud Circuit");
        }
    }

    static void assertEveryMarkerNamesACitation(Answer answer) {
        Matcher marker = Pattern.compile("\\[(\\d+)]").matcher(answer.text());
        int markers = 0;
        while (marker.find()) {
            markers++;
            assertThat(Integer.parseInt(marker.group(1))).isBetween(1, answer.citations().size());
        }
        assertThat(markers).isGreaterThanOrEqualTo(answer.citations().size());
    }
}
