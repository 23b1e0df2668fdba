package dev.wafer.eval.chipqa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * A ChipQA-format set in a folder: {@code corpus.jsonl} (articles, as {@code wafer import} reads them) and
 * {@code questions.jsonl} (one question a line: {@code id, q, kind}, and {@code mention}, {@code mentionAll},
 * {@code cite}, {@code abstain} or {@code abstainOr}).
 */
public record ChipQaSet(Path corpus, List<ChipQaQuestion> questions) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ChipQaSet {
        questions = List.copyOf(questions);
    }

    /** Reads the set in {@code folder}, with a message naming the file and line for anything wrong. */
    public static ChipQaSet read(Path folder) {
        Path corpus = folder.resolve("corpus.jsonl");
        Path questions = folder.resolve("questions.jsonl");
        if (!Files.isRegularFile(corpus) || !Files.isRegularFile(questions)) {
            throw new IllegalArgumentException(folder + " is not a ChipQA-format set: it needs corpus.jsonl and "
                    + "questions.jsonl");
        }
        List<ChipQaQuestion> read = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(questions, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    read.add(parse(questions, number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + questions + ": " + e.getMessage(), e);
        }
        if (read.isEmpty()) {
            throw new IllegalArgumentException(questions + " holds no questions");
        }
        return new ChipQaSet(corpus, read);
    }

    static ChipQaQuestion parse(Path file, int number, String line) {
        String where = file + ": line " + number;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + " is not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        try {
            List<java.util.regex.Pattern> all = new ArrayList<>();
            node.path("mentionAll").forEach(regex -> all.add(ChipQaQuestion.pattern(regex.asText())));
            List<String> cite = new ArrayList<>();
            node.path("cite").forEach(fragment -> cite.add(fragment.asText()));
            return new ChipQaQuestion(node.path("id").asText("line-" + number), node.path("q").asText(""),
                    node.path("kind").asText("?"), ChipQaQuestion.pattern(node.path("mention").asText(null)), all,
                    cite, truthy(node.path("abstain")),
                    node.has("abstainOr") ? ChipQaQuestion.pattern(node.path("abstainOr").asText()) : null);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + " has a pattern Java cannot read: " + e.getDescription(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static boolean truthy(JsonNode value) {
        if (value.isTextual()) {
            return List.of("true", "yes", "1").contains(value.asText().strip().toLowerCase(java.util.Locale.ROOT));
        }
        return value.asBoolean(false);
    }
}
