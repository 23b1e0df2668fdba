package dev.wafer.eval.chipqa;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether an answer passes a ChipQA question, by the set's published rules: a question to decline must be
 * declined; one that accepts declining passes declined or matching its pattern; any other must be answered,
 * match its patterns and cite an article for every url fragment; and whenever Wafer answered, every
 * {@code [n]} in the text names a listed citation.
 */
public final class ChipQaCheck {

    /** {@code [1]}, {@code [1, 2]}, {@code [1;2]}: the markers the set's scorer reads. */
    private static final Pattern MARKER = Pattern.compile("\\[(\\s*\\d+(?:\\s*[,;]\\s*\\d+)*\\s*)]");

    private ChipQaCheck() {
    }

    /** Empty when {@code answer} passes {@code question}; else why not, in a few words. */
    public static Optional<String> failure(ChipQaQuestion question, Answer answer) {
        String text = answer.text() == null ? "" : answer.text();
        if (question.mustDecline()) {
            return answer.abstained() ? Optional.empty() : Optional.of("should have declined, but answered");
        }
        if (question.declineOrMention().isPresent()) {
            if (answer.abstained()) {
                return Optional.empty();
            }
            Pattern or = question.declineOrMention().get();
            return or.matcher(text).find() ? markers(answer) : Optional.of("neither declined nor matched /" + or + "/");
        }
        if (answer.abstained()) {
            return Optional.of("declined an answerable question");
        }
        if (question.mentionPattern().isPresent() && !question.mentionPattern().get().matcher(text).find()) {
            return Optional.of("answer lacks /" + question.mentionPattern().get() + "/");
        }
        for (Pattern each : question.mentionAll()) {
            if (!each.matcher(text).find()) {
                String shown = each.pattern();
                return Optional.of("answer lacks /" + (shown.length() <= 60 ? shown : shown.substring(0, 57) + "...") + "/");
            }
        }
        for (String fragment : question.cite()) {
            if (answer.citations().stream().map(Citation::url).noneMatch(url -> url != null && url.contains(fragment))) {
                return Optional.of("no citation whose url contains '" + fragment + "'");
            }
        }
        return markers(answer);
    }

    private static Optional<String> markers(Answer answer) {
        Set<Integer> listed = answer.citations().stream().map(Citation::n).collect(Collectors.toSet());
        Set<Integer> unknown = new TreeSet<>();
        Matcher marker = MARKER.matcher(answer.text() == null ? "" : answer.text());
        while (marker.find()) {
            for (String part : marker.group(1).split("[,;]")) {
                int n = Integer.parseInt(part.strip());
                if (!listed.contains(n)) {
                    unknown.add(n);
                }
            }
        }
        return unknown.isEmpty() ? Optional.empty() : Optional.of("marker "
                + unknown.stream().map(n -> "[" + n + "]").collect(Collectors.joining(", ")) + " names no listed citation");
    }
}
