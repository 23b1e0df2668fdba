package dev.wafer.retrieval.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.answer.extractive.NamedAnswer.Sentence;
import dev.wafer.retrieval.question.NameRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The name a "who" or "which" answer leads with, from the sentences shown and the rest of their articles. */
class NamedAnswerTest {

    private static Sentence shown(String text, String article) {
        return new Sentence(text, article, NamedAnswer.CHOSEN, false);
    }

    private static Sentence body(String text, String article) {
        return new Sentence(text, article, 0, false);
    }

    private static Optional<String> lead(String question, Sentence... sentences) {
        return NamedAnswer.in(List.of(sentences), question, List.of("chip ledger"), NameRole.of(question)).map(NamedAnswer.Found::name);
    }

    @Test
    void theAnswerIsTheNameTheSourcesIntroducedInFull() {
        assertThat(lead("Who told analysts that Blackwell demand was insane?",
                shown("On the call, Huang said demand for Blackwell was insane.", "a1"),
                shown("Analysts pressed Huang on supply, and the chief executive said it would improve.", "a2"),
                body("Nvidia chief executive Jensen Huang spoke on Wednesday. Jensen Huang has led the company since 1993.", "a1")))
                .hasValue("Jensen Huang");
    }

    @Test
    void aCompanyNamedWithItsKindIsNoPersonEvenWhenNamedAlone() {
        // "Cerebras Systems" is a company, so "Cerebras" on its own is no answer to "who".
        assertThat(lead("Who leads the wafer-scale chip maker that filed for a Nasdaq listing?",
                shown("On Monday Cerebras Systems filed for a Nasdaq listing, and Cerebras said one customer made up most of its sales.", "a1"),
                shown("The filing shows Cerebras growing fast; Feldman said the listing would fund new chips.", "a2"),
                shown("Andrew Feldman, who co-founded Cerebras, said the company would keep building wafer-scale chips.", "a3"),
                body("Chief executive Andrew Feldman spoke to reporters. Cerebras declined to comment further.", "a2")))
                .hasValue("Andrew Feldman");
    }

    @Test
    void aBrandIsNoPerson() {
        assertThat(lead("Who said the chip deal would give OpenAI six gigawatts of AMD accelerators?",
                shown("OpenAI will deploy AMD chips, and OpenAI may take a stake; Altman called it a milestone.", "a1"),
                shown("OpenAI and AMD signed the deal on Monday, Altman said, and OpenAI will start in 2026.", "a2"),
                body("Sam Altman, OpenAI's chief executive, announced the deal. Sam Altman said compute was the bottleneck.", "a1")))
                .hasValue("Sam Altman");
    }

    @Test
    void aQuestionAskingAboutHerIsNotAnsweredWithAManTheSourcesMentionMore() {
        String question = "Which chip executive said her company's MI350 accelerators would ship this year?";
        Sentence[] sentences = {
                shown("At the conference Huang spoke first, and Huang showed the Rubin roadmap.", "a1"),
                shown("Later Su said the MI350 accelerators would ship this year, and Huang did not comment.", "a2"),
                shown("Customers will get the MI350 before the end of the year, Su told analysts.", "a2"),
                body("Jensen Huang opened the show. He said Rubin would follow Blackwell. Huang added that he expects demand to"
                        + " grow, and his company raised its forecast. Huang said he was confident.", "a1"),
                body("Lisa Su took the stage later. She said the MI350 was on track. Su added that her customers wanted"
                        + " more memory, and she expected strong sales.", "a2")};

        assertThat(lead(question, sentences)).hasValue("Lisa Su");
        assertThat(lead("Which chip executive showed the Rubin roadmap and said his company raised its forecast?",
                sentences)).as("the same sources, asked about him").hasValue("Jensen Huang");
    }

    @Test
    void anOrdinaryCapitalisedWordBeforeANameIsNotPartOfIt() {
        assertThat(lead("Which foundry makes the most advanced AI accelerators?",
                shown("Leading Samsung in advanced nodes, the foundry makes most AI accelerators, analysts said.", "a1"),
                shown("Its rival Samsung is leading the race for 2nm orders, and Samsung makes accelerators too.", "a2"),
                body("Samsung Foundry was mentioned. Samsung said little; its share is leading the market.", "a2")))
                .hasValue("Samsung");
    }

    @Test
    void aTextReadAgainGivesTheSameNamesAndAHeadlineKeepsItsFirstWord() {
        String line = "Lumen Silicon hires Ada Okafor to run its Austin fab";

        assertThat(NamedAnswer.names(line, true)).containsExactly("Lumen Silicon", "Ada Okafor", "Austin");
        assertThat(NamedAnswer.names(line, false)).containsExactly("Lumen Silicon", "Ada Okafor", "Austin");
        String sentence = "Okafor said the fab would open in 2027.";
        assertThat(NamedAnswer.names(sentence, true)).containsExactly("Okafor");
        // Read as a sentence, its capitalised first word is no name, though the same text read as a headline had one.
        assertThat(NamedAnswer.names(sentence, false)).isEmpty();
        assertThat(NamedAnswer.names(sentence, true)).containsExactly("Okafor");
    }
}
