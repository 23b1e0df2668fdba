package dev.wafer.retrieval.index;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The passage index schema: every field name, in one place shared by the writer and the searcher.
 */
public final class PassageFields {

    /** Passage id; KeywordField, stored — the key for upserts. */
    public static final String ID = "id";
    /** Owning article id; KeywordField, stored — to replace or forget all passages of an article. */
    public static final String ARTICLE_ID = "article_id";
    /** Fingerprint of the article version the passages were cut from; stored only. */
    public static final String ARTICLE_FINGERPRINT = "article_fingerprint";
    /** Position within the article; stored only. */
    public static final String ORDINAL = "ordinal";
    /** The sentences; TextField, stored — BM25 and quoting. */
    public static final String TEXT = "text";
    /** Headline; TextField, stored — BM25 with its own (higher) weight. */
    public static final String TITLE = "title";
    /** Outlet; TextField, stored — so "according to Reuters" matches. */
    public static final String PUBLISHER = "publisher";
    /** Publication time in epoch millis; LongField, stored — date filters and display. Absent when unknown. */
    public static final String PUBLISHED = "published";
    /**
     * The passage's sentences as analysed content words (words space-separated, one sentence per line);
     * binary doc values — written once at index time so re-ranking by best sentence needs no analysis
     * and no stored-document read per question. Indexes of schema 2 hold it as a stored field instead.
     */
    public static final String SENTENCE_TERMS = "sentence_terms";
    /** Article url or file reference; stored only. */
    public static final String URL = "url";
    /** Dense vector of the passage's context text; KnnFloatVectorField, cosine. */
    public static final String VECTOR = "vector";

    /** A day matches articles dated within half a day of it, whatever the time zone they were dated in. */
    private static final long DAY_SLACK_MILLIS = 12L * 3600 * 1000;

    /** Passages of articles published on {@code day} (in some time zone: within half a day of it in UTC). */
    public static Query publishedOn(LocalDate day) {
        long start = day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        long end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        return LongField.newRangeQuery(PUBLISHED, start - DAY_SLACK_MILLIS, end - 1 + DAY_SLACK_MILLIS);
    }

    /**
     * Passages of articles published by the end of {@code day} (in some time zone, as for
     * {@link #publishedOn}): what was known that day. Articles without a date are left out, since
     * nothing says they were out by then.
     */
    public static Query publishedBy(LocalDate day) {
        long end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        return LongField.newRangeQuery(PUBLISHED, Long.MIN_VALUE, end - 1 + DAY_SLACK_MILLIS);
    }

    /** Passages of the articles with these ids: a search over just the articles a refresh brought. */
    public static Query ofArticles(Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            throw new IllegalArgumentException("articleIds must not be empty");
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String id : Set.copyOf(articleIds)) {
            any.add(new TermQuery(new Term(ARTICLE_ID, id)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** Commit user data: the article store version this index reflects. */
    public static final String STORE_VERSION = "store_version";
    /** Commit user data: the layout of the passages, {@link #CURRENT_SCHEMA} for this build. */
    public static final String SCHEMA_VERSION = "schema_version";
    /**
     * Bump whenever passage cutting, text analysis or the stored fields change: a data folder indexed
     * by an older build is then rebuilt from its article store when it is opened.
     */
    public static final String CURRENT_SCHEMA = "2";

    private PassageFields() {
    }

    /**
     * Lucene's English stop words plus the words every question is made of ("which", "does", "tell"),
     * so a question's content words are what match.
     */
    private static final CharArraySet STOP_WORDS = stopWords();

    /** English stemming and stop words, so "delayed" matches "delay" and "the" matches nothing. */
    public static Analyzer analyzer() {
        return new EnglishAnalyzer(STOP_WORDS);
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("what", "which", "who", "whom", "whose", "why", "how", "when", "where", "does", "do",
                "did", "done", "has", "have", "had", "can", "could", "would", "should", "may", "might", "about",
                "tell", "me", "i", "you", "we", "our", "your", "its", "from", "than", "so", "any", "been", "being",
                "were", "am", "he", "she", "his", "her", "them", "those", "what's", "anything", "know", "explain", "use", "used",
                "using", "uses"));
        return CharArraySet.unmodifiableSet(words);
    }
}
