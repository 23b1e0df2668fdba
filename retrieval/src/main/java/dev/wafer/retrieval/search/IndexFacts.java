package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.PassageFields;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.NumericUtils;

/**
 * What the hint filters need to know of the index: the outlets it holds and the years its articles
 * span.
 *
 * @param version   the index version these facts were read from
 * @param publishers the outlets, as stored
 * @param firstYear the earliest publication year
 * @param lastYear  the latest publication year; less than {@code firstYear} when nothing is dated
 */
record IndexFacts(long version, Set<String> publishers, int firstYear, int lastYear) {

    static final IndexFacts NONE = new IndexFacts(-1, Set.of(), 0, -1);

    /** Reads the facts once per index version (a scan of stored fields, ~tens of ms) and keeps them. */
    static final class Cache {
        private volatile IndexFacts facts = NONE;

        IndexFacts of(IndexReader reader) throws IOException {
            long version = reader instanceof DirectoryReader directory ? directory.getVersion() : -2;
            IndexFacts known = facts;
            if (known.version() != version || version == -2) {
                known = read(reader, version);
                facts = known;
            }
            return known;
        }
    }

    private static IndexFacts read(IndexReader reader, long version) throws IOException {
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
        byte[] min = PointValues.getMinPackedValue(reader, PassageFields.PUBLISHED);
        byte[] max = PointValues.getMaxPackedValue(reader, PassageFields.PUBLISHED);
        if (min == null || max == null) {
            return new IndexFacts(version, Set.copyOf(names), 0, -1);
        }
        return new IndexFacts(version, Set.copyOf(names), year(min), year(max));
    }

    private static int year(byte[] packed) {
        return Instant.ofEpochMilli(NumericUtils.sortableBytesToLong(packed, 0)).atZone(ZoneOffset.UTC).getYear();
    }
}
