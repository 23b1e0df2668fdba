package dev.wafer.retrieval.answer;

import dev.langchain4j.rag.content.Content;
import dev.wafer.corpus.source.ArticleFiles;
import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.search.ContentFields;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers from the sources' own sentences, with no language model: the few sentences closest in
 * meaning to the question, near-duplicates dropped, several outlets preferred when they add
 * something, each cited {@code [n]} and introduced by who reported it and when.
 */
public final class ExtractiveAnswerComposer implements AnswerComposer {

    private static final int SOURCES_READ = 6;
    private static final int MAX_SENTENCES = 3;
    /** A sentence this far below the best one adds noise rather than an answer. */
    private static final double MAX_GAP_FROM_BEST = 0.08;
    /** Each sentence already taken from an article makes the next one from it a little less welcome. */
    private static final double SAME_ARTICLE_PENALTY = 0.025;
    private static final double NEAR_DUPLICATE_OVERLAP = 0.5;
    private static final double TERM_COVERAGE_WEIGHT = 0.15;
    /** "Beijing, China – " and "SAN FRANCISCO (Reuters) - " openers: place lines, not part of the claim. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.]+(?:[ ,]+\\p{Lu}[\\p{L}.]+){0,3}(?: \\([^)]{1,30}\\))?\\s+[–—-]+\\s+)(?=\\p{Lu})");
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 90;

    private static final Logger LOG = LoggerFactory.getLogger(ExtractiveAnswerComposer.class);

    private final Embedder embedder;

    public ExtractiveAnswerComposer(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public Answer compose(Question question, List<Content> sources) {
        List<Candidate> candidates = candidates(sources);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("sources hold no quotable sentence");
        }
        float[] query = embedder.embedQuery(question.text());
        List<float[]> vectors = embedder.embedPassages(candidates.stream().map(Candidate::sentence).toList());
        Map<String, Double> termWeights = termWeights(ContentTerms.of(question.text()), candidates);
        double totalWeight = termWeights.values().stream().mapToDouble(Double::doubleValue).sum();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            // Meaning first; covering the question's rarer words ("inference", "R2") decides near-ties,
            // which a small embedding model leaves many of.
            Set<String> terms = candidate.terms;
            double covered = termWeights.entrySet().stream().filter(term -> terms.contains(term.getKey()))
                    .mapToDouble(Map.Entry::getValue).sum();
            candidate.similarity = Embedder.cosine(query, vectors.get(i))
                    + (totalWeight == 0 ? 0 : TERM_COVERAGE_WEIGHT * covered / totalWeight);
        }
        if (LOG.isDebugEnabled()) {
            candidates.stream().sorted(Comparator.comparingDouble((Candidate c) -> c.similarity).reversed()).limit(8)
                    .forEach(c -> LOG.debug("{} {}", String.format("%.3f", c.similarity), c.sentence));
        }
        List<Candidate> chosen = choose(candidates);
        return write(question, order(chosen));
    }

    private static List<Candidate> candidates(List<Content> sources) {
        List<Candidate> candidates = new ArrayList<>();
        int rank = 0;
        for (Content source : sources.subList(0, Math.min(SOURCES_READ, sources.size()))) {
            int position = 0;
            for (String sentence : Sentences.split(source.textSegment().text())) {
                int words = sentence.split("\\s+").length;
                if (words >= MIN_WORDS && words <= MAX_WORDS && !sentence.endsWith("?")) {
                    candidates.add(new Candidate(DATELINE.matcher(sentence).replaceFirst(""), source, rank, position));
                }
                position++;
            }
            rank++;
        }
        return candidates;
    }

    /**
     * Each question term weighted by how rare it is among the candidate sentences (near 0 when every
     * sentence has it, 1 when none does), so a word all sources share ("DeepSeek") decides little.
     */
    private static Map<String, Double> termWeights(Set<String> questionTerms, List<Candidate> candidates) {
        Map<String, Double> weights = new LinkedHashMap<>();
        int n = candidates.size();
        for (String term : questionTerms) {
            long df = candidates.stream().filter(candidate -> candidate.terms.contains(term)).count();
            weights.put(term, Math.log((double) (n + 1) / (df + 1)) / Math.log(n + 1));
        }
        return weights;
    }

    private static List<Candidate> choose(List<Candidate> candidates) {
        List<Candidate> chosen = new ArrayList<>();
        double best = candidates.stream().mapToDouble(candidate -> candidate.similarity).max().orElse(0);
        List<Candidate> remaining = new ArrayList<>(candidates);
        while (chosen.size() < MAX_SENTENCES && !remaining.isEmpty()) {
            Candidate next = remaining.stream()
                    .max(Comparator.comparingDouble(candidate -> adjusted(candidate, chosen)))
                    .orElseThrow();
            remaining.remove(next);
            if (!chosen.isEmpty() && next.similarity < best - MAX_GAP_FROM_BEST) {
                break;
            }
            if (chosen.stream().noneMatch(taken -> nearDuplicate(taken.sentence, next.sentence))) {
                chosen.add(next);
            }
        }
        return chosen;
    }

    private static double adjusted(Candidate candidate, List<Candidate> chosen) {
        long sameArticle = chosen.stream().filter(taken -> taken.articleId().equals(candidate.articleId())).count();
        return candidate.similarity - SAME_ARTICLE_PENALTY * sameArticle - 0.002 * candidate.rank;
    }

    /** The best sentence leads; the rest follow in the order they were reported. */
    private static List<Candidate> order(List<Candidate> chosen) {
        List<Candidate> ordered = new ArrayList<>();
        ordered.add(chosen.get(0));
        chosen.stream().skip(1)
                .sorted(Comparator.comparing((Candidate candidate) -> candidate.published().orElse(Instant.MAX))
                        .thenComparing(Candidate::articleId)
                        .thenComparingInt(candidate -> candidate.position))
                .forEach(ordered::add);
        return ordered;
    }

    private static Answer write(Question question, List<Candidate> sentences) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String previousArticle = null;
        for (Candidate candidate : sentences) {
            Integer n = numbers.get(candidate.articleId());
            if (n == null) {
                n = numbers.size() + 1;
                numbers.put(candidate.articleId(), n);
                citations.add(Citation.of(n, candidate.source));
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            if (!candidate.articleId().equals(previousArticle)) {
                text.append(attribution(ContentFields.publisher(candidate.source), candidate.published())).append(' ');
            }
            text.append(cite(candidate.sentence, n));
            previousArticle = candidate.articleId();
        }
        return new Answer(question.text(), text.toString(), Answer.Mode.EXTRACTIVE, false, citations, null, Duration.ZERO);
    }

    /** "On 2025-08-14, Reuters reported:" — who said it and when, before what they said. */
    static String attribution(String publisher, Optional<Instant> published) {
        boolean known = !publisher.equalsIgnoreCase(ArticleFiles.UNKNOWN_PUBLISHER);
        if (published.isPresent()) {
            return "On " + Passage.dateLabel(published.get()) + ", " + (known ? publisher : "an article") + " reported:";
        }
        return known ? publisher + " (undated) reported:" : "An undated article reported:";
    }

    /** Puts the marker before a closing full stop: "… was delayed [1]." */
    static String cite(String sentence, int n) {
        String marker = " [" + n + "]";
        return sentence.endsWith(".")
                ? sentence.substring(0, sentence.length() - 1) + marker + "."
                : sentence + marker;
    }

    static boolean nearDuplicate(String a, String b) {
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(wordsA);
        shared.retainAll(wordsB);
        return (double) shared.size() / Math.min(wordsA.size(), wordsB.size()) >= NEAR_DUPLICATE_OVERLAP
                && (double) shared.size() / Math.max(wordsA.size(), wordsB.size()) >= NEAR_DUPLICATE_OVERLAP * 0.8;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 3) {
                words.add(word);
            }
        }
        return words;
    }

    private static final class Candidate {
        private final String sentence;
        private final Content source;
        private final int rank;
        private final int position;
        /** Analysed once: term weighting and scoring both read it. */
        private final Set<String> terms;
        private double similarity;

        private Candidate(String sentence, Content source, int rank, int position) {
            this.sentence = sentence;
            this.terms = ContentTerms.of(sentence);
            this.source = source;
            this.rank = rank;
            this.position = position;
        }

        String sentence() {
            return sentence;
        }

        String articleId() {
            return ContentFields.articleId(source);
        }

        Optional<Instant> published() {
            return ContentFields.published(source);
        }
    }
}
