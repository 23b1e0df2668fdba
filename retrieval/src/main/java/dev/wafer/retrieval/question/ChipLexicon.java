package dev.wafer.retrieval.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the chip industry uses for one thing — a foundry's node and its marketed size ("N3E",
 * "3nm"), a company's short name, nickname and ticker ("Super Micro Computer", "Supermicro", "SMCI"),
 * a fund's formal name and its nickname — read from {@code chip-lexicon.txt} beside this class, where
 * each group is documented. A question naming one of them is searched and matched with all of them.
 */
public final class ChipLexicon {

    private static final String RESOURCE = "chip-lexicon.txt";
    private static final ChipLexicon BUNDLED = load();

    /** Each name (lower case) → every name of its group, the name itself included, as written in the file. */
    private final Map<String, Set<String>> groups;
    /** The names (lower case) of the file's "[titles: …]" section: roles such as "CEO", which no story is about. */
    private final Set<String> titles;
    private final Pattern names;

    private ChipLexicon(Map<String, Set<String>> groups, Set<String> titles) {
        this.groups = Map.copyOf(groups);
        this.titles = Set.copyOf(titles);
        // Longest names first, so "Big Fund III" is found before "Big Fund".
        List<String> all = new ArrayList<>(groups.keySet());
        all.sort((a, b) -> Integer.compare(b.length(), a.length()));
        StringBuilder alternatives = new StringBuilder();
        for (String name : all) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(name));
        }
        this.names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}+])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The lexicon shipped with Wafer. */
    public static ChipLexicon bundled() {
        return BUNDLED;
    }

    /** Parses lexicon lines: "# comment", "[group heading]", or names joined by " = ". */
    static ChipLexicon parse(List<String> lines) {
        Map<String, Set<String>> groups = new HashMap<>();
        Set<String> titles = new java.util.HashSet<>();
        boolean inTitles = false;
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.startsWith("[")) {
                inTitles = line.startsWith("[titles");
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+=\\s+");
            if (parts.length < 2) {
                throw new IllegalArgumentException(RESOURCE + " line " + number + ": expected names joined by \" = \", got \""
                        + line + "\"");
            }
            Set<String> group = new LinkedHashSet<>();
            for (String part : parts) {
                group.add(part.strip());
            }
            // Lines sharing a name are one group: "N3 = 3nm" and "N3E = 3nm" make N3, N3E and 3nm one.
            for (String name : List.copyOf(group)) {
                Set<String> known = groups.get(name.toLowerCase(Locale.ROOT));
                if (known != null) {
                    group.addAll(known);
                }
            }
            for (String name : group) {
                groups.put(name.toLowerCase(Locale.ROOT), group);
                if (inTitles) {
                    titles.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ChipLexicon(groups, titles);
    }

    /** The lexicon's names found in {@code text}, as the text writes them. */
    public List<String> namesIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = names.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** Every name of {@code name}'s group (itself included), or just itself when the lexicon does not know it. */
    public Set<String> sameAs(String name) {
        return groups.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of(name));
    }

    /** True for a role's name ("CEO", "chief financial officer"): a title, not a company, product or fund. */
    public boolean title(String name) {
        return titles.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The one name the lexicon keeps for {@code name}'s group, lower case ("nvda" → "nvidia"); the name itself when unknown. */
    public String canonical(String name) {
        return sameAs(name).iterator().next().toLowerCase(Locale.ROOT);
    }

    /** True when the two names are one thing by the lexicon (or the same name). */
    public boolean same(String a, String b) {
        return a.equalsIgnoreCase(b) || sameAs(a).stream().anyMatch(name -> name.equalsIgnoreCase(b));
    }

    /**
     * The other names of what {@code text} names, not already in it: "who is SMCI's auditor" gives
     * "Super Micro Computer", "Supermicro" and "Super Micro" — words to search for beside the question's own.
     */
    public List<String> otherNames(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> others = new LinkedHashSet<>();
        for (String name : namesIn(text)) {
            for (String other : sameAs(name)) {
                if (!lower.contains(other.toLowerCase(Locale.ROOT))) {
                    others.add(other);
                }
            }
        }
        return List.copyOf(others);
    }

    private static ChipLexicon load() {
        try (InputStream in = ChipLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }
}
