package dev.wafer.retrieval.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.question.Generations.Generation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenerationsTest {

    private static final Generation FUND_3 = new Generation("fund", 3);

    @Test
    void readsTheNumberAfterANameInDigitsOrRomanNumerals() {
        assertThat(Generations.named("How big is China's Big Fund III?")).containsExactly(FUND_3);
        assertThat(Generations.named("big fund 3 vs big fund 2 size"))
                .containsExactly(FUND_3, new Generation("fund", 2));
        assertThat(Generations.named("Intel priced the Gaudi 3 kit above the Gaudi 2"))
                .containsExactly(new Generation("gaudi", 3), new Generation("gaudi", 2));
        assertThat(Generations.named("Is the Mate 70 made on 5nm?")).containsExactly(new Generation("mate", 70));
    }

    @Test
    void readsOrdinalsWrittenBeforeTheNameAndOrdinalsStandingForIt() {
        assertThat(Generations.named("China sets up third 'Big Fund' with 344bn yuan")).containsExactly(FUND_3);
        assertThat(Generations.named("The first fund, launched in 2014, raised 138.7 billion yuan, and the second,"
                + " set up in 2019, raised 204 billion yuan.")).containsExactly(new Generation("fund", 1),
                new Generation("fund", 2));
    }

    @Test
    void amountsRanksAndTimesAreNoGeneration() {
        assertThat(Generations.named("The company raised 3 billion dollars, about 70 engineers joined, shares"
                + " rose 5% and it was ranked top 5 in the third quarter for the first time.")).isEmpty();
        assertThat(Generations.named("It is larger than the first two phases combined.")).isEmpty();
        assertThat(Generations.named("the third and largest phase of its fund")).isEmpty();
        assertThat(Generations.named("SMIC holds about 8.7% and plans 10 new lines in 2025")).isEmpty();
    }

    @Test
    void aSentenceAboutAnotherGenerationOfTheAskedThingIsAboutSomethingElse() {
        Set<Generation> asked = Generations.named("How big is China's Big Fund III?");
        assertThat(Generations.namesAnother("The first fund raised 138.7 billion yuan, and the second 204 billion"
                + " yuan.", asked)).isTrue();
        assertThat(Generations.namesAnother("The third fund dwarfs the first.", asked)).isFalse();
        assertThat(Generations.namesAnother("The fund has registered capital of 344 billion yuan.", asked)).isFalse();
        assertThat(Generations.namesAnother("Gaudi 2 sells for $65,000.", asked)).isFalse();
    }
}
