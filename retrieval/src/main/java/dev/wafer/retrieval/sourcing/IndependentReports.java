package dev.wafer.retrieval.sourcing;

import dev.wafer.corpus.extract.NearDuplicates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts the independent reports among the articles cited for one claim. "Three outlets said so"
 * overstates the evidence when two of them re-ran the third's wire story, or when all of them
 * repeat one outlet's report citing people familiar: copies of one text (found as the corpus finds
 * syndicated copies, {@link NearDuplicates}) count once under the earliest outlet, and reports
 * taken from the same outlet count once under that outlet. A pure function of the articles given.
 */
public final class IndependentReports {

    private static final SourcingClassifier SOURCING = RememberedSourcing.attributionCues();

    private IndependentReports() {
    }

    /**
     * One article cited for the claim.
     *
     * @param outlet         who published it
     * @param published      when, or null when undated (undated articles sort last)
     * @param text           its text, compared with the others to find copies
     * @param sourcing       what the claim rests on in it; its {@code via} names the outlet it was taken from
     * @param alsoReportedBy outlets that carried a copy of it, as the corpus recorded when they arrived
     */
    public record Report(String outlet, Instant published, String text, Sourcing sourcing, List<String> alsoReportedBy) {

        public Report {
            if (outlet == null || outlet.isBlank()) {
                throw new IllegalArgumentException("outlet must not be blank");
            }
            text = text == null ? "" : text;
            alsoReportedBy = alsoReportedBy == null ? List.of() : List.copyOf(alsoReportedBy);
        }
    }

    /**
     * One independent report.
     *
     * @param origin    the outlet it comes from: the first to run a copied text, or the outlet others cite
     * @param carriedBy the other outlets that carried or repeated it, in the order met
     * @param cited     true when {@code origin} is not itself among the articles, only named by them
     * @param published when the first of its articles appeared, or null when none is dated
     */
    public record Origin(String origin, List<String> carriedBy, boolean cited, Instant published) {

        public Origin {
            carriedBy = List.copyOf(carriedBy);
        }

        /** "Reuters, carried by 4 others", "The Information, cited by another outlet", "Nikkei". */
        public String describe() {
            return carriedBy.isEmpty() ? origin : origin + ", " + carriers();
        }

        /** "Reuters (carried by 4 others)", "Nikkei": the origin as one name in a list of outlets. */
        public String named() {
            return carriedBy.isEmpty() ? origin : origin + " (" + carriers() + ")";
        }

        /** "carried by 4 others", "cited by 2 outlets"; one is "another outlet", never "1 outlet". */
        private String carriers() {
            int others = carriedBy.size();
            String count = others == 1 ? "another outlet" : others + (cited ? " outlets" : " others");
            return (cited ? "cited by " : "carried by ") + count;
        }
    }

    /** The independent reports among {@code reports}, the earliest first. */
    public static List<Origin> of(List<Report> reports) {
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Group> groups = new ArrayList<>();
        for (Report report : ordered) {
            Group home = groups.stream().filter(group -> group.takes(report)).findFirst().orElse(null);
            if (home == null) {
                groups.add(new Group(report));
            } else {
                home.add(report);
            }
        }
        return groups.stream().map(Group::origin).toList();
    }

    /**
     * The independent reports among {@code lead} and {@code others}: first the one {@code lead} belongs to
     * (its origin, when it is a copy or repeats another's report), then the rest, the earliest first. An
     * answer tells the claim from {@code lead}, so the report it names first, and its day, are that one's.
     */
    public static List<Origin> led(Report lead, List<Report> others) {
        List<Report> all = new ArrayList<>(List.of(lead));
        all.addAll(others);
        List<Origin> origins = new ArrayList<>(of(all));
        for (int i = 0; i < origins.size(); i++) {
            Origin origin = origins.get(i);
            if (Group.same(origin.origin(), lead.outlet())
                    || origin.carriedBy().stream().anyMatch(outlet -> Group.same(outlet, lead.outlet()))) {
                origins.addFirst(origins.remove(i));
                break;
            }
        }
        return List.copyOf(origins);
    }

    /**
     * The report of one sentence cited for a claim, what it rests on read from the sentence in its passage.
     *
     * @param passage the text around the sentence: compared with the other reports' to find copies
     */
    public static Report cited(String outlet, Instant published, String sentence, String passage,
                               List<String> alsoReportedBy) {
        return new Report(outlet, published, passage, SOURCING.classify(sentence, passage), alsoReportedBy);
    }

    /**
     * The outlets an answer names for one claim, each independent report once, in the order given:
     * "Reuters (carried by 4 others)", "The Information (cited by 2 outlets)", "Nikkei Asia".
     */
    public static List<String> names(List<Origin> origins) {
        return origins.stream().map(Origin::named).toList();
    }

    /** "2 independent reports: Reuters, carried by 4 others; Nikkei". */
    public static String describe(List<Origin> origins) {
        String list = String.join("; ", origins.stream().map(Origin::describe).toList());
        return origins.size() == 1 ? "1 report: " + list : origins.size() + " independent reports: " + list;
    }

    private static final class Group {
        private final String origin;
        /** Reports join in order of date, so the first one's is the group's. */
        private final Instant published;
        private boolean cited;
        private final List<String> texts = new ArrayList<>();
        private final Set<String> carriedBy = new LinkedHashSet<>();

        Group(Report first) {
            String via = via(first);
            this.cited = via != null && !same(via, first.outlet());
            this.origin = cited ? via : first.outlet();
            this.published = first.published();
            add(first);
        }

        boolean takes(Report report) {
            String via = via(report);
            if (via != null && same(via, origin)) {
                return true;
            }
            if (via == null && same(report.outlet(), origin)) {
                return true;
            }
            return texts.stream().anyMatch(text -> NearDuplicates.similarity(text, report.text()) >= NearDuplicates.SAME_STORY);
        }

        void add(Report report) {
            texts.add(report.text());
            if (same(report.outlet(), origin)) {
                cited = false;
            } else {
                carriedBy.add(report.outlet());
            }
            report.alsoReportedBy().stream().filter(outlet -> !same(outlet, origin)).forEach(carriedBy::add);
        }

        Origin origin() {
            return new Origin(origin, List.copyOf(carriedBy), cited, published);
        }

        private static String via(Report report) {
            return report.sourcing() == null ? null : report.sourcing().via();
        }

        private static boolean same(String a, String b) {
            return a.replaceFirst("(?i)^the\\s+", "").strip().toLowerCase(Locale.ROOT)
                    .equals(b.replaceFirst("(?i)^the\\s+", "").strip().toLowerCase(Locale.ROOT));
        }
    }
}
