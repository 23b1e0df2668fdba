package dev.wafer.retrieval.answer.extractive;

import dev.wafer.retrieval.cache.Remembered;
import dev.wafer.retrieval.answer.AnswerCues;
import dev.wafer.retrieval.question.NameRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * For "who" and "which company" questions: the name the chosen sentences give as the answer, in the
 * fullest form their articles use. News sentences mostly say "Bankman-Fried" or "Altman" once the
 * article has introduced the person; the reader who asked "who" should see the name the sources
 * introduced — "Sam Bankman-Fried" — up front. A name is offered only when the sentences agree on
 * it: it must recur, and clearly more than any other name.
 */
final class NamedAnswer {

    /**
     * A sentence the name may come from, with how much its names count: most for the sentences the
     * answer shows, less for the others of the same sources; a {@code heading} is an article's
     * headline (where names are usually given in full).
     */
    record Sentence(String text, String articleId, double weight, boolean heading) {

        boolean chosen() {
            return weight >= CHOSEN;
        }
    }

    static final double CHOSEN = 2;
    /** Words of organisations' names: "… Commission", "… Research" is no person. */
    private static final Pattern ORGANISATION = Pattern.compile("\\b(?:Commission|Company|Inc|Corp|Corporation|Group|"
            + "Bank|Exchange|Trading|Association|University|League|Club|Team|Department|Court|Board|Committee|Council|"
            + "Agency|Authority|Office|Party|Foundation|Institute|Capital|Research|Labs?|Technologies|Holdings|Partners|"
            + "Ventures|Fund|Games|Records|Media|News|Times|Post|Journal|Administration|Ministry|Government|Network|"
            + "Studios?|Systems|Motors|Airlines|Pharmaceuticals|Securities|Reserve|Stadium|Tour|Cup|Series|Award|Prize)\\b");

    /** The name, and the articles (of the chosen sentences) that name it. */
    record Found(String name, List<String> articleIds) {
    }

    /** Capitalised words joined by spaces on one line (never across a sentence's end or a line break). */
    private static final Pattern NAME = Pattern.compile(
            "(?=\\p{Lu})(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:[ \\t]+(?:of[ \\t]+|de[ \\t]+|van[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}&'’-]*){0,3})");
    private static final int MAX_NAME_WORDS = 4;
    /** "Nvidia's", "Altman." — what ends a name's last word but is not part of it. */
    private static final Pattern TRAILING = Pattern.compile("(?:['’]s|[.'’-])+$");
    private static final Pattern JOINING_WORD = Pattern.compile("^(?:of|de|van)[ \\t]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRAND = Pattern.compile(".*\\p{Ll}.*\\p{Lu}\\p{Lu}");
    /**
     * Texts whose names are kept. Naming is a pure function of the text, and one answer reads the same
     * sentences, headlines and whole articles several times (with the role asked, without it, for the
     * sex of a person), while the next answers keep citing the same news; scanning them again was about a
     * tenth of an answer's time on the MultiHop-RAG dev questions (JFR samples). Entries are mostly
     * sentences and some article bodies of a few kilobytes: a few megabytes at most.
     */
    private static final int REMEMBERED_TEXTS = 2_048;
    private static final Remembered<Named, List<String>> NAMES = Remembered.upTo(REMEMBERED_TEXTS);
    private static final Pattern FEMININE = Pattern.compile("\\b(?:she|her|hers|herself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENING_PRONOUN = Pattern.compile("^(?:she|her|he|his)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MASCULINE = Pattern.compile("\\b(?:he|him|his|himself)\\b", Pattern.CASE_INSENSITIVE);
    /** A question about a person ("who is the individual…"): an organisation's acronym is not the answer. */
    private static final Pattern ASKS_FOR_PERSON = Pattern.compile("\\bwho(?:se|m)?\\b|\\b(?:individual|person|"
            + "artist|player|executive|ceo|founder|singer|actor|actress|coach|manager|minister|official|chief|"
            + "investor|analyst|engineer|researcher|scientist|politician|leader|star|celebrity|figure|filmmaker|director|"
            + "athlete|author|writer|journalist|musician|rapper|comedian|host|owner|billionaire|entrepreneur)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_PERSON = Pattern.compile("\\b(?:which|what) (?:\\w+ ){0,2}(?:company|companies|"
            + "firm|organi[sz]ation|group|team|club|country|city|brand|platform|product|agency)\\b", Pattern.CASE_INSENSITIVE);

    private NamedAnswer() {
    }

    /**
     * @param role the role whose holder the question asks for, if it names one: then only names written
     *             beside that role count as votes ("Chief executive Sid Sheth", not the product he launched)
     */
    static Optional<Found> in(List<Sentence> sentences, String question, List<String> outlets, Optional<NameRole> role) {
        // When no sentence writes the role beside a name, the names the sentences agree on still answer.
        return role.flatMap(held -> agreed(sentences, question, outlets, role))
                .or(() -> agreed(sentences, question, outlets, Optional.empty()));
    }

    private static Optional<Found> agreed(List<Sentence> sentences, String question, List<String> outlets,
                                          Optional<NameRole> role) {
        String asked = question.toLowerCase(Locale.ROOT);
        boolean person = ASKS_FOR_PERSON.matcher(question).find() && !NOT_A_PERSON.matcher(question).find();
        Map<String, Double> votes = new LinkedHashMap<>();
        Map<String, List<String>> forms = new LinkedHashMap<>();
        Map<String, Integer> formCounts = new LinkedHashMap<>();
        Set<String> organisations = new HashSet<>();
        for (Sentence sentence : sentences) {
            for (String name : names(sentence.text(), sentence.heading())) {
                String key = lastWord(name);
                String lower = name.toLowerCase(Locale.ROOT);
                // Two letters are a name in mixed case ("Lisa Su", "Wu"), not in capitals ("AI", "US").
                boolean tooShort = key.length() < 2 || key.length() == 2 && isAcronym(name);
                if (tooShort || asked.contains(key) || asked.contains(lower) || isOutlet(lower, outlets)
                        || AnswerCues.isCommonWord(key)) {
                    continue;
                }
                if (role.isPresent() && sentence.weight() > 0
                        && !role.get().near(sentence.text(), sentence.text().indexOf(name))) {
                    continue;
                }
                forms.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
                if (!sentence.heading()) {
                    formCounts.merge(name, 1, Integer::sum); // headlines capitalise every word: no evidence of a full name
                }
                if (person && (isAcronym(name) || isBrand(name) || ORGANISATION.matcher(name).find())) {
                    // "Alameda Research": then "Alameda" alone is no person either.
                    for (String word : SPACES.split(name)) {
                        organisations.add(word.toLowerCase(Locale.ROOT));
                    }
                    continue;
                }
                votes.merge(key, sentence.weight(), Double::sum);
            }
        }
        organisations.forEach(votes::remove);
        if (person) {
            otherGender(sentences, votes.keySet(), question).forEach(votes::remove);
        }
        List<Map.Entry<String, Double>> ranked = votes.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.getFirst().getValue() < 2
                || ranked.size() > 1 && ranked.getFirst().getValue() < 1.15 * ranked.get(1).getValue()) {
            return Optional.empty();
        }
        String key = ranked.getFirst().getKey();
        // The form the articles use most among those of two words or more ("Sam Bankman-Fried"), else the commonest.
        // A longer form seen once whose first word the sources also write in small letters is more likely an
        // ordinary word before the name ("Leading Everton") than a first name.
        Map<String, Boolean> ordinary = new HashMap<>();
        String fullest = forms.get(key).stream().distinct()
                .max(Comparator.comparingInt((String form) -> form.contains(" ") && (formCounts.getOrDefault(form, 0) >= 2
                                || !ordinary.computeIfAbsent(form.substring(0, form.indexOf(' ')).toLowerCase(Locale.ROOT),
                                        word -> writtenSmall(word, sentences)))
                                ? formCounts.getOrDefault(form, 0) : 0)
                        .thenComparingInt(form -> formCounts.getOrDefault(form, 0))
                        .thenComparingInt(form -> -forms.get(key).indexOf(form)))
                .orElseThrow();
        // Cite the shown articles that name it (in a quoted sentence, another of their sentences or their
        // headline); failing those, the other sources that do.
        List<String> shown = sentences.stream().filter(Sentence::chosen).map(Sentence::articleId).distinct().toList();
        List<String> naming = sentences.stream().filter(sentence -> sentence.weight() > 0)
                .filter(sentence -> names(sentence.text(), sentence.heading()).stream()
                        .anyMatch(name -> lastWord(name).equals(key)))
                .map(Sentence::articleId).distinct().toList();
        List<String> articles = naming.stream().filter(shown::contains).toList();
        if (articles.isEmpty()) {
            articles = naming.stream().limit(2).toList();
        }
        return articles.isEmpty() ? Optional.empty() : Optional.of(new Found(fullest, articles));
    }

    /** Capitalised names in {@code text}, the sentence's first word left out (it is capitalised anyway). */
    static List<String> names(String text) {
        return names(text, false);
    }

    /** In a headline every word may be capitalised, so its first word counts too. */
    static List<String> names(String text, boolean heading) {
        return NAMES.get(new Named(text, heading), named -> List.copyOf(read(text, heading)));
    }

    private record Named(String text, boolean heading) {
    }

    private static List<String> read(String text, boolean heading) {
        List<String> names = new ArrayList<>();
        int opening = text.length() - text.stripLeading().length();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            String name = TRAILING.matcher(matcher.group(1)).replaceAll("");
            if (!heading && !name.contains(" ") && matcher.start() <= opening) {
                continue; // the sentence's first word is capitalised anyway; "Lisa Su said" still names her
            }
            // "When Google", "But Altman": a capitalised ordinary word before the name is not part of it.
            while (name.contains(" ") && AnswerCues.isCommonWord(name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT))) {
                name = JOINING_WORD.matcher(name.substring(name.indexOf(' ') + 1)).replaceFirst("");
            }
            String[] words = SPACES.split(name);
            if (words.length <= MAX_NAME_WORDS && name.length() > 1) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The names the sources speak of with the other sex's pronouns than the question mostly uses ("which
     * singer … her tour"): in sentences naming only that person, "he" and "his" clearly outnumber "she"
     * and "her", or the other way round. A question using both alike asks about no sex; nothing is removed.
     */
    private static List<String> otherGender(List<Sentence> sentences, Set<String> keys, String question) {
        int askedFeminine = count(FEMININE, question);
        int askedMasculine = count(MASCULINE, question);
        if (askedFeminine == askedMasculine) {
            return List.of();
        }
        // A pronoun after the only name in its sentence, or opening the next sentence, is taken to be that person.
        Map<String, int[]> pronouns = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            if (sentence.heading()) {
                continue;
            }
            String previous = null;
            for (String part : sentence.text().split("(?<=[.!?])\\s+")) {
                List<String> named = names(part, true).stream().filter(name -> keys.contains(lastWord(name))).toList();
                Set<String> people = named.stream().map(NamedAnswer::lastWord).collect(Collectors.toSet());
                if (people.size() == 1) {
                    String after = part.substring(part.indexOf(named.getFirst()) + named.getFirst().length());
                    int[] counts = pronouns.computeIfAbsent(people.iterator().next(), k -> new int[2]);
                    counts[0] += count(FEMININE, after);
                    counts[1] += count(MASCULINE, after);
                } else if (people.isEmpty() && previous != null) {
                    Matcher opening = OPENING_PRONOUN.matcher(part);
                    if (opening.find()) {
                        pronouns.computeIfAbsent(previous, k -> new int[2])[FEMININE.matcher(opening.group()).matches() ? 0 : 1]++;
                    }
                }
                previous = people.size() == 1 ? people.iterator().next() : null;
            }
        }
        List<String> other = new ArrayList<>();
        pronouns.forEach((key, counts) -> {
            int same = askedFeminine > askedMasculine ? counts[0] : counts[1];
            int opposite = askedFeminine > askedMasculine ? counts[1] : counts[0];
            if (opposite >= 3 && opposite > 2 * same) {
                other.add(key);
            }
        });
        return other;
    }

    /**
     * True when some sentence writes {@code word} (in small letters) in small letters, as a word of its own:
     * an ordinary word, not a name. Looked up for the few first words of a name's longer forms only, rather
     * than reading every small word of the sources' whole texts.
     */
    private static boolean writtenSmall(String word, List<Sentence> sentences) {
        if (word.isEmpty() || !word.codePoints().allMatch(c -> Character.getType(c) == Character.LOWERCASE_LETTER)) {
            return false; // "x-ray", "h100": not a word of small letters alone
        }
        for (Sentence sentence : sentences) {
            String text = sentence.text();
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int end = at + word.length();
                if ((at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    /** "OpenAI", "ChatGPT": a word ending in capitals after small letters is a brand, not a person. */
    private static boolean isBrand(String name) {
        return !name.contains(" ") && BRAND.matcher(name).matches();
    }

    /** "FTX", "SBF", "AMD": all capitals — an organisation or a nickname, not a person's name. */
    private static boolean isAcronym(String name) {
        return !name.contains(" ") && name.equals(name.toUpperCase(Locale.ROOT));
    }

    private static String lastWord(String name) {
        String[] words = SPACES.split(name);
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static boolean isOutlet(String name, List<String> outlets) {
        return outlets.stream().anyMatch(outlet -> outlet.contains(name) || name.contains(outlet));
    }
}
