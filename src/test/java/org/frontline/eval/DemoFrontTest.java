package org.frontline.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.frontline.app.DemoStore;
import org.frontline.app.Wiring;
import org.frontline.geo.MapProjection;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.render.AreaLayer;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimView;
import org.frontline.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The demo corpus, ingested by the real pipeline into a real store, draws a recognisable front at
 * well-known dates: Kherson is claimed Russian-held before the autumn 2022 counteroffensive and not
 * after; Avdiivka is not Russian-held in December 2023 and is after its fall in February 2024.
 */
class DemoFrontTest {
    @TempDir
    static Path dir;

    private static Workspace workspace;

    @BeforeAll
    static void buildDemoStore() {
        Wiring wiring = new Wiring();
        Path db = dir.resolve("demo.db");
        assertTrue(DemoStore.fillOrRefresh(db, wiring.analyser()).isPresent(), "a new store is filled");
        assertTrue(DemoStore.fillOrRefresh(db, wiring.analyser()).isEmpty(), "and only once");
        workspace = Workspace.open(db, Basemap.loadDefault(), wiring.gazetteer().get(), Runnable::run);
    }

    private static boolean russianHeld(String date, double lon, double lat) {
        AreaLayer a = workspace.areas().at(LocalDate.parse(date), ClaimView.ALL);
        var p = MapProjection.lcc().project(lon, lat);
        Point pt = new GeometryFactory().createPoint(p);
        Geometry ru = a.russianHeld();
        for (int i = 0; i < ru.getNumGeometries(); i++) {
            if (ru.getGeometryN(i).covers(pt)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void khersonIsRussianHeldBeforeTheCounteroffensiveAndNotAfter() {
        assertTrue(russianHeld("2022-10-01", 32.6169, 46.6354), "Kherson on 1 October 2022");
        assertFalse(russianHeld("2022-11-20", 32.6169, 46.6354), "Kherson on 20 November 2022");
    }

    @Test
    void avdiivkaIsRussianHeldAfterItsFallAndNotBefore() {
        assertFalse(russianHeld("2023-12-01", 37.7426, 48.1399), "Avdiivka on 1 December 2023");
        assertTrue(russianHeld("2024-03-01", 37.7426, 48.1399), "Avdiivka on 1 March 2024");
    }

    @Test
    void crimeaAndDonetskAreRussianHeldFromTheFirstDay() {
        assertTrue(russianHeld("2022-02-24", 34.1024, 44.9521), "Simferopol");
        assertTrue(russianHeld("2022-02-24", 37.8028, 48.0159), "Donetsk");
        assertFalse(russianHeld("2022-02-24", 35.0462, 48.4647), "Dnipro");
    }

    @Test
    void theDemoStoreIsLabelledAsDemonstrationData() {
        assertTrue("Demonstration data".equals(workspace.banner()));
    }
}
