package dev.wafer.eval.chipqa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChipQaCheckTest {

    private static final Path FILE = Path.of("questions.jsonl");

    private static ChipQaQuestion question(String json) {
        return ChipQaSet.parse(FILE, 1, json);
    }

    private static Answer answered(String text, String... urls) {
        List<Citation> citations = new java.util.ArrayList<>();
        for (int i = 0; i < urls.length; i++) {
            citations.add(new Citation(i + 1, "Headline " + (i + 1), "Outlet", urls[i], Instant.parse("2024-07-12T00:00:00Z")));
        }
        return new Answer("q", text, Answer.Mode.EXTRACTIVE, false, citations, null, Duration.ZERO);
    }

    private static Answer declined() {
        return new Answer("q", "The news I have does not cover that.", Answer.Mode.EXTRACTIVE, true, List.of(), null,
                Duration.ZERO);
    }

    @Test
    void anAmountPassesInAnyCaseWhenItsArticleIsCited() {
        ChipQaQuestion price = question("""
                {"id": "x-1", "q": "gaudi 3 price", "kind": "amount", "mention": "125,?000|\\\\$?125 ?k\\\\b",
                 "cite": ["gaudi-3-price"]}""");

        assertThat(ChipQaCheck.failure(price, answered("A kit of eight costs $125,000 [1].",
                "https://outlet.example/2024/04/09/intel-gaudi-3-price"))).isEmpty();
        assertThat(ChipQaCheck.failure(price, answered("A KIT COSTS $125K [1].",
                "https://outlet.example/2024/04/09/intel-gaudi-3-price"))).isEmpty();
        assertThat(ChipQaCheck.failure(price, answered("A kit costs $125,000 [1].",
                "https://outlet.example/2024/04/09/other-story"))).contains("no citation whose url contains 'gaudi-3-price'");
        assertThat(ChipQaCheck.failure(price, answered("It is expensive [1].",
                "https://outlet.example/2024/04/09/intel-gaudi-3-price"))).get().asString().startsWith("answer lacks");
        assertThat(ChipQaCheck.failure(price, declined())).contains("declined an answerable question");
    }

    @Test
    void everyPatternOfMentionAllMustMatch() {
        ChipQaQuestion conflict = question("""
                {"id": "x-2", "q": "how much did they raise?", "kind": "conflict",
                 "mentionAll": ["\\\\b120 ?(million|m)\\\\b", "\\\\b125 ?(million|m)\\\\b"], "cite": ["a-120", "b-125"]}""");

        assertThat(ChipQaCheck.failure(conflict, answered("A said $120 million [1]; B said $125m [2].",
                "https://a.example/a-120", "https://b.example/b-125"))).isEmpty();
        assertThat(ChipQaCheck.failure(conflict, answered("A said $120 million [1].", "https://a.example/a-120",
                "https://b.example/b-125"))).get().asString().contains("125");
    }

    @Test
    void aQuestionToDeclinePassesOnlyDeclined() {
        ChipQaQuestion future = question("""
                {"id": "x-3", "q": "How much will the next one cost?", "kind": "abstain", "abstain": true}""");

        assertThat(ChipQaCheck.failure(future, declined())).isEmpty();
        assertThat(ChipQaCheck.failure(future, answered("It costs $5 [1].", "https://a.example/x")))
                .contains("should have declined, but answered");
    }

    @Test
    void declineOrMentionAcceptsEitherButNotAnotherAnswer() {
        ChipQaQuestion outlet = question("""
                {"id": "x-4", "q": "what has kilobyte courier reported?", "kind": "outlet", "abstainOr": "kilobyte ?courier"}""");

        assertThat(ChipQaCheck.failure(outlet, declined())).isEmpty();
        assertThat(ChipQaCheck.failure(outlet, answered("I have no Kilobyte Courier reports; others said X [1].",
                "https://a.example/x"))).isEmpty();
        assertThat(ChipQaCheck.failure(outlet, answered("Others said X [1].", "https://a.example/x")))
                .get().asString().startsWith("neither declined nor matched");
    }

    @Test
    void aMarkerNamingNoListedCitationFails() {
        ChipQaQuestion price = question("""
                {"id": "x-5", "q": "gaudi 3 price", "kind": "amount", "mention": "125,?000"}""");

        assertThat(ChipQaCheck.failure(price, answered("It costs $125,000 [1, 3].", "https://a.example/x")))
                .contains("marker [3] names no listed citation");
    }
}
