package dev.wafer.retrieval.timeline;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.StarterCorpus;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.IndexProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times a timeline of a story with 200 matching articles against one question about it, asked in
 * turn in the same process (a benchmark, not a test): the target is a timeline in at most twice the
 * time of an answer. The 200 articles are generated from event templates over a year, on top of the
 * bundled starter corpus. Run with {@code bin/timeline-benchmark [ROUNDS]}.
 */
public final class TimelineBenchmark {

    private static final String[] OUTLETS = {"Reuters", "Bloomberg", "Financial Times", "Nikkei Asia", "The Information",
        "DigiTimes", "EE Times", "Tom's Hardware"};
    private static final String[] EVENTS = {
        "The US Commerce Department told Nvidia that H20 export licences would be reviewed case by case, officials said",
        "Nvidia said it had applied for H20 export licences covering shipments worth %d million dollars to Chinese customers",
        "Chinese buyers placed orders for %d thousand H20 chips while export licences were pending, people familiar said",
        "Washington granted the first H20 export licences after Nvidia agreed to share %d percent of the revenue",
        "Nvidia halted H20 production at TSMC for %d weeks as export licences stalled, suppliers said",
        "Lawmakers asked the administration to revoke H20 export licences, citing %d military end users in China",
        "Nvidia recorded a charge of %d million dollars on H20 inventory it could not ship without export licences",
        "Beijing urged companies to avoid the H20 even as export licences arrived, in guidance seen by %d firms",
    };

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path folder = Files.createTempDirectory("wafer-timeline-bench");
        try (NewsLibrary library = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(false))) {
            List<Article> articles = new ArrayList<>(StarterCorpus.load(Instant.now()));
            articles.addAll(story(200));
            long start = System.nanoTime();
            library.ingest(articles, IndexProgress.NONE);
            System.out.printf(Locale.ROOT, "indexed %d articles (%d about the story) in %.1f s%n", articles.size(), 200,
                    (System.nanoTime() - start) / 1e9);
            AnswerService answers = library.extractiveAnswers();
            TimelineBuilder timelines = library.timelines();
            Question question = Question.of("What is the latest on H20 export licences?");
            for (int i = 0; i < 5; i++) {
                answers.answer(question);
                timelines.build("H20 export licences", null, null);
            }
            long[] ask = new long[rounds];
            long[] timeline = new long[rounds];
            int events = 0;
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                answers.answer(question);
                long t1 = System.nanoTime();
                events = timelines.build("H20 export licences", null, null).events().size();
                long t2 = System.nanoTime();
                ask[i] = t1 - t0;
                timeline[i] = t2 - t1;
            }
            dev.wafer.retrieval.search.HybridSearcher wide = library.searcher(dev.wafer.retrieval.search.SearchOptions.DEFAULTS
                    .lexicalOnly().withHintWeight(0).withSentenceWeight(0).withCandidates(TimelineBuilder.PASSAGES));
            long[] search = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                wide.search("H20 export licences", TimelineBuilder.PASSAGES);
                search[i] = System.nanoTime() - t0;
            }
            System.out.printf(Locale.ROOT, "of a timeline, its search alone: p50 %.1f ms%n", p50(search));
            double askP50 = p50(ask);
            double timelineP50 = p50(timeline);
            System.out.printf(Locale.ROOT, "ask p50 %.1f ms, timeline p50 %.1f ms (%d events shown): timeline = %.2fx ask"
                    + " (target <= 2x)%n", askP50, timelineP50, events, timelineP50 / askP50);
        }
    }

    /** Reports of a year-long story, one a day or two, from eight outlets, in varied words. */
    static List<Article> story(int count) {
        List<Article> story = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.of(2025, 1, 2).plusDays(i * 360L / count);
            String event = EVENTS[i % EVENTS.length].formatted(10 + i * 7);
            String outlet = OUTLETS[i % OUTLETS.length];
            String body = event + ". The H20 is the accelerator Nvidia designed for China under earlier export rules. "
                    + "Analysts at " + outlet + " said licence decisions for the H20 shaped Nvidia's China revenue in "
                    + day.getMonth().toString().toLowerCase(Locale.ROOT) + ". Report number " + i + " in a series.";
            story.add(Article.of("https://bench.example/h20/" + i, "H20 export licences: update " + i, outlet, null,
                    day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600L * (i % 12)), body, now));
        }
        return story;
    }

    private static double p50(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2] / 1e6;
    }
}
