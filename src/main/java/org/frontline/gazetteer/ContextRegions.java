package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The oblasts and raions a text names as such ("in the Donetsk region", "Бахмутского района",
 * "w obwodzie charkowskim"): a region word (oblast, region, область, obwód, raion, район, district,
 * ...) with an oblast stem or a place name within two words of it. Used to tell apart places of
 * the same name. Immutable.
 *
 * @param oblasts {@code country-admin1} codes, e.g. {@code UA-05}
 * @param raions  {@code country-admin1-admin2} codes, e.g. {@code UA-05-1402}
 */
record ContextRegions(Set<String> oblasts, Set<String> raions) {
    static final ContextRegions NONE = new ContextRegions(Set.of(), Set.of());

    private static final List<String> OBLAST_WORDS = List.of("oblast", "region", "област", "obwod", "provinc",
            "gebiet", "regiao", "regione", "regio", "okrug", "kraj", "край", "обл");
    private static final List<String> RAION_WORDS = List.of("raion", "rayon", "rajon", "district", "раион",
            "powiat", "bezirk", "distrikt", "distrito", "distretto");

    ContextRegions {
        oblasts = Set.copyOf(oblasts);
        raions = Set.copyOf(raions);
    }

    /** Reads the regions named in {@code text}, using the gazetteer for raion centres. */
    static ContextRegions of(String text, Gazetteer gazetteer) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<String> words = new ArrayList<>();
        for (String w : NameFolding.fold(text).split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<String> oblasts = new HashSet<>();
        Set<String> raions = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean oblast = startsWithAny(w, OBLAST_WORDS);
            boolean raion = !oblast && startsWithAny(w, RAION_WORDS);
            if (!oblast && !raion) {
                continue;
            }
            for (int j = Math.max(0, i - 2); j <= Math.min(words.size() - 1, i + 2); j++) {
                if (j == i) {
                    continue;
                }
                String n = words.get(j);
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
        return new ContextRegions(oblasts, raions);
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

    private static boolean startsWithAny(String w, List<String> prefixes) {
        for (String p : prefixes) {
            if (w.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
