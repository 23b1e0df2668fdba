package dev.wafer.retrieval.index.solr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wafer.corpus.solr.SolrNodes;
import dev.wafer.retrieval.index.CandidateQuery;
import dev.wafer.retrieval.index.Hit;
import dev.wafer.retrieval.index.IndexFacts;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.SearchField;
import dev.wafer.retrieval.index.SearchView;
import dev.wafer.retrieval.index.TermCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A search's view of the passages on Solr. Lists come back as ids, scores and write versions; the
 * passages the search reads are fetched together ({@link #willRead}) unless this process read them at
 * the same version before. Document numbers are handed out in the order passages are first seen, and
 * mean nothing beyond this view.
 */
final class SolrSearchView implements SearchView {

    static final String STORED = "id,article_id,ordinal,text,title,publisher,published,url,sentence_terms";
    /** Solr's write version of a document: any change to a passage gives it a new one. */
    private static final String VERSION = "_version_";

    private final SolrNodes solr;
    private final String collection;
    private final Facts facts;
    private final Map<String, Integer> numbers = new HashMap<>();
    /** Passage ids by document number. */
    private final List<String> ids = new ArrayList<>();
    /** Stored fields of the passages read so far, by id. */
    private final Map<String, JsonNode> stored = new HashMap<>();
    /** Each listed passage's write version, by id, as its list said. */
    private final Map<String, Long> versions = new HashMap<>();
    private final ReadPassages readBefore;

    SolrSearchView(SolrNodes solr, String collection, Facts facts, ReadPassages readBefore) {
        this.solr = solr;
        this.collection = collection;
        this.facts = facts;
        this.readBefore = readBefore;
    }

    @Override
    public int passageCount() {
        return (int) facts.read().passages();
    }

    /**
     * One request for the terms whose counts this process does not know yet at the collection's current
     * state, in the text and title fields together.
     */
    @Override
    public TermCounts termCounts(Collection<String> terms) {
        // Renew stale facts first, and keep the counts learnt below with the read this search started from: a
        // read made after another process wrote must not take counts from before the write.
        Facts.Read startedFrom = facts.read();
        Map<String, Long> known = startedFrom.docFreqs();
        Set<String> missing = new TreeSet<>();
        for (String term : terms) {
            if (!known.containsKey(key(SearchField.TEXT, term)) || !known.containsKey(key(SearchField.TITLE, term))) {
                missing.add(term);
            }
        }
        if (!missing.isEmpty()) {
            known.putAll(fetchDocFreqs(missing));
        }
        Map<String, Long> inText = new HashMap<>();
        Map<String, Long> inTitle = new HashMap<>();
        for (String term : terms) {
            inText.put(term, known.getOrDefault(key(SearchField.TEXT, term), 0L));
            inTitle.put(term, known.getOrDefault(key(SearchField.TITLE, term), 0L));
        }
        return new TermCounts(startedFrom.passages(), inText, inTitle);
    }

    /** The passage counts of {@code terms} in the text and title fields, by {@link #key}. */
    private Map<String, Long> fetchDocFreqs(Collection<String> terms) {
        List<SearchField> fields = List.of(SearchField.TEXT, SearchField.TITLE);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("terms.fl", fields.stream().map(SolrPassageQueries::field).toList());
        params.put("terms.list", String.join(",", terms));
        params.put("terms.limit", -1);
        params.put("json.nl", "map");
        params.put("wt", "json");
        JsonNode counts = solr.call("/" + collection + "/terms", params, Duration.ofSeconds(30)).path("terms");
        Map<String, Long> docFreqs = new HashMap<>();
        for (SearchField field : fields) {
            JsonNode perTerm = counts.path(SolrPassageQueries.field(field));
            for (String term : terms) {
                JsonNode count = perTerm.path(term);
                // A term no passage holds is left out of the answer; one that comes back as an object has "df".
                docFreqs.put(key(field, term), count.isNumber() ? count.asLong() : count.path("df").asLong(0));
            }
        }
        return docFreqs;
    }

    private static String key(SearchField field, String term) {
        return field.name() + '\u0000' + term;
    }

    @Override
    public List<Hit> candidates(CandidateQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", switch (query) {
            case CandidateQuery.Lexical lexical -> SolrPassageQueries.lexical(lexical.clauses());
            case CandidateQuery.Nearest nearest -> nearestQuery(nearest.vector(), nearest.count());
        });
        if (query.filter() != null) {
            // A filter query is cached apart from the scored part; for vectors Solr applies it before the graph
            // search, as Lucene's filtered search does.
            params.put("fq", SolrPassageQueries.filter(query.filter()));
        }
        return hits(params, query.count());
    }

    /**
     * A list's ids, scores and write versions only, in one round over the shards (the version comes from
     * docValues, so no shard reads a stored document for it); the few passages the search reads are
     * fetched together ({@link #willRead}), those this process read before at the same version not at all.
     */
    private List<Hit> hits(Map<String, Object> params, int count) {
        List<Hit> hits = new ArrayList<>();
        for (JsonNode doc : solr.select(collection, asList(params, count)).path("response").path("docs")) {
            String id = doc.path("id").asText();
            Integer number = numbers.get(id);
            if (number == null) {
                number = ids.size();
                numbers.put(id, number);
                ids.add(id);
            }
            if (doc.path(VERSION).isIntegralNumber()) {
                versions.put(id, doc.path(VERSION).asLong());
            }
            hits.add(new Hit(number, (float) doc.path("score").asDouble()));
        }
        return hits;
    }

    /** Solr's query for the {@code count} passages nearest to {@code vector}. */
    static String nearestQuery(float[] vector, int count) {
        StringBuilder knn = new StringBuilder("{!knn f=vector topK=").append(count).append("}[");
        for (int i = 0; i < vector.length; i++) {
            knn.append(i == 0 ? "" : ",").append(vector[i]);
        }
        return knn.append(']').toString();
    }

    /** {@code params}, whose query makes a list, asking for its first {@code count} ids, scores and write versions. */
    static Map<String, Object> asList(Map<String, Object> params, int count) {
        params.put("fl", "id,score," + VERSION);
        // Beyond the id, Solr would otherwise ask every shard a second time for the version of its hits.
        params.put("distrib.singlePass", "true");
        params.put("rows", count);
        return params;
    }

    @Override
    public void willRead(List<Integer> docs) {
        List<String> missing = new ArrayList<>();
        for (int doc : docs) {
            String id = ids.get(doc);
            if (stored.containsKey(id)) {
                continue;
            }
            Long version = versions.get(id);
            JsonNode known = version == null ? null : readBefore.at(id, version);
            if (known != null) {
                stored.put(id, known);
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        // Real-time get: each id goes straight to the shard that holds it, with no query to score or merge.
        for (JsonNode doc : solr.realTimeGet(collection, missing, STORED + "," + VERSION)) {
            String id = doc.path("id").asText();
            stored.put(id, doc);
            if (doc.path(VERSION).isIntegralNumber()) {
                readBefore.keep(id, doc.path(VERSION).asLong(), doc);
            }
        }
    }

    /** The passage's stored fields, or null when another process deleted it since the list was made. */
    private JsonNode stored(int doc) {
        JsonNode fields = stored.get(ids.get(doc));
        if (fields == null) {
            willRead(List.of(doc));
            fields = stored.get(ids.get(doc));
        }
        return fields;
    }

    @Override
    public Passage passage(int doc) {
        JsonNode fields = stored(doc);
        return fields == null ? null : toPassage(fields);
    }

    @Override
    public String sentenceTerms(int doc) {
        JsonNode fields = stored(doc);
        JsonNode terms = fields == null ? null : fields.path("sentence_terms");
        return terms == null || terms.isMissingNode() || terms.isNull() ? null : terms.asText();
    }

    @Override
    public IndexFacts facts() {
        return facts.read().facts();
    }

    static Passage toPassage(JsonNode doc) {
        return new Passage(doc.path("id").asText(), doc.path("article_id").asText(), doc.path("ordinal").asInt(),
                doc.path("text").asText(), doc.path("title").asText(), doc.path("publisher").asText(),
                doc.hasNonNull("published") ? Instant.ofEpochMilli(doc.path("published").asLong()) : null,
                doc.path("url").asText());
    }

    /**
     * The passage count, outlets and years of the collection, read in one request and kept for
     * {@link #FRESH} with the terms' passage counts searches learn meanwhile: other processes write, and
     * a search should not pay a request for them each time. The terms' counts outlive a renewal that finds
     * the collection as it was (the same passage count and newest write): exact still, and a steady stream
     * of questions would otherwise pay a terms request each for its first five seconds after every renewal.
     */
    static final class Facts {
        static final Duration FRESH = Duration.ofSeconds(5);
        /** Beyond this many learnt counts a renewal starts afresh, so a long-running bot's memory stays bounded. */
        private static final int KEPT_TERMS = 100_000;

        /**
         * @param newestWrite the highest {@code _version_} among the passages: with the count, any write changes it
         * @param docFreqs terms' passage counts learnt while the collection is as this read found it
         */
        record Read(long passages, long newestWrite, IndexFacts facts, Instant at, Map<String, Long> docFreqs) {

            boolean sameCollection(Read other) {
                // No newest write (an empty collection, or a cluster that did not say) is never the same.
                return other != null && newestWrite >= 0 && passages == other.passages
                        && newestWrite == other.newestWrite;
            }
        }

        private final SolrNodes solr;
        private final String collection;
        private final Clock clock;
        private volatile Read last;

        Facts(SolrNodes solr, String collection, Clock clock) {
            this.solr = solr;
            this.collection = collection;
            this.clock = clock;
        }

        Read read() {
            Read known = last;
            Instant now = clock.instant();
            if (known == null || known.at().plus(FRESH).isBefore(now)) {
                Read renewed = fetch(now);
                if (renewed.sameCollection(known) && known.docFreqs().size() < KEPT_TERMS) {
                    renewed.docFreqs().putAll(known.docFreqs());
                }
                known = renewed;
                last = known;
            }
            return known;
        }

        /** Forgets what was read, after this process wrote. */
        void forget() {
            last = null;
        }

        private Read fetch(Instant now) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("q", "*:*");
            params.put("rows", 0);
            params.put("facet", "true");
            params.put("facet.field", "publisher_name");
            params.put("facet.limit", -1);
            params.put("facet.mincount", 1);
            params.put("json.nl", "map");
            params.put("stats", "true");
            params.put("stats.field", List.of("published", "_version_"));
            JsonNode answer = solr.select(collection, params);
            Set<String> publishers = new TreeSet<>();
            answer.path("facet_counts").path("facet_fields").path("publisher_name").fieldNames()
                    .forEachRemaining(publishers::add);
            JsonNode published = answer.path("stats").path("stats_fields").path("published");
            IndexFacts facts = published.path("min").isNumber() && published.path("max").isNumber()
                    ? new IndexFacts(publishers, year(published.path("min").asLong()), year(published.path("max").asLong()))
                    : new IndexFacts(publishers, 0, -1);
            // Solr's stats give the maximum as a double: precise to a millisecond's writes, which is what it tells apart.
            JsonNode newestWrite = answer.path("stats").path("stats_fields").path("_version_").path("max");
            return new Read(answer.path("response").path("numFound").asLong(),
                    newestWrite.isNumber() ? newestWrite.asLong() : -1, facts, now,
                    new ConcurrentHashMap<>());
        }

        private static int year(long millis) {
            return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).getYear();
        }
    }
}
