package dev.wafer.retrieval.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One search's consistent view of the passages, whichever engine holds them: the embedded Lucene
 * index or a search cluster. The search steps ask it for ranked lists in Wafer's terms
 * ({@link CandidateQuery}) and read passages back by the document numbers it hands out; a number
 * means one passage for the life of the view only. How a view talks to its engine — what it fetches
 * together, what it keeps between searches — is its own business.
 */
public interface SearchView {

    /** How many passages the index holds. */
    int passageCount();

    /** How many passages hold each of {@code terms} (already analysed) in their text and in their headline. */
    TermCounts termCounts(Collection<String> terms) throws IOException;

    /** The list {@code query} asks for, best first. */
    List<Hit> candidates(CandidateQuery query) throws IOException;

    /**
     * The {@code count} passages nearest to {@code vector} within each of {@code filters}, one list per
     * filter in their order.
     */
    default List<List<Hit>> nearestWithin(float[] vector, List<PassageFilter> filters, int count) throws IOException {
        List<List<Hit>> lists = new ArrayList<>();
        for (PassageFilter filter : filters) {
            lists.add(candidates(new CandidateQuery.Nearest(vector, filter, count)));
        }
        return lists;
    }

    /**
     * The passages of {@code docs} are the ones the search reads next ({@link #passage},
     * {@link #sentenceTerms}); a view on a remote engine fetches them in one request.
     */
    default void willRead(List<Integer> docs) throws IOException {
    }

    /**
     * The passage a list handed out as {@code doc}, or null when it is gone since: on a shared corpus
     * another process may delete it between the list and the read, and the search goes on without it.
     */
    Passage passage(int doc) throws IOException;

    /**
     * The passage's sentences as content terms ({@link ContentTerms#perSentence}), one line a
     * sentence, or null when the index does not keep them (or the passage is gone).
     */
    String sentenceTerms(int doc) throws IOException;

    /** The outlets and years of the passages (read once per index version where the engine can tell). */
    IndexFacts facts() throws IOException;

    /** Work done in one view. */
    @FunctionalInterface
    interface Work<T> {
        T run(SearchView view) throws IOException;
    }
}
