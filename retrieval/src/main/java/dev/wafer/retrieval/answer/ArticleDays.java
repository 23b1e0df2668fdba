package dev.wafer.retrieval.answer;

import java.time.LocalDate;
import java.util.List;

/** Which days the corpus holds articles from, for questions that name a day. */
public interface ArticleDays {

    /** Every day held: for answer services whose corpus cannot say (tests, benchmarks). */
    ArticleDays EVERY_DAY = new ArticleDays() {
        @Override
        public boolean published(LocalDate day) {
            return true;
        }

        @Override
        public List<Integer> years() {
            return List.of();
        }
    };

    /** True when some article was published on {@code day} (in some time zone: within half a day of it in UTC). */
    boolean published(LocalDate day);

    /** The years the articles' publication dates span, oldest first. */
    List<Integer> years();
}
