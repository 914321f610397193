package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * Light stemming of folded Cyrillic (Russian and Ukrainian) words, applied alike to gazetteer names
 * and to text, so that {@code Бахмуте}, {@code Авдеевкой}, {@code Покровська} and {@code Торецьку}
 * meet {@code Бахмут}, {@code Авдеевка}, {@code Покровськ} and {@code Торецьк}.
 *
 * <p>Rather than pick one stem, {@link #stems} offers the word with each case ending it may carry
 * removed (keeping at least three letters), and the velar back from the Ukrainian locative
 * ({@code Авдіївці} → {@code авдіївк}); {@code -ів} also as {@code -ов} (the Ukrainian і/о
 * alternation, {@code Оріхів}, {@code Оріхову}) and {@code -ок}, {@code -ек} as {@code -к} (a fleeting
 * vowel, {@code Кринок}, {@code Кринки}; {@code Алешек}, {@code Алешки}). A name matches a word when the
 * two share a stem. Latin words are returned as they are.
 *
 * <p>Thread safety: stateless.
 */
public final class Inflection {
    /** Case endings in folded spelling ({@code й} is {@code и}, {@code ї} is {@code і}, no soft signs). */
    private static final String[] ENDINGS = {
            "ами", "ями", "ым", "им", "ого", "его", "ому", "ему", "ыми", "ими", "ові", "еві", "ою", "ею", "ои", "еи", "ии",
            "іи", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ім", "ом", "ем", "ах", "ях", "ам", "ям",
            "ів", "ов", "ев", "оі", "еі", "ых", "их", "ы", "а", "я", "е", "у", "ю", "і", "и", "о",
    };
    private static final int MIN_STEM = 3;

    private Inflection() {
    }

    /** The possible stems of one folded word, the word itself first. */
    public static List<String> stems(String word) {
        return stems(word, MIN_STEM);
    }

    /** As {@link #stems(String)}, keeping at least {@code minStem} letters (2 for the second word of "Часов Яр"). */
    static List<String> stems(String word, int minStem) {
        List<String> out = new ArrayList<>(4);
        out.add(word);
        if (!NameFolding.isCyrillic(word)) {
            return out;
        }
        if (word.length() >= MIN_STEM + 2 && word.endsWith("ів")) {
            // Ukrainian і/о alternation: Оріхів, Харків make Оріхова, Оріхову
            addOnce(out, word.substring(0, word.length() - 2) + "ов");
        }
        if (word.length() >= MIN_STEM + 2 && (word.endsWith("ок") || word.endsWith("ек"))) {
            // a fleeting vowel: Кринки, Городок make Кринок, Городка; Алешки makes Алешек
            addOnce(out, word.substring(0, word.length() - 2) + "к");
        }
        for (String e : ENDINGS) {
            if (word.length() - e.length() >= minStem && word.endsWith(e)) {
                String stem = word.substring(0, word.length() - e.length());
                addOnce(out, stem);
                if (stem.endsWith("ц") && (e.equals("і") || e.equals("е"))) {
                    addOnce(out, stem.substring(0, stem.length() - 1) + "к");
                }
            }
        }
        return out;
    }

    /** The stem variants of a folded multi-word key: every combination of the stems of its words. */
    public static List<String> keyStems(String key) {
        String[] words = key.split(" ");
        List<String> acc = new ArrayList<>(stems(words[0]));
        for (int w = 1; w < words.length; w++) {
            List<String> next = new ArrayList<>();
            for (String head : acc) {
                for (String s : stems(words[w], 2)) {
                    next.add(head + " " + s);
                }
            }
            acc = next;
        }
        return acc;
    }

    private static void addOnce(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }
}
