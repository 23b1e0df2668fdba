package dev.wafer.retrieval.answer.extractive;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.answer.FixtureSources;
import dev.wafer.retrieval.answer.Question;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.corpus.Article;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** AI-chip briefs written for these tests; each case is a question a community member would ask. */
class ExtractiveAnswerComposerTest {

    private final ExtractiveAnswerComposer composer = new ExtractiveAnswerComposer();

    private static ScoredPassage source(String id, String publisher, String date, double similarity, String text) {
        return FixtureSources.content(id, "Brief " + id, publisher, date + "T08:00:00Z", text, similarity);
    }

    private Answer ask(String question, ScoredPassage... sources) {
        return composer.compose(Question.of(question), List.of(sources));
    }

    @Test
    void howMuchLeadsWithTheSentenceThatStatesTheAmount() {
        Answer answer = ask("How much did Nvidia say the H20 export licence requirement would cost it?",
                source("h20", "Reuters", "2025-04-16", 0.80, "The US government told Nvidia that exports of its H20"
                        + " chip to China now require a licence, the company said in a filing. Nvidia expects the"
                        + " requirement to cost it a charge of about $5.5 billion in its first quarter. The H20 was"
                        + " designed to comply with earlier export rules."));

        assertThat(answer.text()).startsWith("On 2025-04-16, Reuters reported: Nvidia expects the requirement to cost"
                + " it a charge of about $5.5 billion");
    }

    @Test
    void howMuchItCostIsAnsweredWithMoneyNotWithAShare() {
        // Both sentences carry a figure and most of the question's words; only one says what it cost.
        Answer answer = ask("How much did Nvidia say the H20 export licence requirement would cost it?",
                source("deal", "Reuters", "2025-08-11", 0.84, "President Trump said Nvidia agreed to give the US government"
                        + " 15 percent of its revenue from H20 chip sales to China in exchange for export licences, a"
                        + " requirement Nvidia said it would meet."),
                source("charge", "Reuters", "2025-04-15", 0.80, "Nvidia said it expected charges of about $5.5 billion"
                        + " after the US told it that exports of its H20 chip to China would require a licence."));

        assertThat(answer.text()).startsWith("On 2025-04-15, Reuters reported: Nvidia said it expected charges of about $5.5 billion");
    }

    @Test
    void aSentenceAboutAnotherModelOfTheSameFamilyDoesNotAnswer() {
        // The 4nm sentence shares more of the question's words; the question is about 2nm.
        Answer answer = ask("When did TSMC start producing 2nm chips?",
                source("az", "Reuters", "2025-01-10", 0.85, "TSMC has started producing 4nm chips for US customers at its"
                        + " first factory in Phoenix, Arizona, in late 2024."),
                source("n2", "Reuters", "2025-04-17", 0.80, "TSMC also said it was on track to begin volume production"
                        + " of its 2nm process in the second half of 2025."));

        assertThat(answer.text()).startsWith("On 2025-04-17, Reuters reported: TSMC also said it was on track to begin volume"
                + " production of its 2nm process").doesNotContain("4nm");
    }

    @Test
    void whenPrefersTheSentenceWithTheDate() {
        Answer answer = ask("When will TSMC start mass production of its 2nm chips?",
                source("n2", "Fab Weekly", "2025-01-10", 0.78, "TSMC said demand for its 2nm chips from smartphone"
                        + " and AI customers is higher than it was for 3nm chips. Mass production of the 2nm process"
                        + " is scheduled to begin in the second half of 2025 at its Hsinchu fab."));

        assertThat(answer.text()).contains("On 2025-01-10, Fab Weekly reported: Mass production of the 2nm process is"
                + " scheduled to begin in the second half of 2025");
        assertThat(answer.text().indexOf("second half of 2025")).isLessThan(answer.text().indexOf("higher than"));
    }

    @Test
    void latestQuestionsLeadWithTheNewestSourceAndSaySo() {
        Answer answer = ask("What is the latest milestone for Nvidia's market value?",
                source("jan", "Reuters", "2025-01-27", 0.83, "Nvidia lost nearly $600 billion in market value in a"
                        + " single day, a record drop for any company, after DeepSeek's model raised doubts."),
                source("jul", "CNBC", "2025-07-09", 0.81, "Nvidia became the first company to reach a market value"
                        + " of $4 trillion as investors bet on demand for its AI chips."),
                source("oct", "Financial Times", "2025-10-29", 0.79, "Nvidia became the first company to be worth"
                        + " $5 trillion after a rally driven by orders for its Blackwell chips."));

        assertThat(answer.text()).startsWith("As of 2025-10-29, Financial Times reported: Nvidia became the first"
                + " company to be worth $5 trillion");
        assertThat(answer.citations().getFirst().publisher()).isEqualTo("Financial Times");
    }

    @Test
    void aNewerArticleThatDoesNotAnswerNeverLeadsALatestQuestion() {
        Answer answer = ask("What is the latest on H20 export licences?",
                source("licence", "Reuters", "2025-07-15", 0.82, "Nvidia said the US government assured it that"
                        + " licences to export the H20 to China would be granted."),
                source("groq", "CNBC", "2025-12-24", 0.66, "Nvidia paid about $20 billion for Groq's assets, said the"
                        + " chief executive of the firm that led Groq's latest funding round."));

        assertThat(answer.text()).startsWith("As of 2025-07-15, Reuters reported: Nvidia said the US government assured it");
        assertThat(answer.citations()).extracting(Citation::publisher).doesNotContain("CNBC");
    }

    @Test
    void aYetQuestionLeadsWithTheNewestReportAboutItsSubjectThoughAnOlderOneSharesMoreWords() {
        // The older report repeats the question's words; the newer one settles it in its own words; the
        // newest is about another company shipping the same kind of part.
        Answer answer = ask("Has Lightmatter started shipping its photonic interconnect yet?",
                FixtureSources.content("old", "Lightmatter delays photonic interconnect shipments", "Fab Weekly",
                        "2025-03-01T08:00:00Z", "Lightmatter said it has not yet started shipping its photonic"
                        + " interconnect to customers and gave no new date for the first shipments.", 0.84),
                FixtureSources.content("new", "Lightmatter's optical links reach first customers", "Silicon Ledger",
                        "2025-09-10T08:00:00Z", "Lightmatter has started deliveries of its photonic links to two"
                        + " cloud providers, the Mountain View start-up said this week.", 0.72),
                FixtureSources.content("other", "Ayar Labs ships optical chiplets", "Harbor Tech News",
                        "2025-11-20T08:00:00Z", "Ayar Labs has started shipping its photonic interconnect chiplets"
                        + " to a defence contractor, the company said.", 0.74));

        assertThat(answer.text()).startsWith("As of 2025-09-10, Silicon Ledger reported: Lightmatter has started deliveries");
        assertThat(answer.citations()).extracting(Citation::publisher).doesNotContain("Harbor Tech News");
    }

    @Test
    void aQuestionDatingItsSubjectByAMonthIsNotAnsweredFromAnotherTimesStory() {
        // The earlier round's and the later tariff story's sentences carry a date and more of the words.
        Answer answer = ask("When did the march 2024 memory export rules take effect?",
                source("earlier", "Fab Weekly", "2023-06-02", 0.80, "The export rules announced on 1 June take"
                        + " effect in 30 days for memory makers, the department said."),
                source("march", "Silicon Ledger", "2024-03-20", 0.76, "Memory makers were told the new export"
                        + " licence requirements applied immediately, with no grace period for orders."),
                source("tariff", "Harbor Tech News", "2025-04-02", 0.78, "Tariffs on imported memory chips and"
                        + " other electronics take effect on 15 April, the trade office said."));

        assertThat(answer.text()).startsWith("On 2024-03-20, Silicon Ledger reported: Memory makers were told");
    }

    @Test
    void aClaimSeveralOutletsCarriedIsSaidOnceWithEveryOutletCounted() {
        Article stored = Article.of("https://news.example/a", "Brief a", "Reuters", null, Instant.parse("2025-09-01T08:00:00Z"),
                "SK hynix raised HBM prices.", Instant.parse("2025-09-01T09:00:00Z")).withAlsoReportedBy(List.of("EE Times", "HPCwire"));
        ExtractiveAnswerComposer counting = new ExtractiveAnswerComposer(id -> id.equals("a") ? Optional.of(stored) : Optional.empty());
        Answer answer = counting.compose(Question.of("Why did SK hynix raise HBM prices?"), List.of(
                source("a", "Reuters", "2025-09-01", 0.80, "SK hynix raised HBM prices for next year because demand"
                        + " from AI accelerator makers exceeds what it can produce."),
                source("b", "Nikkei Asia", "2025-09-02", 0.78, "SK hynix has raised HBM prices for next year because"
                        + " demand from AI accelerator makers exceeds what it can produce, people said. Samsung is"
                        + " expected to follow once its own 12-layer stacks pass qualification at the largest buyers.")));

        // Reuters' two syndicated copies are its report, carried; Nikkei Asia's is a report of its own.
        assertThat(answer.text()).startsWith("On 2025-09-01, Reuters (carried by 2 others) and Nikkei Asia reported:"
                + " SK hynix raised HBM prices").contains("[1][2]").doesNotContain("people said");
        assertThat(answer.citations()).extracting(Citation::publisher).containsExactly("Reuters", "Nikkei Asia");
    }

    @Test
    void aWireStoryOthersReranCountsOnceWithItsOriginNamed() {
        String wire = "Marvell signed a five-year agreement to supply Amazon Web Services with custom AI accelerators and"
                + " optical interconnect chips, the companies said on Tuesday, extending a partnership that began in 2020.";
        Answer answer = ask("How long is the Marvell AWS deal?",
                source("c", "Capital Circuit", "2024-12-04", 0.82, wire + " Distributed by Pacific Wire."),
                source("w", "Pacific Wire", "2024-12-03", 0.80, wire),
                source("d", "Daily Silicon", "2024-12-04", 0.70, "Marvell signed a five-year agreement to supply Amazon"
                        + " Web Services with custom AI accelerators and optical interconnect chips."));

        // The copy found first is told as its origin's report, on the day the origin ran it.
        assertThat(answer.text()).startsWith("On 2024-12-03, Pacific Wire (carried by 2 others) reported:");
        assertThat(answer.citations()).extracting(Citation::publisher).contains("Pacific Wire", "Capital Circuit");
    }

    @Test
    void outletsRepeatingAThirdOutletsReportCountAsThatOneReport() {
        Answer answer = ask("Is Meta renting Google TPUs?",
                source("f", "Fab Weekly", "2025-11-25", 0.80, "Meta is in talks to rent Google TPUs for its data centers"
                        + " next year, The Information reported, citing people familiar with the matter."),
                source("g", "Chip Wire", "2025-11-25", 0.78, "Meta is in talks to rent Google TPUs for its data centers"
                        + " next year, The Information reported. Alphabet shares rose 4% in early trading after the report"
                        + " and Nvidia fell about 3%, as investors weighed what a second big buyer of TPUs would mean."));

        assertThat(answer.text()).startsWith("On 2025-11-25, The Information (cited by 2 outlets) reported:")
                .contains("[1][2]");
    }

    @Test
    void sourcesThatDisagreeOnAFigureAreBothShownNewestFirst() {
        Answer answer = ask("How much will Nvidia's H20 inventory charge be?",
                source("x", "Reuters", "2025-04-16", 0.80, "Nvidia said the H20 inventory charge would be about"
                        + " $5.5 billion in its first quarter."),
                source("y", "Silicon Ledger", "2025-05-28", 0.79, "Nvidia said the H20 inventory charge came to"
                        + " $4.5 billion in its first quarter, less than it had expected."));

        assertThat(answer.text()).startsWith("Sources differ. On 2025-05-28, Silicon Ledger reported:")
                .contains("$4.5 billion", "$5.5 billion");
        assertThat(answer.text().indexOf("4.5")).isLessThan(answer.text().indexOf("5.5"));
    }

    @Test
    void outletsGivingDifferentFiguresInTheirOwnWordsAreBothShown() {
        // Neither the words nor the first names match ("Tenstorrent, the chip start-up …" / "The company"):
        // both answer the question under headlines naming the same start-up.
        Answer answer = ask("How much did Tenstorrent raise in its latest round?",
                FixtureSources.content("a", "Tenstorrent raises $693 million in round led by Samsung", "Chip Ledger",
                        "2024-12-02T08:00:00Z", "Tenstorrent, the chip start-up run by Jim Keller, said it had raised"
                                + " $693 million in a round led by Samsung Securities.", 0.80),
                FixtureSources.content("b", "Tenstorrent lands $700m for RISC-V AI chips", "Wire Daily",
                        "2024-12-03T08:00:00Z", "The company, which designs RISC-V processors, has raised about"
                                + " $700m from investors that include Bezos Expeditions and LG.", 0.78));

        assertThat(answer.text()).startsWith("Sources differ. On 2024-12-03, Wire Daily reported:")
                .contains("$693 million", "$700m");
        assertThat(answer.citations()).hasSize(2);
    }

    @Test
    void aSentenceThatNamesNoOneIsAboutWhatItsHeadlineNames() {
        // "the company" is CoreWeave; the other sentence names CoreWeave but gives its fundraising, not its value.
        Answer answer = ask("What was CoreWeave valued at in the IPO?",
                FixtureSources.content("a", "CoreWeave prices IPO at $40, below range", "Chip Ledger",
                        "2025-03-28T08:00:00Z", "CoreWeave sold 37.5 million shares in the offering on Thursday."
                                + " At that price the company is valued at about $23 billion on a fully diluted basis.",
                        0.80));

        assertThat(answer.text()).startsWith("On 2025-03-28, Chip Ledger reported: At that price the company is valued");
    }

    @Test
    void aComparisonGivesBothFiguresEachCitedThenWhichIsLarger() {
        Answer answer = ask("which has more HBM, the H200 or the MI325X?",
                FixtureSources.content("h", "Nvidia unveils H200 with faster memory", "Chip Ledger",
                        "2023-11-13T08:00:00Z", "Nvidia on Monday introduced the H200, its new data-centre GPU."
                                + " Each chip carries 141GB of HBM3e memory at 4.8 terabytes per second.", 0.80),
                FixtureSources.content("m", "AMD ships MI325X accelerator", "Wire Daily",
                        "2024-10-10T08:00:00Z", "AMD said its MI325X carries 256GB of HBM3E memory, more than"
                                + " any accelerator it has shipped before.", 0.78));

        assertThat(answer.text()).doesNotContain("In short", "Sources differ")
                .contains("141GB of HBM3e memory at 4.8 terabytes per second [1]", "256GB of HBM3E memory")
                .endsWith("So MI325X has more: 256GB against 141GB for H200 [1][2].");
        assertThat(answer.text().indexOf("141GB")).isLessThan(answer.text().indexOf("256GB"));
    }

    @Test
    void outletsStatingOneFigureInTheirOwnWordsAreCountedOnce() {
        // A stand-in for the embedding model: the other two sentences sit at 0.75 from the first, as
        // sentences about one company's deals do, so only the figure tells one claim from another deal.
        SentenceMeaning aboutTheDeal = (question, sentences) -> new SentenceMeaning.Vectors(new float[] {1, 0},
                sentences.stream().map(sentence -> sentence.contains("$4.9 billion") ? new float[] {1, 0}
                        : sentence.contains("US$4,900") ? new float[] {0.75f, 0.6614f} : new float[] {0.75f, -0.6614f})
                        .toList());
        ExtractiveAnswerComposer composer = new ExtractiveAnswerComposer(id -> Optional.empty(), aboutTheDeal);
        Answer answer = composer.compose(Question.of("How much is AMD paying for ZT Systems?"), List.of(
                FixtureSources.content("a", "AMD to buy server builder ZT Systems for $4.9 billion", "Chip Ledger",
                        "2024-08-19T08:00:00Z", "Advanced Micro Devices said on Monday it would acquire ZT Systems"
                                + " for $4.9 billion in cash and stock.", 0.80),
                FixtureSources.content("b", "AMD's ZT Systems deal is about racks", "Wire Daily",
                        "2024-08-19T14:00:00Z", "AMD has agreed to buy ZT Systems in a transaction valued at"
                                + " US$4,900 million, including contingent payments.", 0.78),
                FixtureSources.content("c", "AMD sells ZT Systems' factories", "Fab Weekly",
                        "2025-05-19T08:00:00Z", "Sanmina has agreed to buy the manufacturing business of ZT Systems"
                                + " from AMD for $3 billion.", 0.70)));

        assertThat(answer.text()).startsWith("On 2024-08-19, Chip Ledger and Wire Daily reported: Advanced Micro"
                + " Devices said on Monday it would acquire ZT Systems for $4.9 billion in cash and stock [1][2].");
    }

    @Test
    void twoCompaniesFiguresAreNoDisagreement() {
        Answer answer = ask("How big were the inventory charges for China chips?",
                source("x", "Reuters", "2025-05-28", 0.80, "Nvidia said its inventory charge for China chips came to"
                        + " $4.5 billion in the first quarter."),
                source("y", "Silicon Ledger", "2025-05-07", 0.79, "AMD said its inventory charge for China chips came to"
                        + " $800 million in the second quarter."));

        assertThat(answer.text()).doesNotContain("Sources differ").contains("$4.5 billion");
    }

    /** A fund launched in phases, the way state chip funds are written about. */
    private static final String FUND_PHASES = "Seoul has launched the third and largest phase of its national chip"
            + " fund, with 18 trillion won of committed capital, the finance ministry said. It is larger than"
            + " the earlier phases together: the first fund, started in 2016, raised 4.2 trillion won, and the"
            + " second, set up in 2020, raised 9.5 trillion won. The Chip Fund III will back equipment and"
            + " materials makers for ten years.";

    @Test
    void aFigureAboutAnotherGenerationOfTheAskedThingNeverLeads() {
        Answer answer = ask("How big is Korea's Chip Fund III?", FixtureSources.content("k", "Korea opens third"
                + " 'Chip Fund' with 18 trillion won", "Fab Weekly", "2025-02-03T08:00:00Z", FUND_PHASES, 0.8));

        assertThat(answer.text()).startsWith("On 2025-02-03, Fab Weekly reported: Seoul has launched the third and"
                + " largest phase").contains("18 trillion won");
    }

    @Test
    void aComparisonOfTwoNumberedGenerationsTakesEachOnesFigure() {
        Answer answer = ask("chip fund 3 vs chip fund 2 size", FixtureSources.content("k", "Korea opens third"
                + " 'Chip Fund' with 18 trillion won", "Fab Weekly", "2025-02-03T08:00:00Z", FUND_PHASES, 0.8));

        assertThat(answer.text()).contains("18 trillion won", "9.5 trillion won")
                .endsWith("So chip fund 3 has more: 18 trillion won against 9.5 trillion won for chip fund 2 [1].");
    }

    @Test
    void citationMarkersGoInsideTheClosingFullStop() {
        assertThat(ExtractiveAnswerComposer.cite("DeepSeek delayed R2.", 2)).isEqualTo("DeepSeek delayed R2 [2].");
        assertThat(ExtractiveAnswerComposer.cite("\"We disagree,\" it said!", 1)).isEqualTo("\"We disagree,\" it said [1]!");
    }

    @Test
    void everyAttributionSaysWhoAndWhenOrThatItIsUndated() {
        Optional<Instant> date = Optional.of(Instant.parse("2025-04-16T09:00:00Z"));
        assertThat(ExtractiveAnswerComposer.attribution("Fab Weekly", date)).isEqualTo("On 2025-04-16, Fab Weekly reported:");
        assertThat(ExtractiveAnswerComposer.attribution("Fab Weekly", Optional.empty())).isEqualTo("Fab Weekly (undated) reported:");
        assertThat(ExtractiveAnswerComposer.attribution("Unknown publisher", Optional.empty())).isEqualTo("An undated article reported:");
    }

    @Test
    void nearDuplicateSentencesAreRecognised() {
        assertThat(ExtractiveAnswerComposer.nearDuplicate(
                "DeepSeek delayed its R2 model after training on Huawei Ascend chips failed.",
                "DeepSeek has delayed the R2 model after training on Huawei's Ascend chips failed repeatedly.")).isTrue();
        assertThat(ExtractiveAnswerComposer.nearDuplicate(
                "DeepSeek delayed its R2 model after training on Huawei Ascend chips failed.",
                "Nvidia expects a 5.5 billion dollar charge tied to H20 inventory.")).isFalse();
    }
}
