package dev.wafer.retrieval.index;

import dev.wafer.retrieval.cache.Remembered;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** The content words of a text as BM25 sees them: stemmed, lower-cased, stop words removed. */
public final class ContentTerms {

    private static final Analyzer ANALYZER = PassageFields.analyzer();

    private ContentTerms() {
    }

    /** The terms of {@code text}, a set the caller may change. */
    public static Set<String> of(String text) {
        return text == null ? new HashSet<>() : new HashSet<>(TERMS.get(text, read -> Set.copyOf(inOrder(PassageFields.TEXT, read))));
    }

    /**
     * Texts analysed recently: an answer weighs each of its passages' sentences, then judges its coverage by
     * the passages' whole texts, and the next answers cite much the same news. Copying a remembered set
     * costs a small part of analysing the text again.
     */
    private static final Remembered<String, Set<String>> TERMS = Remembered.upTo(8_192);

    /** The terms of {@code text} as {@code field} is analysed, in order and with repeats: what the index holds. */
    public static List<String> inOrder(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse text", e);
        }
        return terms;
    }

    /**
     * The terms of {@code text} as {@code field} is analysed, with their positions (the gaps left by stop
     * words kept), or empty when it has only stop words.
     */
    public static Optional<Phrase> phrase(String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse text", e);
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(new Phrase(terms, positions));
    }

    /**
     * {@link PassageFields#SENTENCE_TERMS} of a passage's text: each sentence's content terms, space-separated,
     * one line a sentence — what sentence focus scores without analysing the text again.
     */
    public static String perSentence(String text) {
        StringBuilder encoded = new StringBuilder();
        for (String sentence : Sentences.split(text)) {
            if (!encoded.isEmpty()) {
                encoded.append('\n');
            }
            encoded.append(String.join(" ", of(sentence)));
        }
        return encoded.toString();
    }

    /** How many of {@code wanted} occur in {@code text}'s terms. */
    public static int shared(Set<String> wanted, Set<String> text) {
        int count = 0;
        for (String term : wanted) {
            if (text.contains(term)) {
                count++;
            }
        }
        return count;
    }
}
