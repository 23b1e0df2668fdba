package dev.wafer.retrieval.sourcing;

import dev.wafer.retrieval.cache.Remembered;

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

    /**
     * The attribution cues' readings, shared by the whole process: an answer's sentences are read for the
     * independent-report count, then again for the answer's sourcing notes, timelines and digests.
     */
    private static final SourcingClassifier ATTRIBUTION_CUES = new RememberedSourcing(new AttributionCues());

    private final SourcingClassifier classifier;
    private final Remembered<Key, Sourcing> read = Remembered.upTo(REMEMBERED);

    public RememberedSourcing(SourcingClassifier classifier) {
        if (classifier == null) {
            throw new IllegalArgumentException("classifier must not be null");
        }
        this.classifier = classifier;
    }

    /** {@link AttributionCues}, remembering its readings for every caller in the process. */
    public static SourcingClassifier attributionCues() {
        return ATTRIBUTION_CUES;
    }

    @Override
    public Sourcing classify(String sentence, String context) {
        return read.get(new Key(sentence == null ? "" : sentence, context == null ? "" : context),
                key -> classifier.classify(sentence, context));
    }

    private record Key(String sentence, String context) {
    }
}
