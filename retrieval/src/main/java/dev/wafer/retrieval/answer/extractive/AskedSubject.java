package dev.wafer.retrieval.answer.extractive;

import dev.wafer.retrieval.question.QuestionReading;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a question is about, as the things it names (see {@link QuestionReading#named()}) less the outlets
 * it names as sources. A text is about it when it names every one of them, by any of the chip lexicon's
 * names for each: "Has Super Micro filed its 10-K yet?" is about Super Micro Computer and its annual
 * report, so "Supermicro filed its long-delayed annual report" is about it and a newer report of another
 * company's filing is not.
 *
 * @param names the things named, each under the one name {@link QuestionReading#named()} keeps, lower case
 */
record AskedSubject(Set<String> names) {

    AskedSubject {
        names = Set.copyOf(names);
    }

    static AskedSubject of(QuestionReading reading) {
        Set<String> names = new TreeSet<>(reading.named());
        // "What did Reuters report …" names Reuters as the source, not as what the news is about.
        for (String outlet : reading.outlets()) {
            for (String word : outlet.toLowerCase(Locale.ROOT).split("\\s+")) {
                names.remove(word);
            }
        }
        return new AskedSubject(names);
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** True when {@code text} (a sentence with its headline) names everything the question names. */
    boolean namedIn(String text) {
        Set<String> named = QuestionReading.named(text);
        String lower = text.toLowerCase(Locale.ROOT);
        // A name opening the text is not read as capitalised (every sentence opens with a capital): look for the word.
        return names.stream().allMatch(name -> named.contains(name)
                || Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(lower).find());
    }
}
