package dev.wafer.bot.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.Embedder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGroupsTest {

    private static final Embedder EMBEDDER = NewsLibrary.sharedEmbedder().get();
    static final List<List<String>> TOPICS = List.of(
            List.of("Did Nvidia get a licence to sell the H20 in China?",
                    "Can Nvidia still ship H20 chips to China?",
                    "Is the H20 export licence for China approved?",
                    "nvidia h20 china export license status"),
            List.of("When will Samsung start mass production of HBM4?",
                    "Has Samsung begun HBM4 mass production?",
                    "samsung hbm4 production start date"),
            List.of("How much did TSMC spend on its Arizona fab?",
                    "What is TSMC's total investment in Arizona?",
                    "TSMC Arizona investment amount"),
            List.of("Why was DeepSeek's R2 model delayed?",
                    "What delayed the release of DeepSeek R2?"),
            List.of("Who is the new CEO of Intel?",
                    "Who runs Intel now after Gelsinger left?"),
            List.of("When will Nvidia ship Blackwell Ultra?"),
            List.of("Did Samsung pass Nvidia's HBM3E qualification?"),
            List.of("Will TSMC build a second fab in Japan?"),
            List.of("Did Intel win the Microsoft 18A foundry order?"),
            List.of("Is Huawei's Ascend 910C as fast as the H20?"));

    static KeptQuestion kept(String text, KeptQuestion.Kind kind, Instant at, String server, List<String> sources) {
        return new KeptQuestion(kind, text, at, server, sources, EMBEDDER.embedPassages(List.of(text)).getFirst());
    }

    @Test
    void rewordingsOfOneQuestionGroupTogetherAndNeighbouringStoriesStayApart() {
        List<KeptQuestion> kept = new ArrayList<>();
        Map<String, Integer> topicOf = new HashMap<>();
        Instant at = Instant.parse("2025-09-01T10:00:00Z");
        for (int t = 0; t < TOPICS.size(); t++) {
            for (String question : TOPICS.get(t)) {
                kept.add(kept(question, KeptQuestion.Kind.DECLINED, at, "s" + t, List.of()));
                topicOf.put(question, t);
                at = at.plusSeconds(60);
            }
        }
        Collections.shuffle(kept, new Random(7));

        List<TopicGroup> groups = QuestionGroups.of(kept);

        assertThat(groups).allSatisfy(group -> assertThat(group.questions().stream()
                .map(question -> topicOf.get(question.text())).distinct()).as(group.topic()).hasSize(1));
        for (int t = 0; t < 4; t++) {
            List<String> topic = TOPICS.get(t);
            assertThat(groups).as("one group for " + topic.getFirst())
                    .filteredOn(group -> topic.contains(group.topic()))
                    .singleElement().satisfies(group -> assertThat(group.declined()).isEqualTo(topic.size()));
        }
        assertThat(groups.getFirst().declined()).as("most asked first").isEqualTo(4);
    }

    @Test
    void oneSubjectAskedAboutDifferentCompaniesMakesAGapForEach() {
        Instant at = Instant.parse("2025-09-01T10:00:00Z");
        List<KeptQuestion> kept = List.of(
                kept("Are H20 exports to China allowed for Nvidia?", KeptQuestion.Kind.DECLINED, at, "1", List.of()),
                kept("Are MI308 exports to China allowed for AMD?", KeptQuestion.Kind.DECLINED, at.plusSeconds(5), "1", List.of()),
                kept("nvidia h20 exports china allowed?", KeptQuestion.Kind.DECLINED, at.plusSeconds(9), "2", List.of()),
                kept("amd mi308 export china allowed", KeptQuestion.Kind.DECLINED, at.plusSeconds(12), "2", List.of()),
                kept("When will Samsung start mass production of HBM4?", KeptQuestion.Kind.DECLINED, at.plusSeconds(20), "3",
                        List.of()),
                kept("When will SK hynix start mass production of HBM4?", KeptQuestion.Kind.DECLINED, at.plusSeconds(30), "3",
                        List.of()),
                // Naming no company, it is asked about the subject alone: it joins the first gap it matches.
                kept("h20 exports to china allowed?", KeptQuestion.Kind.DECLINED, at.plusSeconds(40), "3", List.of()));

        List<TopicGroup> groups = QuestionGroups.of(kept);

        assertThat(groups).extracting(TopicGroup::declined).containsExactlyInAnyOrder(3, 2, 1, 1);
        assertThat(groups).allSatisfy(group -> {
            List<String> asked = group.questions().stream().map(question -> question.text().toLowerCase(java.util.Locale.ROOT))
                    .toList();
            assertThat(asked.stream().anyMatch(text -> text.contains("nvidia"))
                    && asked.stream().anyMatch(text -> text.contains("amd"))).as(group.topic()).isFalse();
            assertThat(asked.stream().anyMatch(text -> text.contains("samsung"))
                    && asked.stream().anyMatch(text -> text.contains("hynix"))).as(group.topic()).isFalse();
        });
    }

    @Test
    void theSameQuestionAskedAgainCountsAgainWithItsSourcesAndServers() {
        Instant at = Instant.parse("2025-09-01T10:00:00Z");
        String source = "SK hynix ships HBM4 samples — https://news.example/hbm4 (2025-08-01)";
        List<KeptQuestion> kept = List.of(
                kept("When will Samsung start mass production of HBM4?", KeptQuestion.Kind.DECLINED, at, "1", List.of(source)),
                kept("when will samsung start mass production of HBM4", KeptQuestion.Kind.DECLINED, at.plusSeconds(5), "2",
                        List.of(source)),
                kept("Has Samsung begun HBM4 mass production?", KeptQuestion.Kind.VOTED_DOWN, at.plusSeconds(9), "2",
                        List.of()),
                kept("Has Samsung begun HBM4 mass production?", KeptQuestion.Kind.VOTED_UP, at.plusSeconds(10), "3",
                        List.of()));

        TopicGroup group = QuestionGroups.of(kept).getFirst();

        assertThat(group.declined()).isEqualTo(2);
        assertThat(group.votedDown()).isEqualTo(1);
        assertThat(group.votedUp()).isEqualTo(1);
        assertThat(group.servers()).isEqualTo(3);
        assertThat(group.questions().getFirst()).isEqualTo(new TopicGroup.Counted(
                "When will Samsung start mass production of HBM4?", 2));
        assertThat(group.nearMiss()).containsExactly(new TopicGroup.Counted(source, 2));
        assertThat(group.last()).isEqualTo(at.plusSeconds(10));
    }
}
