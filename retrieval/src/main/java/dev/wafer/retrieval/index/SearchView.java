package dev.wafer.retrieval.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * One search's consistent view of the passages, whichever engine holds them: the embedded Lucene
 * index or a search cluster. The search steps ask it for ranked lists and read passages back by the
 * document numbers it hands out; a number means one passage for the life of the view only.
 *
 * <p>Queries are Lucene queries over {@link PassageFields}' fields, built by the search steps with
 * {@link PassageFields#analyzer()}; a cluster view translates them to its engine.
 */
public interface SearchView {

    /** How many passages the index holds. */
    int passageCount();

    /**
     * The question's analysed terms, which the search will ask {@link #docFreq} of in the text and headline
     * fields: a view on a remote engine fetches them in one request.
     */
    default void expectTerms(Set<String> terms) {
    }

    /** How many passages hold {@code term} (already analysed) in {@code field}. */
    long docFreq(String field, String term) throws IOException;

    /** BM25's best {@code count} passages for {@code query}, best first. */
    List<ScoreDoc> top(Query query, int count) throws IOException;

    /**
     * The {@code count} passages nearest to {@code vector}, within {@code filter} when it is not null;
     * scores are cosine's (1 + cos) / 2.
     */
    List<ScoreDoc> nearest(float[] vector, Query filter, int count) throws IOException;

    /** {@link #nearest} within each of {@code filters}, one list per filter in their order. */
    default List<List<ScoreDoc>> nearestWithin(float[] vector, List<Query> filters, int count) throws IOException {
        List<List<ScoreDoc>> lists = new ArrayList<>();
        for (Query filter : filters) {
            lists.add(nearest(vector, filter, count));
        }
        return lists;
    }

    /**
     * The passages of {@code docs} will be read soon ({@link #passage}, {@link #sentenceTerms}): a view on
     * a remote engine fetches them in one request instead of with each list or one by one.
     */
    default void prefetch(List<Integer> docs) throws IOException {
    }

    /**
     * Whether reading passages costs a round trip to another machine (a cluster), so that reading them all
     * in one {@link #prefetch} is worth more than reading some early, while the question is embedded.
     */
    default boolean readsRemotely() {
        return false;
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
