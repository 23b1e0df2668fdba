package dev.wafer.eval;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.wafer.corpus.Article;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.PassageSplitter;
import dev.wafer.retrieval.index.TokenCounter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a Java developer would build instead of Wafer: LangChain4j's {@link InMemoryEmbeddingStore}
 * filled through {@link EmbeddingStoreIngestor} with {@link DocumentSplitters#recursive} and queried
 * through {@link EmbeddingStoreContentRetriever}, with the same embedding model.
 *
 * <p>To be fair it gets what Wafer's passages get: every segment carries the same title, publisher
 * and date lines (added by a segment transformer, so they are embedded and scored), and the splitter
 * budget of each article is 256 tokens minus those lines, so a segment with its header is at most
 * 256 of the model's tokens, like Wafer's. Overlap is Wafer's own sentence-window overlap, so
 * neither system gets more repeated context than the other.
 */
public final class LangChainBaseline {

    /** Same top-k LangChain4j users configure for RAG; the paper scores the top 10. */
    public static final int MAX_RESULTS = 10;

    private final List<String> segments;
    private final ContentRetriever retriever;

    private LangChainBaseline(InMemoryEmbeddingStore<TextSegment> store, List<String> segments, EmbeddingModel model,
                              int maxResults) {
        this.segments = List.copyOf(segments);
        this.retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(model)
                .maxResults(maxResults)
                .build();
    }

    public static LangChainBaseline build(List<Article> articles, EmbeddingModel model, Consumer<String> progress) {
        TokenCounter tokens = new TokenCounter();
        HuggingFaceTokenCountEstimator estimator = new HuggingFaceTokenCountEstimator();
        // One ingestor per splitter budget: the budget depends on each article's header length.
        Map<Integer, List<Document>> byBudget = new TreeMap<>();
        for (Article article : articles) {
            String header = Passage.header(article.title(), article.publisher(), article.published());
            int budget = Math.max(64, PassageSplitter.DEFAULT_MAX_TOKENS - tokens.count(header) - 2);
            byBudget.computeIfAbsent(budget, b -> new ArrayList<>()).add(toDocument(article));
        }
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<String> segments = new ArrayList<>();
        int done = 0;
        for (Map.Entry<Integer, List<Document>> group : byBudget.entrySet()) {
            int overlap = Math.min(PassageSplitter.DEFAULT_OVERLAP_TOKENS, group.getKey() / 4);
            EmbeddingStoreIngestor.builder()
                    .documentSplitter(DocumentSplitters.recursive(group.getKey(), overlap, estimator))
                    .textSegmentTransformer(segment -> {
                        TextSegment withHeader = withHeader(segment);
                        segments.add(withHeader.text());
                        return withHeader;
                    })
                    .embeddingModel(model)
                    .embeddingStore(store)
                    .build()
                    .ingest(group.getValue());
            done += group.getValue().size();
            progress.accept("Baseline: " + done + "/" + articles.size() + " articles ingested");
        }
        return new LangChainBaseline(store, segments, model, MAX_RESULTS);
    }

    private static Document toDocument(Article article) {
        Metadata metadata = new Metadata()
                .put("title", article.title())
                .put("publisher", article.publisher())
                .put("url", article.url());
        if (article.published() != null) {
            metadata.put("published", article.published().toString());
        }
        return Document.from(article.body(), metadata);
    }

    private static TextSegment withHeader(TextSegment segment) {
        Metadata metadata = segment.metadata();
        String published = metadata.getString("published");
        String header = Passage.header(metadata.getString("title"), metadata.getString("publisher"),
                published == null ? null : Instant.parse(published));
        return TextSegment.from(header + segment.text(), metadata);
    }

    /** Every segment's text as stored and scored (header included). */
    public List<String> segmentTexts() {
        return segments;
    }

    public List<String> retrieve(String question) {
        return retriever.retrieve(Query.from(question)).stream().map(Content::textSegment).map(TextSegment::text).toList();
    }
}
