package dev.wafer.retrieval.correction;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.figure.Figure;
import dev.wafer.retrieval.figure.Figures;
import dev.wafer.retrieval.index.Sentences;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One claim an answer cited: the sentence as the answer stated it and the source it cited.
 *
 * @param sentence  the claim, without its {@code [n]} markers
 * @param url       the cited article's address (its key in the store)
 * @param title     the cited article's headline
 * @param outlet    who published it
 * @param published when it was published, or null when undated
 * @param figures   the figures the claim states, as read when it was cited
 */
public record CitedClaim(String sentence, String url, String title, String outlet, Instant published,
                         List<Figure> figures) {

    private static final Pattern MARKER = Pattern.compile("\\s*\\[(\\d+)]");
    /**
     * Who said it and when, as answers introduce a quote ("As of 2025-10-01, Reuters reported: …",
     * "As of 2025-05-01, from articles published by then: …"): not part of the claim.
     */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:As of|On) [^:]{1,40}, from articles published by then:\\s+)?"
            + "(?:[^:]{1,200}?\\breported:\\s+)?");

    public CitedClaim {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(url, "url");
        title = title == null ? "" : title;
        outlet = outlet == null ? "" : outlet;
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /**
     * The claims of an answer: each sentence of its text with the sources its markers cite. Sentences
     * citing nothing (notes, abstentions) are not claims; undated sources cannot be overtaken by
     * "newer" news, so they are left out too.
     */
    public static List<CitedClaim> of(Answer answer) {
        if (answer.abstained()) {
            return List.of();
        }
        List<CitedClaim> claims = new ArrayList<>();
        for (String sentence : Sentences.split(answer.text())) {
            Set<Integer> cited = new LinkedHashSet<>();
            Matcher marker = MARKER.matcher(sentence);
            while (marker.find()) {
                cited.add(Integer.parseInt(marker.group(1)));
            }
            String claim = LEAD_IN.matcher(MARKER.matcher(sentence).replaceAll("").strip()).replaceFirst("");
            for (int n : cited) {
                if (n < 1 || n > answer.citations().size()) {
                    continue;
                }
                Citation source = answer.citations().get(n - 1);
                if (source.published() != null && source.url() != null) {
                    claims.add(new CitedClaim(claim, source.url(), source.title(), source.publisher(), source.published(),
                            Figures.in(claim)));
                }
            }
        }
        return claims;
    }
}
