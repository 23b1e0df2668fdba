package dev.wafer.retrieval.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The content words of a text as BM25 sees them: stemmed, lower-cased, stop words removed. */
public final class ContentTerms {

    private static final Analyzer ANALYZER = PassageFields.analyzer();

    private ContentTerms() {
    }

    public static Set<String> of(String text) {
        Set<String> terms = new HashSet<>();
        if (text == null) {
            return terms;
        }
        try (TokenStream stream = ANALYZER.tokenStream(PassageFields.TEXT, text)) {
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
