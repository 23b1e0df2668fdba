package dev.wafer.bot.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.retrieval.answer.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions for a batch: one per line, or JSON Lines with a {@code question} field; blank lines are
 * skipped. A line that holds no usable question is kept, with why, so the batch reports it in its
 * place and goes on.
 */
final class QuestionFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of the file: its question, or the reason it has none. */
    record Line(int number, String text, Question question, String error) {
    }

    private QuestionFile() {
    }

    static List<Line> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the question file " + file + ": " + e.getMessage(), e);
        }
        List<Line> questions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).strip();
            if (raw.isEmpty()) {
                continue;
            }
            String text = raw;
            try {
                if (raw.startsWith("{")) {
                    JsonNode node = JSON.readTree(raw);
                    text = node.path("question").asText("");
                    if (text.isBlank()) {
                        throw new IllegalArgumentException("this JSON line has no \"question\" field");
                    }
                }
                questions.add(new Line(i + 1, text, Question.of(text), null));
            } catch (IOException e) {
                questions.add(new Line(i + 1, raw, null, "not valid JSON: " + e.getMessage().lines().findFirst().orElse("")));
            } catch (IllegalArgumentException e) {
                questions.add(new Line(i + 1, text, null, e.getMessage()));
            }
        }
        return questions;
    }
}
