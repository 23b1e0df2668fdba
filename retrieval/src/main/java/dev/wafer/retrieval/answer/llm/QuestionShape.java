package dev.wafer.retrieval.answer.llm;

import dev.wafer.retrieval.figure.Figure;
import dev.wafer.retrieval.question.QuestionReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a model is told about the question before it reads it: the kind of fact asked for and what it
 * is about, as {@link QuestionReading} read it once for search, the coverage gate and both composers,
 * and the shape the answer takes (a comparison side by side, a yes/no led by the sentence that settles
 * it, the newest state "as of" its day).
 *
 * @param asks  "an amount of money", "a date", "yes or no", "a comparison of …"
 * @param about the names the question is about, with the lexicon's other names for them
 * @param shape what the answer must look like, one instruction a line
 * @param best  the sources holding the extractive answer's sentences, best first
 */
record QuestionShape(String asks, List<String> about, List<String> shape, List<Integer> best) {

    QuestionShape {
        about = List.copyOf(about);
        shape = List.copyOf(shape);
        best = List.copyOf(best);
    }

    static QuestionShape of(QuestionReading reading, List<Integer> bestSources) {
        List<String> shape = new ArrayList<>();
        String asks = asks(reading);
        reading.comparison().ifPresentOrElse(sides -> shape.add("Give the figure or fact for \"" + sides.left()
                        + "\" and for \"" + sides.right() + "\" side by side, each with its citation; then, only if both "
                        + "are figures in one unit, say which is larger. Do not name a winner without both figures."),
                () -> {
                    if (reading.asks(QuestionReading.Asks.AMOUNT)) {
                        shape.add("Lead with the amount asked for, with its unit or currency as the source writes it.");
                    }
                });
        if (reading.yesNo()) {
            shape.add("Lead with the sentence from the sources that settles it. Open with \"Yes\", \"No\" or \"Not yet\" "
                    + "only when a source says so outright; otherwise say what the sources do report.");
        }
        if (reading.latest()) {
            shape.add("Lead with the newest source about the subject and open with \"As of <its date>\".");
        }
        List<String> about = new ArrayList<>();
        reading.models().stream().sorted().forEach(about::add);
        about.addAll(reading.otherNames());
        return new QuestionShape(asks, about, shape, bestSources);
    }

    /** The lines of the prompt, each ending in a new line. */
    String text() {
        StringBuilder text = new StringBuilder("How the question reads:\n");
        text.append("- Asks for: ").append(asks).append('\n');
        if (!about.isEmpty()) {
            text.append("- About: ").append(String.join(", ", about)).append('\n');
        }
        if (!best.isEmpty()) {
            text.append("- Likeliest to answer: ").append(best.stream().map(n -> "source " + n)
                    .collect(Collectors.joining(", "))).append('\n');
        }
        shape.forEach(line -> text.append("- Shape: ").append(line).append('\n'));
        return text.append('\n').toString();
    }

    private static String asks(QuestionReading reading) {
        if (reading.comparison().isPresent()) {
            QuestionReading.Comparison sides = reading.comparison().get();
            return "a comparison of \"" + sides.left() + "\" and \"" + sides.right() + "\""
                    + (reading.asks(QuestionReading.Asks.AMOUNT) ? ", by " + figure(reading) : "");
        }
        if (reading.yesNo()) {
            return "yes or no" + (reading.latest() ? ", as things stand now" : "");
        }
        String kind = switch (reading.asks()) {
            case AMOUNT -> figure(reading);
            case DATE -> "a date";
            case NAME -> "a name (who or which)";
            case REASON -> "a reason (why)";
            case OTHER -> "what the sources report";
        };
        return kind + (reading.latest() ? ", the latest state" : "");
    }

    /** "an amount of money", "a share in per cent", "a measure in B/s", "a count of wafers". */
    private static String figure(QuestionReading reading) {
        var wanted = reading.figure();
        if (wanted.kinds().size() != 1) {
            return "an amount";
        }
        Figure.Kind kind = wanted.kinds().iterator().next();
        String units = String.join(" or ", wanted.units().stream().sorted().map(QuestionShape::unitWords).toList());
        return switch (kind) {
            case MONEY -> "an amount of money";
            case SHARE -> "a share in per cent";
            case MEASURE -> "a measure" + (units.isEmpty() ? "" : " in " + units);
            case COUNT -> "a count" + (units.isEmpty() ? "" : " of " + units.toLowerCase(Locale.ROOT) + "s");
        };
    }

    /** The figure parser's base units in words a model reads without a key. */
    private static String unitWords(String unit) {
        return switch (unit) {
            case "B" -> "bytes";
            case "B/s" -> "bytes per second";
            case "b/s" -> "bits per second";
            case "OPS" -> "operations per second";
            case "W" -> "watts";
            case "m" -> "nanometres (a process node)";
            default -> unit;
        };
    }
}
