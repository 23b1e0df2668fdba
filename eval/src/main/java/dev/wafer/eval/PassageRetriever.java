package dev.wafer.eval;

import java.util.List;

/** A system under evaluation: the texts of its best passages for a question, best first, as they are scored. */
@FunctionalInterface
public interface PassageRetriever {

    List<String> retrieve(String question, int limit);
}
