package dev.wafer.retrieval.search;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;

/**
 * Wafer's hybrid Lucene search as a LangChain4j {@link ContentRetriever}, so LangChain4j's RAG
 * pieces (augmentors, aggregators, AI services) can use it unchanged. Each {@link Content} carries
 * url, title, publisher, published date and similarity in its segment metadata ({@link ContentFields})
 * and the fused score as {@code ContentMetadata.SCORE}.
 */
public final class LuceneContentRetriever implements ContentRetriever {

    private final HybridSearcher searcher;
    private final int maxResults;

    public LuceneContentRetriever(HybridSearcher searcher, int maxResults) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be positive, was " + maxResults);
        }
        this.searcher = searcher;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        return searcher.search(query.text(), maxResults).stream().map(ContentFields::toContent).toList();
    }
}
