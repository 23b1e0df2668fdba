package dev.wafer.retrieval.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The passage index schema: every field name, in one place shared by the writer and the searcher.
 */
public final class PassageFields {

    /** Passage id; KeywordField, stored — the key for upserts. */
    public static final String ID = "id";
    /** Owning article id; KeywordField, stored — to replace or forget all passages of an article. */
    public static final String ARTICLE_ID = "article_id";
    /**
     * Fingerprint of the article version the passages were cut from; stored only. The same name as the
     * article store's and the Solr passages collection's.
     */
    public static final String ARTICLE_FINGERPRINT = "fingerprint";
    /**
     * The name data folders indexed before the names were one hold the fingerprint under: read as well,
     * so such a folder is neither rebuilt nor re-embedded for it; its passages take the new name as their
     * articles are next indexed.
     */
    static final String OLDER_ARTICLE_FINGERPRINT = "article_fingerprint";
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
