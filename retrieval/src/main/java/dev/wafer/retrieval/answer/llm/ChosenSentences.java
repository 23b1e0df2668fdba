package dev.wafer.retrieval.answer.llm;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.CitationMarks;
import dev.wafer.retrieval.index.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The source sentences the extractive answer chose, source by source: the sentences a model is shown
 * first, so it starts from what the extractive composer judged the answer (by words, meaning, subject
 * and the kind of fact asked) rather than from whatever a passage happens to open with. They are read
 * back from the extractive answer's text, which quotes its sentences word for word, so the choice is
 * made in one place and never scored twice.
 */
public final class ChosenSentences {

    /** None chosen: every source is shown as retrieved. */
    public static final ChosenSentences NONE = new ChosenSentences(Map.of(), List.of());

    /** "SAN FRANCISCO (Reuters) - ": a place line the extractive answer leaves out of the sentence it quotes. */
    private static final Pattern DATELINE = Pattern.compile("^.{1,60}?\\s[-–—]+\\s");

    private final Map<Integer, List<String>> bySource;
    private final List<Integer> sourcesInOrder;

    private ChosenSentences(Map<Integer, List<String>> bySource, List<Integer> sourcesInOrder) {
        this.bySource = Map.copyOf(bySource);
        this.sourcesInOrder = List.copyOf(sourcesInOrder);
    }

    /**
     * The sentences of {@code sources} that {@code extractive} quotes, in the order the answer gives
     * them; an abstaining answer chose nothing.
     */
    public static ChosenSentences of(Answer extractive, NumberedSources sources) {
        if (extractive == null || extractive.abstained()) {
            return NONE;
        }
        String answer = comparable(CitationMarks.body(extractive.text()));
        record Found(int source, String sentence, int at) {
        }
        List<Found> found = new ArrayList<>();
        for (NumberedSources.Source source : sources.all()) {
            for (String passage : source.passages()) {
                for (String sentence : Sentences.split(passage)) {
                    int at = position(answer, sentence);
                    if (at >= 0) {
                        found.add(new Found(source.n(), sentence, at));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::at));
        Map<Integer, List<String>> bySource = new LinkedHashMap<>();
        for (Found sentence : found) {
            List<String> chosen = bySource.computeIfAbsent(sentence.source(), n -> new ArrayList<>());
            if (!chosen.contains(sentence.sentence())) {
                chosen.add(sentence.sentence());
            }
        }
        return new ChosenSentences(bySource, new ArrayList<>(bySource.keySet()));
    }

    /** Source {@code n}'s chosen sentences, best first; empty when none of it was chosen. */
    public List<String> of(int n) {
        return bySource.getOrDefault(n, List.of());
    }

    /** The numbers of the sources holding a chosen sentence, in the order the extractive answer gives them. */
    public List<Integer> sources() {
        return sourcesInOrder;
    }

    public boolean isEmpty() {
        return bySource.isEmpty();
    }

    /** Where the answer quotes the sentence (with or without its dateline), or -1. */
    private static int position(String answer, String sentence) {
        String whole = comparable(sentence);
        if (whole.split(" ").length < 4) {
            return -1; // too short to tell a quote from a common phrase
        }
        int at = answer.indexOf(whole);
        if (at < 0) {
            String tail = comparable(DATELINE.matcher(sentence).replaceFirst(""));
            at = tail.length() < whole.length() && tail.split(" ").length >= 4 ? answer.indexOf(tail) : -1;
        }
        return at;
    }

    /** Single spaces and no closing full stop, so a quoted sentence is found whatever its end marks. */
    private static String comparable(String text) {
        return text.replaceAll("\\s+", " ").strip().replaceAll("[.!?]+$", "");
    }
}
