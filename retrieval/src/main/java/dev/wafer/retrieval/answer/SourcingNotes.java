package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.cache.Remembered;
import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.sourcing.Sourcing;
import dev.wafer.retrieval.sourcing.SourcingClassifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a composed answer rests on, after it is written and checked, whichever composer wrote
 * it: each citation gets the sourcing of the source sentence behind it; a sentence resting only on
 * unnamed sources says so ("— reported citing people familiar"), with what the subject said ("Nvidia
 * declined to comment"); and an answer whose every source is unnamed says so in its first line.
 */
public final class SourcingNotes {

    /** The first line of an answer that rests only on unnamed sources. */
    public static final String UNCONFIRMED = "Unconfirmed: every report here cites unnamed sources.";
    private static final Pattern MARKERS = Pattern.compile("(?:\\s*\\[\\d{1,3}\\])+");
    private static final Pattern NUMBER = Pattern.compile("\\[(\\d{1,3})\\]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}$%.-]+");

    private final SourcingClassifier classifier;

    public SourcingNotes(SourcingClassifier classifier) {
        if (classifier == null) {
            throw new IllegalArgumentException("classifier must not be null");
        }
        this.classifier = classifier;
    }

    /** The answer with its citations labelled and its text noting unnamed sources and no-comments. */
    public Answer apply(Answer answer, List<ScoredPassage> sources) {
        if (answer.abstained() || answer.citations().isEmpty()) {
            return answer;
        }
        Map<Integer, Sourcing> read = new HashMap<>();
        String text = answer.text();
        for (String sentence : CitationMarks.sentences(answer.text())) {
            List<Integer> cited = numbers(sentence);
            if (cited.isEmpty()) {
                continue;
            }
            String body = CitationMarks.body(sentence);
            List<Sourcing> behind = new ArrayList<>();
            for (int n : cited) {
                if (n < 1 || n > answer.citations().size()) {
                    continue;
                }
                Citation citation = answer.citations().get(n - 1);
                Optional<Sourcing> sourcing = sourceSentence(body, citation, sources);
                sourcing.ifPresent(found -> {
                    read.putIfAbsent(n, found);
                    behind.add(found);
                });
            }
            String noted = noted(sentence, body, behind);
            if (!noted.equals(sentence)) {
                text = text.replace(sentence, noted);
            }
        }
        List<Citation> labelled = new ArrayList<>();
        for (Citation citation : answer.citations()) {
            Sourcing sourcing = read.get(citation.n());
            labelled.add(sourcing == null ? citation : citation.withSourcing(sourcing));
        }
        boolean allUnnamed = labelled.stream().allMatch(c -> c.sourcingRead().map(Sourcing::unconfirmed).orElse(false));
        Answer result = answer.withCitations(labelled);
        return result.withText(allUnnamed ? UNCONFIRMED + "\n" + text : text);
    }

    /** "… was delayed — reported citing people familiar; Nvidia declined to comment [1]." */
    private String noted(String sentence, String body, List<Sourcing> behind) {
        if (behind.isEmpty()) {
            return sentence;
        }
        Set<String> parts = new LinkedHashSet<>();
        boolean onlyUnnamed = behind.stream().allMatch(Sourcing::unconfirmed);
        if (onlyUnnamed && classifier.classify(body, "").kind() != Sourcing.Kind.ANONYMOUS) {
            parts.add(behind.stream().map(Sourcing::via).filter(v -> v != null).findFirst()
                    .map(via -> "reported by " + via + " citing unnamed sources").orElse("reported citing unnamed sources"));
        }
        String lower = body.toLowerCase(Locale.ROOT);
        for (Sourcing sourcing : behind) {
            sourcing.noteText().filter(note -> !lower.contains(note.toLowerCase(Locale.ROOT)))
                    .filter(note -> !lower.contains("comment") || !note.contains("comment"))
                    .ifPresent(parts::add);
        }
        if (parts.isEmpty()) {
            return sentence;
        }
        String note = " — " + String.join("; ", parts);
        Matcher markers = MARKERS.matcher(sentence);
        int at = -1;
        while (markers.find()) {
            at = markers.start();
        }
        if (at < 0) {
            return sentence;
        }
        String before = sentence.substring(0, at);
        return before + note + sentence.substring(at);
    }

    /** The sourcing of the sentence in the cited article that the answer's sentence was taken from. */
    private Optional<Sourcing> sourceSentence(String answerSentence, Citation citation, List<ScoredPassage> sources) {
        Set<String> words = words(answerSentence);
        String best = null;
        String bestPassage = null;
        double bestShare = 0;
        for (ScoredPassage source : sources) {
            if (!source.passage().url().equals(citation.url())) {
                continue;
            }
            for (String candidate : Sentences.split(source.passage().text())) {
                Set<String> theirs = words(candidate);
                if (theirs.isEmpty()) {
                    continue;
                }
                Set<String> shared = new HashSet<>(theirs);
                shared.retainAll(words);
                double share = (double) shared.size() / theirs.size();
                if (share > bestShare) {
                    bestShare = share;
                    best = candidate;
                    bestPassage = source.passage().text();
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(classifier.classify(best, bestPassage));
    }

    /**
     * The words of sentences read recently: each answer compares its sentences with every sentence of the
     * passages it cites, and the next answers cite much the same passages.
     */
    private static final Remembered<String, Set<String>> WORDS = Remembered.upTo(4_096);

    private static Set<String> words(String text) {
        return WORDS.get(text, SourcingNotes::readWords);
    }

    private static Set<String> readWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return Set.copyOf(words);
    }

    private static List<Integer> numbers(String sentence) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(sentence);
        while (matcher.find()) {
            int n = Integer.parseInt(matcher.group(1));
            if (!numbers.contains(n)) {
                numbers.add(n);
            }
        }
        return numbers;
    }
}
