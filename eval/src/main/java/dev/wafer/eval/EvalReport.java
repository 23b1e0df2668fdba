package dev.wafer.eval;

import java.util.Optional;

/**
 * Everything one {@code wafer eval} run measured.
 *
 * @param wafer          the product's retrieval as {@code ask} uses it
 * @param lexicalOnly    the same index, BM25 list only
 * @param denseOnly      the same index, vector list only
 * @param baseline       LangChain4j's in-memory store and retriever, when asked for
 * @param embeddingsReused true when vectors came from the cache, so index and embedding times do not measure embedding
 */
public record EvalReport(SystemReport wafer, RetrievalRun lexicalOnly, RetrievalRun denseOnly,
                         Optional<SystemReport> baseline, boolean embeddingsReused) {
}
