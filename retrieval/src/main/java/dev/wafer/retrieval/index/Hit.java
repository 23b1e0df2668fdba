package dev.wafer.retrieval.index;

/**
 * One passage in a ranked candidate list.
 *
 * @param doc   the number the view handed out for the passage; it means that passage for the view's life only
 * @param score BM25's score for a lexical list; for a vector list, cosine's (1 + cos) / 2
 */
public record Hit(int doc, float score) {
}
