package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.Sentences;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
        double[] perClause = new double[clauses.size()];
        int start = 0;
        while (start <= sentenceTerms.length()) {
            int end = sentenceTerms.indexOf('\n', start);
            if (end < 0) {
                end = sentenceTerms.length();
            }
            // Stored sentence terms are distinct, so each is counted once without building a set.
            best = Math.max(best, score(Arrays.asList(sentenceTerms.substring(start, end).split(" ")), perClause));
            start = end + 1;
        }
        return best;
    }

    double bestSentence(String text) {
        double best = 0;
        double[] perClause = new double[clauses.size()];
        for (String sentence : Sentences.split(text)) {
            best = Math.max(best, score(ContentTerms.of(sentence), perClause));
        }
        return best;
    }

    /** @param terms a sentence's distinct content terms */
    private double score(Collection<String> terms, double[] perClause) {
        Arrays.fill(perClause, 0);
        double whole = 0;
        for (String term : terms) {
            Double weight = idf.get(term);
            if (weight == null) {
                continue;
            }
            whole += weight;
            for (int c = 0; c < clauses.size(); c++) {
                if (clauses.get(c).contains(term)) {
                    perClause[c] += weight;
                }
            }
        }
        double bestClause = 0;
        for (double clause : perClause) {
            bestClause = Math.max(bestClause, clause);
        }
        // Rounded so that equal sentences score exactly equal whatever order their terms were summed in:
        // ties are then broken by the fused ranking, not by the last bits of a sum.
        return Math.rint((bestClause + whole) * 1e9) / 1e9;
    }
}
