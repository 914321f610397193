package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * The town names an adjective may be made from: {@code toretska}/{@code toretskaya} (the Toretsk
 * mine), {@code bakhmutskyi} (Bakhmut raion), {@code торецкой}, {@code krasnolymanska}. Slavic
 * adjectives add {@code -sk-}/{@code -ск-} and an ending to the town's stem; a town whose name
 * already ends in {@code -sk}/{@code -tsk} keeps its own. So the base forms are the word without its
 * ending, with and without a final {@code sk}.
 *
 * <p>Thread safety: stateless.
 */
final class AdjectiveForms {
    private static final String[] LATIN_ENDINGS = {"iego", "aya", "aia", "oye", "oie", "ogo", "ich", "yi", "yy",
            "iy", "ii", "oi", "oj", "ij", "ie", "im", "er", "a", "e", "y", "i", "o"};

    private AdjectiveForms() {
    }

    /** Candidate folded base names for a folded adjective, the word itself first. */
    static List<String> baseForms(String word) {
        List<String> out = new ArrayList<>(6);
        out.add(word);
        boolean cyrillic = NameFolding.isCyrillic(word);
        List<String> stems = new ArrayList<>();
        if (cyrillic) {
            stems.addAll(Inflection.stems(word));
        } else {
            for (String e : LATIN_ENDINGS) {
                if (word.endsWith(e) && word.length() - e.length() >= 3) {
                    stems.add(word.substring(0, word.length() - e.length()));
                }
            }
        }
        String sk = cyrillic ? "ск" : "sk";
        for (String stem : stems) {
            add(out, stem);
            if (stem.endsWith(sk) && stem.length() > sk.length() + 2) {
                add(out, stem.substring(0, stem.length() - sk.length()));
            }
        }
        return out;
    }

    private static void add(List<String> out, String s) {
        if (!out.contains(s)) {
            out.add(s);
        }
    }
}
