package org.frontline.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.frontline.model.Side;
import org.frontline.store.ReferenceLayerRepository;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceLayerImportTest {
    @TempDir
    Path dir;

    /** A bow-tie over Bakhmut: the outline crosses itself at 38.0, 48.6. */
    private static final String BOW_TIE = """
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":
             [[[37.9,48.5],[38.1,48.7],[38.1,48.5],[37.9,48.7],[37.9,48.5]]]}}""";

    private static final String SQUARE_KML = """
            <?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><Polygon>
            <outerBoundaryIs><LinearRing><coordinates>37.9,48.5 38.1,48.5 38.1,48.7 37.9,48.7 37.9,48.5
            </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>""";

    @Test
    void aSelfIntersectingPolygonIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReferenceLayerImport.read(BOW_TIE, "bowtie.geojson", false));
        assertTrue(e.getMessage().contains("bowtie.geojson: not a valid polygon: Self-intersection at lon 38.00000,"
                + " lat 48.60000"), e.getMessage());
    }

    @Test
    void aSelfIntersectingPolygonCanBeRepairedAndSaysSo() {
        ReferenceLayerImport.Result r = ReferenceLayerImport.read(BOW_TIE, "bowtie.geojson", true);
        assertTrue(r.repaired());
        assertTrue(r.polygonLonLat().isValid());
        assertTrue(r.repairNote().startsWith("repaired with GeometryFixer: Self-intersection"), r.repairNote());
        assertEquals(0.02, r.polygonLonLat().getArea(), 1e-9, "both lobes kept");
    }

    @Test
    void aKmlBaselinePolygonSetsTheSideOfTheSettlementsInside() {
        ReferenceLayerImport.Result r = ReferenceLayerImport.read(SQUARE_KML, "square.kml", false);
        assertFalse(r.repaired());
        Baseline b = Baseline.byCountry(ControlRules.DEFAULT.baselineDate())
                .withPolygon(r.polygonLonLat(), Side.RU, TestClaims.BAKHMUT_AREA);
        assertEquals(Side.RU, b.sideOf(TestClaims.BAKHMUT));
        assertEquals(Side.RU, b.sideOf(TestClaims.SOLEDAR));
        assertEquals(Side.UA, b.sideOf(TestClaims.CHASIV_YAR));
        assertEquals(Side.UA, b.sideOf(TestClaims.KRAMATORSK));
    }

    @Test
    void layersAreStoredAndReadBack() {
        ReferenceLayerImport.Result r = ReferenceLayerImport.read(SQUARE_KML, "square.kml", false);
        try (Store store = Store.open(dir.resolve("f.db"))) {
            ReferenceLayerRepository repo = new ReferenceLayerRepository();
            long id = store.inTransaction(c -> repo.insert(c, "square", TestClaims.d("2022-02-23"), "RU", r.geojson()));
            List<ReferenceLayerRepository.Layer> all = store.read(repo::all);
            assertEquals(1, all.size());
            assertEquals(id, all.get(0).id());
            assertEquals("RU", all.get(0).side());
            ReferenceLayerImport.Result back = ReferenceLayerImport.read(all.get(0).geojson(), "stored", false);
            assertEquals(r.polygonLonLat().getArea(), back.polygonLonLat().getArea(), 1e-9);
        }
    }
}
