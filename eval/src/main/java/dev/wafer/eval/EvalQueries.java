package dev.wafer.eval;

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

/**
 * Reads MultiHop-RAG question files (JSON Lines: {@code id, query, question_type,
 * evidence_list[{fact}]}).
 */
public final class EvalQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalQueries() {
    }

    public static List<EvalQuery> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Cannot find the queries file " + file);
        }
        List<EvalQuery> queries = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    queries.add(parse(file, number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the queries file " + file + ": " + e.getMessage(), e);
        }
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("The queries file " + file + " holds no questions");
        }
        return queries;
    }

    private static EvalQuery parse(Path file, int number, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": line " + number + " is not valid JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
        String query = node.path("query").asText("");
        if (query.isBlank()) {
            throw new IllegalArgumentException(file + ": line " + number + " has no \"query\"");
        }
        List<String> facts = new ArrayList<>();
        for (JsonNode evidence : node.path("evidence_list")) {
            String fact = evidence.path("fact").asText("");
            if (!fact.isBlank()) {
                facts.add(fact);
            }
        }
        return new EvalQuery(node.path("id").asText("line-" + number), query, node.path("question_type").asText(null),
                facts, node.path("answer").asText(""));
    }
}
