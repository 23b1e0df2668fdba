package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.SearchView;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Sentence-focus scores of candidate passages ({@link SentenceFocus}), computed once per passage per
 * search from the sentence terms the index keeps; where it keeps none, from the passage's text, and the
 * passages read that way are kept for the results.
 */
final class SentenceScores {

    private final SentenceFocus focus;
    private final SearchView view;
    private final Map<Integer, Passage> passages = new HashMap<>();
    private final Map<Integer, Double> scores = new HashMap<>();

    SentenceScores(SentenceFocus focus, SearchView view) {
        this.focus = focus;
        this.view = view;
    }

    /** How many passages have been scored so far. */
    int scored() {
        return scores.size();
    }

    /** Passages already read while scoring, by document number. */
    Map<Integer, Passage> passagesRead() {
        return passages;
    }

    double score(int doc) throws IOException {
        Double known = scores.get(doc);
        if (known != null) {
            return known;
        }
        String terms = view.sentenceTerms(doc);
        double score;
        if (terms != null) {
            score = focus.bestStoredSentence(terms);
        } else {
            Passage passage = view.passage(doc);
            if (passage == null) {
                score = 0; // gone since the list was made
            } else {
                passages.put(doc, passage);
                score = focus.bestSentence(passage.text());
            }
        }
        scores.put(doc, score);
        return score;
    }
}
