package org.frontline.gazetteer;

import com.ibm.icu.lang.UCharacter;
import java.text.Normalizer;

/**
 * Folds a place name or a word of running text to the key the gazetteer indexes: Unicode NFKC,
 * case folding, no diacritics (so {@code й} becomes {@code и}, {@code ї} becomes {@code і},
 * {@code ё} becomes {@code е}), no apostrophes, primes or soft and hard signs (so
 * {@code Pokrovs'k}, {@code Pokrovsʹk} and {@code Pokrovsk} meet, as do {@code Покровськ} and
 * {@code Покровск}), and hyphens and runs of white space turned into one space. The script is
 * kept: Cyrillic stays Cyrillic; {@link Transliteration} builds Latin keys.
 *
 * <p>Plain ASCII and plain Cyrillic words take a fast path with the same result as the general one,
 * because {@link NameFinder} folds every word of every article.
 *
 * <p>Thread safety: stateless.
 */
public final class NameFolding {
    private NameFolding() {
    }

    /** The folded key of {@code s}; empty when {@code s} has no letters or digits. */
    public static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = fastFold(c);
            if (f == SLOW) {
                return foldSlow(s.toString());
            }
            space = append(out, f, space);
        }
        return out.toString();
    }

    /**
     * Appends folded character {@code f} (or drops it, or notes a space to write before the next
     * character, so that runs of separators become one space and none leads or trails); returns
     * whether a space is pending.
     */
    private static boolean append(StringBuilder out, char f, boolean spacePending) {
        if (f == DROP) {
            return spacePending;
        }
        if (f == ' ') {
            return out.length() > 0;
        }
        if (spacePending) {
            out.append(' ');
        }
        out.append(f);
        return false;
    }

    /** Whether every character of {@code s} takes the fast path (plain ASCII, Cyrillic, common punctuation). */
    static boolean isPlain(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (fastFold(s.charAt(i)) == SLOW) {
                return false;
            }
        }
        return true;
    }

    private static final char SLOW = '\uFFFF';
    private static final char DROP = '\uFFFE';

    /** Folds one character without tables, or answers SLOW when the general path is needed. */
    private static char fastFold(char c) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                return c;
            }
            if (c == '\'' || c == '`' || c == '"') {
                return DROP;
            }
            return ' ';
        }
        if (c >= 'А' && c <= 'я') {
            char l = c <= 'Я' ? (char) (c + 32) : c;
            return switch (l) {
                case 'й' -> 'и';
                case 'ь', 'ъ' -> DROP;
                default -> l;
            };
        }
        return switch (c) {
            case 'і', 'І' -> 'і';
            case 'ї', 'Ї' -> 'і';
            case 'є', 'Є' -> 'є';
            case 'ё', 'Ё' -> 'е';
            case 'ґ', 'Ґ' -> 'г';
            case '’', '‘', 'ʼ', 'ʹ', 'ʻ', '´', 'ʺ', '\u00AD' -> DROP;
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u00A0', '«', '»', '“', '”', '„' -> ' ';
            default -> SLOW;
        };
    }

    private static String foldSlow(String s) {
        String n = Normalizer.normalize(UCharacter.foldCase(Normalizer.normalize(s, Normalizer.Form.NFKC), true),
                Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char f = switch (c) {
                case 'ß' -> 's';
                case 'ł' -> 'l';
                case 'ø' -> 'o';
                case 'đ' -> 'd';
                case 'ı' -> 'i';
                case 'æ' -> 'a';
                case 'œ' -> 'o';
                default -> fastFold(c);
            };
            if (f == SLOW) {
                f = Character.isLetterOrDigit(c) ? c : ' ';
            }
            space = append(out, f, space);
            if (c == 'ß') {
                out.append('s');
            }
        }
        return out.toString();
    }

    /** Whether the folded key contains Cyrillic letters. */
    public static boolean isCyrillic(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                return true;
            }
        }
        return false;
    }
}
