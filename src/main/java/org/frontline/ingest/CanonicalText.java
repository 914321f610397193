package org.frontline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

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
    private CanonicalText() {
    }

    /** The canonical form of {@code raw}; empty when it holds no visible text. One pass over the text. */
    public static String of(String raw) {
        String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                newlines++;
            } else if (isHorizontalSpace(c) || (c == '\uFEFF' && out.length() == 0)) {
                space = true;
            } else {
                if (out.length() > 0 && newlines > 0) {
                    out.append(newlines == 1 ? "\n" : "\n\n");
                } else if (out.length() > 0 && space) {
                    out.append(' ');
                }
                newlines = 0;
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u180E'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
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
