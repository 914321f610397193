package org.frontline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import org.frontline.geo.MapProjection;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;
import org.frontline.testing.GoldenImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class MapRendererTest {
    private static Basemap basemap;
    private final MapRenderer renderer = new MapRenderer();

    @BeforeAll
    static void loadBasemap() {
        basemap = Basemap.loadDefault();
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Areas, a front line and one symbol of each claim type on an empty basemap, in map metres. */
    private static MapScene syntheticScene() {
        AreaLayer areas = new AreaLayer(
                wkt("POLYGON ((0 0, 40000 0, 40000 60000, 0 60000, 0 0))"),
                wkt("POLYGON ((40000 0, 90000 0, 90000 60000, 40000 60000, 40000 0))"),
                wkt("POLYGON ((30000 20000, 50000 20000, 50000 40000, 30000 40000, 30000 20000))"),
                wkt("LINESTRING (40000 0, 40000 60000)"));
        List<ClaimMark> marks = new java.util.ArrayList<>();
        ClaimType[] types = ClaimType.values();
        for (int i = 0; i < types.length; i++) {
            Side side = i % 2 == 0 ? Side.RU : Side.UA;
            ClaimStatus status = i == 5 ? ClaimStatus.DENIED : ClaimStatus.ASSERTED;
            marks.add(new ClaimMark(i, 8000 + i * 11000, 50000, types[i], side, status, i / 10.0, i == 0));
        }
        List<SettlementMark> towns = List.of(new SettlementMark("Alphatown", 20000, 30000, 120_000),
                new SettlementMark("Betaville", 65000, 15000, 9_000));
        return new MapScene(Basemap.empty(), areas, List.of(wkt("LINESTRING (5000 5000, 85000 55000)")), marks, towns,
                List.of(new UnresolvedMark("Nowhereivka", 2)), LayerStack.defaults(), Decorations.screen(null));
    }

    private static ViewState syntheticView() {
        return new ViewState(45000, 30000, 200, 500, 340, LocalDate.of(2024, 2, 17), ClaimView.ALL);
    }

    @Test
    void syntheticLayersMatchGoldenImage() throws Exception {
        GoldenImages.assertMatches("synthetic-layers", renderer.render(syntheticScene(), syntheticView()));
    }

    @Test
    void areasArePaintedInTheirSideColours() {
        ViewState v = syntheticView();
        BufferedImage img = renderer.render(syntheticScene().withLayers(LayerStack.defaults()
                .toggled(LayerKind.CLAIMS).toggled(LayerKind.SETTLEMENTS).toggled(LayerKind.REFERENCE)), v);
        int ru = GoldenImages.rgb(img, (int) v.toScreenX(10000), (int) v.toScreenY(10000));
        int ua = GoldenImages.rgb(img, (int) v.toScreenX(80000), (int) v.toScreenY(10000));
        assertTrue(red(ru) > blue(ru) + 40, "Russian-held area is reddish: " + Integer.toHexString(ru));
        assertTrue(blue(ua) > red(ua), "Ukrainian-held area is bluish: " + Integer.toHexString(ua));
    }

    @Test
    void hiddenLayerIsNotDrawn() {
        ViewState v = syntheticView();
        MapScene all = syntheticScene();
        BufferedImage with = renderer.render(all, v);
        BufferedImage without = renderer.render(all.withLayers(all.layers().toggled(LayerKind.AREAS)), v);
        int x = (int) v.toScreenX(10000);
        int y = (int) v.toScreenY(10000);
        assertNotEquals(GoldenImages.rgb(with, x, y), GoldenImages.rgb(without, x, y));
    }

    @Test
    void donbasAt150KmLooksRight() throws Exception {
        Coordinate c = MapProjection.lcc().project(37.9, 48.35);
        ViewState v = new ViewState(c.x, c.y, 150_000.0 / 600, 600, 400, LocalDate.of(2023, 5, 20), ClaimView.ALL);
        BufferedImage img = renderer.render(MapScene.basemapOnly(basemap), v);
        GoldenImages.assertMatches("basemap-donbas-150km", img);
    }

    @Test
    void seaLandAndNoDataHaveTheirColours() {
        Coordinate c = MapProjection.lcc().project(34.0, 46.0);
        ViewState v = new ViewState(c.x, c.y, 3000, 800, 600, null, ClaimView.ALL);
        BufferedImage img = renderer.render(MapScene.basemapOnly(basemap), v);
        assertEquals(MapStyle.SEA.getRGB() & 0xFFFFFF, pixelAt(img, v, 32.0, 44.0), "Black Sea");
        assertEquals(MapStyle.SEA.getRGB() & 0xFFFFFF, pixelAt(img, v, 36.5, 46.2), "Sea of Azov");
        assertEquals(MapStyle.UKRAINE.getRGB() & 0xFFFFFF, pixelAt(img, v, 34.1, 45.0), "Crimea is Ukraine");
        assertEquals(MapStyle.LAND.getRGB() & 0xFFFFFF, pixelAt(img, v, 39.5, 47.8), "Rostov oblast is other land");
        assertEquals(MapStyle.NO_DATA.getRGB() & 0xFFFFFF, pixelAt(img, v, 19.0, 47.0), "outside the data region");
    }

    @Test
    void scaleBarMeasuresGroundDistance() {
        Coordinate c = MapProjection.lcc().project(37.9, 48.35);
        ViewState v = new ViewState(c.x, c.y, 100, 1000, 500, null, ClaimView.ALL);
        ScaleBar bar = ScaleBar.of(v, 150);
        assertEquals(10_000, bar.metres(), 1e-6);
        assertEquals(100, bar.pixels(), 2, "LCC scale error near 48° N is below 2 %");
    }

    private static int pixelAt(BufferedImage img, ViewState v, double lon, double lat) {
        Coordinate p = MapProjection.lcc().project(lon, lat);
        return GoldenImages.rgb(img, (int) Math.round(v.toScreenX(p.x)), (int) Math.round(v.toScreenY(p.y)));
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }
}
