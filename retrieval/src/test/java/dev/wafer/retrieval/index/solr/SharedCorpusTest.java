package dev.wafer.retrieval.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.StarterCorpus;
import dev.wafer.corpus.store.solr.SolrCollections;
import dev.wafer.corpus.solr.SolrNodes;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.corpus.solr.SolrTraffic;
import dev.wafer.corpus.store.solr.SolrWriteLock;
import dev.wafer.corpus.store.WriteLock;
import dev.wafer.retrieval.CorpusCopy;
import dev.wafer.retrieval.Fixtures;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.search.SearchOptions;
import dev.wafer.testkit.MovableClock;
import dev.wafer.testkit.SolrCluster;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wafer's corpus shared on a real SolrCloud of two nodes on 127.0.0.1 (each collection 2 shards, 2
 * copies of each): processes that write and read it, a second writer refused, a node lost while
 * questions are asked, and a data folder's corpus copied in answering as it did at home.
 */
@Tag("solr-cluster")
class SharedCorpusTest {

    @TempDir
    static Path solrHome;
    private static SolrCluster solr;

    private static final List<String> QUESTIONS = List.of(
            "Why did Nvidia take a charge on H20 chips?",
            "What did the US change about AI chip export rules?",
            "Where is TSMC building advanced chip plants in Arizona?",
            "What is HBM and who makes it?",
            "How does AMD's MI300 compare with Nvidia's accelerators?",
            "Which Chinese companies make AI chips?",
            "What did Intel say about its 18A process?",
            "Why are AI chips in short supply?");

    @BeforeAll
    static void startCluster() {
        solr = SolrCluster.start(2, solrHome);
    }

    @AfterAll
    static void stopCluster() {
        if (solr != null) {
            solr.close();
        }
    }

    private static SolrSettings cluster(String collection, List<URI> nodes) {
        return new SolrSettings(nodes, null, null, collection, 2, 2);
    }

    private static NewsLibrary open(Path folder, SolrSettings settings) {
        return NewsLibrary.open(DataFolder.open(folder),
                NewsLibrary.Options.defaults().withStarter(false).withCluster(Optional.of(settings)));
    }

    @Test
    void aDataFolderCopiedIntoTheClusterAnswersAsItDidAtHome(@TempDir Path home, @TempDir Path process) {
        SolrSettings settings = cluster("copied", solr.nodes());
        try (NewsLibrary embedded = NewsLibrary.open(DataFolder.open(home), NewsLibrary.Options.defaults())) {
            CorpusCopy.Copied copied = CorpusCopy.toSolr(embedded, settings, IndexProgress.NONE);
            assertThat(copied.articles()).isEqualTo(embedded.stats().articles());
            assertThat(copied.passages()).isEqualTo(embedded.passages().size());

            try (NewsLibrary shared = open(process, settings)) {
                assertThat(shared.stats()).isEqualTo(embedded.stats());
                for (String question : QUESTIONS) {
                    List<ScoredPassage> atHome = embedded.searcher(SearchOptions.DEFAULTS).search(question, 4);
                    List<ScoredPassage> onCluster = shared.searcher(SearchOptions.DEFAULTS).search(question, 4);
                    assertThat(onCluster).as(question).extracting(hit -> hit.passage().id())
                            .containsExactlyElementsOf(atHome.stream().map(hit -> hit.passage().id()).toList());
                    assertThat(onCluster.getFirst().passage()).isEqualTo(atHome.getFirst().passage());
                }
                assertThat(shared.extractiveAnswers().answer(Question.of(QUESTIONS.getFirst()))
                        .text()).isEqualTo(embedded.extractiveAnswers()
                        .answer(Question.of(QUESTIONS.getFirst())).text());
                // Asked twice, the second time the collection's counts and the terms' are known (the clock stands
                // still, so however slow the machine they are still fresh) and so are the passages it looks at,
                // unchanged since: it costs its BM25 list and its vector list.
                MovableClock clock = new MovableClock(Instant.now());
                try (NewsLibrary reader = NewsLibrary.open(DataFolder.open(process.resolve("reader")), new NewsLibrary.Options(
                        false, NewsLibrary.sharedEmbedder(), clock, IndexProgress.NONE, Optional.of(settings)))) {
                    SolrTraffic traffic = reader.clusterTraffic().orElseThrow();
                    reader.searcher(SearchOptions.DEFAULTS).search(QUESTIONS.getFirst(), 4);
                    assertThat(requestsOfOneSearch(reader, traffic)).as("requests of a repeated search").isEqualTo(2);
                    // Once the counts are stale they are read again (one request), but an unchanged collection keeps
                    // the terms' counts: no terms request (and the passages, unchanged, are not read again either).
                    clock.advance(Duration.ofSeconds(6));
                    assertThat(requestsOfOneSearch(reader, traffic)).as("after the counts went stale").isEqualTo(3);
                    // Another process writes (it forgets a story far from the question, so the passages the search
                    // reads stay the same): the terms' counts may have changed, so they are asked for again.
                    Set<String> nearQuestion = reader.searcher(SearchOptions.DEFAULTS).search(QUESTIONS.getFirst(), 20)
                            .stream().map(hit -> hit.passage().articleId()).collect(Collectors.toSet());
                    Article farAway = shared.store().all().stream()
                            .filter(article -> !nearQuestion.contains(article.id())).findFirst().orElseThrow();
                    shared.forget(farAway.url());
                    clock.advance(Duration.ofSeconds(6));
                    assertThat(requestsOfOneSearch(reader, traffic)).as("after another process wrote").isEqualTo(4);
                    // A revision that keeps the passage count is a write too: the newest write tells it apart.
                    Article revisable = shared.store().all().stream()
                            .filter(article -> !nearQuestion.contains(article.id())).findFirst().orElseThrow();
                    int passagesBefore = shared.passages().size();
                    shared.ingest(List.of(new Article(revisable.id(), revisable.url(), revisable.title(),
                            revisable.publisher(), revisable.author(), revisable.published(), revisable.body() + " Revised.",
                            revisable.importedAt(), revisable.alsoReportedBy())), IndexProgress.NONE);
                    assertThat(shared.passages().size()).as("passages after the revision").isEqualTo(passagesBefore);
                    clock.advance(Duration.ofSeconds(6));
                    assertThat(requestsOfOneSearch(reader, traffic)).as("after a same-count revision").isEqualTo(4);
                }
            }
        }
    }

    private static long requestsOfOneSearch(NewsLibrary reader, SolrTraffic traffic) {
        long before = traffic.requests();
        reader.searcher(SearchOptions.DEFAULTS).search(QUESTIONS.getFirst(), 4);
        return traffic.requests() - before;
    }

    @Test
    void aClusterNoProcessHasWrittenGetsTheStarterCorpusOnceLikeANewDataFolder(@TempDir Path first, @TempDir Path second,
                                                                             @TempDir Path third) {
        int starter = StarterCorpus.load(Instant.now()).size();
        SolrSettings fresh = cluster("fresh", solr.nodes());
        SolrNodes nodes = new SolrNodes(fresh);
        SolrCollections.ensure(nodes, fresh);
        // While another process writes, a process that opens the empty cluster leaves the starter to later.
        WriteLock.Held other = new SolrWriteLock(nodes, fresh.articles(), Clock.systemUTC()).acquire("a feed refresh");
        try (NewsLibrary blocked = NewsLibrary.open(DataFolder.open(first.resolve("blocked")),
                NewsLibrary.Options.defaults().withStarter(true).withCluster(Optional.of(fresh)))) {
            assertThat(blocked.stats().articles()).isZero();
        } finally {
            other.close();
        }
        try (NewsLibrary one = NewsLibrary.open(DataFolder.open(first),
                NewsLibrary.Options.defaults().withStarter(true).withCluster(Optional.of(fresh)))) {
            assertThat(one.stats().articles()).isEqualTo(starter);
            long version = one.store().version();

            try (NewsLibrary two = NewsLibrary.open(DataFolder.open(second),
                    NewsLibrary.Options.defaults().withStarter(true).withCluster(Optional.of(fresh)))) {
                assertThat(two.store().version()).as("loaded once, not again by the next process").isEqualTo(version);
                assertThat(two.searcher(SearchOptions.DEFAULTS).search(QUESTIONS.getFirst(), 4)).isNotEmpty();
            }
        }

        SolrSettings declined = cluster("declined", solr.nodes());
        try (NewsLibrary off = NewsLibrary.open(DataFolder.open(third),
                NewsLibrary.Options.defaults().withStarter(false).withCluster(Optional.of(declined)))) {
            assertThat(off.stats().articles()).isZero();
        }
        try (NewsLibrary later = NewsLibrary.open(DataFolder.open(first.resolve("later")),
                NewsLibrary.Options.defaults().withStarter(true).withCluster(Optional.of(declined)))) {
            assertThat(later.stats().articles()).as("WAFER_STARTER=off was the cluster's first word").isZero();
        }
    }

    @Test
    void whatOneProcessWritesTheOtherAnswersFrom(@TempDir Path writerFolder, @TempDir Path readerFolder) {
        SolrSettings settings = cluster("shared", solr.nodes());
        try (NewsLibrary writer = open(writerFolder, settings); NewsLibrary reader = open(readerFolder, settings)) {
            assertThat(reader.stats().articles()).isZero();

            writer.ingest(Fixtures.news(), IndexProgress.NONE);

            String question = "Which Chinese companies placed large H20 orders?";
            List<ScoredPassage> hits = reader.searcher(SearchOptions.DEFAULTS).search(question, 4);
            assertThat(hits).isNotEmpty();
            Article first = reader.store().get(hits.getFirst().passage().articleId()).orElseThrow();
            assertThat(Fixtures.news()).extracting(Article::url).contains(first.url());

            writer.forget(first.url());
            assertThat(reader.store().findByUrl(first.url())).isEmpty();
            assertThat(reader.searcher(SearchOptions.DEFAULTS).search(question, 10))
                    .noneMatch(hit -> hit.passage().articleId().equals(first.id()));
        }
    }

    @Test
    void aPassageAnotherProcessRevisesIsReadAgainNotTakenFromWhatWasReadBefore(@TempDir Path writerFolder,
                                                                              @TempDir Path readerFolder) {
        SolrSettings settings = cluster("revised", solr.nodes());
        String question = "When will the Loopback Labs accelerator ship?";
        // The reader's clock stands still, so its counts never go stale: only the passages' versions tell it of the
        // revision, and the request count below holds however slow the machine.
        try (NewsLibrary writer = open(writerFolder, settings);
             NewsLibrary reader = NewsLibrary.open(DataFolder.open(readerFolder), new NewsLibrary.Options(false,
                     NewsLibrary.sharedEmbedder(), new MovableClock(Instant.now()), IndexProgress.NONE,
                     Optional.of(settings)))) {
            writer.ingest(List.of(loopbackStory("Loopback Labs said its accelerator ships in March.")), IndexProgress.NONE);
            assertThat(reader.searcher(SearchOptions.DEFAULTS).search(question, 4).getFirst().passage().text())
                    .contains("ships in March");

            // Read once, the passage costs no request while it is unchanged: the second search asks for its lists only.
            SolrTraffic traffic = reader.clusterTraffic().orElseThrow();
            long before = traffic.requests();
            reader.searcher(SearchOptions.DEFAULTS).search(question, 4);
            assertThat(traffic.requests() - before).as("requests of a search whose passages were read before")
                    .isEqualTo(2);

            writer.ingest(List.of(loopbackStory("Loopback Labs said its accelerator slips to June.")), IndexProgress.NONE);
            assertThat(reader.searcher(SearchOptions.DEFAULTS).search(question, 4).getFirst().passage().text())
                    .contains("slips to June").doesNotContain("March");
        }
    }

    private static Article loopbackStory(String body) {
        return new Article("loopback-accelerator", "https://example.com/loopback-accelerator",
                "Loopback Labs accelerator schedule", "Example", null, Instant.parse("2026-11-02T09:00:00Z"),
                body, Instant.parse("2026-11-02T10:00:00Z"), List.of());
    }

    @Test
    void aSecondWriterIsRefusedWithOneLineAndCanWriteOnceTheFirstIsDone(@TempDir Path one, @TempDir Path two) {
        SolrSettings settings = cluster("writers", solr.nodes());
        Article story = Fixtures.news().getFirst();
        try (NewsLibrary first = open(one, settings); NewsLibrary second = open(two, settings)) {
            WriteLock.Held refresh = first.writeLock().acquire("a feed refresh");
            try {
                assertThatThrownBy(() -> second.ingest(List.of(story), IndexProgress.NONE))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("Another Wafer process")
                        .hasMessageContaining("a feed refresh")
                        .hasMessageNotContaining("\n");
                assertThat(second.store().get(story.id())).isEmpty();
            } finally {
                refresh.close();
            }

            second.ingest(List.of(story), IndexProgress.NONE);
            assertThat(first.store().get(story.id())).isPresent();
        }
    }

    @Test
    void losingANodeWhileQuestionsAreAskedLosesNoQuestionAndNoArticle(@TempDir Path writerFolder,
                                                                       @TempDir Path readerFolder,
                                                                       @TempDir Path afterFolder) throws Exception {
        SolrSettings settings = cluster("failover", solr.nodes());
        List<Article> news = Fixtures.news();
        Article late = news.getLast();
        try (NewsLibrary writer = open(writerFolder, settings); NewsLibrary reader = open(readerFolder, settings)) {
            writer.ingest(news.subList(0, news.size() - 1), IndexProgress.NONE);
            long before = reader.stats().articles();

            AtomicInteger answered = new AtomicInteger();
            List<Future<?>> asked = new ArrayList<>();
            ExecutorService askers = Executors.newFixedThreadPool(4);
            try {
                for (int i = 0; i < 40; i++) {
                    String question = QUESTIONS.get(i % QUESTIONS.size());
                    asked.add(askers.submit(() -> {
                        assertThat(reader.extractiveAnswers().answer(Question.of(question))
                                .text()).isNotBlank();
                        answered.incrementAndGet();
                    }));
                    if (i == 10) {
                        solr.stopNode(0);
                        // Written while a node is down: the shards' copies on the other node take it.
                        writer.ingest(List.of(late), IndexProgress.NONE);
                    }
                }
                for (Future<?> question : asked) {
                    question.get(3, TimeUnit.MINUTES);
                }
            } finally {
                askers.shutdownNow();
                solr.startNode(0);
            }
            assertThat(answered).hasValue(40);
            assertThat(reader.stats().articles()).isEqualTo(before + 1);
        }
        // Once node 0 is back it has caught up: with node 1 down now, node 0 alone holds every article and
        // passage, the ones written while it was away too.
        solr.stopNode(1);
        try (NewsLibrary onlyTheRestartedNode = open(afterFolder, cluster("failover", List.of(solr.nodes().getFirst())))) {
            assertThat(onlyTheRestartedNode.store().get(late.id())).isPresent();
            assertThat(onlyTheRestartedNode.store().all()).hasSize(news.size());
            assertThat(onlyTheRestartedNode.searcher(SearchOptions.DEFAULTS).search(late.title(), 10))
                    .anyMatch(hit -> hit.passage().articleId().equals(late.id()));
        } finally {
            solr.startNode(1);
        }
    }
}
