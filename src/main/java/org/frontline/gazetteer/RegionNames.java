package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Stems of oblast names in the languages of the press ({@code gazetteer/regions.tsv}), so that
 * "Donetsk oblast", "Донецкой области", "Charkiwer Gebiet" or "obwód charkowski" name an oblast.
 *
 * <p>Thread safety: immutable.
 */
final class RegionNames {
    /** One oblast: {@code region} is {@code country-admin1}, e.g. {@code UA-05}. */
    record Region(String region, String name, List<String> stems, List<String> alone) {
    }

    private final List<Region> regions;
    /** The first letters of the stems that name an oblast alone, to pass over most words at one look. */
    private final String aloneInitials;

    private RegionNames(List<Region> regions) {
        this.regions = List.copyOf(regions);
        StringBuilder initials = new StringBuilder();
        for (Region r : regions) {
            for (String s : r.alone()) {
                if (initials.indexOf(s.substring(0, 1)) < 0) {
                    initials.append(s.charAt(0));
                }
            }
        }
        this.aloneInitials = initials.toString();
    }

    static RegionNames load(String resource) {
        List<Region> out = new ArrayList<>();
        for (String[] c : GazetteerFiles.table(resource, 4)) {
            out.add(new Region(c[0] + "-" + c[1], c[2], folded(c[3]), c.length > 4 ? folded(c[4]) : List.of()));
        }
        return new RegionNames(out);
    }

    private static List<String> folded(String commaSeparated) {
        List<String> out = new ArrayList<>();
        for (String s : commaSeparated.split(",")) {
            String f = NameFolding.fold(s);
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    /** The region whose stem starts the folded word (or word pair), or null. */
    String regionOf(String folded) {
        return firstStarting(folded, Region::stems);
    }

    /** The region a folded word names alone, with no region word ("Донеччині"), or null. */
    String regionAlone(String folded) {
        if (folded.isEmpty() || aloneInitials.indexOf(folded.charAt(0)) < 0) {
            return null;
        }
        return firstStarting(folded, Region::alone);
    }

    private String firstStarting(String folded, Function<Region, List<String>> stemsOf) {
        for (Region r : regions) {
            for (String s : stemsOf.apply(r)) {
                if (folded.startsWith(s)) {
                    return r.region();
                }
            }
        }
        return null;
    }

    List<Region> all() {
        return regions;
    }
}
