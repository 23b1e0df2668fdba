package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.PassageIndex;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;

/**
 * Sentence-focus scores of candidate passages ({@link SentenceFocus}), computed once per passage per
 * search. The sentence terms are read from doc values, so scoring a candidate decompresses no stored
 * document; indexes written before the terms were doc values fall back to the stored copy, and the
 * passages read that way are kept for the results.
 */
final class SentenceScores {

    private final SentenceFocus focus;
    private final IndexReader reader;
    private final StoredFields fields;
    private final Map<Integer, Passage> passages = new HashMap<>();
    private final Map<Integer, Double> scores = new HashMap<>();

    SentenceScores(SentenceFocus focus, IndexReader reader, StoredFields fields) {
        this.focus = focus;
        this.reader = reader;
        this.fields = fields;
    }

    /** How many passages have been scored so far. */
    int scored() {
        return scores.size();
    }

    /** Passages already read from stored fields while scoring, by document number. */
    Map<Integer, Passage> passagesRead() {
        return passages;
    }

    double score(int doc) throws IOException {
        Double known = scores.get(doc);
        if (known != null) {
            return known;
        }
        String terms = sentenceTerms(doc);
        double score;
        if (terms != null) {
            score = focus.bestStoredSentence(terms);
        } else {
            Document document = fields.document(doc);
            Passage passage = PassageIndex.toPassage(document);
            passages.put(doc, passage);
            String stored = document.get(PassageFields.SENTENCE_TERMS);
            score = stored != null ? focus.bestStoredSentence(stored) : focus.bestSentence(passage.text());
        }
        scores.put(doc, score);
        return score;
    }

    private String sentenceTerms(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = leaf.reader().getBinaryDocValues(PassageFields.SENTENCE_TERMS);
        return values != null && values.advanceExact(doc - leaf.docBase) ? values.binaryValue().utf8ToString() : null;
    }
}
