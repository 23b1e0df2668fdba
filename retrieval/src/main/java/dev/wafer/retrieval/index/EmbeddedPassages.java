package dev.wafer.retrieval.index;

import java.util.List;
import java.util.function.Consumer;

/** Passages kept with their vectors, readable in batches: what a corpus is copied from without embedding it again. */
public interface EmbeddedPassages {

    /** How many passages there are. */
    int size();

    /** Every passage with its vector, {@code batch} at a time. */
    void forEachEmbedded(int batch, Consumer<List<EmbeddedPassage>> action);
}
