package dev.wafer.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder indexed when the passages kept the article fingerprint under its older name. */
class OlderFingerprintNameTest {

    @Test
    void itsPassagesStillTellWhichArticleVersionTheyWereCutFrom(@TempDir Path folder) throws Exception {
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(PassageFields.analyzer()))) {
            Document passage = new Document();
            passage.add(new KeywordField(PassageFields.ID, "tsmc:0", Field.Store.YES));
            passage.add(new KeywordField(PassageFields.ARTICLE_ID, "tsmc", Field.Store.YES));
            passage.add(new StoredField(PassageFields.OLDER_ARTICLE_FINGERPRINT, "f-1"));
            writer.addDocument(passage);
            writer.setLiveCommitData(Map.of(PassageFields.SCHEMA_VERSION, PassageFields.CURRENT_SCHEMA,
                    PassageFields.STORE_VERSION, "1").entrySet());
            writer.commit();
        }

        try (LucenePassageIndex index = LucenePassageIndex.open(folder, new PassageSplitter(new TokenCounter()),
                () -> {
                    throw new AssertionError("reading fingerprints embeds nothing");
                })) {
            assertThat(index.hasCurrentSchema()).isTrue();
            assertThat(index.articleFingerprints()).containsExactlyEntriesOf(Map.of("tsmc", "f-1"));
        }
    }
}
