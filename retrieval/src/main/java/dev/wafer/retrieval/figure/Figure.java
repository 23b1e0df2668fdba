package dev.wafer.retrieval.figure;

import java.util.Locale;
import java.util.Objects;

/**
 * One figure as news states it, read into a typed value: "$5.5bn", "5.5 billion US dollars" and
 * "US$5,500 million" are all {@code 5.5e9 USD}; "2 TB/s" is {@code 2e12 B/s}; "144 chips" is
 * {@code 144 chip}; "about 10%" is {@code 10 %}.
 *
 * @param amount the value with its scale applied (billion, million, tera-, …)
 * @param kind   what sort of figure it is
 * @param unit   the currency code for money ("USD", "EUR", "CNY"), "%" for a share, the base unit
 *               for a measure ("B" bytes, "b/s" bits per second, "B/s" bytes per second, "OPS", "W",
 *               "m" for a process node's size), or the counted noun in the singular for a count
 * @param text   the figure as written, for quoting
 */
public record Figure(double amount, Kind kind, String unit, String text) {

    /** Two stated figures this close (relative) are one figure rounded differently: "$4.9bn" and "US$4,900 million". */
    private static final double SAME_WITHIN = 0.005;

    /** What sort of figure it is. */
    public enum Kind {
        /** A sum of money in a currency. */
        MONEY,
        /** A share or a change in per cent. */
        SHARE,
        /** A physical measure: memory, bandwidth, compute, power, a process node's size. */
        MEASURE,
        /** Things counted: chips, wafers a month, engineers. */
        COUNT
    }

    public Figure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount must be a finite number, got " + amount);
        }
        unit = kind == Kind.COUNT ? unit.toLowerCase(Locale.ROOT) : unit;
    }

    /** The same sort of figure in the same unit, so the two can be compared. */
    public boolean comparable(Figure other) {
        return kind == other.kind && unit.equals(other.unit);
    }

    /** The same value in the same unit, allowing for rounding in how it was written. */
    public boolean sameAs(Figure other) {
        if (!comparable(other)) {
            return false;
        }
        double larger = Math.max(Math.abs(amount), Math.abs(other.amount));
        return larger == 0 || Math.abs(amount - other.amount) <= SAME_WITHIN * larger;
    }

    /** Compares with a comparable figure; throws for figures of different units (apples and oranges). */
    public int compareAmount(Figure other) {
        if (!comparable(other)) {
            throw new IllegalArgumentException("cannot compare " + text + " with " + other.text);
        }
        return sameAs(other) ? 0 : Double.compare(amount, other.amount);
    }
}
