package dev.wafer.retrieval.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RememberedSourcingTest {

    private static final String RUMOR = "The chipmaker is said to be weighing a second fab, people familiar with the plan said.";
    private static final String PASSAGE = "Lumen Silicon opened its first fab in May. " + RUMOR;

    /** The real classifier, counting the sentences it is given. */
    private static final class CountingCues implements SourcingClassifier {
        private final AttributionCues cues = new AttributionCues();
        private final List<String> given = new ArrayList<>();

        @Override
        public Sourcing classify(String sentence, String context) {
            given.add(sentence);
            return cues.classify(sentence, context);
        }
    }

    @Test
    void aSentenceReadAgainInItsPassageGetsTheSameSourcingWithoutBeingReadAgain() {
        CountingCues cues = new CountingCues();
        RememberedSourcing remembered = new RememberedSourcing(cues);

        Sourcing first = remembered.classify(RUMOR, PASSAGE);
        Sourcing again = remembered.classify(RUMOR, PASSAGE);

        assertThat(first).isEqualTo(new AttributionCues().classify(RUMOR, PASSAGE));
        assertThat(first.kind()).isEqualTo(Sourcing.Kind.ANONYMOUS);
        assertThat(again).isEqualTo(first);
        assertThat(cues.given).containsExactly(RUMOR);
    }

    @Test
    void theSameSentenceInAnotherPassageIsReadAfresh() {
        CountingCues cues = new CountingCues();
        RememberedSourcing remembered = new RememberedSourcing(cues);
        String surname = "Okafor said the fab would open in 2027.";

        Sourcing alone = remembered.classify(surname, "");
        Sourcing named = remembered.classify(surname, "Chief executive Ada Okafor spoke at the opening. " + surname);

        assertThat(cues.given).hasSize(2);
        assertThat(alone).isEqualTo(new AttributionCues().classify(surname, ""));
        assertThat(named).isEqualTo(new AttributionCues().classify(surname,
                "Chief executive Ada Okafor spoke at the opening. " + surname));
    }

    @Test
    void refusesNoClassifier() {
        assertThatThrownBy(() -> new RememberedSourcing(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("classifier");
    }
}
