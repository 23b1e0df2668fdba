package dev.wafer.bot.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.retrieval.answer.Question;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Questions for a batch: one per line, or JSON Lines with a {@code question} field; blank lines are
 * skipped. The file is read a line at a time, so its size does not matter, only a line's: one longer
 * than {@link #MAX_LINE_CHARS} is skipped to its end without being held. A line that holds no usable
 * question (too long, not UTF-8, bad JSON) is kept, with why, so the batch reports it in its place and
 * goes on. NUL characters, which editors and exports sometimes leave, are removed.
 */
final class QuestionFile implements AutoCloseable {

    /**
     * The longest line read: four times the longest question ({@link Question#MAX_CHARS}), so a JSON
     * line with an id and other fields around a full-length question still fits.
     */
    static final int MAX_LINE_CHARS = 4 * Question.MAX_CHARS;
    /** UTF-8 takes at most four bytes a character. */
    private static final int MAX_LINE_BYTES = 4 * MAX_LINE_CHARS;
    /** How much of a refused line its error shows: enough to find it, never a pasted page. */
    private static final int SHOWN_CHARS = 80;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of the file: its question, or the reason it has none. */
    record Line(int number, String text, Question question, String error) {
    }

    private final Path file;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int number;

    private QuestionFile(Path file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    static QuestionFile open(Path file) {
        try {
            return new QuestionFile(file, new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The next line that is not blank, or null at the end of the file. */
    Line next() {
        try {
            while (true) {
                line.reset();
                boolean tooLong = false;
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    if (line.size() < MAX_LINE_BYTES) {
                        line.write(b);
                    } else {
                        tooLong = true;
                    }
                }
                if (b < 0 && line.size() == 0 && !tooLong) {
                    return null;
                }
                number++;
                Line read = tooLong ? tooLong() : parse(line.toByteArray());
                if (read != null) {
                    return read;
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private Line tooLong() {
        return new Line(number, "", null, "this line is over " + MAX_LINE_CHARS + " characters long; it was skipped"
                + " (a question is at most " + Question.MAX_CHARS + ")");
    }

    /** The line's question or error; null for a blank line. */
    private Line parse(byte[] bytes) {
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Line(number, "", null, "this line is not UTF-8 text; save the file as UTF-8");
        }
        raw = raw.replace("\u0000", "").strip();
        if (raw.isEmpty()) {
            return null;
        }
        if (raw.length() > MAX_LINE_CHARS) {
            return tooLong();
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
            return new Line(number, text, Question.of(text), null);
        } catch (IOException e) {
            return new Line(number, shown(raw), null, "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (IllegalArgumentException e) {
            return new Line(number, shown(text), null, e.getMessage());
        }
    }

    private static String shown(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
    }

    private static UncheckedIOException unreadable(Path file, IOException e) {
        return new UncheckedIOException("Cannot read the question file " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }
}
