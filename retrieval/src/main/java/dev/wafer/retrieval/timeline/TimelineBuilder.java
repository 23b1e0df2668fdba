package dev.wafer.retrieval.timeline;

import dev.wafer.retrieval.claim.SameClaim;
import dev.wafer.corpus.Article;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.sourcing.RememberedSourcing;
import dev.wafer.retrieval.sourcing.Sourcing;
import dev.wafer.retrieval.sourcing.SourcingClassifier;
import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.search.HybridSearcher;
import dev.wafer.retrieval.search.ScoredPassage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a story's timeline from the articles' own sentences, no language model: find the passages
 * about the topic, take from each dated article the sentence that tells the most about it, tie the
 * reports of one event together (the same claim within a few days), date each event by its earliest
 * report, and keep the newest {@value #MAX_EVENTS} events in date order. Undated articles are never
 * placed on a timeline: a guessed date would put an event in the wrong place.
 */
public final class TimelineBuilder {

    /** What each event's report rests on, so a timeline shows which steps were official and which rumors. */
    private static final SourcingClassifier SOURCING = RememberedSourcing.attributionCues();

    /** A timeline longer than this stops being read; older events are paged with {@code until}. */
    public static final int MAX_EVENTS = 12;
    /** Passages considered per timeline: enough for a story covered by a couple of hundred articles. */
    public static final int PASSAGES = 300;
    /** Reports of one event more than this many days apart are two events, however alike. */
    private static final int SAME_EVENT_DAYS = 7;
    /**
     * A sentence must carry at least this share of the topic's words to tell an event of it — all of
     * them for a topic of one or two words ("H20 exports" is not any sentence about exports).
     */
    private static final double MIN_TOPIC_SHARE = 0.5;
    /**
     * A topic names a story in a few words; each word becomes query clauses, so a pasted page would
     * exceed what one search may hold. Refused at the edge, as an overlong question is.
     */
    public static final int MAX_TOPIC_CHARS = 200;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 70;

    private final HybridSearcher searcher;
    private final Function<String, Optional<Article>> articles;

    /**
     * @param searcher finds the passages about a topic
     * @param articles the stored article behind a passage, by id, for its syndicated copies
     */
    public TimelineBuilder(HybridSearcher searcher, Function<String, Optional<Article>> articles) {
        this.searcher = searcher;
        this.articles = articles;
    }

    /**
     * @param since the first day to include, or null for no bound
     * @param until the last day to include, or null for no bound
     */
    public Timeline build(String topic, LocalDate since, LocalDate until) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("Name a story, e.g. \"H20 export licences\"");
        }
        if (topic.strip().length() > MAX_TOPIC_CHARS) {
            throw new IllegalArgumentException("Timeline topics are limited to " + MAX_TOPIC_CHARS + " characters; this one has "
                    + topic.strip().length() + ". Name the story in a few words, e.g. \"H20 export licences\".");
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since (" + since + ") is after until (" + until + ")");
        }
        Set<String> topicTerms = ContentTerms.of(topic);
        List<Report> reports = reports(searcher.search(topic.strip(), PASSAGES), topicTerms, since, until);
        List<Event> events = events(reports);
        int leftOut = Math.max(0, events.size() - MAX_EVENTS);
        return write(topic.strip(), events.subList(leftOut, events.size()), leftOut, since, until);
    }

    /** One dated article's best sentence about the topic. */
    private record Report(LocalDate date, String sentence, Passage passage, double share) {

        SameClaim.Claim claim() {
            return SameClaim.Claim.of(sentence);
        }
    }

    /** Step: from each dated article in range, the sentence carrying the most of the topic's words. */
    private static List<Report> reports(List<ScoredPassage> hits, Set<String> topicTerms, LocalDate since, LocalDate until) {
        Map<String, Report> byArticle = new LinkedHashMap<>();
        for (ScoredPassage hit : hits) {
            Passage passage = hit.passage();
            if (passage.published() == null) {
                continue;
            }
            LocalDate date = passage.published().atZone(ZoneOffset.UTC).toLocalDate();
            if (since != null && date.isBefore(since) || until != null && date.isAfter(until)) {
                continue;
            }
            for (String sentence : Sentences.split(passage.text())) {
                int words = sentence.split("\\s+").length;
                if (words < MIN_WORDS || words > MAX_WORDS || sentence.endsWith("?")) {
                    continue;
                }
                double share = share(sentence, topicTerms);
                Report best = byArticle.get(passage.articleId());
                double needed = topicTerms.size() <= 2 ? 1.0 : MIN_TOPIC_SHARE;
                if (share >= needed && (best == null || share > best.share())) {
                    byArticle.put(passage.articleId(), new Report(date, sentence, passage, share));
                }
            }
        }
        return byArticle.values().stream().sorted(Comparator.comparing(Report::date)).toList();
    }

    /**
     * The share of the topic's words (stems) that begin a word of the sentence: "licenc" finds
     * "licences", "export" finds "exports". A string scan, not the analyser: a timeline reads a few
     * thousand sentences.
     */
    private static double share(String sentence, Set<String> topicTerms) {
        if (topicTerms.isEmpty()) {
            return 0;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        int found = 0;
        for (String term : topicTerms) {
            for (int at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
                    found++;
                    break;
                }
            }
        }
        return (double) found / topicTerms.size();
    }

    /** One event and its reports, earliest first. */
    private static final class Event {
        private final List<Report> reports = new ArrayList<>();
        private final List<SameClaim.Claim> claims = new ArrayList<>();

        Event(Report first, SameClaim.Claim claim) {
            add(first, claim);
        }

        void add(Report report, SameClaim.Claim claim) {
            reports.add(report);
            claims.add(claim);
        }

        Report first() {
            return reports.getFirst();
        }

        boolean tells(SameClaim.Claim claim) {
            return claims.stream().anyMatch(claim::same);
        }
    }

    /** Step: reports of the same claim within a few days become one event, dated by the earliest. */
    private static List<Event> events(List<Report> reports) {
        List<Event> events = new ArrayList<>();
        for (Report report : reports) {
            SameClaim.Claim claim = report.claim();
            Event same = null;
            // Events are in date order: only the last few can be within the window.
            for (int i = events.size() - 1; i >= 0 && same == null; i--) {
                Event event = events.get(i);
                if (report.date().isAfter(event.first().date().plusDays(SAME_EVENT_DAYS))) {
                    break;
                }
                if (event.tells(claim)) {
                    same = event;
                }
            }
            if (same != null) {
                same.add(report, claim);
            } else {
                events.add(new Event(report, claim));
            }
        }
        return events;
    }

    /** Step: number the sources and name every outlet once (the earliest report's first). */
    private Timeline write(String topic, List<Event> events, int leftOut, LocalDate since, LocalDate until) {
        List<Citation> citations = new ArrayList<>();
        List<TimelineEvent> lines = new ArrayList<>();
        for (Event event : events) {
            Passage first = event.first().passage();
            int n = citations.size() + 1;
            Sourcing sourcing = SOURCING.classify(event.first().sentence(), first.text());
            citations.add(new Citation(n, first.title(), first.publisher(), first.url(), first.published(), sourcing));
            Set<String> keys = new LinkedHashSet<>();
            List<String> outlets = new ArrayList<>();
            for (Report report : event.reports) {
                List<String> names = new ArrayList<>(List.of(report.passage().publisher()));
                articles.apply(report.passage().articleId()).ifPresent(article -> names.addAll(article.alsoReportedBy()));
                for (String name : names) {
                    if (keys.add(name.strip().toLowerCase(Locale.ROOT))) {
                        outlets.add(name);
                    }
                }
            }
            lines.add(new TimelineEvent(event.first().date(), event.first().sentence(), List.of(n), outlets, sourcing));
        }
        return new Timeline(topic, lines, citations, leftOut, since, until);
    }
}
