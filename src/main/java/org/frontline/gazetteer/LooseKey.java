package org.frontline.gazetteer;

/**
 * A lossy spelling of a folded Latin name that erases the differences between transliteration
 * systems and press spellings: {@code kh}/{@code ch}/{@code h}/{@code g}, {@code zh}/{@code z},
 * {@code sh}/{@code sch}/{@code sz}, {@code shch}/{@code schtsch}/{@code chtch} (French),
 * {@code ts}/{@code tz}/{@code c}, {@code w}/{@code v}, {@code j}/{@code y}/{@code i}, doubled letters
 * and spaces. Two levels:
 * <ul>
 *   <li>{@link #mid}: vowels kept, used for edit distances;</li>
 *   <li>{@link #skeleton}: the consonants of the mid form only (so {@code Kharkiv}, {@code Kharkov}
 *       and {@code Charkiw} share {@code hrkv}/{@code crkv}-like skeletons); used as an index key.</li>
 * </ul>
 * A skeleton alone is far too lossy to decide a match; {@link Geocoder} also asks for a close mid form.
 *
 * <p>Thread safety: stateless.
 */
public final class LooseKey {
    private static final String[][] DIGRAPHS = {
            {"schtsch", "s"}, {"chtch", "s"}, {"shch", "s"}, {"szcz", "s"}, {"tsch", "c"}, {"sch", "s"}, {"tch", "c"},
            {"zh", "z"}, {"kh", "h"}, {"sh", "s"}, {"sz", "s"}, {"cz", "c"}, {"ch", "c"}, {"rz", "z"},
            {"ts", "c"}, {"tz", "c"}, {"ck", "k"}, {"ph", "f"}, {"ou", "u"},
    };

    private LooseKey() {
    }

    /** The mid form of a folded Latin key (Cyrillic keys should be transliterated first). */
    public static String mid(String foldedLatin) {
        StringBuilder s = new StringBuilder(foldedLatin.length());
        for (int i = 0; i < foldedLatin.length(); i++) {
            char c = foldedLatin.charAt(i);
            if (c != ' ') {
                s.append(c);
            }
        }
        String t = s.toString();
        for (String[] d : DIGRAPHS) {
            if (t.contains(d[0])) {
                t = t.replace(d[0], d[1]);
            }
        }
        StringBuilder out = new StringBuilder(t.length());
        char last = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = switch (t.charAt(i)) {
                case 'g', 'x' -> 'h';
                case 'w' -> 'v';
                case 'j', 'y' -> 'i';
                case 'q' -> 'k';
                default -> t.charAt(i);
            };
            if (c != last) {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
    }

    /** The consonant skeleton of a mid form: its letters other than a, e, i, o, u. */
    public static String skeleton(String mid) {
        StringBuilder out = new StringBuilder(mid.length());
        for (int i = 0; i < mid.length(); i++) {
            char c = mid.charAt(i);
            if ("aeiou".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
