package org.frontline.gazetteer;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Latin spellings of Cyrillic place names, so that Latin text finds Cyrillic names and the reverse.
 *
 * <p>At load time {@link #latinKeys} spells each original Cyrillic name in the Ukrainian national
 * system of 2010 and in BGN/PCGN Russian (own tables, checked against ICU4J in the tests; ICU itself
 * is too slow for loading), and folds each result; {@link LooseKey} then absorbs the differences with
 * other systems (scholarly {@code č}, {@code š}; German, French, Polish press spellings). At query time {@link #nationalOfFolded} transliterates an already
 * folded key with a plain table (no ICU), which is cheap enough for every word of an article.
 *
 * <p>Thread safety: ICU transliterators are not documented as safe for concurrent use, so each thread
 * gets its own through a {@link ThreadLocal}; the table is immutable.
 */
public final class Transliteration {
    private static final String[] ICU_IDS = {"Ukrainian-Latin/BGN", "Russian-Latin/BGN", "Cyrillic-Latin"};
    private static final ThreadLocal<Transliterator[]> ICU = ThreadLocal.withInitial(() -> {
        Transliterator[] t = new Transliterator[ICU_IDS.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = Transliterator.getInstance(ICU_IDS[i]);
        }
        return t;
    });

    private Transliteration() {
    }

    /** The folded Latin keys of a Cyrillic name (several systems); empty for a Latin name. */
    public static Set<String> latinKeys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        String folded = NameFolding.fold(name);
        if (!NameFolding.isCyrillic(folded)) {
            return keys;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        keys.add(NameFolding.fold(national(lower)));
        keys.add(NameFolding.fold(russianBgn(lower)));
        keys.add(nationalOfFolded(folded));
        keys.removeIf(String::isEmpty);
        return keys;
    }

    /**
     * The name in one ICU system ({@code Ukrainian-Latin/BGN}, {@code Russian-Latin/BGN} or
     * {@code Cyrillic-Latin}), folded. ICU is slow to run over a whole gazetteer (about 1.7 s for its
     * Cyrillic names), so loading uses the two tables of this class, which tests check against ICU.
     */
    public static String icu(String id, String name) {
        for (int i = 0; i < ICU_IDS.length; i++) {
            if (ICU_IDS[i].equals(id)) {
                return NameFolding.fold(ICU.get()[i].transliterate(name));
            }
        }
        throw new IllegalArgumentException("unknown transliteration " + id);
    }

    /** BGN/PCGN romanisation of Russian (lower-case input); Ukrainian letters as in the national system. */
    static String russianBgn(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean afterVowel = i == 0 || "аеёиоуыэюяіїєьъ -".indexOf(s.charAt(i - 1)) >= 0;
            out.append(switch (c) {
                case 'г' -> "g";
                case 'е' -> afterVowel ? "ye" : "e";
                case 'ё' -> afterVowel ? "ye" : "ë";
                case 'и' -> "i";
                case 'й' -> "y";
                case 'ы' -> "y";
                case 'э' -> "e";
                case 'ю' -> "yu";
                case 'я' -> "ya";
                case 'х' -> "kh";
                case 'ц' -> "ts";
                case 'ї' -> "yi";
                case 'є' -> "ye";
                default -> national(String.valueOf(c));
            });
        }
        return out.toString();
    }

    /**
     * The Ukrainian national transliteration of a folded key (Russian letters included); Latin
     * characters pass through. Soft signs are already gone from folded keys.
     */
    public static String nationalOfFolded(String folded) {
        return NameFolding.fold(national(folded));
    }

    private static String national(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean initial = i == 0 || !Character.isLetter(s.charAt(i - 1));
            out.append(switch (c) {
                case 'а' -> "a";
                case 'б' -> "b";
                case 'в' -> "v";
                case 'г' -> "h";
                case 'ґ' -> "g";
                case 'д' -> "d";
                case 'е' -> "e";
                case 'є' -> initial ? "ye" : "ie";
                case 'ж' -> "zh";
                case 'з' -> "z";
                case 'и' -> "y";
                case 'і' -> "i";
                case 'ї' -> initial ? "yi" : "i";
                case 'й' -> initial ? "y" : "i";
                case 'к' -> "k";
                case 'л' -> "l";
                case 'м' -> "m";
                case 'н' -> "n";
                case 'о' -> "o";
                case 'п' -> "p";
                case 'р' -> "r";
                case 'с' -> "s";
                case 'т' -> "t";
                case 'у' -> "u";
                case 'ф' -> "f";
                case 'х' -> "kh";
                case 'ц' -> "ts";
                case 'ч' -> "ch";
                case 'ш' -> "sh";
                case 'щ' -> "shch";
                case 'ь', 'ъ', '\'', '’', 'ʼ' -> "";
                case 'ю' -> initial ? "yu" : "iu";
                case 'я' -> initial ? "ya" : "ia";
                case 'ё' -> "e";
                case 'ы' -> "y";
                case 'э' -> "e";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
