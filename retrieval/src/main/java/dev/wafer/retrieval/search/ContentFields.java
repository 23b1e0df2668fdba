package dev.wafer.retrieval.search;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.wafer.retrieval.index.Passage;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata keys Wafer puts on every retrieved {@link Content}, and the conversions both ways, so
 * composers read sources through LangChain4j's types without knowing about Lucene.
 */
public final class ContentFields {

    public static final String URL = "url";
    public static final String TITLE = "title";
    public static final String PUBLISHER = "publisher";
    /** ISO-8601 instant; absent when the article is undated. */
    public static final String PUBLISHED = "published";
    public static final String ARTICLE_ID = "article_id";
    public static final String PASSAGE_ID = "passage_id";
    /** Cosine similarity of question and passage, when known. */
    public static final String SIMILARITY = "similarity";

    private ContentFields() {
    }

    public static Content toContent(ScoredPassage hit) {
        Passage passage = hit.passage();
        Metadata metadata = new Metadata()
                .put(URL, passage.url())
                .put(TITLE, passage.title())
                .put(PUBLISHER, passage.publisher())
                .put(ARTICLE_ID, passage.articleId())
                .put(PASSAGE_ID, passage.id());
        if (passage.published() != null) {
            metadata.put(PUBLISHED, passage.published().toString());
        }
        if (!Double.isNaN(hit.similarity())) {
            metadata.put(SIMILARITY, hit.similarity());
        }
        return Content.from(TextSegment.from(passage.text(), metadata), Map.of(ContentMetadata.SCORE, hit.score()));
    }

    public static String url(Content content) {
        return content.textSegment().metadata().getString(URL);
    }

    public static String title(Content content) {
        return content.textSegment().metadata().getString(TITLE);
    }

    public static String publisher(Content content) {
        return content.textSegment().metadata().getString(PUBLISHER);
    }

    public static String articleId(Content content) {
        return content.textSegment().metadata().getString(ARTICLE_ID);
    }

    public static Optional<Instant> published(Content content) {
        return Optional.ofNullable(content.textSegment().metadata().getString(PUBLISHED)).map(Instant::parse);
    }

    public static Optional<Double> similarity(Content content) {
        return Optional.ofNullable(content.textSegment().metadata().getDouble(SIMILARITY));
    }
}
