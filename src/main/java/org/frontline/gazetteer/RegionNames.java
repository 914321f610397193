package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * Stems of oblast names in the languages of the press ({@code gazetteer/regions.tsv}), so that
 * "Donetsk oblast", "Донецкой области", "Charkiwer Gebiet" or "obwód charkowski" name an oblast.
 *
 * <p>Thread safety: immutable.
 */
final class RegionNames {
    /** One oblast: {@code region} is {@code country-admin1}, e.g. {@code UA-05}. */
    record Region(String region, String name, List<String> stems) {
    }

    private final List<Region> regions;

    private RegionNames(List<Region> regions) {
        this.regions = List.copyOf(regions);
    }

    static RegionNames load(String resource) {
        List<Region> out = new ArrayList<>();
        for (String[] c : GazetteerFiles.table(resource, 4)) {
            List<String> stems = new ArrayList<>();
            for (String s : c[3].split(",")) {
                String f = NameFolding.fold(s);
                if (!f.isEmpty()) {
                    stems.add(f);
                }
            }
            out.add(new Region(c[0] + "-" + c[1], c[2], stems));
        }
        return new RegionNames(out);
    }

    /** The region whose stem starts the folded word (or word pair), or null. */
    String regionOf(String folded) {
        for (Region r : regions) {
            for (String s : r.stems()) {
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
