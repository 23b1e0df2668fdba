package dev.wafer.corpus.source;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.extract.ExtractedPage;
import dev.wafer.corpus.extract.HtmlArticleExtractor;
import dev.wafer.corpus.extract.ParsedText;
import dev.wafer.corpus.extract.PublishedDates;
import dev.wafer.corpus.extract.TextArticleParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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

    /** The importable files named by {@code paths}, folders expanded (sorted, hidden files skipped). */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> !file.getFileName().toString().startsWith("."))
                            .filter(file -> kindOf(file) != null)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new ArticleFileException(path, "folder cannot be listed: " + e.getMessage(), e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
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
        String publisher = page.publisher() != null ? page.publisher() : defaults.publisher().orElse(UNKNOWN_PUBLISHER);
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

    private static String readText(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ArticleFileException(file, "is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB; split it into smaller files");
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notUtf8) {
                // Older saved pages are often Windows-1252; reading them as such beats rejecting them.
                return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
            }
        } catch (IOException e) {
            throw new ArticleFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }
}
