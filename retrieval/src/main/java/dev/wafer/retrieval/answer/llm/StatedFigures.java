package dev.wafer.retrieval.answer.llm;

import dev.wafer.retrieval.figure.Figure;
import dev.wafer.retrieval.figure.Figures;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a figure a model wrote is one its cited source states, read by the one figure parser
 * ({@link Figures}): "$5.5 billion" is the source's "5.5 billion US dollars" and its "US$5,500 million",
 * but not its "5.5 billion yuan", "$5.5 million" or "5.5%".
 *
 * <p>The rule: the same kind (money, share, measure) in the same unit or currency, and the same value
 * allowing for how it was rounded — either {@link Figure#sameAs} (one value written two ways, within
 * 0.5%), or the source's value rounded to the last digit the draft writes ("$5.5 billion" for
 * "$5.47 billion"), as long as that rounding moves the value by at most {@value #MAX_ROUNDING} of it. The cap
 * is set by hand, not fitted: "$5 billion" for "$5.2 billion" (4%) is how a person rounds, "$5 billion"
 * for "$5.4 billion" (7%) misstates the round. Counts are left to the plain-number check: the counted
 * noun is worded freely ("144 GPUs" for "144 of its accelerators"), so only their digits can be held to
 * the source.
 */
final class StatedFigures {

    /** The most that rounding to the draft's digits may move a figure, relative to the source's value. */
    static final double MAX_ROUNDING = 0.05;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.(\\d+))?|\\d+(?:\\.(\\d+))?");
    /** The sign "¥" alone is yen or yuan; either currency written out is the same figure. */
    private static final Set<String> YEN_OR_YUAN = Set.of("¥", "JPY", "CNY");

    private StatedFigures() {
    }

    /** The figures of {@code draft} held to the source as figures: money, shares and measures. */
    static List<Figure> checkedIn(String draft) {
        return Figures.in(draft).stream().filter(figure -> figure.kind() != Figure.Kind.COUNT).toList();
    }

    /** The draft with those figures taken out, for the plain-number check of what remains. */
    static String without(String draft, List<Figure> figures) {
        String rest = draft;
        for (Figure figure : figures) {
            rest = rest.replace(figure.text(), " ");
        }
        return rest;
    }

    /** True when {@code sourceFigures} hold {@code drafted}. */
    static boolean states(List<Figure> sourceFigures, Figure drafted) {
        return sourceFigures.stream().anyMatch(stated -> sameFigure(drafted, stated));
    }

    static boolean sameFigure(Figure drafted, Figure stated) {
        if (drafted.kind() != stated.kind() || !sameUnit(drafted.unit(), stated.unit())) {
            return false;
        }
        Figure inOneUnit = new Figure(stated.amount(), drafted.kind(), drafted.unit(), stated.text());
        if (drafted.sameAs(inOneUnit)) {
            return true;
        }
        double apart = Math.abs(drafted.amount() - stated.amount());
        return apart <= halfOfLastDigit(drafted) && apart <= MAX_ROUNDING * Math.abs(stated.amount());
    }

    private static boolean sameUnit(String a, String b) {
        return a.equals(b) || YEN_OR_YUAN.contains(a) && YEN_OR_YUAN.contains(b) && (a.equals("¥") || b.equals("¥"));
    }

    /** Half a unit of the last digit the figure was written with, at its scale: 0.05e9 for "$5.5bn". */
    private static double halfOfLastDigit(Figure figure) {
        Matcher digits = DIGITS.matcher(figure.text());
        if (!digits.find()) {
            return 0;
        }
        double written = Double.parseDouble(digits.group().replace(",", ""));
        if (written == 0) {
            return 0;
        }
        String decimals = digits.group(1) != null ? digits.group(1) : digits.group(2);
        int places = decimals == null ? 0 : decimals.length();
        double scale = figure.amount() / written;
        return 0.5 * Math.pow(10, -places) * Math.abs(scale);
    }
}
