package dev.wafer.retrieval.figure;

import dev.wafer.retrieval.cache.Remembered;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures a text states, in the forms news writes them: money with a sign or code before it
 * ("$5.5bn", "US$4,900 million", "€9.9 billion", "$3.9M") or a currency after it ("5.5 billion US
 * dollars", "1.04 billion yuan", "4.9bn-dollar"); shares ("about 10%", "20 per cent"); measures
 * ("288GB", "2 TB/s", "51.2 Tb/s", "38 TOPS", "4.5 gigawatts", "3nm"); and counts ("144 chips",
 * "50,000 wafers a month", "1,000 engineers"). Years, ordinals and the digits of model names ("H200",
 * "M4", "Q3") are not figures.
 */
public final class Figures {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /** Not the digits inside a name ("H200", "MI300X", "GPT-4") or a longer number. */
    private static final String START = "(?<![\\p{L}\\d.,$€£¥₩-])";
    private static final String SCALE_WORD = "(trillion|billion|million|thousand|tn|bn|mn|mln)";
    private static final String CURRENCY_WORD = "(US dollars?|U\\.S\\. dollars?|dollars?|yuan|renminbi|RMB|euros?|yen|won|"
            + "pounds?(?: sterling)?|rupees?|USD|EUR|CNY|JPY|KRW|GBP|INR|TWD|NT dollars?|Taiwan dollars?)";
    private static final int WORDS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "$5.5bn", "US$4,900 million", "€ 9.9 billion", "$3.9M", "$125k", "RMB 344bn". */
    private static final Pattern MONEY_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d])((?:US|U\\.S\\.|A|C|HK|S|NT)?\\$|€|£|¥|₩|(?:USD|EUR|GBP|RMB|CNY|JPY|KRW|INR|TWD)\\s?)\\s?"
                    + NUMBER + "(?:\\s?-?" + SCALE_WORD + "\\b|([kKmMbB])(?![\\p{L}\\d]))?");
    /** "5.5 billion US dollars", "1.04 billion yuan", "4.9bn-dollar", "9.9 billion euros". */
    private static final Pattern MONEY_AFTER = Pattern.compile(
            START + NUMBER + "(?:\\s?-?" + SCALE_WORD + ")?[\\s-]*" + CURRENCY_WORD + "(?![\\p{L}])", WORDS);
    /** "10%", "20 per cent", "3.5 percentage points". */
    private static final Pattern SHARE = Pattern.compile(
            START + NUMBER + "\\s?(%|per ?cent(?:age points?)?\\b|percentage points?\\b)", WORDS);
    /** Symbols are case-sensitive (Tb/s is bits, TB/s bytes); spelt-out units are not. */
    private static final Pattern MEASURE_SYMBOL = Pattern.compile(
            START + NUMBER + "\\s?(?:" + SCALE_WORD + "\\s)?(([kMGTPE])(B/s|b/s|bps|B|FLOPS|OPS)|TOPS|TFLOPS|PFLOPS|EFLOPS"
                    + "|[kMG]?W|nm)(?![\\p{L}\\d/])");
    private static final Pattern MEASURE_WORD = Pattern.compile(
            START + NUMBER + "[\\s-]?(?:" + SCALE_WORD + "\\s)?((kilo|mega|giga|tera|peta|exa)?(bits? per second|bytes? per second|"
                    + "bytes?|watts?|flops|operations per second)|nanomet(?:re|er)s?|-?nanomet(?:re|er))\\b", WORDS);
    /** A number then a noun: "144 chips", "50,000 wafers a month", "1,000 engineers", "100,000 GPUs", "350,000 H100s". */
    private static final Pattern COUNT = Pattern.compile(
            START + NUMBER + "(?:\\s" + SCALE_WORD + ")?\\s(?:(?:more|new|additional|extra|of its|of their|of the)\\s)?"
                    + "(\\p{L}[\\p{L}\\p{N}-]{2,})(?:\\s(?:\\p{L}+\\s)?(a|per|each|every)\\s(day|week|month|quarter|year))?",
            WORDS);
    /** Words after a number that make it no count: a unit handled above, a date, a preposition. */
    private static final Set<String> NOT_COUNTED = Set.of("billion", "million", "trillion", "thousand", "and", "or",
            "to", "of", "in", "on", "at", "for", "from", "by", "with", "the", "per", "percent", "cent", "than", "as",
            "is", "was", "are", "were", "has", "have", "had", "will", "would", "said", "says", "its", "their",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "dollar", "dollars", "yuan", "euro", "euros", "yen", "won", "pounds", "rupees", "when", "after", "before",
            "times", "point", "points");
    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("trillion", 1e12), Map.entry("tn", 1e12),
            Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("b", 1e9), Map.entry("million", 1e6),
            Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("m", 1e6), Map.entry("thousand", 1e3),
            Map.entry("k", 1e3));
    /** Every prefix the measure patterns accept, so no figure they match lacks its scale. */
    private static final Map<String, Double> PREFIXES = Map.ofEntries(Map.entry("k", 1e3), Map.entry("kilo", 1e3),
            Map.entry("m", 1e6), Map.entry("mega", 1e6), Map.entry("g", 1e9), Map.entry("giga", 1e9),
            Map.entry("t", 1e12), Map.entry("tera", 1e12), Map.entry("p", 1e15), Map.entry("peta", 1e15),
            Map.entry("e", 1e18), Map.entry("exa", 1e18));

    private Figures() {
    }

    /** True when {@code text} holds an ASCII digit: without one it states no figure and names no model number. */
    public static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Sentences read recently, and what they state. One answer compares each chosen sentence with every
     * other candidate, so the same few dozen sentences are read hundreds of times; a few answers' worth
     * of sentences (up to {@value #REMEMBERED_LENGTH} characters each, so at most a few MB) is kept.
     */
    private static final int REMEMBERED = 4_096;
    private static final int REMEMBERED_LENGTH = 1_000;
    private static final Remembered<String, List<Figure>> READ = Remembered.upTo(REMEMBERED);

    /** Every figure {@code text} states, in order; where two readings overlap, the first pattern's wins. */
    public static List<Figure> in(String text) {
        if (text.length() > REMEMBERED_LENGTH) {
            return read(text);
        }
        return READ.get(text, Figures::read);
    }

    private static List<Figure> read(String text) {
        if (!hasDigit(text)) {
            return List.of(); // every figure is written with digits; most sentences have none
        }
        List<Found> found = new ArrayList<>();
        money(text, found);
        shares(text, found);
        measures(text, found);
        counts(text, found);
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        return found.stream().map(Found::figure).toList();
    }

    /** The figures of one kind in {@code text}. */
    public static List<Figure> in(String text, Figure.Kind kind) {
        return in(text).stream().filter(figure -> figure.kind() == kind).toList();
    }

    /** True when the two lists hold no figure in common but do hold comparable ones: the texts disagree on a figure. */
    public static boolean disagree(List<Figure> a, List<Figure> b) {
        boolean comparable = false;
        for (Figure x : a) {
            for (Figure y : b) {
                if (x.sameAs(y)) {
                    return false;
                }
                comparable |= x.comparable(y);
            }
        }
        return comparable;
    }

    /** True when some figure of {@code a} is the same as one of {@code b}. */
    public static boolean share(List<Figure> a, List<Figure> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::sameAs));
    }

    private record Found(int start, int end, Figure figure) {
    }

    private static void money(String text, List<Found> found) {
        Matcher before = MONEY_BEFORE.matcher(text);
        while (before.find()) {
            String scale = before.group(3) != null ? before.group(3) : before.group(4);
            add(found, before, new Figure(number(before.group(2)) * scale(scale), Figure.Kind.MONEY,
                    currencyOfSign(before.group(1)), before.group().strip()));
        }
        Matcher after = MONEY_AFTER.matcher(text);
        while (after.find()) {
            add(found, after, new Figure(number(after.group(1)) * scale(after.group(2)), Figure.Kind.MONEY,
                    currencyOfWord(after.group(3)), after.group().strip()));
        }
    }

    private static void shares(String text, List<Found> found) {
        Matcher share = SHARE.matcher(text);
        while (share.find()) {
            String unit = share.group(2).toLowerCase(Locale.ROOT).contains("point") ? "pp" : "%";
            add(found, share, new Figure(number(share.group(1)), Figure.Kind.SHARE, unit, share.group()));
        }
    }

    private static void measures(String text, List<Found> found) {
        Matcher symbol = MEASURE_SYMBOL.matcher(text);
        while (symbol.find()) {
            double value = number(symbol.group(1)) * scale(symbol.group(2));
            String whole = symbol.group(3);
            String unit;
            double factor;
            if (symbol.group(4) != null) {
                factor = PREFIXES.getOrDefault(symbol.group(4).toLowerCase(Locale.ROOT), 1.0);
                unit = switch (symbol.group(5)) {
                    case "bps" -> "b/s";
                    default -> symbol.group(5);
                };
            } else if (whole.equals("nm")) {
                factor = 1e-9;
                unit = "m";
            } else if (whole.endsWith("W")) {
                factor = whole.length() == 2 ? PREFIXES.get(whole.substring(0, 1).toLowerCase(Locale.ROOT)) : 1.0;
                unit = "W";
            } else {
                factor = PREFIXES.get(whole.substring(0, 1).toLowerCase(Locale.ROOT));
                unit = whole.substring(1).equals("OPS") ? "OPS" : "FLOPS";
            }
            add(found, symbol, new Figure(value * factor, Figure.Kind.MEASURE, unit, symbol.group()));
        }
        Matcher word = MEASURE_WORD.matcher(text);
        while (word.find()) {
            double value = number(word.group(1)) * scale(word.group(2));
            String spelt = word.group(3).toLowerCase(Locale.ROOT);
            double factor = word.group(4) == null ? 1.0 : PREFIXES.get(word.group(4).toLowerCase(Locale.ROOT));
            String unit;
            if (spelt.contains("nanomet")) {
                unit = "m";
                factor = 1e-9;
            } else if (spelt.contains("per second") && spelt.contains("bit")) {
                unit = "b/s";
            } else if (spelt.contains("per second") && spelt.contains("byte")) {
                unit = "B/s";
            } else if (spelt.contains("operations")) {
                unit = "OPS";
            } else if (spelt.contains("byte")) {
                unit = "B";
            } else if (spelt.contains("flops")) {
                unit = "FLOPS";
            } else {
                unit = "W";
            }
            add(found, word, new Figure(value * factor, Figure.Kind.MEASURE, unit, word.group()));
        }
    }

    private static void counts(String text, List<Found> found) {
        Matcher count = COUNT.matcher(text);
        while (count.find()) {
            String digits = count.group(1);
            String noun = count.group(3).toLowerCase(Locale.ROOT);
            boolean year = digits.matches("(?:19|20)\\d{2}") && count.group(2) == null;
            if (year || NOT_COUNTED.contains(noun) || noun.startsWith("-") || afterName(text, count.start())) {
                continue;
            }
            String unit = singular(noun) + (count.group(5) == null ? "" : "/" + count.group(5).toLowerCase(Locale.ROOT));
            add(found, count, new Figure(number(digits) * scale(count.group(2)), Figure.Kind.COUNT, unit, count.group()));
        }
    }

    /** "Tomahawk 5 switches", "Gaudi 3 kits": a number right after a capitalised word is part of a product's name. */
    private static boolean afterName(String text, int start) {
        Matcher previous = PREVIOUS_WORD.matcher(text.substring(Math.max(0, start - 40), start));
        return previous.find() && Character.isUpperCase(previous.group(1).charAt(0));
    }

    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}][\\p{L}\\p{N}-]*)\\s$");

    /** Adds the figure unless an earlier reading already covers where it starts. */
    private static void add(List<Found> found, Matcher matcher, Figure figure) {
        int start = matcher.start();
        int end = matcher.end();
        boolean overlaps = found.stream().anyMatch(other -> start < other.end && other.start < end);
        if (!overlaps) {
            found.add(new Found(start, end, figure));
        }
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        return SCALES.getOrDefault(word.toLowerCase(Locale.ROOT), 1.0);
    }

    private static String currencyOfSign(String sign) {
        String s = sign.strip().toUpperCase(Locale.ROOT);
        return switch (s) {
            case "$", "US$", "U.S.$", "USD" -> "USD";
            case "A$" -> "AUD";
            case "C$" -> "CAD";
            case "HK$" -> "HKD";
            case "S$" -> "SGD";
            case "NT$", "TWD" -> "TWD";
            case "€", "EUR" -> "EUR";
            case "£", "GBP" -> "GBP";
            case "₩", "KRW" -> "KRW";
            case "RMB", "CNY" -> "CNY";
            case "JPY" -> "JPY";
            case "INR" -> "INR";
            default -> "¥"; // yen or yuan: the sign alone does not say which
        };
    }

    private static String currencyOfWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("nt") || w.startsWith("taiwan") || w.equals("twd")) {
            return "TWD";
        }
        if (w.contains("dollar") || w.equals("usd")) {
            return "USD";
        }
        if (w.startsWith("yuan") || w.startsWith("renminbi") || w.equals("rmb") || w.equals("cny")) {
            return "CNY";
        }
        if (w.startsWith("euro") || w.equals("eur")) {
            return "EUR";
        }
        if (w.equals("yen") || w.equals("jpy")) {
            return "JPY";
        }
        if (w.equals("won") || w.equals("krw")) {
            return "KRW";
        }
        if (w.startsWith("pound") || w.equals("gbp")) {
            return "GBP";
        }
        return "INR";
    }

    /** "chips" → "chip", "companies" → "company", "GPUs" → "gpu": counted things compare by their singular. */
    public static String singular(String noun) {
        if (noun.endsWith("ies") && noun.length() > 4) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.matches(".*(?:ch|sh|x|ss)es")) {
            return noun.substring(0, noun.length() - 2);
        }
        if (noun.endsWith("ss") || noun.endsWith("us")) {
            return noun;
        }
        return noun.endsWith("s") && noun.length() > 3 ? noun.substring(0, noun.length() - 1) : noun;
    }
}
