package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private static final String STORY = "Taiwan Semiconductor Manufacturing Co. will double its capacity for"
            + " chip-on-wafer-on-substrate packaging by the end of next year, the company told investors on Tuesday,"
            + " as orders for AI accelerators from Nvidia and AMD continue to outrun supply. The foundry said it is"
            + " converting a fab in Tainan into a packaging plant, and that a second site will start volume production"
            + " in the third quarter.";

    @Test
    void aSyndicatedCopyWithItsOwnIntroIsTheSameStory() {
        String copy = "This story originally appeared on Chip Ledger. " + STORY + " Shares rose 3 percent.";

        assertThat(NearDuplicates.similarity(STORY, copy)).isGreaterThan(NearDuplicates.SAME_STORY);
    }

    @Test
    void anotherStoryAboutTheSameCompanyIsNot() {
        String other = "Taiwan Semiconductor Manufacturing Co. reported quarterly revenue above forecasts on Thursday,"
                + " helped by demand for 3-nanometre chips used in smartphones and AI servers, and raised its outlook"
                + " for the year while warning that currency swings could trim its gross margin by a point.";

        assertThat(NearDuplicates.similarity(STORY, other)).isLessThan(0.2);
        NearDuplicates known = new NearDuplicates();
        known.add("tsmc", STORY);
        assertThat(known.find(other)).isEmpty();
        assertThat(known.find(STORY + " Updated with analyst comment.")).get()
                .extracting(NearDuplicates.Match::id).isEqualTo("tsmc");
    }
}
