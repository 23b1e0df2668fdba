package dev.wafer.retrieval.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.answer.AnswerCues;
import org.junit.jupiter.api.Test;

class NameRoleTest {

    private static boolean answers(String question, String sentence) {
        return AnswerCues.namesTheRole(QuestionReading.of(question), sentence);
    }

    @Test
    void readsTheRoleAQuestionAsksTheHolderOf() {
        assertThat(NameRole.of("who's the CEO of d-Matrix").map(NameRole::name)).contains("chief executive");
        assertThat(NameRole.of("who's running intel now?").map(NameRole::name)).contains("chief executive");
        assertThat(NameRole.of("what foundry makes lightmatter's passage m1000").map(NameRole::name)).contains("maker");
        assertThat(NameRole.of("which company is buying ZT Systems' manufacturing business from AMD?").map(NameRole::name))
                .contains("buyer");
        assertThat(NameRole.of("who led cerebras's latest round?").map(NameRole::name)).contains("investor");
        assertThat(NameRole.of("what's in nvidia's spectrum-x platform?").map(NameRole::name)).contains("components");
        assertThat(NameRole.of("which chip is fastest?")).isEmpty();
    }

    @Test
    void aSentenceAnswersWhenItNamesSomeoneNewBesideTheRole() {
        assertThat(answers("who's the CEO of d-Matrix", "Chief executive Sid Sheth said the industry had built for training."))
                .isTrue();
        assertThat(answers("what foundry makes lightmatter's passage m1000",
                "The M1000 is manufactured by GlobalFoundries using its Fotonix platform.")).isTrue();
        assertThat(answers("what's in nvidia's spectrum-x platform?",
                "It combines the Spectrum-4 Ethernet switch with the BlueField-3 SuperNIC.")).isTrue();
    }

    @Test
    void namesAlreadyInTheQuestionOrFarFromTheRoleDoNotAnswer() {
        assertThat(answers("which company is buying ZT Systems' manufacturing business from AMD?",
                "AMD said it would seek a strategic partner to acquire ZT's US-based data-centre infrastructure manufacturing business."))
                .isFalse();
        assertThat(answers("who were intel's interim co-CEOs after gelsinger left?",
                "A day after Pat Gelsinger's abrupt retirement, attention has turned to who might lead Intel.")).isFalse();
        assertThat(answers("who's the CEO of d-Matrix",
                "Sid Sheth said on Tuesday that the card for running generative AI models would answer faster and more"
                        + " cheaply than graphics chips, according to the company's chief executive.")).isFalse();
    }
}
