package dev.wafer.retrieval.question;

import dev.wafer.retrieval.figure.Figure;
import java.util.List;
import java.util.Set;

/**
 * The kind of figure an amount question asks for: "how much did it cost" wants money, "how many TOPS"
 * a measure in operations per second, "how many engineers" a count of engineers. Empty kinds mean any
 * figure will do ("how big is …").
 *
 * @param kinds the figure kinds that answer (empty: any)
 * @param units the units that answer, for measures and counts (empty: any unit of those kinds)
 */
public record FigureWanted(Set<Figure.Kind> kinds, Set<String> units) {

    public static final FigureWanted ANY = new FigureWanted(Set.of(), Set.of());

    public FigureWanted {
        kinds = Set.copyOf(kinds);
        units = Set.copyOf(units);
    }

    /**
     * The kind of figure a single word of a question asks for ("bandwidth": a rate in bytes or bits a
     * second, "nm": a node's size, "price": money), or {@link #ANY} for a word that names no figure.
     */
    public static FigureWanted namedBy(String word) {
        return QuestionReading.wanted(word);
    }

    /** True when {@code figure} is the kind of figure asked for. */
    public boolean accepts(Figure figure) {
        if (!kinds.isEmpty() && !kinds.contains(figure.kind())) {
            return false;
        }
        return units.isEmpty() || figure.kind() == Figure.Kind.MONEY || figure.kind() == Figure.Kind.SHARE
                || units.contains(figure.unit()) || units.stream().anyMatch(unit -> figure.unit().startsWith(unit + "/"));
    }

    /** True when some figure of {@code figures} is the kind asked for. */
    public boolean acceptsAny(List<Figure> figures) {
        return figures.stream().anyMatch(this::accepts);
    }
}
