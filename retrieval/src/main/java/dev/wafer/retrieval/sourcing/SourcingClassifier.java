package dev.wafer.retrieval.sourcing;

/** Tells what a cited sentence rests on, reading it with the paragraph or passage around it. */
public interface SourcingClassifier {

    /**
     * @param sentence the sentence a claim is cited from
     * @param context  the paragraph or passage it stands in (may be empty); it names the person a
     *                 surname belongs to and says who declined to comment
     */
    Sourcing classify(String sentence, String context);
}
