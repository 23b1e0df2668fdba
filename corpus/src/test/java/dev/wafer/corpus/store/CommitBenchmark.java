package dev.wafer.corpus.store;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.source.ArticleFiles;
import dev.wafer.corpus.source.ImportDefaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * Times a one-article commit to the embedded article store holding a corpus (MultiHop-RAG's 609
 * articles, copied {@code COPIES} times under new addresses), statistics included, against the same
 * commit followed by what the statistics cost when they read every stored document's date (how the
 * store computed them before), measured in the same process on the same index. A benchmark, not a
 * test: run with {@code bin/commit-benchmark [CORPUS.jsonl] [COPIES] [ROUNDS]}.
 */
public final class CommitBenchmark {

    private CommitBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/eval/multihop/corpus.jsonl");
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        if (!Files.isRegularFile(corpus)) {
            System.err.println("No corpus at " + corpus + "; give the MultiHop-RAG corpus.jsonl as the first argument");
            System.exit(2);
        }
        Instant imported = Instant.parse("2026-01-01T00:00:00Z");
        List<Article> source = ArticleFiles.read(corpus, ImportDefaults.NONE, imported);
        List<Article> articles = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (Article article : source) {
                articles.add(copy == 0 ? article : Article.of(article.url() + "?copy=" + copy, article.title(),
                        article.publisher(), article.author(), article.published(), article.body(), imported));
            }
        }
        Path folder = Files.createTempDirectory("wafer-commit-benchmark");
        try (LuceneArticleStore store = LuceneArticleStore.open(folder);
             FSDirectory directory = FSDirectory.open(folder)) {
            store.upsert(articles);
            Article changing = articles.getFirst();
            long[] commits = new long[rounds];
            long[] walks = new long[rounds];
            DirectoryReader reader = DirectoryReader.open(directory);
            for (int round = 0; round < rounds; round++) {
                Article revised = Article.of(changing.url(), changing.title(), changing.publisher(), changing.author(),
                        changing.published(), changing.body() + " Revision " + round + ".", imported);
                long start = System.nanoTime();
                store.upsert(List.of(revised));
                commits[round] = System.nanoTime() - start;
                DirectoryReader newer = DirectoryReader.openIfChanged(reader);
                if (newer != null) {
                    reader.close();
                    reader = newer;
                }
                start = System.nanoTime();
                walkDates(reader);
                walks[round] = System.nanoTime() - start;
            }
            reader.close();
            double commit = median(commits);
            double walk = median(walks);
            System.out.printf(Locale.ROOT, "Article store of %d articles (%s x %d), %d one-article commits:%n",
                    store.stats().articles(), corpus.getFileName(), copies, rounds);
            System.out.printf(Locale.ROOT, "  commit with statistics from counts and a date-sorted search: median %.2f ms%n",
                    commit);
            System.out.printf(Locale.ROOT, "  a read of every stored document's date (the earlier statistics): median %.2f ms%n",
                    walk);
            System.out.printf(Locale.ROOT, "  commit time, earlier / now: %.2fx%n", (commit + walk) / commit);
        } finally {
            try (var paths = Files.walk(folder)) {
                paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Reads every live document's publication date, as the statistics once did after each commit. */
    private static long walkDates(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields fields = searcher.storedFields();
        long dated = 0;
        for (ScoreDoc hit : searcher.search(MatchAllDocsQuery.INSTANCE, Math.max(1, reader.numDocs())).scoreDocs) {
            Document document = fields.document(hit.doc, Set.of(ArticleFields.PUBLISHED, ArticleFields.ID));
            if (document.getField(ArticleFields.PUBLISHED) != null) {
                dated++;
            }
        }
        return dated;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
