package dev.wafer.corpus.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw text or Markdown article, as saved from a page, into a headline and a clean body.
 *
 * <p>Saved pages start with furniture ("Listen to this Post", "Latest") and end with bios, reference
 * lists and follow-us lines; aggregators wrap the news in their own commentary sections. This keeps
 * the reporting and drops the rest, line by line, with {@link PageJunk} deciding what is furniture.
 */
public final class TextArticleParser {

    private static final Pattern HEADER = Pattern.compile(
            "(?i)^(title|headline|publisher|source|outlet|published|published_at|date|url|link|author|by)\\s*:\\s*(.+)$");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3})$");
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]?$");
    private static final int MAX_TITLE_CHARS = 140;

    private TextArticleParser() {
    }

    public static ParsedText parse(String raw) {
        List<String> lines = new ArrayList<>(List.of(normalize(raw).split("\n", -1)));
        Map<String, String> metadata = new LinkedHashMap<>();
        readFrontMatter(lines, metadata);
        readHeaderLines(lines, metadata);

        String title = metadata.remove("title");
        String author = metadata.remove("author");
        List<String> paragraphs = new ArrayList<>();
        boolean inCommentary = false;
        for (String rawLine : lines) {
            String line = rawLine.strip();
            if (PageJunk.isTailMarker(line) && !paragraphs.isEmpty()) {
                break;
            }
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "");
                if (title == null && line.startsWith("# ")) {
                    title = heading;
                    continue;
                }
                line = heading;
            }
            if (PageJunk.isCommentaryHeading(line)) {
                inCommentary = true;
                continue;
            }
            if (PageJunk.isSectionLabel(line)) {
                inCommentary = false;
                continue;
            }
            if (inCommentary || PageJunk.isJunkLine(line)) {
                continue;
            }
            Matcher byline = BYLINE.matcher(line);
            if (byline.matches()) {
                author = author == null ? byline.group(1) : author;
                continue;
            }
            paragraphs.add(line);
        }

        author = dropAuthorBio(paragraphs, author);
        if (title == null) {
            title = takeHeadline(paragraphs);
        }
        paragraphs.removeIf(TextArticleParser::isSubheading);
        String body = String.join("\n\n", paragraphs);
        return new ParsedText(title == null ? null : title.strip(), author, body, metadata);
    }

    /** The first headline-like line before the first real paragraph, or the lead sentence shortened. */
    private static String takeHeadline(List<String> paragraphs) {
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            String line = paragraphs.get(i);
            if (isHeadlineLike(line)) {
                paragraphs.remove(i);
                return line;
            }
            if (PageJunk.wordCount(line) > 30) {
                break;
            }
        }
        return paragraphs.isEmpty() ? null : shorten(firstSentence(paragraphs.get(0)));
    }

    private static boolean isHeadlineLike(String line) {
        int words = PageJunk.wordCount(line);
        return words >= 4 && words <= 25 && !SENTENCE_END.matcher(line).find() && !line.endsWith(":");
    }

    /** Cross-heads inside the body ("Technical Hurdles Stall R2 Model") are not sentences to quote. */
    private static boolean isSubheading(String line) {
        return PageJunk.wordCount(line) <= 14 && !SENTENCE_END.matcher(line).find();
    }

    /**
     * A closing "Jane Doe" line followed by "Jane Doe has been a journalist…" is the author's bio: it
     * names the author, and is not news.
     */
    private static String dropAuthorBio(List<String> paragraphs, String author) {
        for (int i = paragraphs.size() - 2; i >= Math.max(0, paragraphs.size() - 4); i--) {
            String name = paragraphs.get(i);
            if (PERSON_NAME.matcher(name).matches() && paragraphs.get(i + 1).startsWith(name)) {
                paragraphs.subList(i, paragraphs.size()).clear();
                return author == null ? name : author;
            }
        }
        return author;
    }

    private static void readFrontMatter(List<String> lines, Map<String, String> metadata) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return;
        }
        for (int end = 1; end < lines.size(); end++) {
            if (lines.get(end).strip().equals("---")) {
                for (String line : lines.subList(1, end)) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        putMeta(metadata, line.substring(0, colon), line.substring(colon + 1));
                    }
                }
                lines.subList(0, end + 1).clear();
                return;
            }
        }
    }

    private static void readHeaderLines(List<String> lines, Map<String, String> metadata) {
        int index = 0;
        int seen = 0;
        while (index < lines.size() && seen < 8) {
            String line = lines.get(index).strip();
            if (line.isEmpty()) {
                index++;
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (!header.matches()) {
                return;
            }
            putMeta(metadata, header.group(1), header.group(2));
            lines.remove(index);
            seen++;
        }
    }

    private static void putMeta(Map<String, String> metadata, String key, String value) {
        String clean = value.strip().replaceAll("^[\"']|[\"']$", "");
        if (clean.isEmpty()) {
            return;
        }
        String name = switch (key.strip().toLowerCase(Locale.ROOT)) {
            case "title", "headline" -> "title";
            case "publisher", "source", "outlet" -> "publisher";
            case "published", "published_at", "date" -> "published";
            case "url", "link" -> "url";
            case "author", "by" -> "author";
            default -> null;
        };
        if (name != null) {
            metadata.putIfAbsent(name, clean);
        }
    }

    private static String normalize(String raw) {
        return raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replace("\ufeff", "");
    }

    static String firstSentence(String paragraph) {
        Matcher end = Pattern.compile("[.!?][\"'”’)]?\\s+(?=[\\p{Lu}\"“])").matcher(paragraph);
        return end.find() ? paragraph.substring(0, end.start() + 1) : paragraph;
    }

    private static String shorten(String sentence) {
        String text = sentence.strip().replaceAll("[.]$", "");
        if (text.length() <= MAX_TITLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_TITLE_CHARS - 1);
        return text.substring(0, cut > 40 ? cut : MAX_TITLE_CHARS - 1) + "…";
    }
}
