package org.frontline.gazetteer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The merged source places ({@code gazetteer/places.tsv}, made by {@code gazetteer/build/merge_gazetteer.py})
 * hold each place once: no two lie within {@value #TWIN_KM} km of each other with a Latin name in common
 * by loose spelling (GeoNames' Kurakhove and Kurakhovo, cities.json's Avdiyivka beside GeoNames'
 * Avdiivka). A twin splits a town's claims between two ids and is drawn twice on the map.
 */
class SourcePlacesTest {
    static final double TWIN_KM = 1.0;
    /** Latitude degrees that hold {@value #TWIN_KM} km with room to spare. */
    private static final double TWIN_LAT = 0.01;
    private static final Pattern NUMERAL = Pattern.compile("[ -]([ivx]+)$");

    @Test
    void noPlaceIsListedTwice() {
        List<GazetteerFiles.PlaceRow> rows = new ArrayList<>(GazetteerFiles.places("gazetteer/places.tsv"));
        rows.sort(Comparator.comparingDouble(r -> r.place().lat()));
        List<Set<String>> keys = rows.stream().map(SourcePlacesTest::looseNames).toList();
        List<String> twins = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size() && rows.get(j).place().lat() - rows.get(i).place().lat() <= TWIN_LAT; j++) {
                if (CandidateRanking.kilometres(rows.get(i).place(), rows.get(j).place()) <= TWIN_KM
                        && keys.get(i).stream().anyMatch(keys.get(j)::contains)) {
                    twins.add(rows.get(i).place().name() + " " + rows.get(i).place().id() + " = "
                            + rows.get(j).place().name() + " " + rows.get(j).place().id());
                }
            }
        }
        assertTrue(twins.isEmpty(), twins.toString());
    }

    /**
     * The loose spelling keys of a place's Latin names, primary and alternate; a Roman numeral ending
     * a name is kept apart ("Teremky I" is a part of Teremky, not Teremky).
     */
    private static Set<String> looseNames(GazetteerFiles.PlaceRow row) {
        Set<String> out = new HashSet<>();
        List<String> names = new ArrayList<>(List.of(row.place().name()));
        names.addAll(row.alternateNames());
        for (String n : names) {
            String folded = NameFolding.fold(n);
            if (!NameFolding.isCyrillic(folded)) {
                Matcher numeral = NUMERAL.matcher(folded);
                out.add(numeral.find() ? LooseKey.mid(folded.substring(0, numeral.start())) + "|" + numeral.group(1)
                        : LooseKey.mid(folded));
            }
        }
        return out;
    }
}
