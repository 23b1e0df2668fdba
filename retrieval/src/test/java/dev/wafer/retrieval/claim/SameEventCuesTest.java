package dev.wafer.retrieval.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * A kind of event is looked for only in clauses that hold one of its cues, so a cue list that misses a
 * form of the kind's words would silently stop reading that event. Every form the words accept, written
 * out, and every sentence of the labelled pairs must be read the same with and without the cues.
 */
class SameEventCuesTest {

    /** One or more forms of each alternative of each kind's words, in the case news writes them. */
    private static final List<String> FORMS = List.of(
            "Nvidia acquires Run:ai", "the acquisition of Mellanox", "AMD Buys ZT Systems", "SoftBank bought Graphcore",
            "Intel Purchased a stake", "a takeover of Arm", "Qualcomm takes over Nuvia", "it took over Altera",
            "Broadcom is taking over VMware", "Marvell snapped up Inphi", "Graphcore is now part of SoftBank",
            "Altera became a wholly-owned subsidiary of Intel", "Mellanox is now owned by Nvidia",
            "the merger of Synopsys and Ansys", "Tower merged with Intel",
            "Intel sells its stake in Mobileye", "AMD sold its factories in Texas", "the Sale of its fab business",
            "a divestiture of the unit", "Intel spins off Altera", "it spun off its NAND arm",
            "Cerebras raised $1.1 billion", "a Series D round", "new funding for Groq", "debt financing",
            "a round of $640 million", "an investment in Anthropic", "it invested $2 billion",
            "an initial public offering", "the IPO of Cerebras", "Arm went public", "plans to go public",
            "its listing on Nasdaq", "mass production of HBM4", "TSMC produces in volume", "trial production of N2",
            "risk production", "Samsung delayed the plant", "pushed back to 2026", "postponed the launch",
            "Intel cuts 15% of its workforce", "layoffs at Micron", "it laid off 500 staff", "eliminated 1,000 jobs",
            "Intel named Lip-Bu Tan chief executive", "appointed a new CFO", "hired a president",
            "Tan took over as CEO", "Gelsinger retired", "the chairman resigned", "he stepped down", "was fired",
            "new export controls", "added to the Entity List", "restricts exports of HBM", "banned the sale of H20");

    @Test
    void everyFormOfAKindsWordsHoldsOneOfItsCues() throws IOException {
        List<String> texts = new ArrayList<>(FORMS);
        texts.addAll(pairSentences());
        int matched = 0;
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (SameEvent.Kind kind : SameEvent.Kind.values()) {
                Matcher words = kind.words.matcher(text);
                while (words.find()) {
                    matched++;
                    assertThat(kind.mayBeIn(lower)).as("%s in \"%s\" (%s)", kind, text, words.group()).isTrue();
                }
            }
        }
        // Every kind's words are met, so no kind's cues go untested.
        for (SameEvent.Kind kind : SameEvent.Kind.values()) {
            assertThat(FORMS).as(kind.name()).anyMatch(form -> kind.words.matcher(form).find());
        }
        assertThat(matched).isGreaterThan(FORMS.size());
    }

    private static List<String> pairSentences() throws IOException {
        try (InputStream in = SameEventCuesTest.class.getResourceAsStream("/claim/same-claim-pairs.tsv")) {
            List<String> sentences = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] columns = line.split("\t");
                if (!line.startsWith("#") && columns.length == 3) {
                    sentences.add(columns[1]);
                    sentences.add(columns[2]);
                }
            }
            return sentences;
        }
    }
}
