package dev.wafer.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.PassageFields;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SentenceFocusTest {

    private static final String QUESTION = "Did Reuters report that TSMC delayed its Arizona fab to 2028,"
            + " while Bloomberg suggests that Nvidia cut H20 orders from Chinese buyers?";

    @Test
    void aQuestionJoiningTwoClaimsHasTwoClauses() {
        List<Set<String>> clauses = SentenceFocus.clauses(QUESTION);

        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(0)).containsAll(ContentTerms.of("TSMC Arizona fab 2028"));
        assertThat(clauses.get(1)).containsAll(ContentTerms.of("Nvidia H20 orders Chinese buyers"));
    }

    @Test
    void shortFragmentsJoinTheirNeighbourInsteadOfStandingAlone() {
        List<Set<String>> clauses = SentenceFocus.clauses("Who faces fraud and conspiracy charges in New York?");

        assertThat(clauses).hasSize(1);
        assertThat(clauses.getFirst()).containsAll(ContentTerms.of("fraud conspiracy charges York"));
    }

    @Test
    void aSentenceStatingOneClaimInFullBeatsOneTouchingWordsOfEveryClaim() throws IOException {
        String fullClaim = "TSMC delayed its Arizona fab to 2028.";
        String scattered = "Chinese buyers visited Arizona while TSMC and Nvidia met.";
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(PassageFields.analyzer()))) {
                for (String text : List.of(fullClaim, scattered, "Nvidia sells chips.", "Intel builds fabs in Ohio.",
                        "Samsung expands memory output.", "Markets rose on Friday.")) {
                    Document document = new Document();
                    document.add(new TextField(PassageFields.TEXT, text, Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                SentenceFocus focus = SentenceFocus.of(QUESTION, reader.numDocs(),
                        term -> reader.docFreq(new Term(PassageFields.TEXT, term)));

                assertThat(focus.bestSentence(fullClaim)).isGreaterThan(focus.bestSentence(scattered));
                assertThat(focus.bestSentence("Markets rose on Friday.")).isZero();
            }
        }
    }
}
