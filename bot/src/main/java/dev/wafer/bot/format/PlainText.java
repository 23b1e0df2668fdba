package dev.wafer.bot.format;

import dev.wafer.bot.command.Status;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.index.Passage;

/** Answers and status as a terminal shows them. */
public final class PlainText {

    private PlainText() {
    }

    public static String answer(Answer answer) {
        StringBuilder out = new StringBuilder(answer.text()).append('\n');
        if (!answer.citations().isEmpty()) {
            out.append("\nSources:\n");
            for (Citation citation : answer.citations()) {
                out.append(source(citation)).append('\n');
            }
        }
        answer.fallback().ifPresent(reason -> out.append("\n(answered without the language model: ").append(reason).append(")\n"));
        return out.toString();
    }

    /** {@code [1] Headline — Publisher, 2025-08-14 — https://…} */
    public static String source(Citation citation) {
        String line = "[" + citation.n() + "] " + citation.title() + " — " + citation.publisher() + ", " + citation.dateLabel();
        return citation.hasWebUrl() ? line + " — " + citation.url() : line;
    }

    public static String status(Status status) {
        return "Articles: " + status.articles() + " (" + status.passages() + " passages)\n"
                + "Oldest: " + Passage.dateLabel(status.oldest()) + "\n"
                + "Newest: " + Passage.dateLabel(status.newest()) + "\n"
                + "Answer mode: " + status.answerMode() + "\n";
    }
}
