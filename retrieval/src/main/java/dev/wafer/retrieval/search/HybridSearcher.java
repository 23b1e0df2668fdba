package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.PassageIndex;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.NumericUtils;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.VectorScorer;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.util.QueryBuilder;

/**
 * BM25 over body, headline and outlet, and approximate nearest-neighbour search over passage
 * vectors, fused by weighted reciprocal-rank fusion, then re-ranked by each candidate's best-matching
 * sentence ({@link SentenceFocus}). When the question names outlets or days ({@link QuestionHints}),
 * each of them, and each outlet and day named together, adds a BM25 and a vector list restricted to
 * it, so every named source is represented in the fusion.
 *
 * <p>Why RRF: BM25 scores and cosine similarities live on unrelated scales that shift with every
 * query; ranks do not, so fusing ranks needs no per-query normalisation and is robust when one list
 * is empty (a question of only stop words, an index without vectors).
 */
public final class HybridSearcher {

    /** Analyzers are thread-safe and reuse their token streams: one per process, not one per question. */
    private static final QueryBuilder QUERIES = new QueryBuilder(PassageFields.analyzer());

    /** A day named in a question matches articles dated within half a day of it, whatever the time zone. */
    private static final long DAY_SLACK_MILLIS = 12L * 3600 * 1000;

    /** Virtual threads: embedding a question is a short native call, one per search. */
    private static final ExecutorService QUESTION_EMBEDDING = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Threads that search the parts of a large segment side by side. A compacted index is one segment,
     * and Lucene searches a segment on one thread unless it is split into doc-id ranges: BM25's top
     * candidates over half a million passages took 2.8 ms on one thread. Small indexes stay one slice,
     * searched on the caller's thread.
     */
    private static final ExecutorService SEGMENT_PARTS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("wafer-search-", 1).daemon().factory());
    /** Lucene's default slice size (and segments per slice, below); a larger segment is split into ranges of at most this many. */
    private static final int PARTITION_DOCS = 250_000;
    private static final int SEGMENTS_PER_SLICE = 5;
    /**
     * A headline word carried by more than this share of all passages — and by more than
     * {@link #COMMON_TITLE_PASSAGES} of them — is matched in the body only. Its headline clause adds
     * little to a score (IDF about 3 at 5 %, times the headline boost) but has one of the longest
     * posting lists, and on a large index such clauses were a quarter of BM25's time.
     */
    private static final double COMMON_TITLE_SHARE = 0.05;
    /** Below this many passages a posting list costs microseconds: small indexes keep every headline clause. */
    private static final int COMMON_TITLE_PASSAGES = 1_000;

    /** How many of the best fused candidates the sentence-focus list re-ranks. */
    private static final int RERANKED = 30;
    /**
     * The first results, which an answer leans on most. They are chosen by the fused score but shown
     * best sentence first, and hold at most {@link #HEAD_MAX_PER_ARTICLE} passages of one article so a
     * second source is always among them.
     */
    private static final int HEAD = 4;
    private static final int HEAD_MAX_PER_ARTICLE = 3;
    /** Up to this many passages in the named outlets' and days' sets, their vector lists are scored exactly. */
    private static final int EXACT_FILTERED_LIMIT = 20_000;
    private static final Comparator<Map.Entry<Integer, double[]>> BY_SCORE =
            Comparator.comparingDouble((Map.Entry<Integer, double[]> e) -> e.getValue()[0]).reversed()
                    .thenComparingInt(Map.Entry::getKey);

    private final PassageIndex index;
    private final SearchOptions options;
    private final int partitionDocs;
    private volatile IndexFacts facts = new IndexFacts(-1, Set.of(), YearSpan.NONE);

    public HybridSearcher(PassageIndex index, SearchOptions options) {
        this(index, options, PARTITION_DOCS);
    }

    /** With segments split into ranges of at most {@code partitionDocs} documents: tests split small indexes. */
    HybridSearcher(PassageIndex index, SearchOptions options, int partitionDocs) {
        if (partitionDocs < 1) {
            throw new IllegalArgumentException("partitionDocs must be positive, was " + partitionDocs);
        }
        this.index = index;
        this.options = options;
        this.partitionDocs = partitionDocs;
    }

    /** The publishers the index holds, as stored (read once per index version). */
    public Set<String> publishers() {
        return index.search(shared -> facts(shared.getIndexReader()).publishers());
    }

    public SearchOptions options() {
        return options;
    }

    public List<ScoredPassage> search(String question, int limit) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        if (options.denseWeight() == 0) {
            return search(question, null, limit);
        }
        // The question is embedded on another thread while BM25 runs: the model dominates a search's
        // time, and the lexical lists do not need its vector.
        CompletableFuture<float[]> vector = CompletableFuture.supplyAsync(
                () -> index.embedder().embedQuery(question), QUESTION_EMBEDDING);
        return run(question, () -> join(vector), limit);
    }

    /**
     * Searches with a question vector computed elsewhere (or null for BM25 only) — for callers that
     * embed questions themselves, and to time the index work alone.
     */
    public List<ScoredPassage> search(String question, float[] queryVector, int limit) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        return run(question, () -> queryVector, limit);
    }

    private List<ScoredPassage> run(String question, Supplier<float[]> queryVector, int limit) {
        return index.search(shared -> {
            IndexSearcher searcher = tuned(shared);
            IndexFacts known = options.hintWeight() > 0 ? facts(shared.getIndexReader()) : null;
            QuestionHints hints = known != null ? QuestionHints.of(question, known.publishers()) : QuestionHints.NONE;
            List<Query> filters = filters(hints, known == null ? YearSpan.NONE : known.years());
            List<Ranked> lists = new ArrayList<>();
            Query lexical = options.lexicalWeight() > 0 ? lexicalQuery(question, shared.getIndexReader()) : null;
            if (lexical != null) {
                lists.add(lexicalList(searcher, lexical, null, 1.0));
                for (Query filter : filters) {
                    lists.add(lexicalList(searcher, lexical, filter, options.hintWeight()));
                }
            }
            Focus focus = options.sentenceWeight() > 0
                    ? new Focus(SentenceFocus.of(question, shared.getIndexReader()), shared.getIndexReader(),
                    searcher.storedFields()) : null;
            if (focus != null) {
                // While the question is still being embedded, score the lexical front-runners' sentences:
                // most of the final candidates are among them.
                for (Map.Entry<Integer, double[]> entry : rank(lists)) {
                    if (focus.scores().size() == RERANKED) {
                        break;
                    }
                    focus.score(entry.getKey());
                }
            }
            float[] vector = options.denseWeight() > 0 ? queryVector.get() : null;
            if (vector != null) {
                lists.add(denseList(searcher, vector, null, 1.0));
                lists.addAll(filteredDenseLists(searcher, vector, filters));
            }
            return fuse(searcher, lists, focus, limit);
        });
    }

    private static float[] join(CompletableFuture<float[]> vector) {
        try {
            return vector.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The shared searcher with this search's BM25 parameters, splitting large segments into ranges
     * searched side by side. BM25 keeps only document lengths in the index, so k1 and b can change at
     * query time; a searcher is a cheap view over the shared reader.
     */
    private IndexSearcher tuned(IndexSearcher shared) {
        int rangeDocs = partitionDocs;
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader(), SEGMENT_PARTS) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, rangeDocs, SEGMENTS_PER_SLICE, true);
            }
        };
        searcher.setSimilarity(new BM25Similarity(options.bm25K1(), options.bm25B()));
        return searcher;
    }

    private Ranked lexicalList(IndexSearcher searcher, Query lexical, Query filter, double weight) throws IOException {
        Query query = filter == null ? lexical : new BooleanQuery.Builder()
                .add(lexical, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
        return new Ranked(false, weight * options.lexicalWeight(),
                List.of(searcher.search(query, options.candidates()).scoreDocs));
    }

    private Ranked denseList(IndexSearcher searcher, float[] vector, Query filter, double weight) throws IOException {
        Query knn = new KnnFloatVectorQuery(PassageFields.VECTOR, vector, options.candidates(), filter);
        return new Ranked(true, weight * options.denseWeight(),
                List.of(searcher.search(knn, options.candidates()).scoreDocs));
    }

    /**
     * The vector lists restricted to each named outlet and day. Such a set is usually small next to the
     * index, and Lucene's filtered graph search on a small set walks the graph up to the set's size and
     * then scores the set exactly anyway, once per list; so while the sets together hold at most
     * {@link #EXACT_FILTERED_LIMIT} passages, each member is scored exactly, once for all lists. Larger
     * sets go to the graph search.
     */
    private List<Ranked> filteredDenseLists(IndexSearcher searcher, float[] vector, List<Query> filters)
            throws IOException {
        List<Ranked> lists = new ArrayList<>();
        if (filters.isEmpty()) {
            return lists;
        }
        List<List<Integer>> members = new ArrayList<>();
        int total = 0;
        for (Query filter : filters) {
            List<Integer> docs = matching(searcher, filter);
            members.add(docs);
            total += docs.size();
        }
        if (total > EXACT_FILTERED_LIMIT) {
            for (Query filter : filters) {
                lists.add(denseList(searcher, vector, filter, options.hintWeight()));
            }
            return lists;
        }
        Map<Integer, Float> similarity = exactSimilarities(searcher.getIndexReader(), vector,
                members.stream().flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new)));
        for (List<Integer> docs : members) {
            List<ScoreDoc> hits = new ArrayList<>();
            for (int doc : docs) {
                Float score = similarity.get(doc);
                if (score != null) {
                    hits.add(new ScoreDoc(doc, score));
                }
            }
            hits.sort(Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed().thenComparingInt(hit -> hit.doc));
            lists.add(new Ranked(true, options.hintWeight() * options.denseWeight(),
                    List.copyOf(hits.subList(0, Math.min(options.candidates(), hits.size())))));
        }
        return lists;
    }

    /** Live documents matching {@code filter}, in index order. */
    private static List<Integer> matching(IndexSearcher searcher, Query filter) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Integer> docs = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator iterator = scorer.iterator();
            for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                if (live == null || live.get(doc)) {
                    docs.add(leaf.docBase + doc);
                }
            }
        }
        return docs;
    }

    /** The question's similarity to each of {@code docs} (ascending), as Lucene scores it: (1 + cos) / 2. */
    private static Map<Integer, Float> exactSimilarities(IndexReader reader, float[] vector, TreeSet<Integer> docs)
            throws IOException {
        Map<Integer, Float> similarity = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(PassageFields.VECTOR);
            if (values == null) {
                continue;
            }
            VectorScorer scorer = values.scorer(vector);
            DocIdSetIterator iterator = scorer.iterator();
            int end = leaf.docBase + leaf.reader().maxDoc();
            for (int doc : docs.subSet(leaf.docBase, end)) {
                int target = doc - leaf.docBase;
                int current = iterator.docID() < target ? iterator.advance(target) : iterator.docID();
                if (current == target) {
                    similarity.put(doc, scorer.score());
                }
            }
        }
        return similarity;
    }

    private Query lexicalQuery(String question, IndexReader reader) throws IOException {
        QueryBuilder builder = QUERIES;
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        addField(query, builder.createBooleanQuery(PassageFields.TEXT, question), 1f);
        addField(query, withoutCommonTerms(builder.createBooleanQuery(PassageFields.TITLE, question), reader),
                options.titleBoost());
        addField(query, builder.createBooleanQuery(PassageFields.PUBLISHER, question), options.publisherBoost());
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built; // only stop words: nothing lexical to match
    }

    /**
     * Adds each of the field's terms as its own boosted clause rather than one boosted sub-query per
     * field: the scores are the same sum, but one flat disjunction lets Lucene skip documents that cannot
     * reach the top candidates (a boosted nested disjunction is scored exhaustively), which keeps BM25 time
     * from growing with the index.
     */
    private static void addField(BooleanQuery.Builder query, Query fieldQuery, float boost) {
        if (fieldQuery == null || boost <= 0) {
            return;
        }
        if (fieldQuery instanceof BooleanQuery terms && terms.getMinimumNumberShouldMatch() == 0
                && terms.clauses().stream().allMatch(clause -> clause.occur() == BooleanClause.Occur.SHOULD)) {
            for (BooleanClause clause : terms.clauses()) {
                query.add(new BoostQuery(clause.query(), boost), BooleanClause.Occur.SHOULD);
            }
        } else {
            query.add(new BoostQuery(fieldQuery, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** {@code titleQuery} without the terms in too many headlines ({@link #COMMON_TITLE_SHARE}); null if none is left. */
    private static Query withoutCommonTerms(Query titleQuery, IndexReader reader) throws IOException {
        long limit = Math.max(COMMON_TITLE_PASSAGES, (long) (COMMON_TITLE_SHARE * reader.maxDoc()));
        if (titleQuery instanceof TermQuery term) {
            return reader.docFreq(term.getTerm()) > limit ? null : term;
        }
        if (!(titleQuery instanceof BooleanQuery terms)) {
            return titleQuery;
        }
        BooleanQuery.Builder kept = new BooleanQuery.Builder().setMinimumNumberShouldMatch(terms.getMinimumNumberShouldMatch());
        for (BooleanClause clause : terms.clauses()) {
            if (!(clause.query() instanceof TermQuery term) || reader.docFreq(term.getTerm()) <= limit) {
                kept.add(clause);
            }
        }
        BooleanQuery built = kept.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /**
     * One filter per named outlet (its full name as a phrase), per named day (a day without a year in
     * every year of {@code years}), and per outlet and day named together.
     */
    private static List<Query> filters(QuestionHints hints, YearSpan years) {
        List<Query> filters = new ArrayList<>();
        QueryBuilder builder = QUERIES;
        for (String outlet : hints.outlets()) {
            Query phrase = builder.createPhraseQuery(PassageFields.PUBLISHER, outlet);
            if (phrase != null) {
                filters.add(phrase);
            }
        }
        List<Query> outlets = new ArrayList<>(filters);
        List<Query> dayQueries = new ArrayList<>();
        for (LocalDate day : hints.days()) {
            dayQueries.add(dayQuery(day));
        }
        for (MonthDay undated : hints.undatedDays()) {
            BooleanQuery.Builder anyYear = new BooleanQuery.Builder();
            for (int year = years.first(); year <= years.last(); year++) {
                if (undated.isValidYear(year)) {
                    anyYear.add(dayQuery(undated.atYear(year)), BooleanClause.Occur.SHOULD);
                }
            }
            BooleanQuery built = anyYear.build();
            if (!built.clauses().isEmpty()) {
                dayQueries.add(built);
            }
        }
        for (Query dayQuery : dayQueries) {
            filters.add(dayQuery);
            for (Query outlet : outlets) {
                filters.add(new BooleanQuery.Builder().add(outlet, BooleanClause.Occur.FILTER)
                        .add(dayQuery, BooleanClause.Occur.FILTER).build());
            }
        }
        return filters;
    }

    private static Query dayQuery(LocalDate day) {
        long start = day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        long end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        return LongField.newRangeQuery(PassageFields.PUBLISHED, start - DAY_SLACK_MILLIS, end - 1 + DAY_SLACK_MILLIS);
    }

    /**
     * The outlets in the index and the years its articles span, read once per index version (a scan of
     * stored fields, ~tens of ms).
     */
    private IndexFacts facts(IndexReader reader) throws IOException {
        long version = reader instanceof DirectoryReader directory ? directory.getVersion() : -2;
        IndexFacts known = facts;
        if (known.version() != version || version == -2) {
            Set<String> names = new TreeSet<>();
            IndexSearcher all = new IndexSearcher(reader);
            StoredFields fields = all.storedFields();
            Set<String> wanted = Set.of(PassageFields.PUBLISHER);
            for (ScoreDoc hit : all.search(MatchAllDocsQuery.INSTANCE, Math.max(1, reader.numDocs())).scoreDocs) {
                String name = fields.document(hit.doc, wanted).get(PassageFields.PUBLISHER);
                if (name != null) {
                    names.add(name);
                }
            }
            known = new IndexFacts(version, Set.copyOf(names), years(reader));
            facts = known;
        }
        return known;
    }

    /** The years of the articles' publication dates. */
    private static YearSpan years(IndexReader reader) throws IOException {
        byte[] min = PointValues.getMinPackedValue(reader, PassageFields.PUBLISHED);
        byte[] max = PointValues.getMaxPackedValue(reader, PassageFields.PUBLISHED);
        if (min == null || max == null) {
            return YearSpan.NONE;
        }
        int first = Instant.ofEpochMilli(NumericUtils.sortableBytesToLong(min, 0)).atZone(ZoneOffset.UTC).getYear();
        int last = Instant.ofEpochMilli(NumericUtils.sortableBytesToLong(max, 0)).atZone(ZoneOffset.UTC).getYear();
        return new YearSpan(first, last);
    }

    /** The fused ranking of {@code lists}: doc → {score, lexicalRank, denseRank, similarity}, best first. */
    private List<Map.Entry<Integer, double[]>> rank(List<Ranked> lists) {
        Map<Integer, double[]> fused = new LinkedHashMap<>();
        for (Ranked list : lists) {
            for (int rank = 1; rank <= list.hits().size(); rank++) {
                ScoreDoc hit = list.hits().get(rank - 1);
                double[] entry = fused.computeIfAbsent(hit.doc, doc -> new double[] {0, 0, 0, Double.NaN});
                entry[0] += list.weight() / (options.rrfK() + rank);
                int slot = list.dense() ? 2 : 1;
                if (entry[slot] == 0 || rank < entry[slot]) {
                    entry[slot] = rank;
                }
                if (list.dense()) {
                    // Lucene scores COSINE as (1 + cos) / 2.
                    entry[3] = 2.0 * hit.score - 1.0;
                }
            }
        }
        List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>(fused.entrySet());
        ranked.sort(BY_SCORE);
        return ranked;
    }

    private List<ScoredPassage> fuse(IndexSearcher searcher, List<Ranked> lists, Focus focus, int limit)
            throws IOException {
        List<Map.Entry<Integer, double[]>> ranked = rank(lists);
        StoredFields storedFields = searcher.storedFields();
        Map<Integer, Passage> loaded = focus == null ? new HashMap<>() : focus.passages();
        if (focus != null && !ranked.isEmpty()) {
            List<Map.Entry<Integer, double[]>> head = new ArrayList<>(ranked.subList(0, Math.min(RERANKED, ranked.size())));
            for (Map.Entry<Integer, double[]> entry : head) {
                focus.score(entry.getKey());
            }
            List<Map.Entry<Integer, double[]>> bySentence = new ArrayList<>(head);
            bySentence.sort(Comparator.comparingDouble((Map.Entry<Integer, double[]> e) -> focus.scores().get(e.getKey()))
                    .reversed().thenComparingInt(Map.Entry::getKey));
            for (int rank = 1; rank <= bySentence.size(); rank++) {
                bySentence.get(rank - 1).getValue()[0] += options.sentenceWeight() / (options.rrfK() + rank);
            }
            head.sort(BY_SCORE);
            for (int i = 0; i < head.size(); i++) {
                ranked.set(i, head.get(i));
            }
        }

        // Two passes: the head first, with its own per-article limit, then the rest in fused order.
        List<ScoredPassage> results = new ArrayList<>();
        Map<String, Integer> perArticle = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        List<Integer> headDocs = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int size = pass == 0 ? Math.min(HEAD, limit) : limit;
            int cap = pass == 0 ? Math.min(HEAD_MAX_PER_ARTICLE, options.maxPerArticle()) : options.maxPerArticle();
            for (Map.Entry<Integer, double[]> entry : ranked) {
                if (results.size() == size) {
                    break;
                }
                if (taken.contains(entry.getKey())) {
                    continue;
                }
                Passage passage = loaded.get(entry.getKey());
                if (passage == null) {
                    passage = PassageIndex.toPassage(storedFields.document(entry.getKey()));
                    loaded.put(entry.getKey(), passage);
                }
                if (perArticle.getOrDefault(passage.articleId(), 0) >= cap) {
                    continue;
                }
                perArticle.merge(passage.articleId(), 1, Integer::sum);
                taken.add(entry.getKey());
                if (pass == 0) {
                    headDocs.add(entry.getKey());
                }
                double[] value = entry.getValue();
                results.add(new ScoredPassage(passage, value[0], (int) value[1], (int) value[2], value[3]));
            }
            if (pass == 0 && focus != null) {
                orderBySentence(results, headDocs, focus);
            }
        }
        return results;
    }

    /**
     * Puts the head's passages in the order of their best sentence (fused order among equals): the
     * fusion is better at finding the right few passages than at saying which of them states the
     * answer, and the passage cited first should be the one that does.
     */
    private static void orderBySentence(List<ScoredPassage> head, List<Integer> docs, Focus focus) throws IOException {
        List<Integer> order = new ArrayList<>();
        double[] sentence = new double[head.size()];
        for (int i = 0; i < head.size(); i++) {
            order.add(i);
            sentence[i] = focus.score(docs.get(i));
        }
        // List.sort is stable: passages whose best sentences score alike keep their fused order.
        order.sort(Comparator.comparingDouble((Integer i) -> sentence[i]).reversed());
        List<ScoredPassage> ordered = order.stream().map(head::get).toList();
        for (int i = 0; i < ordered.size(); i++) {
            head.set(i, ordered.get(i));
        }
    }

    /**
     * Sentence-focus scores of candidate passages, computed once per passage per search. The sentence
     * terms are read from doc values, so scoring a candidate decompresses no stored document; indexes
     * written before the terms were doc values fall back to the stored copy.
     */
    private record Focus(SentenceFocus focus, IndexReader reader, StoredFields fields, Map<Integer, Passage> passages,
                         Map<Integer, Double> scores) {

        Focus(SentenceFocus focus, IndexReader reader, StoredFields fields) {
            this(focus, reader, fields, new HashMap<>(), new HashMap<>());
        }

        double score(int doc) throws IOException {
            Double known = scores.get(doc);
            if (known != null) {
                return known;
            }
            String terms = sentenceTerms(doc);
            double score;
            if (terms != null) {
                score = focus.bestStoredSentence(terms);
            } else {
                Document document = fields.document(doc);
                Passage passage = PassageIndex.toPassage(document);
                passages.put(doc, passage);
                String stored = document.get(PassageFields.SENTENCE_TERMS);
                score = stored != null ? focus.bestStoredSentence(stored) : focus.bestSentence(passage.text());
            }
            scores.put(doc, score);
            return score;
        }

        private String sentenceTerms(int doc) throws IOException {
            List<LeafReaderContext> leaves = reader.leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            BinaryDocValues values = leaf.reader().getBinaryDocValues(PassageFields.SENTENCE_TERMS);
            return values != null && values.advanceExact(doc - leaf.docBase) ? values.binaryValue().utf8ToString() : null;
        }
    }

    /** One ranked list entering the fusion. */
    private record Ranked(boolean dense, double weight, List<ScoreDoc> hits) {
    }

    /** First to last year, inclusive; empty when first > last. */
    private record YearSpan(int first, int last) {

        static final YearSpan NONE = new YearSpan(0, -1);
    }

    private record IndexFacts(long version, Set<String> publishers, YearSpan years) {
    }
}
