package dev.wafer.bot.review;

import dev.wafer.bot.Offline;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.index.IndexProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the review queue on a generated day of mixed traffic (a benchmark, not a test): a thousand
 * questions — a few popular topics asked many ways, a long tail asked once or twice, chatter — kept
 * with their vectors, then grouped; and the cost of asking kept questions again after news arrives.
 * Run with {@code bin/review-benchmark [QUESTIONS]}.
 */
public final class ReviewBenchmark {

    private static final String[] COMPANIES = {"Nvidia", "AMD", "Intel", "TSMC", "Samsung", "SK hynix", "Micron",
            "Huawei", "Cerebras", "Groq", "Broadcom", "Marvell", "Qualcomm", "Arm", "Google", "Amazon", "Tenstorrent",
            "Rebellions", "Graphcore", "SambaNova"};
    private static final String[] SUBJECTS = {"HBM4 supply", "2nm production", "export licences for China",
            "CoWoS packaging capacity", "its next AI accelerator", "quarterly data-centre revenue", "a new fab in Arizona",
            "the price of its GPUs", "its custom AI chip for a hyperscaler", "layoffs", "its IPO", "the chip shortage"};
    private static final String[][] FRAMES = {
            {"What is the latest on %s's %s?", "any news about %s %s", "What happened with %s and %s?",
                    "%s %s update?", "Is there anything new on %s's %s?", "did %s say anything about %s"},
            {"When will %s announce %s?", "Has %s announced %s yet?", "when is %s going to talk about %s"}};
    private static final String[] CHATTER = {"hi wafer", "lol what", "who are you", "can you write me a poem",
            "what's the weather in Taipei", "thanks!", "is this bot any good", "tell me a joke about chips"};

    private ReviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Offline.enforce();
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        List<String> day = traffic(count, new Random(29));
        Embedder embedder = NewsLibrary.sharedEmbedder().get();
        embedder.embedPassages(List.of("warm-up"));

        Path folder = Files.createTempDirectory("wafer-review-bench");
        ReviewLog log = ReviewLog.open(folder.resolve("review"));
        Instant at = Instant.parse("2025-10-01T00:00:00Z");
        long keepStart = System.nanoTime();
        for (int i = 0; i < day.size(); i++) {
            String text = day.get(i);
            KeptQuestion.Kind kind = i % 10 == 0 ? KeptQuestion.Kind.VOTED_DOWN : i % 10 == 1
                    ? KeptQuestion.Kind.VOTED_UP : KeptQuestion.Kind.DECLINED;
            log.add(new KeptQuestion(kind, text, at.plusSeconds(i * 86L), "server-" + (i % 7), List.of(),
                    embedder.embedPassages(List.of(text)).getFirst()));
        }
        double keepMs = (System.nanoTime() - keepStart) / 1e6;
        System.out.printf(Locale.ROOT, "kept %d questions: %.1f ms each (vector + append + fsync, on the keeper thread)%n",
                day.size(), keepMs / day.size());

        List<KeptQuestion> kept = ReviewLog.open(folder.resolve("review")).all();
        long groupStart = System.nanoTime();
        List<TopicGroup> groups = List.of();
        for (int run = 0; run < 5; run++) {
            groups = QuestionGroups.of(kept);
        }
        double groupMs = (System.nanoTime() - groupStart) / 1e6 / 5;
        System.out.printf(Locale.ROOT, "grouped %d questions into %d topics in %.1f ms (mean of 5 runs; target <= 1000 ms)%n",
                kept.size(), groups.size(), groupMs);
        for (TopicGroup group : groups.subList(0, Math.min(5, groups.size()))) {
            System.out.printf(Locale.ROOT, "  %3d gaps, %2d different questions — %s%n", group.gaps(),
                    group.questions().size(), group.topic());
        }

        long openStart = System.nanoTime();
        ReviewQueue queue = new ReviewQueue(ReviewLog.open(folder.resolve("review")), text -> new float[0],
                text -> List.of(), text -> { throw new AssertionError("nothing new was imported"); }, since -> 0,
                java.time.Clock.systemUTC());
        ReviewReport report = queue.report(null);
        queue.close();
        System.out.printf(Locale.ROOT, "review listing with the log read from disk: %.1f ms (report %.1f ms), %d topics with gaps%n",
                (System.nanoTime() - openStart) / 1e6, report.took().toNanos() / 1e6, report.gaps().size());

        askingAgain(folder.resolve("library"), day.stream().distinct().limit(100).toList());
    }

    /** Lists after a refresh: every distinct kept question is asked again once, without a language model. */
    private static void askingAgain(Path data, List<String> questions) {
        try (NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            library.ingest(List.of(article("https://news.example/hbm4", "SK hynix ships HBM4 samples to Nvidia",
                    "SK hynix said it shipped the first 12-layer HBM4 samples to Nvidia for its next accelerators.")),
                    IndexProgress.NONE);
            try (ReviewQueue queue = ReviewQueue.of(library)) {
                var answers = library.extractiveAnswers();
                for (String question : questions) {
                    Answer answer = answers.answer(Question.of(question));
                    queue.keepIfDeclined(answer, "bench");
                }
                queue.flush();
                library.ingest(List.of(article("https://news.example/tsmc-2nm", "TSMC starts 2nm production",
                        "TSMC said it started volume production on its 2nm process in Hsinchu.")), IndexProgress.NONE);
                ReviewReport report = queue.report(null);
                System.out.printf(Locale.ROOT, "after news arrived: asked %d kept questions again in %.0f ms (%.1f ms each),"
                                + " %d answered now%n", report.rechecked(), report.took().toNanos() / 1e6,
                        report.took().toNanos() / 1e6 / Math.max(1, report.rechecked()), report.answered());
                ReviewReport again = queue.report(null);
                System.out.printf(Locale.ROOT, "listing again with no news since: %.1f ms, %d asked again%n",
                        again.took().toNanos() / 1e6, again.rechecked());
            }
        }
    }

    private static Article article(String url, String title, String body) {
        return Article.of(url, title, "Harbor Tech News", null, Instant.parse("2025-10-01T08:00:00Z"), body, Instant.now());
    }

    /** A day of questions: topics by a Zipf-like popularity, each asked in varied wordings and casings, and chatter. */
    static List<String> traffic(int count, Random random) {
        List<String> day = new ArrayList<>(count);
        int topics = COMPANIES.length * SUBJECTS.length;
        for (int i = 0; i < count; i++) {
            if (random.nextInt(12) == 0) {
                day.add(CHATTER[random.nextInt(CHATTER.length)]);
                continue;
            }
            int topic = (int) Math.min(topics - 1, Math.floor(Math.pow(topics, random.nextDouble())) - 1);
            String company = COMPANIES[topic % COMPANIES.length];
            String subject = SUBJECTS[topic / COMPANIES.length];
            String[] frames = FRAMES[random.nextInt(FRAMES.length)];
            String text = String.format(Locale.ROOT, frames[random.nextInt(frames.length)], company, subject);
            day.add(random.nextInt(4) == 0 ? text.toLowerCase(Locale.ROOT) : text);
        }
        return day;
    }
}
