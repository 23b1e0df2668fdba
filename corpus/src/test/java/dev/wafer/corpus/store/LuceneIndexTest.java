package dev.wafer.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {

    @TempDir
    Path folder;

    @Test
    void compactingKeepsEveryDocumentAndWhatTheLastCommitRecorded() {
        try (LuceneIndex index = LuceneIndex.open(folder, () -> LuceneIndex.config(new StandardAnalyzer()))) {
            for (int commit = 1; commit <= 3; commit++) {
                String id = "doc-" + commit;
                index.commit(writer -> {
                    Document document = new Document();
                    document.add(new StringField("id", id, Field.Store.YES));
                    writer.addDocument(document);
                    return null;
                }, Map.of("store_version", Integer.toString(commit)));
            }
            assertThat(index.segments()).isEqualTo(3);

            index.compact();

            assertThat(index.segments()).isEqualTo(1);
            int documents = index.search(searcher -> searcher.getIndexReader().numDocs());
            assertThat(documents).isEqualTo(3);
        }
        // What the last commit recorded survives a restart, so no rebuild or catch-up follows a compaction.
        try (LuceneIndex reopened = LuceneIndex.open(folder, () -> LuceneIndex.config(new StandardAnalyzer()))) {
            assertThat(reopened.commitData()).containsEntry("store_version", "3");
            assertThat(reopened.segments()).isEqualTo(1);
        }
    }
}
