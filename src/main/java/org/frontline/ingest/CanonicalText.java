package org.frontline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The canonical form of an article's text and its content hash.
 *
 * <p>Canonical text is NFC-normalised, has {@code \n} line ends, a single space for every run of
 * horizontal white space (no-break spaces included), no space at line ends, at most one empty
 * line between paragraphs, and no white space at either end. Two files that differ only in
 * encoding form or white space therefore have the same canonical text and the same hash, and the
 * stored text is exactly what was hashed and analysed, so that mention offsets stay valid.
 *
 * <p>Stateless and thread-safe.
 */
public final class CanonicalText {
    private static final Pattern LINE_ENDS = Pattern.compile("\r\n?|[\u2028\u2029\u0085]");
    private static final Pattern HORIZONTAL = Pattern.compile("[\\h\u000B\f]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\n ?");
    private static final Pattern MANY_NEWLINES = Pattern.compile("\n{3,}");

    private CanonicalText() {
    }

    /** The canonical form of {@code raw}; empty when it holds no visible text. */
    public static String of(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        s = LINE_ENDS.matcher(s).replaceAll("\n");
        s = HORIZONTAL.matcher(s).replaceAll(" ");
        s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
        s = MANY_NEWLINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** Lower-case hexadecimal SHA-256 of the UTF-8 bytes of an already canonical text. */
    public static String hash(String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
