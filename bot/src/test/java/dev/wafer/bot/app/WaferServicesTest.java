package dev.wafer.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.Embedder;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaferServicesTest {

    @TempDir
    Path folder;

    @Test
    void statusNeverLoadsTheEmbeddingModelAndTheFirstQuestionDoes() {
        AtomicInteger loads = new AtomicInteger();
        Supplier<Embedder> counting = () -> {
            loads.incrementAndGet();
            return NewsLibrary.sharedEmbedder().get();
        };
        NewsLibrary.Options options = NewsLibrary.Options.defaults().withStarter(false).withEmbedder(counting);

        try (WaferServices services = WaferServices.open(DataFolder.open(folder), Map.of(), options)) {
            assertThat(services.status().articles()).isZero();
            assertThat(loads).as("stats and status need no model").hasValue(0);

            services.ask(Question.of("What is the latest on HBM supply?"));

            assertThat(loads.get()).isPositive();
        }
    }

    @Test
    void everyQuestionAndEveryModeratorRefreshIsMetered() {
        NewsLibrary.Options options = NewsLibrary.Options.defaults().withStarter(false);
        try (WaferServices services = WaferServices.open(DataFolder.open(folder), Map.of(), options)) {
            services.ask(Question.of("What is the latest on HBM supply?"));
            // A feed on this machine's loopback: refused by the fetcher's private-network rule, never fetched.
            ModeratorActions moderator = NewsModeratorActions.of(services);
            moderator.addFeed("http://127.0.0.1:9/feed.xml", false);
            moderator.refresh(java.util.List.of());

            assertThat(services.metrics().scrape()).contains("wafer_questions_total 1.0", "wafer_abstentions_total 1.0",
                    "wafer_refresh_feeds_total{feed=\"http://127.0.0.1:9/feed.xml\",status=\"failed\"} 1.0");
        }
    }
}
