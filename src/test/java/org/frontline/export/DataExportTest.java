package org.frontline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimView;
import org.frontline.workspace.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

class DataExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Workspace workspace() {
        return ExportFixtures.workspace(dir, Basemap.empty());
    }

    private static DataRequest february(DataContent content, DataFormat format) {
        return new DataRequest(ExportFixtures.D1, ExportFixtures.D3, null, ClaimView.ALL, content, format);
    }

    /** A correction made in review (here: the side of the Avdiivka capture) is what the export says. */
    @Test
    void exportsCarryTheUsersCorrections() throws Exception {
        Workspace w = workspace();
        var capture = w.catalog().records().stream()
                .filter(r -> r.claim().type() == org.frontline.model.ClaimType.CAPTURED).findFirst().orElseThrow();
        new org.frontline.workspace.ClaimEditor(w.storeFile()).correctSide(capture, org.frontline.model.Side.UA);
        w.reload(org.frontline.workspace.ClaimCatalog.load(w.storeFile(), w.placeDirectory()));
        Path out = dir.resolve("corrected.csv");
        DataExport.write(w, february(DataContent.CLAIMS, DataFormat.CSV), out);
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(java.nio.file.Files.newBufferedReader(out))) {
            var row = parser.getRecords().stream()
                    .filter(r -> r.get("id").equals(String.valueOf(capture.claim().id()))).findFirst().orElseThrow();
            assertEquals("UA", row.get("side"), "the exported side is the corrected one");
        }
    }

    @Test
    void geoJsonHasClaimPointsWithTheClaimsCommandPropertiesAndListsUnresolvedClaims() throws Exception {
        Path out = dir.resolve("claims.geojson");
        DataExport.write(workspace(), february(DataContent.ALL, DataFormat.GEOJSON), out);
        JsonNode root = JSON.readTree(out.toFile());
        assertEquals("FeatureCollection", root.get("type").asText());
        List<JsonNode> points = new ArrayList<>();
        List<JsonNode> areas = new ArrayList<>();
        root.get("features").forEach(f -> (f.at("/geometry/type").asText().equals("Point") ? points : areas).add(f));
        assertEquals(4, points.size(), "four located claims");
        assertTrue(areas.stream().anyMatch(f -> f.at("/properties/kind").asText().equals("control_area")
                && f.at("/properties/side").asText().equals("RU")), "the Russian-held area at the end of the range");
        JsonNode avdiivka = points.get(1);
        assertEquals(ExportFixtures.AVDIIVKA.lon(), avdiivka.at("/geometry/coordinates/0").asDouble(), 1e-9, "longitude first");
        assertEquals(ExportFixtures.AVDIIVKA.lat(), avdiivka.at("/geometry/coordinates/1").asDouble(), 1e-9);
        JsonNode p = avdiivka.get("properties");
        List<String> names = new ArrayList<>();
        p.fieldNames().forEachRemaining(names::add);
        assertEquals(ClaimFields.NAMES, names);
        assertEquals("captured", p.get("type").asText());
        assertEquals("RU", p.get("side").asText());
        assertEquals("Avdiivka", p.get("place_name").asText());
        assertEquals("2024-02-17", p.get("event_date").asText());
        assertEquals(1, root.get("unresolved").size());
        assertEquals("Nowhereivka", root.at("/unresolved/0/place").asText());
    }

    @Test
    void oneDayHoldsOnlyThatDaysClaims() throws Exception {
        Path out = dir.resolve("day.geojson");
        ExportData data = DataExport.write(workspace(),
                DataRequest.at(ExportFixtures.D2, ClaimView.ALL, DataContent.CLAIMS, DataFormat.GEOJSON), out);
        assertEquals(3, data.claims().size(), "Avdiivka, Bakhmut and the unresolved one");
        assertEquals(2, JSON.readTree(out.toFile()).get("features").size());
    }

    @Test
    void csvReadsBackWithCommonsCsv() throws Exception {
        Path out = dir.resolve("claims.csv");
        DataExport.write(workspace(), february(DataContent.CLAIMS, DataFormat.CSV), out);
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
            assertEquals(5, rows.size());
            assertEquals(ClaimFields.NAMES, rows.get(0).getParser().getHeaderNames());
            CSVRecord robotyne = rows.stream().filter(x -> x.get("place").equals("Robotyne")).findFirst().orElseThrow();
            assertEquals("denied", robotyne.get("status"));
            assertEquals(ExportFixtures.ROBOTYNE.lat(), Double.parseDouble(robotyne.get("lat")), 1e-9);
            CSVRecord unresolved = rows.stream().filter(x -> x.get("place").equals("Nowhereivka")).findFirst().orElseThrow();
            assertEquals("", unresolved.get("place_id"), "null is an empty cell");
        }
    }

    @Test
    void csvRefusesTwoTablesInOneFile() {
        assertThrows(InvalidExportException.class, () -> february(DataContent.ALL, DataFormat.CSV));
    }

    @Test
    void geoPackageReadsBackWithOgrinfo() throws Exception {
        Path out = dir.resolve("february.gpkg");
        DataExport.write(workspace(), february(DataContent.ALL, DataFormat.GPKG), out);
        String summary = ogrinfo("-so", "-al", out.toString());
        assertTrue(summary.contains("Layer name: claims"), summary);
        assertTrue(summary.contains("Layer name: unresolved_mentions"), summary);
        assertTrue(summary.contains("Layer name: control_areas"), summary);
        assertTrue(summary.contains("Layer name: front_line"), summary);
        assertTrue(summary.contains("Geometry: Point"), summary);
        assertTrue(summary.contains("Geometry: Multi Polygon"), summary);
        assertTrue(summary.contains("event_date: Date"), "event_date is a DATE field for QGIS's temporal controller: " + summary);
        String claims = ogrinfo("-al", "-geom=ISO_WKT", out.toString(), "claims", "-where", "place = 'Bakhmut'");
        assertTrue(claims.contains("Feature Count: 1"), claims);
        assertTrue(claims.contains(String.format(java.util.Locale.ROOT, "POINT (%s %s)",
                stripZeros(ExportFixtures.BAKHMUT.lon()), stripZeros(ExportFixtures.BAKHMUT.lat()))), claims);
        assertTrue(claims.contains("event_date (Date) = 2024/02/17"), claims);
        assertTrue(ogrinfo("-so", out.toString(), "claims").contains("Feature Count: 5"));
        String mentions = ogrinfo("-al", out.toString(), "unresolved_mentions");
        assertTrue(mentions.contains("Feature Count: 1") && mentions.contains("text (String) = Nowhereivka"), mentions);
    }

    @Test
    void geoPackageReadsBackWithTheNgaLibrary() throws Exception {
        Path out = dir.resolve("february.gpkg");
        DataExport.write(workspace(), february(DataContent.ALL, DataFormat.GPKG), out);
        try (GeoPackage gp = GeoPackageManager.open(out.toFile(), false)) {
            assertEquals(List.of("claims", "control_areas", "front_line"), gp.getFeatureTables().stream().sorted().toList());
            assertEquals(List.of("unresolved_mentions"), gp.getAttributesTables());
            FeatureDao claims = gp.getFeatureDao("claims");
            assertEquals(5, claims.count());
            int located = 0;
            FeatureResultSet rs = claims.queryForAll();
            try {
                while (rs.moveToNext()) {
                    located += rs.getGeometry() != null && rs.getGeometry().getGeometry() != null ? 1 : 0;
                }
            } finally {
                rs.close();
            }
            assertEquals(4, located, "the unresolved claim has no geometry");
        }
    }

    @Test
    void areasGoToPolygonAndLineLayers() throws Exception {
        WKTReader wkt = new WKTReader();
        ControlAreasAt areas = new ControlAreasAt(ExportFixtures.D2, ClaimView.RU, List.of(
                new ControlArea("RU", "held", wkt.read("POLYGON ((37.7 48.1, 37.8 48.1, 37.8 48.2, 37.7 48.2, 37.7 48.1))"), 82.4),
                new ControlArea(null, "contested", wkt.read("POLYGON ((37.8 48.1, 37.9 48.1, 37.9 48.2, 37.8 48.1))"), 41.2)),
                wkt.read("LINESTRING (37.8 48.0, 37.8 48.3)"));
        ExportData data = new ExportData(List.of(), Map.of(), List.of(), areas);
        Path gpkg = dir.resolve("areas.gpkg");
        OutputFile.writeFile(gpkg, tmp -> GeoPackageData.write(data, DataContent.AREAS, tmp, Cancellation.none()));
        String ru = ogrinfo("-al", "-geom=ISO_WKT", gpkg.toString(), "control_areas", "-where", "side = 'RU'");
        assertTrue(ru.contains("MULTIPOLYGON (((37.7 48.1,37.8 48.1,37.8 48.2,37.7 48.2,37.7 48.1)))"), ru);
        assertTrue(ru.contains("area_km2 (Real) = 82.4") && ru.contains("date (Date) = 2024/02/17"), ru);
        assertTrue(ogrinfo("-so", gpkg.toString(), "control_areas").contains("Feature Count: 2"));
        assertTrue(ogrinfo("-al", "-geom=ISO_WKT", gpkg.toString(), "front_line")
                .contains("MULTILINESTRING ((37.8 48.0,37.8 48.3))"));
        Path json = dir.resolve("areas.geojson");
        OutputFile.write(json, out -> GeoJsonData.write(data, out));
        JsonNode f = JSON.readTree(json.toFile()).get("features");
        assertEquals(3, f.size());
        assertEquals("control_area", f.at("/0/properties/kind").asText());
        assertEquals("front_line", f.at("/2/properties/kind").asText());
        assertTrue(f.at("/1/properties/side").isNull(), "contested has no side");
    }

    @Test
    void geoPackageNeedsItsExtension() {
        assertThrows(InvalidExportException.class, () -> DataExport.write(workspace(),
                february(DataContent.ALL, DataFormat.GPKG), dir.resolve("february.sqlite")));
    }

    @Test
    void exportCommandWritesAGeoPackageFromTheFileName() throws Exception {
        Path out = dir.resolve("cli.gpkg");
        java.io.StringWriter err = new java.io.StringWriter();
        Path db = workspace().storeFile();
        int code = org.frontline.cli.FrontlineCommand.execute(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err, true), "export", "--db=" + db, "--from", "2024-02-01",
                "--to", "2024-02-29", "--out", out.toString());
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("5 claims"), err.toString());
        assertEquals(2, org.frontline.cli.FrontlineCommand.execute(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), "export", "--db=" + db,
                "--out", dir.resolve("x.csv").toString()), "no date given");
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    private static String stripZeros(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Runs GDAL's ogrinfo, an independent GeoPackage reader; skips when it is not installed. */
    private static String ogrinfo(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ogrinfo", "-ro"));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("ogrinfo (Debian package gdal-bin) is not installed: " + e.getMessage());
            throw e;
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "ogrinfo " + cmd + ":\n" + text);
        return text;
    }
}
