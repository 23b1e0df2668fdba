package dev.wafer.retrieval.index;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which passages a candidate list is held to: an outlet, a span of publication times, or several of
 * them together or as alternatives. Each backend turns a filter into its own engine's query with an
 * exhaustive switch, so a new kind of filter is a compile error in every backend until it is handled.
 */
public sealed interface PassageFilter {

    /** Passages whose outlet's name holds {@code name} as a phrase. */
    record Outlet(Phrase name) implements PassageFilter {
        public Outlet {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Passages of articles published from {@code fromMillis} to {@code toMillis} (epoch millis, both included). */
    record Published(long fromMillis, long toMillis) implements PassageFilter {
        public Published {
            if (toMillis < fromMillis) {
                throw new IllegalArgumentException("the span ends (" + toMillis + ") before it starts (" + fromMillis + ")");
            }
        }
    }

    /** Passages of the articles with these ids: a search over just the articles a refresh brought. */
    record Articles(Set<String> ids) implements PassageFilter {
        public Articles {
            ids = Set.copyOf(ids);
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("a filter by articles needs at least one article id");
            }
        }
    }

    /** Passages that pass every one of {@code filters}. */
    record AllOf(List<PassageFilter> filters) implements PassageFilter {
        public AllOf {
            filters = nonEmpty(filters);
        }
    }

    /** Passages that pass any of {@code filters}. */
    record AnyOf(List<PassageFilter> filters) implements PassageFilter {
        public AnyOf {
            filters = nonEmpty(filters);
        }
    }

    /** A day matches articles dated within half a day of it, whatever the time zone they were dated in. */
    long DAY_SLACK_MILLIS = 12L * 3600 * 1000;

    /** Passages of an outlet named {@code name}, or none when the name has only stop words and cannot be matched. */
    static Optional<PassageFilter> outlet(String name) {
        return ContentTerms.phrase(PassageFields.PUBLISHER, name).map(Outlet::new);
    }

    /** Passages of articles published on {@code day} (in some time zone: within half a day of it in UTC). */
    static PassageFilter publishedOn(LocalDate day) {
        long start = day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        long end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        return new Published(start - DAY_SLACK_MILLIS, end - 1 + DAY_SLACK_MILLIS);
    }

    /**
     * Passages of articles published by the end of {@code day} (in some time zone, as for
     * {@link #publishedOn}): what was known that day. Articles without a date are left out, since
     * nothing says they were out by then.
     */
    static PassageFilter publishedBy(LocalDate day) {
        long end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        return new Published(Long.MIN_VALUE, end - 1 + DAY_SLACK_MILLIS);
    }

    /** Passages of the articles with these ids. */
    static PassageFilter ofArticles(Collection<String> articleIds) {
        return new Articles(Set.copyOf(articleIds));
    }

    static PassageFilter allOf(PassageFilter... filters) {
        return new AllOf(List.of(filters));
    }

    private static List<PassageFilter> nonEmpty(List<PassageFilter> filters) {
        List<PassageFilter> copy = List.copyOf(filters);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a combined filter needs at least one filter");
        }
        return copy;
    }
}
