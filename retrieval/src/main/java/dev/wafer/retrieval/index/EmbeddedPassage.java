package dev.wafer.retrieval.index;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.store.ArticleStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A passage ready to index, wherever the index is: its text, the fingerprint of the article version it
 * was cut from, and its vector.
 */
public record EmbeddedPassage(Passage passage, String articleFingerprint, float[] vector) {

    /** Embedding in batches bounds memory and lets progress be reported during a long rebuild. */
    private static final int EMBED_BATCH = 64;

    /**
     * Cuts {@code articles} into passages and embeds them, reporting progress batch by batch. The model is
     * asked for only when there is something to embed: loading it takes a second and much memory.
     */
    public static List<EmbeddedPassage> of(Collection<Article> articles, PassageSplitter splitter,
                                           Supplier<Embedder> embedder, IndexProgress progress) {
        List<Passage> passages = new ArrayList<>();
        Map<String, String> fingerprints = new HashMap<>();
        for (Article article : articles) {
            passages.addAll(splitter.split(article));
            fingerprints.put(article.id(), ArticleStore.fingerprint(article));
        }
        List<EmbeddedPassage> embedded = new ArrayList<>(passages.size());
        for (int start = 0; start < passages.size(); start += EMBED_BATCH) {
            List<Passage> batch = passages.subList(start, Math.min(passages.size(), start + EMBED_BATCH));
            List<float[]> vectors = embedder.get().embedPassages(batch.stream().map(Passage::contextText).toList());
            for (int i = 0; i < batch.size(); i++) {
                Passage passage = batch.get(i);
                embedded.add(new EmbeddedPassage(passage, fingerprints.get(passage.articleId()), vectors.get(i)));
            }
            progress.passagesEmbedded(embedded.size(), passages.size());
        }
        return embedded;
    }
}
