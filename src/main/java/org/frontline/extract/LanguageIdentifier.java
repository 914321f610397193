package org.frontline.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Tells which of the six supported languages a text is in. Thread-safe (the Lingua detector is).
 *
 * <p>Cheap signals first: letters only Ukrainian uses (і ї є ґ) or only Russian uses (ы э ъ ё)
 * decide Cyrillic text; then the function words of each language's rule file decide when one
 * language has clearly more of them (at least {@value #MIN_STOPWORDS} and twice the runner-up);
 * otherwise Lingua, in low-accuracy mode on the first {@value #SAMPLE} characters, chooses among
 * the six languages. Returns "und" when nothing can be told (no letters).
 */
public final class LanguageIdentifier {
    static final int MIN_STOPWORDS = 6;
    static final int SAMPLE = 1500;
    /** The languages whose function words include a word: one look-up per word of a text. */
    private final java.util.Map<String, java.util.List<String>> languagesOfWord = new java.util.HashMap<>();

    /** @param rules the rule book whose stopword lists give the quick check */
    public LanguageIdentifier(RuleBook rules) {
        for (String lang : rules.languages()) {
            rules.forLanguage(lang).ifPresent(r -> r.stopwords().forEach(
                    w -> languagesOfWord.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(lang)));
        }
    }

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
            if (isCyrillic(c)) {
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
        String sample = text.length() > SAMPLE ? text.subSequence(0, SAMPLE).toString() : text.toString();
        String byStopwords = byFunctionWords(sample, MIN_STOPWORDS);
        if (byStopwords != null) {
            return byStopwords;
        }
        Language l = detector.detectLanguageOf(sample);
        return l == Language.UNKNOWN ? "und" : l.getIsoCode639_1().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    /**
     * The language whose function words clearly dominate a text: at least {@code minHits} of them
     * and twice as many as any other language's; null when no language stands out.
     */
    public String byFunctionWords(String sample, int minHits) {
        return byFunctionWords(Tokens.of(sample).list(), minHits);
    }

    /** As {@link #byFunctionWords(String, int)}, for the words of a text already split. */
    public String byFunctionWords(java.util.List<Token> words, int minHits) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Token t : words) {
            for (String lang : languagesOfWord.getOrDefault(t.norm(), java.util.List.of())) {
                counts.merge(lang, 1, Integer::sum);
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= minHits && first >= 2 * second ? best : null;
    }

    /** The dominant script of a text: "cyrillic", "latin" or "none". */
    public static String script(CharSequence text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCyrillic(c)) {
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
