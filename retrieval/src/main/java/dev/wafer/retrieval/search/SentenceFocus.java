package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.Sentences;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How well a passage's best single sentence matches a question. Evidence for a claim is usually one
 * sentence, so this separates the passage that states the answer from passages of the same article
 * that merely share its topic.
 *
 * <p>A sentence scores the summed inverse document frequency of the question's content words it
 * contains, plus the same sum over the one clause of the question it matches best. Questions about
 * news often join several claims ("Did X report A, while Y suggests B?"), each stated by a different
 * source; the clause term rewards the sentence that states one claim in full over a sentence that
 * touches words scattered over all of them.
 */
final class SentenceFocus {

    /** Where a question's claims part: punctuation and the conjunctions that join claims. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:?!()]|\\b(?:and|while|whereas|but|or|respectively)\\b");
    /** A clause needs this many content words to stand on its own; shorter ones join their neighbour. */
    private static final int MIN_CLAUSE_TERMS = 3;

    private final Map<String, Double> idf;
    private final List<Set<String>> clauses;

    private SentenceFocus(Map<String, Double> idf, List<Set<String>> clauses) {
        this.idf = idf;
        this.clauses = clauses;
    }

    static SentenceFocus of(String question, IndexReader reader) throws IOException {
        int documents = Math.max(1, reader.numDocs());
        Map<String, Double> idf = new HashMap<>();
        for (String term : ContentTerms.of(question)) {
            int df = reader.docFreq(new Term(PassageFields.TEXT, term));
            idf.put(term, Math.log(1 + (documents - df + 0.5) / (df + 0.5)));
        }
        return new SentenceFocus(idf, clauses(question));
    }

    /** The content words of each claim in the question, in order. */
    static List<Set<String>> clauses(String question) {
        List<Set<String>> clauses = new ArrayList<>();
        for (String part : CLAUSE_BREAK.split(question)) {
            Set<String> terms = ContentTerms.of(part);
            if (terms.isEmpty()) {
                continue;
            }
            if (terms.size() < MIN_CLAUSE_TERMS && !clauses.isEmpty()) {
                clauses.getLast().addAll(terms);
            } else {
                clauses.add(new HashSet<>(terms));
            }
        }
        if (clauses.size() > 1 && clauses.getFirst().size() < MIN_CLAUSE_TERMS) {
            clauses.get(1).addAll(clauses.removeFirst());
        }
        return clauses;
    }

    /** From the terms stored at index time ({@link PassageFields#SENTENCE_TERMS}): no analysis needed. */
    double bestStoredSentence(String sentenceTerms) {
        double best = 0;
        for (String sentence : sentenceTerms.split("\n")) {
            best = Math.max(best, score(new HashSet<>(Arrays.asList(sentence.split(" ")))));
        }
        return best;
    }

    double bestSentence(String text) {
        double best = 0;
        for (String sentence : Sentences.split(text)) {
            best = Math.max(best, score(ContentTerms.of(sentence)));
        }
        return best;
    }

    private double score(Set<String> sentence) {
        double best = 0;
        for (Set<String> clause : clauses) {
            best = Math.max(best, matched(clause, sentence));
        }
        return best + matched(idf.keySet(), sentence);
    }

    private double matched(Set<String> wanted, Set<String> sentence) {
        double sum = 0;
        for (String term : wanted) {
            if (sentence.contains(term)) {
                sum += idf.getOrDefault(term, 0.0);
            }
        }
        return sum;
    }
}
