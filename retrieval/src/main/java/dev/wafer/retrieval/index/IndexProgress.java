package dev.wafer.retrieval.index;

/** Told how far a long indexing job has come, e.g. to print progress on stderr. */
@FunctionalInterface
public interface IndexProgress {

    IndexProgress NONE = (done, total) -> { };

    void passagesEmbedded(int done, int total);
}
