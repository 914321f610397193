package org.frontline.gazetteer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontline.geo.MapProjection;
import org.frontline.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Press spellings no list gives: the French, Spanish and German spellings of every populated place of the
 * frontline oblasts (Donetsk, Luhansk, Kharkiv, Zaporizhzhia and Kherson; Kursk and Belgorod), generated from
 * its Ukrainian (or, in Russia, Russian) name by each press's usual transliteration, and geocoded with no
 * context. The spellings are made here, not picked, so the share that resolves to its place (or within 5 km)
 * measures the geocoder on names it was not tuned on. Without context a namesake elsewhere can win, and some
 * gazetteer names are old ones (Kirovske, Artemivsk): those count as misses, which the floors allow for.
 */
class PressSpellingsTest {
    private static final Set<String> UKRAINE = Set.of("05", "07", "08", "14", "26");
    private static final Set<String> RUSSIA = Set.of("09", "41");
    private static final String VOWELS = "аеиоуыэюяєіїё";

    private static final Map<Character, String> FRENCH = table("а a б b в v ґ g д d е e є ie ж j з z і i ї ï й ï к k"
            + " л l м m н n о o п p р r с s т t у ou ф f х kh ц ts ч tch ш ch щ chtch ю iou я ia ы y э e ё io");
    private static final Map<Character, String> SPANISH = table("а a б b в v ґ g д d е e є ie ж zh з z и i і i ї i"
            + " й i к k л l м m н n о o п p р r с s т t у u ф f х j ц ts ч ch ш sh щ shch ю iu я ia ы i э e ё io");
    private static final Map<Character, String> GERMAN = table("а a б b в w ґ g д d е e є je ж sch з s і i ї ji й j"
            + " к k л l м m н n о o п p р r с s т t у u ф f х ch ц z ч tsch ш sch щ schtsch ю ju я ja ы y э e ё jo");

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final Geocoder GEOCODER = new Geocoder(GAZETTEER);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr, 0.86", "es, 0.88", "de, 0.86"}) // 0.879, 0.897 and 0.879 when written; German 0.853 before its "s"
    void mostGeneratedSpellingsResolveToTheirPlace(String language, double floor) {
        int tried = 0;
        List<String> missed = new ArrayList<>();
        for (Place p : GAZETTEER.places()) {
            String cyrillic = frontlinePlace(p) ? cyrillicName(p) : null;
            if (cyrillic == null) {
                continue;
            }
            String spelling = spell(cyrillic, language, "UA".equals(p.country()));
            tried++;
            Place got = GEOCODER.geocode(spelling, new GeocodeContext(language, "", List.of())).best()
                    .map(Candidate::place).orElse(null);
            if (got == null || MapProjection.distanceMetres(p.lon(), p.lat(), got.lon(), got.lat()) >= 5000) {
                missed.add(spelling + " (" + p.name() + " -> " + (got == null ? "none" : got.name()) + ")");
            }
        }
        double share = 1 - missed.size() / (double) tried;
        System.out.printf(Locale.ROOT, "Press spellings (%s): %d of %d resolve to their place (%.3f)%n",
                language, tried - missed.size(), tried, share);
        assertTrue(tried > 200, "too few places: " + tried);
        assertTrue(share >= floor, String.format(Locale.ROOT, "%.3f < %.2f; missed %s", share, floor, missed));
    }

    private static boolean frontlinePlace(Place p) {
        return p.featureCode().startsWith("PPL") && ("UA".equals(p.country()) && UKRAINE.contains(p.admin1())
                || "RU".equals(p.country()) && RUSSIA.contains(p.admin1()));
    }

    /** The place's Ukrainian name (one with і, ї, є or ґ) in Ukraine, its Russian one in Russia, or null. */
    private static String cyrillicName(Place p) {
        boolean ukraine = "UA".equals(p.country());
        for (String n : GAZETTEER.namesOf(p.id())) {
            String lower = n.toLowerCase(Locale.ROOT);
            if (!lower.matches("[а-яёіїєґ' -]+") || lower.indexOf('ў') >= 0) {
                continue;
            }
            boolean ukrainianLetters = lower.matches(".*[іїєґ].*");
            if (ukraine == ukrainianLetters) {
                return lower;
            }
        }
        return null;
    }

    /** The spelling a press of {@code language} gives a Cyrillic name; "г" and "и" as the name's language reads them. */
    static String spell(String cyrillic, String language, boolean ukrainian) {
        Map<Character, String> table = switch (language) {
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            default -> GERMAN;
        };
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            char before = i > 0 ? cyrillic.charAt(i - 1) : ' ';
            char after = i + 1 < cyrillic.length() ? cyrillic.charAt(i + 1) : ' ';
            String s;
            if (c == 'г') {
                s = ukrainian ? "h" : "g";
            } else if (c == 'и') {
                s = ukrainian && !"es".equals(language) ? "y" : "i"; // Spanish writes "i" for both
            } else if (c == 'ь' || c == 'ъ' || c == '\'') {
                s = "";
            } else if (c == 'с' && !"es".equals(language) && VOWELS.indexOf(before) >= 0 && VOWELS.indexOf(after) >= 0) {
                s = "ss"; // French and German double an "s" between vowels
            } else {
                s = table.getOrDefault(c, String.valueOf(c));
            }
            out.append(s);
        }
        StringBuilder cased = new StringBuilder();
        boolean start = true;
        for (char c : out.toString().toCharArray()) {
            cased.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return cased.toString();
    }

    private static Map<Character, String> table(String pairs) {
        String[] p = pairs.split(" ");
        Map<Character, String> m = new java.util.HashMap<>();
        for (int i = 0; i + 1 < p.length; i += 2) {
            m.put(p[i].charAt(0), p[i + 1]);
        }
        return Map.copyOf(m);
    }
}
