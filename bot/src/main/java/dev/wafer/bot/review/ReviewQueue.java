package dev.wafer.bot.review;

import dev.wafer.bot.feedback.Vote;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.search.PassageSearch;
import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.search.SearchOptions;
import java.io.Closeable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions the news could not answer, kept for the moderators: each declined or 👎 question with
 * when and where it was asked and the sources that came nearest, grouped by topic when listed.
 *
 * <p>Keeping runs on one background thread (the question's vector and its near misses cost a search and
 * a model call, which the asker must not wait for). Listing asks a kept question again only when news
 * was imported since it was kept or last asked again, without a language model; when it is answered now
 * (for a 👎 question: answered from a source its voted answer did not cite), it leaves the list.
 */
public final class ReviewQueue implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewQueue.class);
    /** Near-miss sources kept per declined question. */
    static final int NEAR_MISSES = 3;
    /** Questions waiting to be kept; past this a burst of declines is logged and dropped rather than queued. */
    private static final int WAITING = 512;

    private final ReviewLog log;
    private final Function<String, float[]> meaning;
    private final Function<String, List<String>> nearMisses;
    private final Function<String, Answer> askAgain;
    private final ToLongFunction<Instant> importedSince;
    private final Clock clock;
    private final Map<String, Instant> lastAsked = new HashMap<>();
    private final ExecutorService keeper = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WAITING), Thread.ofPlatform().name("wafer-review").daemon().factory());

    /**
     * @param meaning       a question's vector
     * @param nearMisses    the sources nearest a question, "title — url (date)"
     * @param askAgain      the answer the news gives now
     * @param importedSince how many articles were imported since an instant
     */
    public ReviewQueue(ReviewLog log, Function<String, float[]> meaning, Function<String, List<String>> nearMisses,
                       Function<String, Answer> askAgain, ToLongFunction<Instant> importedSince, Clock clock) {
        this.log = log;
        this.meaning = meaning;
        this.nearMisses = nearMisses;
        this.askAgain = askAgain;
        this.importedSince = importedSince;
        this.clock = clock;
    }

    /** The review queue of {@code library}'s data folder, grouping by its embedding model, asking again without a model. */
    public static ReviewQueue of(NewsLibrary library) {
        PassageSearch near = PassageSearch.of(library.searcher(SearchOptions.DEFAULTS), NEAR_MISSES);
        AnswerService[] extractive = new AnswerService[1];
        return new ReviewQueue(ReviewLog.open(library.folder().root().resolve("review")),
                text -> library.embedder().embedPassages(List.of(text)).getFirst(),
                text -> near.find(text).stream().map(ScoredPassage::passage).map(ReviewQueue::source).toList(),
                text -> {
                    synchronized (extractive) {
                        if (extractive[0] == null) {
                            extractive[0] = library.extractiveAnswers();
                        }
                    }
                    return extractive[0].answer(Question.of(text));
                },
                since -> library.store().importedSince(since), library.clock());
    }

    /** Keeps {@code answer}'s question when the news did not cover it; does nothing otherwise. */
    public void keepIfDeclined(Answer answer, String server) {
        if (!answer.abstained()) {
            return;
        }
        Instant at = clock.instant();
        String question = answer.question();
        keep(() -> new KeptQuestion(KeptQuestion.Kind.DECLINED, question, at, server, nearMisses.apply(question),
                meaning.apply(question)));
    }

    /** Keeps a vote's question: 👎 as a gap, 👍 for the votes by topic. */
    public void keepVote(Vote vote, String server) {
        List<String> sources = vote.sources().stream().map(source -> source.replaceFirst("^\\[\\d+] ", "")).toList();
        keep(() -> new KeptQuestion(vote.up() ? KeptQuestion.Kind.VOTED_UP : KeptQuestion.Kind.VOTED_DOWN,
                vote.question(), vote.at(), server, sources, meaning.apply(vote.question())));
    }

    private void keep(java.util.function.Supplier<KeptQuestion> question) {
        try {
            keeper.execute(() -> {
                try {
                    log.add(question.get());
                } catch (RuntimeException e) {
                    LOG.warn("Could not keep a question for review: {}", e.toString(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Too many questions waiting to be kept for review; one was dropped");
        }
    }

    /** Waits until every question handed over so far is kept. */
    public void flush() {
        try {
            Future<?> marker = keeper.submit(() -> { });
            marker.get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("The review queue did not catch up: " + e, e);
        }
    }

    /** The gaps and votes by topic since {@code since} (a UTC day; null for all), after asking again what news may answer now. */
    public ReviewReport report(LocalDate since) {
        long start = System.nanoTime();
        Instant from = since == null ? Instant.MIN : since.atStartOfDay(ZoneOffset.UTC).toInstant();
        int[] counts = askAgainWhereNewsArrived();
        Map<String, Instant> answered = answeredAt(log.all());
        List<KeptQuestion> open = log.all().stream()
                .filter(question -> question.kind() != KeptQuestion.Kind.ANSWERED && !question.at().isBefore(from))
                .filter(question -> !question.kind().gap() || !answered.containsKey(question.sameText())
                        || answered.get(question.sameText()).isBefore(question.at()))
                .toList();
        List<TopicGroup> groups = QuestionGroups.of(open);
        List<TopicGroup> gaps = groups.stream().filter(group -> group.gaps() > 0).toList();
        List<TopicGroup> votes = groups.stream().filter(group -> group.votedUp() + group.votedDown() > 0)
                .sorted(Comparator.comparingInt((TopicGroup group) -> group.votedUp() + group.votedDown()).reversed())
                .toList();
        return new ReviewReport(since, gaps, votes, counts[0], counts[1], Duration.ofNanos(System.nanoTime() - start));
    }

    /** Asks again each open question news arrived after; returns {asked, answered}. */
    private int[] askAgainWhereNewsArrived() {
        List<KeptQuestion> all = log.all();
        Map<String, Instant> answered = answeredAt(all);
        Map<String, List<KeptQuestion>> byText = new LinkedHashMap<>();
        for (KeptQuestion question : all) {
            Instant done = answered.get(question.sameText());
            if (question.kind().gap() && (done == null || done.isBefore(question.at()))) {
                byText.computeIfAbsent(question.sameText(), text -> new ArrayList<>()).add(question);
            }
        }
        int asked = 0;
        int nowAnswered = 0;
        for (Map.Entry<String, List<KeptQuestion>> entry : byText.entrySet()) {
            List<KeptQuestion> askings = entry.getValue();
            Instant seen = askings.stream().map(KeptQuestion::at).max(Comparator.naturalOrder()).orElseThrow();
            synchronized (lastAsked) {
                Instant checked = lastAsked.get(entry.getKey());
                seen = checked != null && checked.isAfter(seen) ? checked : seen;
            }
            if (importedSince.applyAsLong(seen) == 0) {
                continue;
            }
            Instant now = clock.instant();
            KeptQuestion latest = askings.getLast();
            Answer answer;
            try {
                answer = askAgain.apply(latest.question());
            } catch (RuntimeException e) {
                LOG.warn("Could not ask \"{}\" again for the review: {}", latest.question(), e.toString());
                continue;
            }
            asked++;
            synchronized (lastAsked) {
                lastAsked.put(entry.getKey(), now);
            }
            if (answeredNow(answer, askings)) {
                log.add(new KeptQuestion(KeptQuestion.Kind.ANSWERED, latest.question(), now, latest.server(), List.of(),
                        null));
                nowAnswered++;
            }
        }
        return new int[] {asked, nowAnswered};
    }

    /**
     * A declined question is answered when the news covers it now; a 👎 one only when the answer rests on
     * a source the disliked answer did not cite (the same sources would give the same answer).
     */
    static boolean answeredNow(Answer answer, List<KeptQuestion> askings) {
        if (answer.abstained()) {
            return false;
        }
        List<KeptQuestion> disliked = askings.stream().filter(q -> q.kind() == KeptQuestion.Kind.VOTED_DOWN).toList();
        if (disliked.isEmpty()) {
            return true;
        }
        return answer.citations().stream().map(Citation::url).anyMatch(url -> disliked.stream()
                .noneMatch(question -> question.sources().stream().anyMatch(source -> source.contains(url))));
    }

    private static Map<String, Instant> answeredAt(List<KeptQuestion> all) {
        return all.stream().filter(question -> question.kind() == KeptQuestion.Kind.ANSWERED)
                .collect(Collectors.toMap(KeptQuestion::sameText, KeptQuestion::at,
                        (a, b) -> a.isAfter(b) ? a : b));
    }

    static String source(Passage passage) {
        return passage.title() + " — " + passage.url() + " (" + Passage.dateLabel(passage.published()) + ")";
    }

    @Override
    public void close() {
        keeper.shutdown();
        try {
            if (!keeper.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Questions still waiting to be kept for review were dropped at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
