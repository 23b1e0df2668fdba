package dev.wafer.eval;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.ArticleFiles;
import dev.wafer.corpus.source.ImportDefaults;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.search.SearchOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A developer's tool, not a test: measures many search settings against one indexed data folder, so
 * ranking experiments need neither re-import nor re-embedding. Run with the test classpath:
 * {@code Experiments CORPUS QUERIES DATA_DIR CACHE_FILE [reindex] VARIANT...}, where a variant is
 * {@code name:key=value,...} over the keys of {@link #parse}. With the environment variable {@code LAT}
 * set it also times each variant: a question's embedding alone, the index work given its vector, and a
 * whole search embedding it afresh — the split that shows where a search's time goes. Questions are the dev split only; the
 * product's defaults are chosen from settings that help across question types, never per question.
 */
public final class Experiments {

    private Experiments() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        List<EvalQuery> queries = EvalQueries.read(Path.of(args[1]));
        MeasuredEmbeddingModel model = new MeasuredEmbeddingModel(NewsLibrary.sharedEmbedder().get().model(),
                Path.of(args[3]));
        int first = 4;
        boolean reindex = args.length > first && args[first].equals("reindex");
        if (reindex) {
            first++;
        }
        // "noinstr": embed questions without BGE's retrieval instruction.
        boolean instruct = !(args.length > first && args[first].equals("noinstr"));
        if (!instruct) {
            first++;
        }
        Embedder embedder = new Embedder(model, instruct);
        NewsLibrary.Options options = NewsLibrary.Options.defaults().withStarter(false).withEmbedder(() -> embedder);
        try (NewsLibrary library = NewsLibrary.open(DataFolder.open(Path.of(args[2])), options)) {
            List<Article> articles = ArticleFiles.read(corpus, ImportDefaults.NONE, Instant.now());
            library.ingest(articles, (done, total) -> { });
            if (reindex) {
                library.reindex((done, total) -> { });
            }
            model.save();
            System.out.printf("%d passages (%d embedded now, %d reused)%n", library.passages().size(),
                    model.embeddedTexts(), model.reusedTexts());
            for (int i = first; i < args.length; i++) {
                String[] named = args[i].split(":", 2);
                SearchOptions settings = parse(named.length > 1 ? named[1] : "");
                RetrievalRun run = RetrievalRun.of(named[0], Evaluation.retriever(library.searcher(settings)), queries,
                        10, line -> { });
                StringBuilder types = new StringBuilder();
                run.byType().forEach((type, m) -> types.append(String.format(Locale.ROOT, " %s %.3f/%.3f/%.3f",
                        type.substring(0, 4), m.hitsAt4(), m.hitsAt10(), m.mrrAt10())));
                Metrics m = run.overall();
                System.out.printf(Locale.ROOT, "%-14s H4 %.4f H10 %.4f MRR %.4f MAP %.4f p50 %.1fms |%s%n", named[0],
                        m.hitsAt4(), m.hitsAt10(), m.mrrAt10(), m.mapAt10(), run.latencies().p50Ms(), types);
            }
            model.save();
            if (System.getenv("LAT") != null) {
                latency(library, model, embedder, queries, args, first);
            }
            if (System.getenv("MISSES") != null) {
                misses(library, parse(System.getenv("MISSES")), queries);
            }
            if (System.getenv("DUMP") != null) {
                dump(library, parse(System.getenv("DUMP")), queries);
            }
        }
    }

    /**
     * With LAT set: per variant, p50 of embedding a question alone, of the index work given its vector,
     * and of a whole search embedding it afresh (questions padded with spaces so no cache answers).
     */
    private static void latency(NewsLibrary library, MeasuredEmbeddingModel model, Embedder embedder,
                                List<EvalQuery> queries, String[] args, int first) {
        model.reuse(false);
        for (int i = first; i < args.length; i++) {
            String[] named = args[i].split(":", 2);
            var searcher = library.searcher(parse(named.length > 1 ? named[1] : ""));
            String pad = " ".repeat(i + 1);
            List<Double> embed = new java.util.ArrayList<>();
            List<Double> index = new java.util.ArrayList<>();
            List<Double> whole = new java.util.ArrayList<>();
            for (EvalQuery query : queries) {
                long t0 = System.nanoTime();
                float[] vector = model.embed(embedder.queryInput(query.text() + pad + " ")).content().vector();
                long t1 = System.nanoTime();
                searcher.search(query.text(), vector, 10);
                long t2 = System.nanoTime();
                searcher.search(query.text() + pad, 10);
                long t3 = System.nanoTime();
                embed.add((t1 - t0) / 1e6);
                index.add((t2 - t1) / 1e6);
                whole.add((t3 - t2) / 1e6);
            }
            System.out.printf(Locale.ROOT, "%-14s LAT embed %.1f index %.1f whole %.1f (p50 ms; whole p95 %.1f)%n",
                    named[0], p(embed, 0.5), p(index, 0.5), p(whole, 0.5), p(whole, 0.95));
        }
    }

    private static double p(List<Double> values, double q) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
    }

    /** Prints, for questions whose first relevant passage is not at rank 1, what ranked above it. */
    private static void dump(NewsLibrary library, SearchOptions settings, List<EvalQuery> queries) {
        var searcher = library.searcher(settings);
        for (EvalQuery query : queries) {
            if (!query.scored()) {
                continue;
            }
            var hits = searcher.search(query.text(), 10);
            List<String> texts = hits.stream().map(hit -> hit.passage().contextText()).toList();
            List<Integer> relevant = Relevance.relevantRanks(texts, query.facts());
            if (!relevant.isEmpty() && relevant.getFirst() == 1) {
                continue;
            }
            System.out.println("Q " + query.type() + " " + query.text() + "  relevant at " + relevant);
            for (int i = 0; i < Math.min(4, hits.size()); i++) {
                var p = hits.get(i).passage();
                System.out.printf("   %d %s | %s | %s | L%d D%d%n", i + 1, p.publisher(), p.dateLabel(), p.title(),
                        hits.get(i).lexicalRank(), hits.get(i).denseRank());
            }
        }
    }

    /**
     * Why questions miss rank 1: the first passage comes from an article holding a gold fact (the
     * article was found, the passage was not), or from an article holding none (the wrong story).
     */
    private static void misses(NewsLibrary library, SearchOptions settings, List<EvalQuery> queries) {
        var searcher = library.searcher(settings);
        java.util.Map<String, String> articleText = new java.util.HashMap<>();
        for (var passage : library.passages().all()) {
            articleText.merge(passage.articleId(), Relevance.squeeze(passage.contextText()), String::concat);
        }
        int scored = 0;
        int first = 0;
        int rightArticle = 0;
        int wrongArticle = 0;
        int none = 0;
        java.util.Map<String, int[]> byType = new java.util.TreeMap<>();
        for (EvalQuery query : queries) {
            if (!query.scored()) {
                continue;
            }
            scored++;
            var hits = searcher.search(query.text(), 10);
            List<Integer> relevant = Relevance.relevantRanks(hits.stream().map(h -> h.passage().contextText()).toList(),
                    query.facts());
            int[] counts = byType.computeIfAbsent(query.type(), t -> new int[5]);
            if (!relevant.isEmpty() && relevant.getFirst() == 1) {
                first++;
                counts[0]++;
                continue;
            }
            if (relevant.isEmpty()) {
                boolean factArticleShown = hits.stream().map(h -> h.passage().articleId()).distinct()
                        .anyMatch(id -> query.facts().stream().anyMatch(f -> articleText.get(id).contains(Relevance.squeeze(f))));
                counts[factArticleShown ? 3 : 4]++;
            }
            if (hits.isEmpty()) {
                none++;
                continue;
            }
            String text = articleText.get(hits.getFirst().passage().articleId());
            boolean holdsFact = query.facts().stream().anyMatch(f -> text.contains(Relevance.squeeze(f)));
            if (holdsFact) {
                rightArticle++;
                counts[1]++;
            } else {
                wrongArticle++;
                counts[2]++;
            }
        }
        System.out.printf(Locale.ROOT, "MISSES of %d: rank 1 relevant %d; right article wrong passage %d; "
                + "article without a fact %d; nothing %d%n", scored, first, rightArticle, wrongArticle, none);
        byType.forEach((type, c) -> System.out.printf(Locale.ROOT, "  %s: rank1 %d, right article %d, wrong %d;"
                + " nothing relevant in the top 10 although a fact's article is there %d, nor its article %d%n",
                type, c[0], c[1], c[2], c[3], c[4]));
    }

    /** Keys: lw, dw, rrf, tb, pb, mpa, hint, k1, b, cand; unnamed keys keep the product's defaults. */
    static SearchOptions parse(String spec) {
        SearchOptions o = SearchOptions.DEFAULTS;
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=");
            double v = Double.parseDouble(kv[1]);
            o = switch (kv[0]) {
                case "lw" -> o.withWeights(v, o.denseWeight());
                case "dw" -> o.withWeights(o.lexicalWeight(), v);
                case "rrf" -> o.withRrfK((int) v);
                case "tb" -> o.withBoosts((float) v, o.publisherBoost());
                case "pb" -> o.withBoosts(o.titleBoost(), (float) v);
                case "mpa" -> o.withMaxPerArticle((int) v);
                case "hint" -> o.withHintWeight(v);
                case "k1" -> o.withBm25((float) v, o.bm25B());
                case "b" -> o.withBm25(o.bm25K1(), (float) v);
                case "sent" -> o.withSentenceWeight(v);
                case "cand" -> o.withCandidates((int) v);
                default -> throw new IllegalArgumentException("unknown key " + kv[0]);
            };
        }
        return o;
    }
}
