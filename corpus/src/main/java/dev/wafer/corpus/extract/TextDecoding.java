package dev.wafer.corpus.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns downloaded bytes into text when servers lie about the charset, which they often do: a
 * header saying UTF-8 on a Windows-1252 page turns every curly quote into garbage.
 *
 * <p>The order: a byte-order mark (UTF-8, UTF-16 or UTF-32); the header's charset if the bytes really decode in it; the charset
 * the document declares (XML prolog or HTML {@code <meta>}) if they decode in that; strict UTF-8;
 * and finally Windows-1252, which decodes any byte sequence and is what most mislabelled pages are.
 */
public final class TextDecoding {

    private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 4096;

    private TextDecoding() {
    }

    public static String decode(byte[] bytes, String headerCharset) {
        // UTF-32 first: its little-endian mark begins with UTF-16's.
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return new String(bytes, 4, bytes.length - 4, Charset.forName("UTF-32BE"));
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return new String(bytes, 4, bytes.length - 4, Charset.forName("UTF-32LE"));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        for (Optional<Charset> candidate : java.util.List.of(charset(headerCharset), declaredCharset(bytes),
                Optional.of(StandardCharsets.UTF_8))) {
            if (candidate.isPresent()) {
                Optional<String> text = strictDecode(bytes, candidate.get());
                if (text.isPresent()) {
                    return text.get();
                }
            }
        }
        return new String(bytes, WINDOWS_1252);
    }

    /** The charset named in a {@code Content-Type} header value, if any. */
    public static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)").matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return charset(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? charset(meta.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(name.strip().toLowerCase(Locale.ROOT));
            // Latin-1 labels mean Windows-1252 on the web (the WHATWG encoding standard says so).
            return Optional.of(charset.equals(StandardCharsets.ISO_8859_1) || charset.name().equals("US-ASCII")
                    ? WINDOWS_1252 : charset);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictDecode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
