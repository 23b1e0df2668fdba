package dev.wafer.corpus.source;

import java.nio.file.Path;

/** A file could not be read as articles. The message names the file and says what to fix. */
public class ArticleFileException extends RuntimeException {

    private final Path file;

    public ArticleFileException(Path file, String reason) {
        this(file, reason, null);
    }

    public ArticleFileException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
