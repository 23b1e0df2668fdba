package dev.wafer.corpus.source;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.extract.ExtractedPage;
import dev.wafer.corpus.extract.HtmlArticleExtractor;
import dev.wafer.corpus.extract.ParsedText;
import dev.wafer.corpus.extract.PublishedDates;
import dev.wafer.corpus.extract.PublisherSource;
import dev.wafer.corpus.extract.TextArticleParser;
import dev.wafer.corpus.extract.TextDecoding;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads article files by their kind: JSON Lines ({@code .jsonl}, {@code .ndjson}), plain text and
 * Markdown ({@code .txt}, {@code .md}), and saved pages ({@code .html}, {@code .htm}). A folder is
 * read file by file. Each file either yields its articles or fails with an {@link ArticleFileException}.
 */
public final class ArticleFiles {

    /** Larger files are refused rather than read into memory: no news article is this long. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** The publisher of a file that names none and was imported without {@code --publisher}. */
    public static final String UNKNOWN_PUBLISHER = "Unknown publisher";

    private ArticleFiles() {
    }

    /**
     * What an import of some paths will read: every file named, and in folders the files of a
     * supported kind (sorted); files of other kinds in folders are listed as skipped, so an import
     * can say so. Hidden files and folders ({@code .git/}, {@code .cache/}) are never entered.
     */
    public record Listing(List<Path> files, List<Path> skipped) {

        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    public static Listing expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && !hidden(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new ArticleFileException(path, "folder cannot be listed: " + e.getMessage(), e);
            }
            found.sort(null);
            for (Path file : found) {
                (kindOf(file) != null ? files : skipped).add(file);
            }
        }
        return new Listing(files, skipped);
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    public static List<Article> read(Path file, ImportDefaults defaults, Instant importedAt) {
        if (!Files.isRegularFile(file)) {
            throw new ArticleFileException(file, "no such file");
        }
        String kind = kindOf(file);
        if (kind == null) {
            throw new ArticleFileException(file, "unsupported file type; use .jsonl, .txt, .md or .html");
        }
        String content = readText(file);
        return switch (kind) {
            case "jsonl" -> JsonlArticleReader.strict().read(file, new StringReader(content), importedAt);
            case "text" -> List.of(fromText(file, content, defaults, importedAt));
            default -> List.of(fromHtml(file, content, defaults, importedAt));
        };
    }

    private static Article fromText(Path file, String content, ImportDefaults defaults, Instant importedAt) {
        ParsedText parsed = TextArticleParser.parse(content);
        if (parsed.body().isBlank() || parsed.title() == null) {
            throw new ArticleFileException(file, "holds no article text after page furniture was removed");
        }
        String name = file.getFileName().toString();
        String url = parsed.meta("url").orElse("file:" + name);
        String publisher = parsed.meta("publisher").or(defaults::publisher).orElse(UNKNOWN_PUBLISHER);
        Instant published = parsed.meta("published").flatMap(PublishedDates::parse).or(defaults::published).orElse(null);
        return Article.of(url, parsed.title(), publisher, parsed.author(), published, parsed.body(), importedAt);
    }

    private static Article fromHtml(Path file, String content, ImportDefaults defaults, Instant importedAt) {
        ExtractedPage page = HtmlArticleExtractor.extract(content, null);
        if (page.body() == null || page.body().isBlank() || page.title() == null) {
            throw new ArticleFileException(file, "no article text found in this page");
        }
        String name = file.getFileName().toString();
        String url = page.canonicalUrl() != null ? page.canonicalUrl() : "file:" + name;
        // A --publisher given for the import names the outlet better than a host the page only points to.
        boolean named = page.publisher() != null && page.publisherFrom() != PublisherSource.HOST;
        String publisher = named ? page.publisher()
                : defaults.publisher().orElse(page.publisher() != null ? page.publisher() : UNKNOWN_PUBLISHER);
        Instant published = page.published() != null ? page.published() : defaults.published().orElse(null);
        return Article.of(url, page.title(), publisher, page.author(), published, page.body(), importedAt);
    }

    private static String kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return "jsonl";
        }
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
            return "text";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "html";
        }
        return null;
    }

    /**
     * The file as text: byte-order marks (UTF-8, UTF-16, UTF-32) honoured, then a declared charset,
     * UTF-8, or Windows-1252 (older saved pages often are). A file that is not text at all (an image
     * or archive renamed .txt) is refused; the odd stray control character in real text is dropped.
     */
    private static String readText(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ArticleFileException(file, "is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB; split it into smaller files");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleFileException(file, "cannot be read: " + e.getMessage(), e);
        }
        String text = TextDecoding.decode(bytes, null);
        long control = text.chars().filter(ArticleFiles::isStrayControl).count();
        if (control > 0 && control * 100 > text.length()) {
            throw new ArticleFileException(file, "is not a text file (" + control + " control characters in "
                    + text.length() + "); is it an image, archive or document saved with a text name?");
        }
        return control == 0 ? text : text.chars().filter(c -> !isStrayControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Control characters other than line breaks and tabs, and the replacement character of undecodable bytes. */
    private static boolean isStrayControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == 0xFFFD
                || (c >= 0x80 && c < 0xA0);
    }
}
