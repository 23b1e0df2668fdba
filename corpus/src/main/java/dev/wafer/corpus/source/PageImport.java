package dev.wafer.corpus.source;

import dev.wafer.corpus.Article;

/**
 * What became of one article page a moderator asked for.
 *
 * @param outcome what happened
 * @param article the article now in the corpus that holds the story (the existing one for duplicates)
 */
public record PageImport(Outcome outcome, Article article) {

    public enum Outcome {
        /** A new article. */
        ADDED("Added"),
        /** The page was already stored under its canonical address. */
        ALREADY_STORED("Already stored"),
        /** Another outlet's copy of a stored story: the stored article now lists this outlet too. */
        SYNDICATED_COPY("Same story as a stored article (this outlet is now listed as also reporting it)");

        private final String description;

        Outcome(String description) {
            this.description = description;
        }

        /** What a moderator is told, in any front end. */
        public String description() {
            return description;
        }
    }
}
