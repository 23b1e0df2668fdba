package dev.wafer.eval.chipqa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.eval.IndexedCorpus;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How many independent reports answers say stand behind a claim, on ChipQA's dev set
 * (../shared/eval/chipqa): its corroborated questions (one fact from 2–3 outlets in their own words —
 * each cited article is a report of its own) and its syndicated ones (the same text from a second outlet
 * a day later, which the set marks by giving both copies one address slug — one report, named after the
 * outlet that ran it first). The target is every count right; {@link #FLOOR} keeps what is reached from
 * sliding back. About half a minute (69 articles embedded).
 * Skipped, saying why, without ../shared; failed under CI=true.
 */
@Tag("devset")
class ChipQaIndependentCountsTest {

    private static final Path CHIPQA = SharedData.path("eval", "chipqa");
    /** Counts right (of 6), less nothing: every one. */
    private static final int FLOOR = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** "On 2024-07-12, The Lithograph, Northbridge Review and Capital Circuit reported: …" up to the next lead-in. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?:^|(?<=[.!?\\]] ))(?:(?:On|As of) \\d{4}-\\d{2}-\\d{2}, )?([^:.\\[\\]]+?)(?: \\(undated\\))? reported: (.*?)(?=(?:On|As of) \\d{4}-\\d{2}-\\d{2}, |$)",
            Pattern.DOTALL);
    private static final Pattern OTHERS = Pattern.compile("^(\\d+) others$");
    private static final Pattern CARRIERS = Pattern.compile(" \\((?:carried|cited) by (?:\\d+ (?:others?|outlets?)|another outlet)\\)");

    /** One article of the corpus: who ran it, when, and its address slug (the copies of one text share it). */
    private record Story(String url, String outlet, OffsetDateTime published) {
        String slug() {
            return url.substring(url.lastIndexOf('/') + 1);
        }
    }

    /** A question whose answer must count {@code reports} independent reports, the first named {@code origin} when known. */
    private record Case(ChipQaQuestion question, int reports, String origin) {
    }

    @Test
    void everyCorroboratedAndSyndicatedCountIsRight() throws IOException {
        SharedData.require(CHIPQA.resolve("questions.jsonl"), "Checking independent report counts on ChipQA");
        ChipQaSet set = ChipQaSet.read(CHIPQA);
        List<Story> stories = stories(set.corpus());
        List<Case> cases = cases(set.questions(), stories);
        assertThat(cases).as("ChipQA's corroborated and syndicated questions").hasSizeGreaterThanOrEqualTo(6);

        List<String> wrong = new ArrayList<>();
        try (IndexedCorpus corpus = IndexedCorpus.build(set.corpus(), null, "ChipQA", line -> { })) {
            AnswerService answers = corpus.library().extractiveAnswers();
            for (Case counted : cases) {
                Answer answer = answers.answer(Question.of(counted.question().text()));
                Optional<String> leadIn = leadIn(answer.text(), counted.question());
                String verdict = leadIn.map(who -> verdict(who, counted)).orElse("no lead-in names the outlets");
                System.out.printf("%s %-45s %s%n", counted.question().id(), leadIn.orElse("-"), verdict);
                if (!verdict.equals("right")) {
                    wrong.add(counted.question().id() + ": " + verdict + " — " + answer.text().replaceAll("\\s+", " "));
                }
            }
        }
        int right = cases.size() - wrong.size();
        System.out.printf("Independent counts right: %d of %d%n", right, cases.size());
        wrong.forEach(miss -> System.out.println("  wrong: " + miss));
        assertThat(right).as("ChipQA answers whose count of independent reports is right; wrong: " + wrong)
                .isGreaterThanOrEqualTo(FLOOR);
    }

    /**
     * Corroborated: every cited article is its own report. Syndicated: the articles sharing the cited
     * slug are one text, so one report, from the outlet that ran it first.
     */
    private static List<Case> cases(List<ChipQaQuestion> questions, List<Story> stories) {
        List<Case> cases = new ArrayList<>();
        for (ChipQaQuestion question : questions) {
            if (question.kind().equals("corroborated")) {
                cases.add(new Case(question, question.cite().size(), null));
                continue;
            }
            for (String cite : question.cite()) {
                List<Story> copies = stories.stream().filter(story -> story.slug().equals(cite))
                        .sorted(Comparator.comparing(Story::published)).toList();
                if (question.cite().size() == 1 && copies.size() > 1) {
                    cases.add(new Case(question, 1, copies.getFirst().outlet()));
                }
            }
        }
        return cases;
    }

    /**
     * The outlets named before the sentence that answers: the lead-in of the part matching the question's
     * mention, else the first (what the answer leads with; whether it answers is ChipQaDevSetTest's concern).
     */
    private static Optional<String> leadIn(String text, ChipQaQuestion question) {
        Matcher part = LEAD_IN.matcher(text);
        String first = null;
        while (part.find()) {
            first = first == null ? part.group(1).strip() : first;
            if (question.mentionPattern().map(mention -> mention.matcher(part.group(2)).find()).orElse(true)) {
                return Optional.of(part.group(1).strip());
            }
        }
        return Optional.ofNullable(first);
    }

    private static String verdict(String who, Case counted) {
        List<String> names = new ArrayList<>();
        int reports = 0;
        for (String name : CARRIERS.matcher(who).replaceAll("").split(", | and ")) {
            Matcher others = OTHERS.matcher(name.strip());
            if (others.matches()) {
                reports += Integer.parseInt(others.group(1));
            } else {
                names.add(name.strip());
                reports++;
            }
        }
        if (reports != counted.reports()) {
            return "counted " + reports + " independent reports, expected " + counted.reports();
        }
        if (counted.origin() != null && !names.getFirst().equals(counted.origin())) {
            return "named " + names.getFirst() + " first, expected the first to run it, " + counted.origin();
        }
        return "right";
    }

    private static List<Story> stories(Path corpus) throws IOException {
        List<Story> stories = new ArrayList<>();
        for (String line : Files.readAllLines(corpus)) {
            if (!line.isBlank()) {
                JsonNode article = JSON.readTree(line);
                if (article.hasNonNull("published_at")) {
                    stories.add(new Story(article.path("url").asText(), article.path("source").asText(),
                            OffsetDateTime.parse(article.path("published_at").asText())));
                }
            }
        }
        return stories;
    }
}
