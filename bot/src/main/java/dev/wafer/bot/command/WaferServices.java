package dev.wafer.bot.command;

import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.IndexProgress;
import java.io.Closeable;

/**
 * The plain services behind every front end — command line, console, Discord — over one opened
 * data folder. Nothing here knows how the answer will be shown.
 */
public final class WaferServices implements Closeable {

    private final NewsLibrary library;
    private final AnswerService answers;

    WaferServices(NewsLibrary library, AnswerService answers) {
        this.library = library;
        this.answers = answers;
    }

    public static WaferServices open(DataFolder folder, IndexProgress progress) {
        NewsLibrary library = NewsLibrary.open(folder, NewsLibrary.Options.defaults().withProgress(progress));
        return new WaferServices(library, library.extractiveAnswers());
    }

    public Answer ask(Question question) {
        return answers.answer(question);
    }

    public Status status() {
        var stats = library.stats();
        return new Status(stats.articles(), library.passages().size(), stats.oldest().orElse(null),
                stats.newest().orElse(null), Answer.Mode.EXTRACTIVE.label());
    }

    public NewsLibrary library() {
        return library;
    }

    @Override
    public void close() {
        library.close();
    }
}
