package org.frontline.gazetteer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The oblasts and raions a text names as such ("in the Donetsk region", "Sumy governor", "Бахмутского района",
 * "w obwodzie charkowskim"): a region word (oblast, region, область, obwód, raion, район, district,
 * ...) with an oblast stem or a place name within two words of it, or an oblast's name that stands
 * alone ("на Донеччині"). Used to tell apart places of the same name. Immutable.
 *
 * @param oblasts   {@code country-admin1} codes, e.g. {@code UA-05}
 * @param raions    {@code country-admin1-admin2} codes, e.g. {@code UA-05-1402}
 * @param elsewhere those of {@code oblasts} named only outside the mention's sentence, which weigh less
 */
record ContextRegions(Set<String> oblasts, Set<String> raions, Set<String> elsewhere) {
    static final ContextRegions NONE = new ContextRegions(Set.of(), Set.of(), Set.of());

    /**
     * Words that name an oblast with its name beside them; a governor heads an oblast ("Sumy governor",
     * "Сумський губернатор", "le gouverneur de Soumy").
     */
    private static final List<String> OBLAST_WORDS = List.of("oblast", "region", "област", "obwod", "provinc",
            "gebiet", "regiao", "regione", "regio", "okrug", "kraj", "край", "обл", "governor", "gouverneur",
            "gobernador", "governatore", "gubernator", "губернатор");
    private static final List<String> RAION_WORDS = List.of("raion", "rayon", "rajon", "district", "раион",
            "powiat", "bezirk", "distrikt", "distrito", "distretto");

    /** The first letters of the region words, to pass over most words at one look. */
    private static final String REGION_WORD_INITIALS = initials(OBLAST_WORDS, RAION_WORDS);

    ContextRegions {
        oblasts = Set.copyOf(oblasts);
        raions = Set.copyOf(raions);
        elsewhere = Set.copyOf(elsewhere);
    }

    /** These regions, with the oblasts {@code sentence} does not name marked as named elsewhere. */
    ContextRegions elsewhereThan(ContextRegions sentence) {
        Set<String> far = new HashSet<>(oblasts);
        far.removeAll(sentence.oblasts());
        return far.isEmpty() ? this : new ContextRegions(oblasts, raions, far);
    }

    /** Reads the regions named in {@code text}, using the gazetteer for raion centres. */
    static ContextRegions of(String text, Gazetteer gazetteer) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String folded = fold(text);
        int[] bounds = wordBounds(folded);
        int count = bounds.length / 2;
        Set<String> oblasts = new HashSet<>();
        Set<String> raions = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int start = bounds[2 * i];
            boolean oblast = startsWithAny(folded, start, OBLAST_WORDS);
            boolean raion = !oblast && startsWithAny(folded, start, RAION_WORDS);
            if (!oblast && !raion) {
                String alone = gazetteer.regions().regionAlone(folded.substring(start, bounds[2 * i + 1]));
                if (alone != null) {
                    oblasts.add(alone);
                }
                continue;
            }
            for (int j = Math.max(0, i - 2); j <= Math.min(count - 1, i + 2); j++) {
                if (j == i) {
                    continue;
                }
                String n = folded.substring(bounds[2 * j], bounds[2 * j + 1]);
                if (oblast) {
                    String r = gazetteer.regions().regionOf(n);
                    if (r != null) {
                        oblasts.add(r);
                    }
                } else {
                    raionOf(n, gazetteer, raions);
                }
            }
        }
        return new ContextRegions(oblasts, raions, Set.of());
    }

    /**
     * {@code NameFolding.fold(text)}, folding one run of non-white-space at a time unless the text
     * is plain: folding never joins or splits across white space (it is per character but for
     * canonical composition, which never crosses a white-space character), and this way one
     * accented letter sends only its own word, not the whole paragraph, down the slow Unicode path.
     */
    static String fold(String text) {
        if (NameFolding.isPlain(text)) {
            return NameFolding.fold(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String word = i > start ? NameFolding.fold(text.substring(start, i)) : "";
            if (!word.isEmpty()) {
                out.append(out.length() > 0 ? " " : "").append(word);
            }
        }
        return out.toString();
    }

    /** Start and end offsets of the words of a folded text (words are separated by one space). */
    private static int[] wordBounds(String folded) {
        int[] out = new int[16];
        int k = 0;
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || folded.charAt(i) == ' ') {
                if (i > start) {
                    if (k + 2 > out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    out[k++] = start;
                    out[k++] = i;
                }
                start = i + 1;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** Adds the raion whose centre is named by an adjective like Bakhmutskyi or Бахмутского. */
    private static void raionOf(String word, Gazetteer gazetteer, Set<String> raions) {
        for (String candidate : AdjectiveForms.baseForms(word)) {
            List<NameEntry> entries = gazetteer.index().exact(candidate);
            if (entries.isEmpty() && NameFolding.isCyrillic(candidate)) {
                entries = gazetteer.index().stem(candidate);
            }
            NameEntry biggest = null;
            long pop = -1;
            for (NameEntry e : entries) {
                long p = gazetteer.byId(e.placeId()).map(x -> x.population()).orElse(0L);
                if (p > pop) {
                    pop = p;
                    biggest = e;
                }
            }
            if (biggest != null) {
                gazetteer.byId(biggest.placeId()).ifPresent(
                        p -> raions.add(p.country() + "-" + p.admin1() + "-" + p.admin2()));
                return;
            }
        }
    }

    @SafeVarargs
    private static String initials(List<String>... wordLists) {
        StringBuilder out = new StringBuilder();
        for (List<String> words : wordLists) {
            for (String w : words) {
                if (out.indexOf(w.substring(0, 1)) < 0) {
                    out.append(w.charAt(0));
                }
            }
        }
        return out.toString();
    }

    /** Whether the word of {@code folded} at {@code start} begins with one of {@code prefixes}. */
    private static boolean startsWithAny(String folded, int start, List<String> prefixes) {
        if (REGION_WORD_INITIALS.indexOf(folded.charAt(start)) < 0) {
            return false; // most words: no region word starts with their letter
        }
        for (String p : prefixes) {
            if (folded.startsWith(p, start)) {
                return true;
            }
        }
        return false;
    }
}
