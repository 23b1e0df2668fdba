package dev.wafer.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsNewsProseWithoutBreakingAbbreviationsOrNumbers() {
        assertThat(Sentences.split("The U.S. Commerce Dept. said on Dec. 2 that Nvidia Corp. owes $5.5 billion. "
                + "Shares fell 3.4%! Why? \"We disagree,\" the company said.\n\nA new paragraph starts here"))
                .containsExactly(
                        "The U.S. Commerce Dept. said on Dec. 2 that Nvidia Corp. owes $5.5 billion.",
                        "Shares fell 3.4%!",
                        "Why?",
                        "\"We disagree,\" the company said.",
                        "A new paragraph starts here");
    }

    @Test
    void aSourceTagGluedToTheFullStopEndsTheSentence() {
        assertThat(Sentences.split("The launch was delayed.(Financial Times) DeepSeek kept Ascend for inference."))
                .containsExactly("The launch was delayed.(Financial Times)", "DeepSeek kept Ascend for inference.");
    }

    @Test
    void aCompanyNameEndingTheSentenceEndsIt() {
        assertThat(Sentences.split("It is being built with Powerchip Semiconductor Manufacturing Corp. The fab will make "
                + "50,000 wafers a month. Orders went to Nvidia Corp. as expected."))
                .containsExactly("It is being built with Powerchip Semiconductor Manufacturing Corp.",
                        "The fab will make 50,000 wafers a month.", "Orders went to Nvidia Corp. as expected.");
    }

    @Test
    void keepsInitialsInNames() {
        assertThat(Sentences.split("Analyst J. Smith of B. Riley said demand was strong. Supply was not."))
                .containsExactly("Analyst J. Smith of B. Riley said demand was strong.", "Supply was not.");
    }
}
