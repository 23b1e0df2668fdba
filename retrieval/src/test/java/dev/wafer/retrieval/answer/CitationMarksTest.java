package dev.wafer.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationMarksTest {

    @Test
    void markersGoBeforeTheClosingMarkAndAfterAClosingQuote() {
        assertThat(CitationMarks.mark("The R2 launch was delayed.", List.of(1, 2))).isEqualTo("The R2 launch was delayed [1][2].");
        assertThat(CitationMarks.mark("Will the H20 ship?", List.of(3))).isEqualTo("Will the H20 ship [3]?");
        assertThat(CitationMarks.mark("\"We are sold out,\" he said.\"", List.of(1))).endsWith("\" [1]");
        assertThat(CitationMarks.mark("TSMC raised prices", List.of(1))).isEqualTo("TSMC raised prices [1].");
        assertThat(CitationMarks.mark("TSMC raised prices.", List.of())).isEqualTo("TSMC raised prices.");
    }

    @Test
    void whatIsWrittenIsReadBack() {
        String text = CitationMarks.mark("Nvidia resumed H20 sales.", List.of(2)) + " "
                + CitationMarks.mark("AMD followed in July.", List.of(1, 3));
        List<String> sentences = CitationMarks.sentences(text);
        assertThat(sentences).hasSize(2);
        assertThat(CitationMarks.numbers(sentences.get(1))).containsExactly(1, 3);
        assertThat(CitationMarks.body(sentences.get(0))).isEqualTo("Nvidia resumed H20 sales.");
    }

    @Test
    void markersAModelPutAfterTheFullStopStayWithTheirSentence() {
        List<String> sentences = CitationMarks.sentences("- Sales rose. [1] Margins fell [2, 3].");
        assertThat(sentences).containsExactly("Sales rose. [1]", "Margins fell [2, 3].");
        assertThat(CitationMarks.numbers(sentences.get(1))).containsExactly(2, 3);
    }
}
