package org.frontline.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Tells which of the six supported languages a text is in. Thread-safe (the Lingua detector is).
 *
 * <p>Cheap signals first: letters only Ukrainian uses (і ї є ґ) or only Russian uses (ы э ъ ё)
 * decide Cyrillic text; otherwise Lingua, in low-accuracy mode, chooses among the six languages.
 * Returns "und" when nothing can be told (no letters).
 */
public final class LanguageIdentifier {
    private final LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN,
                    Language.RUSSIAN, Language.UKRAINIAN)
            .withLowAccuracyMode()
            .build();

    /** The ISO 639-1 code of the text's language, or "und". */
    public String identify(CharSequence text) {
        int cyrillic = 0;
        int latin = 0;
        int ukrainianOnly = 0;
        int russianOnly = 0;
        int n = Math.min(text.length(), 4000);
        for (int i = 0; i < n; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                    ukrainianOnly++;
                } else if (c == 'ы' || c == 'э' || c == 'ъ' || c == 'ё') {
                    russianOnly++;
                }
            } else if (c >= 'a' && c <= 'z' || c >= 'à' && c <= 'ÿ') {
                latin++;
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return "und";
        }
        if (cyrillic > latin) {
            if (ukrainianOnly > 0 && russianOnly == 0) {
                return "uk";
            }
            if (russianOnly > 0 && ukrainianOnly == 0) {
                return "ru";
            }
        }
        Language l = detector.detectLanguageOf(text.length() > 4000 ? text.subSequence(0, 4000).toString() : text.toString());
        return l == Language.UNKNOWN ? "und" : l.getIsoCode639_1().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The dominant script of a text: "cyrillic", "latin" or "none". */
    public static String script(CharSequence text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
            } else if (Character.isLetter(c) && c < 0x250) {
                latin++;
            }
        }
        if (cyrillic + latin == 0) {
            return "none";
        }
        return cyrillic > latin ? "cyrillic" : "latin";
    }
}
