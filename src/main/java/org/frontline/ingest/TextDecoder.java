package org.frontline.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Turns the bytes of a file into text, refusing what is not text.
 *
 * <p>Order of trial: a UTF-8 or UTF-16 byte-order mark decides; bytes with NUL are binary; strict
 * UTF-8; the charset an HTML page declares, if any; then, only for bytes where broken UTF-8 sequences outnumber well-formed multi-byte ones
 * (a file written in a legacy single-byte encoding, where a well-formed pair such as
 * windows-1251 "Ві" is an accident), ICU's detector, accepted for the legacy Cyrillic and
 * Western encodings news archives use when its confidence reaches {@link #MIN_CONFIDENCE}. Bytes
 * that mix valid UTF-8 with invalid sequences are damaged UTF-8 and refused: guessing would
 * garble the text silently.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {
    /** The lowest ICU confidence (0..100) at which a legacy encoding is believed. */
    static final int MIN_CONFIDENCE = 30;
    private static final Set<String> LEGACY = Set.of("windows-1251", "KOI8-R", "ISO-8859-5", "IBM866",
            "windows-1252", "ISO-8859-1", "ISO-8859-15", "ISO-8859-2", "windows-1250");

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; {@code markup} tells the detector to ignore HTML tags. */
    public static String decode(byte[] bytes, boolean markup) throws UnreadableTextException {
        return decode(bytes, markup, null);
    }

    /**
     * Decodes {@code bytes}, trying {@code declared} (an HTML page's own charset, or null) after
     * strict UTF-8 and before detection.
     */
    public static String decode(byte[] bytes, boolean markup, Charset declared) throws UnreadableTextException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableTextException("binary file (contains NUL bytes), not text");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                try {
                    return strict(declared, bytes, 0);
                } catch (UnreadableTextException misdeclared) {
                    // the page's own declaration is wrong too: let the detector judge
                }
            }
            return legacy(bytes, markup);
        }
    }

    private static String legacy(byte[] bytes, boolean markup) throws UnreadableTextException {
        if (mostlyUtf8(bytes)) {
            throw new UnreadableTextException("invalid UTF-8 (valid UTF-8 mixed with broken byte sequences)");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(bytes);
        for (CharsetMatch m : detector.detectAll()) {
            if (m.getConfidence() >= MIN_CONFIDENCE && LEGACY.contains(m.getName())) {
                return strict(Charset.forName(m.getName()), bytes, 0);
            }
        }
        throw new UnreadableTextException("not UTF-8, and no legacy encoding could be told with confidence");
    }

    /** True when well-formed UTF-8 multi-byte sequences outnumber the bytes that break UTF-8. */
    static boolean mostlyUtf8(byte[] b) {
        int wellFormed = 0;
        int broken = 0;
        for (int i = 0; i < b.length; i++) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                continue;
            }
            int extra = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                    : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (extra > 0 && i + extra < b.length && continuations(b, i + 1, extra)) {
                wellFormed++;
                i += extra;
            } else {
                broken++;
            }
        }
        return wellFormed > broken;
    }

    private static boolean continuations(byte[] b, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String strict(Charset cs, byte[] bytes, int skip) throws UnreadableTextException {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableTextException("invalid " + cs.name() + " text");
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
