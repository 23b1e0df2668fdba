package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.Sentences;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How well a passage's best single sentence matches a question: the summed inverse document
 * frequency of the question's content words that sentence contains. Evidence for a claim is
 * usually one sentence, so this separates the passage that states the answer from passages of the
 * same article that merely share its topic.
 */
final class SentenceFocus {

    private final Map<String, Double> idf;

    private SentenceFocus(Map<String, Double> idf) {
        this.idf = idf;
    }

    static SentenceFocus of(String question, IndexReader reader) throws IOException {
        int documents = Math.max(1, reader.numDocs());
        Map<String, Double> idf = new HashMap<>();
        for (String term : ContentTerms.of(question)) {
            int df = reader.docFreq(new Term(PassageFields.TEXT, term));
            idf.put(term, Math.log(1 + (documents - df + 0.5) / (df + 0.5)));
        }
        return new SentenceFocus(idf);
    }

    /** From the terms stored at index time ({@link PassageFields#SENTENCE_TERMS}): no analysis needed. */
    double bestStoredSentence(String sentenceTerms) {
        double best = 0;
        for (String sentence : sentenceTerms.split("\n")) {
            double score = 0;
            for (String term : sentence.split(" ")) {
                Double weight = idf.get(term);
                if (weight != null) {
                    score += weight;
                }
            }
            best = Math.max(best, score);
        }
        return best;
    }

    double bestSentence(String text) {
        double best = 0;
        for (String sentence : Sentences.split(text)) {
            double score = 0;
            Set<String> terms = ContentTerms.of(sentence);
            for (Map.Entry<String, Double> term : idf.entrySet()) {
                if (terms.contains(term.getKey())) {
                    score += term.getValue();
                }
            }
            best = Math.max(best, score);
        }
        return best;
    }
}
