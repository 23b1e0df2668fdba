package dev.wafer.corpus.source;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.store.UpsertResult;
import java.util.Collection;

/**
 * Where fetched articles go: in the product, the news library, which stores them and indexes their
 * passages, each in one atomic commit. Questions are answered meanwhile from the last commit.
 */
@FunctionalInterface
public interface ArticleSink {

    UpsertResult ingest(Collection<Article> articles);
}
