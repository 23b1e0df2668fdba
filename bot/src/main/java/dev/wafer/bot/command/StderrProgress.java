package dev.wafer.bot.command;

import dev.wafer.retrieval.index.IndexProgress;
import java.io.PrintWriter;

/** Shows how far indexing has come on stderr, a line per tenth, so stdout stays clean for answers. */
final class StderrProgress implements IndexProgress {

    private final PrintWriter err;
    private final String label;
    private int lastTenth = -1;

    StderrProgress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void passagesEmbedded(int done, int total) {
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != lastTenth && total > 64) {
            lastTenth = tenth;
            err.printf("%s: %d/%d passages embedded%n", label, done, total);
            err.flush();
        }
    }
}
