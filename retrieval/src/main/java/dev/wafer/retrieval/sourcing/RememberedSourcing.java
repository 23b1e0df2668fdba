package dev.wafer.retrieval.sourcing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link SourcingClassifier} that remembers what it read. A sentence's sourcing depends only on the
 * sentence and its passage, and answers asked one after another keep citing the same news; the
 * classifier's dozens of regular-expression scans were about a seventh of an answer's time on the
 * MultiHop-RAG dev questions (JFR samples). Remembered results are the classifier's own, so answers are unchanged.
 */
public final class RememberedSourcing implements SourcingClassifier {

    /**
     * Sentences whose sourcing is kept: each entry holds the sentence and its passage's text (shared
     * with the passage the answer holds), a few hundred bytes of its own, so about a megabyte in all.
     */
    private static final int REMEMBERED = 4_096;

    private final SourcingClassifier classifier;
    private final Map<Key, Sourcing> read = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Sourcing> eldest) {
            return size() > REMEMBERED;
        }
    });

    public RememberedSourcing(SourcingClassifier classifier) {
        if (classifier == null) {
            throw new IllegalArgumentException("classifier must not be null");
        }
        this.classifier = classifier;
    }

    @Override
    public Sourcing classify(String sentence, String context) {
        Key key = new Key(sentence == null ? "" : sentence, context == null ? "" : context);
        Sourcing known = read.get(key);
        if (known != null) {
            return known;
        }
        // Classified outside the lock: two answers may read one new sentence at once, and both get the same result.
        Sourcing sourcing = classifier.classify(sentence, context);
        read.put(key, sourcing);
        return sourcing;
    }

    private record Key(String sentence, String context) {
    }
}
