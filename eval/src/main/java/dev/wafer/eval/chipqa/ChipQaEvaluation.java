package dev.wafer.eval.chipqa;

import dev.wafer.eval.IndexedCorpus;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.Question;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Scores the answers a person reads on a ChipQA-format set: the set's articles are imported into a fresh
 * temporary data folder as {@code wafer import} would, every question is asked through the product's own
 * answer path ({@code wafer ask} without a language model), and each answer is checked by the set's rules.
 */
public final class ChipQaEvaluation {

    private ChipQaEvaluation() {
    }

    /** A question that did not pass: which, why, and how the answer began. */
    public record Failure(String id, String kind, String reason, String answerStart) {
    }

    /** Passed and asked, by kind. */
    public record KindScore(int passed, int total) {

        public double rate() {
            return total == 0 ? 0 : (double) passed / total;
        }
    }

    /**
     * @param byKind   each kind's score, kinds in alphabetical order
     * @param failures the questions that did not pass, in the set's order
     */
    public record Report(int passed, int total, Map<String, KindScore> byKind, List<Failure> failures) {

        public Report {
            byKind = java.util.Collections.unmodifiableMap(new TreeMap<>(byKind));
            failures = List.copyOf(failures);
        }

        /** The lowest rate of any kind: a set is only as good as its weakest kind. */
        public double weakestKindRate() {
            return byKind.values().stream().mapToDouble(KindScore::rate).min().orElse(0);
        }
    }

    public static Report run(Path folder, Consumer<String> progress) {
        ChipQaSet set = ChipQaSet.read(folder);
        try (IndexedCorpus corpus = IndexedCorpus.build(set.corpus(), null, "ChipQA", progress)) {
            AnswerService answers = corpus.library().extractiveAnswers();
            List<Answer> given = new ArrayList<>();
            for (ChipQaQuestion question : set.questions()) {
                given.add(answers.answer(Question.of(question.text())));
            }
            return score(set.questions(), given);
        }
    }

    static Report score(List<ChipQaQuestion> questions, List<Answer> answers) {
        Map<String, int[]> counts = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        int passed = 0;
        for (int i = 0; i < questions.size(); i++) {
            ChipQaQuestion question = questions.get(i);
            Optional<String> failure = ChipQaCheck.failure(question, answers.get(i));
            int[] count = counts.computeIfAbsent(question.kind(), kind -> new int[2]);
            count[1]++;
            if (failure.isEmpty()) {
                count[0]++;
                passed++;
            } else {
                String text = answers.get(i).text() == null ? "" : answers.get(i).text().replaceAll("\\s+", " ").strip();
                failures.add(new Failure(question.id(), question.kind(), failure.get(),
                        text.length() <= 160 ? text : text.substring(0, 160)));
            }
        }
        Map<String, KindScore> byKind = new TreeMap<>();
        counts.forEach((kind, count) -> byKind.put(kind, new KindScore(count[0], count[1])));
        return new Report(passed, questions.size(), byKind, failures);
    }
}
