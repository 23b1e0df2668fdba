package dev.wafer.eval;

import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.Question;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Measures the answers a person reads, through the product's own answer path ({@code wafer ask}'s
 * {@link AnswerService}): whether an answer to a one-entity question names that entity, whether
 * questions the corpus cannot answer are declined and answerable ones are not, how long an answer
 * takes against its own search, and how long answers are.
 */
public final class AnswerEvaluation {

    /** Questions asked first and not timed, so the model and caches are warm. */
    private static final int WARM_UP = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param embeddingCache file to reuse passage vectors from between runs, or null
     * @param answersOut     file to write every question with its answer to (JSON Lines), or null
     */
    public record Settings(Path corpus, Path queries, Path embeddingCache, Path answersOut) {
    }

    /**
     * @param inferenceNamed      share of one-entity ("inference") answers whose text names the gold entity
     * @param nullAbstained       share of questions the corpus does not answer that were declined
     * @param answerableAbstained share of answerable questions that were declined
     * @param meanAnswerChars     mean length of the answers given (declines left out)
     */
    public record Report(int questions, int inference, double inferenceNamed, int unanswerable, double nullAbstained,
                         int answerable, double answerableAbstained, Latencies answer, Latencies search,
                         double meanAnswerChars) {

        /** Answer p50 over search p50: what composing adds to finding. */
        public double answerToSearch() {
            return search.p50Ms() == 0 ? 0 : answer.p50Ms() / search.p50Ms();
        }
    }

    private AnswerEvaluation() {
    }

    public static Report run(Settings settings, Consumer<String> progress) {
        List<EvalQuery> queries = EvalQueries.read(settings.queries());
        try (IndexedCorpus corpus = IndexedCorpus.build(settings.corpus(), settings.embeddingCache(), "Wafer", progress)) {
            corpus.model().save();
            corpus.model().reuse(false);
            NewsLibrary library = corpus.library();
            AnswerService answers = library.extractiveAnswers();
            for (EvalQuery query : queries.subList(0, Math.min(WARM_UP, queries.size()))) {
                answers.answer(Question.of(query.text()));
            }
            List<Answer> given = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                given.add(answers.answer(Question.of(queries.get(i).text())));
                if ((i + 1) % 100 == 0) {
                    progress.accept("Answered " + (i + 1) + "/" + queries.size());
                }
            }
            if (settings.answersOut() != null) {
                write(settings.answersOut(), queries, given);
            }
            return score(queries, given);
        }
    }

    private static void write(Path file, List<EvalQuery> queries, List<Answer> answers) {
        try (var out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < queries.size(); i++) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", queries.get(i).id());
                line.put("type", queries.get(i).type());
                line.put("question", queries.get(i).text());
                line.put("gold", queries.get(i).answer());
                line.put("abstained", answers.get(i).abstained());
                line.put("answer", answers.get(i).text());
                out.write(JSON.writeValueAsString(line));
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static Report score(List<EvalQuery> queries, List<Answer> answers) {
        int inference = 0;
        int named = 0;
        int unanswerable = 0;
        int declined = 0;
        int answerable = 0;
        int wronglyDeclined = 0;
        long chars = 0;
        int given = 0;
        List<Long> took = new ArrayList<>();
        List<Long> searched = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            EvalQuery query = queries.get(i);
            Answer answer = answers.get(i);
            took.add(answer.took().toNanos());
            searched.add(answer.searchTook().toNanos());
            if (!answer.abstained()) {
                chars += answer.text().length();
                given++;
            }
            if (query.type().equals("null_query")) {
                unanswerable++;
                declined += answer.abstained() ? 1 : 0;
                continue;
            }
            answerable++;
            wronglyDeclined += answer.abstained() ? 1 : 0;
            if (query.type().equals("inference_query") && !query.answer().isBlank()) {
                inference++;
                named += names(answer.text(), query.answer()) ? 1 : 0;
            }
        }
        return new Report(queries.size(), inference, share(named, inference), unanswerable, share(declined, unanswerable),
                answerable, share(wronglyDeclined, answerable), Latencies.ofNanos(took), Latencies.ofNanos(searched),
                given == 0 ? 0 : (double) chars / given);
    }

    /** True when {@code text} contains {@code entity}, ignoring case and punctuation. */
    static boolean names(String text, String entity) {
        String wanted = plain(entity);
        return !wanted.isBlank() && (" " + plain(text) + " ").contains(" " + wanted + " ");
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
