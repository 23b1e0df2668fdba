package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.index.Sentences;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code [n]} markers that tie an answer's sentences to its numbered sources, written and read in one
 * place: every answer (extractive or drafted by a model), timeline and digest marks its sentences the same
 * way, so the citation check and the sourcing notes read them back the same way.
 */
public final class CitationMarks {

    /** One marker, or several numbers in one ("[1, 2]"), with the space before it. */
    private static final Pattern MARKER = Pattern.compile("\\s*\\[(\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*)\\]");
    /** Markers a model wrote after the full stop, at the start of what the splitter takes as the next sentence. */
    private static final Pattern LEADING_MARKERS = Pattern.compile("^(?:\\[\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*\\]\\s*)+");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•]|\\d+[.)])\\s+");

    private CitationMarks() {
    }

    /**
     * "… was delayed [1][2]." — the markers before the closing full stop, question or exclamation mark; after
     * a closing quote or bracket; a sentence with no end mark gets a full stop after them.
     */
    public static String mark(String sentence, Collection<Integer> numbers) {
        if (numbers.isEmpty() || sentence.isEmpty()) {
            return sentence;
        }
        String markers = " " + of(numbers);
        char last = sentence.charAt(sentence.length() - 1);
        if (last == '.' || last == '!' || last == '?') {
            return sentence.substring(0, sentence.length() - 1) + markers + last;
        }
        boolean closed = last == '"' || last == '”' || last == ')' || last == '’';
        return sentence + markers + (closed ? "" : ".");
    }

    /** "[1][2]": the markers alone. */
    public static String of(Collection<Integer> numbers) {
        StringBuilder markers = new StringBuilder();
        numbers.forEach(n -> markers.append('[').append(n).append(']'));
        return markers.toString();
    }

    /** The text's sentences, each with its markers; markers a model put after the full stop go back to their sentence. */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String raw : Sentences.split(text == null ? "" : text)) {
            String sentence = BULLET.matcher(raw).replaceFirst("");
            Matcher leading = LEADING_MARKERS.matcher(sentence);
            if (leading.find() && !sentences.isEmpty()) {
                int last = sentences.size() - 1;
                sentences.set(last, sentences.get(last) + " " + leading.group().strip());
                sentence = sentence.substring(leading.end());
            }
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    /** The sentence without its markers: "Sales rose [1], analysts said [2]." → "Sales rose, analysts said." */
    public static String body(String sentence) {
        return MARKER.matcher(sentence).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1").replaceAll("\\s{2,}", " ")
                .strip();
    }

    /** The source numbers the sentence's markers name, in order of first mention. */
    public static Set<Integer> numbers(String sentence) {
        return new LinkedHashSet<>(sequence(sentence));
    }

    /** Every source number the text's markers name, in reading order, repeats included: "[1] … [2][1]" → 1, 2, 1. */
    public static List<Integer> sequence(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher marker = MARKER.matcher(text == null ? "" : text);
        while (marker.find()) {
            for (String n : marker.group(1).split("\\s*[,;]\\s*")) {
                numbers.add(Integer.parseInt(n));
            }
        }
        return numbers;
    }
}
