package org.frontline.render;

import static org.frontline.testing.GoldenImages.maxChannelDelta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class AreaRasterTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final ViewState VIEW = new ViewState(60_000, 40_000, 250, 480, 320, LocalDate.of(2024, 3, 1),
            ClaimView.ALL);

    /** A 12 x 8 grid of 10 km square pieces, as the control engine's tiles. */
    private static Geometry[][] grid() {
        Geometry[][] g = new Geometry[12][8];
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 8; j++) {
                g[i][j] = GF.toGeometry(new Envelope(i * 10_000, (i + 1) * 10_000, j * 10_000, (j + 1) * 10_000));
            }
        }
        return g;
    }

    /** RU holds the columns left of {@code frontColumn}, UA the rest; column 5 is contested from row 6. */
    private static AreaLayer layer(Geometry[][] g, int frontColumn, Geometry extraRu) {
        List<Geometry> ru = new ArrayList<>();
        List<Geometry> ua = new ArrayList<>();
        List<Geometry> contested = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 8; j++) {
                (i == 5 && j >= 6 ? contested : i < frontColumn ? ru : ua).add(g[i][j]);
            }
        }
        if (extraRu != null) {
            ua.remove(extraRu);
            ru.add(extraRu);
        }
        Geometry front = GF.createLineString(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(frontColumn * 10_000, 0),
            new org.locationtech.jts.geom.Coordinate(frontColumn * 10_000, 80_000)});
        return new AreaLayer(collection(ru), collection(ua), collection(contested), front);
    }

    private static Geometry collection(List<Geometry> parts) {
        return GF.createGeometryCollection(parts.toArray(Geometry[]::new));
    }

    private static MapScene scene(AreaLayer areas) {
        return new MapScene(Basemap.empty(), areas, List.of(), List.of(), List.of(), List.of(), LayerStack.defaults(),
                new Decorations(false, false, false, false, null, 1));
    }

    @Test
    void aFrameRepaintedWhereTilesChangedEqualsAFrameDrawnAfresh() {
        Geometry[][] g = grid();
        MapRenderer renderer = new MapRenderer();
        BufferedImage first = renderer.render(scene(layer(g, 4, null)), VIEW);
        AreaLayer next = layer(g, 4, g[9][2]);
        BufferedImage repainted = renderer.render(scene(next), VIEW);
        BufferedImage fresh = new MapRenderer().render(scene(next), VIEW);
        assertTrue(maxChannelDelta(first, fresh) > 60, "the second frame shows a change");
        assertTrue(maxChannelDelta(repainted, fresh) <= 2, "repainted tiles match, max delta " + maxChannelDelta(repainted, fresh));
        BufferedImage moved = renderer.render(scene(layer(g, 7, g[9][2])), VIEW);
        assertTrue(maxChannelDelta(moved, new MapRenderer().render(scene(layer(g, 7, g[9][2])), VIEW)) <= 2,
                "a moved front line is repainted along its old and new place");
    }

    @Test
    void theSameLayerIsDrawnOnceForItsView() {
        Geometry[][] g = grid();
        MapRenderer renderer = new MapRenderer();
        AreaLayer areas = layer(g, 4, null);
        BufferedImage a = renderer.render(scene(areas), VIEW);
        BufferedImage panned = renderer.render(scene(areas), VIEW.movedByPixels(30, -12));
        BufferedImage freshPanned = new MapRenderer().render(scene(areas), VIEW.movedByPixels(30, -12));
        assertEquals(0, maxChannelDelta(panned, freshPanned), "another view is painted whole");
        assertEquals(0, maxChannelDelta(a, renderer.render(scene(areas), VIEW)));
    }

    @Test
    void areasLaidOnTheFrameByTheAreaThreadLookAsAreasDrawnByTheFrame() {
        // Over the real basemap, with claims above: with nothing between the basemap and the areas
        // the area thread lays its image on the frame; a reference layer (here far off the view, so
        // it paints nothing) puts the frame's own thread back in charge of it.
        Geometry[][] g = grid();
        Basemap basemap = Basemap.loadDefault();
        List<Geometry> farAway = List.of(GF.toGeometry(new Envelope(9e6, 9.1e6, 9e6, 9.1e6)));
        for (AreaLayer areas : List.of(layer(g, 4, null), layer(g, 7, g[9][2]))) {
            MapScene laid = new MapScene(basemap, areas, List.of(), List.of(), List.of(), List.of(), LayerStack.defaults(),
                    new Decorations(false, false, true, true, null, 1));
            MapScene byFrame = new MapScene(basemap, areas, farAway, List.of(), List.of(), List.of(), LayerStack.defaults(),
                    new Decorations(false, false, true, true, null, 1));
            // The image is laid by whichever side finishes last: the frame's thread when the areas
            // are made first (a synchronous worker), the area thread when it runs only once the
            // frame's thread waits for it (the basemap long drawn).
            BufferedImage areasFirst = new MapRenderer(Runnable::run).render(laid, VIEW);
            BufferedImage areasLast = new MapRenderer(AreaRasterTest::onceTheCallerWaits).render(laid, VIEW);
            BufferedImage b = new MapRenderer(Runnable::run).render(byFrame, VIEW);
            BufferedImage noAreas = new MapRenderer().render(laid.withLayers(laid.layers().withVisible(LayerKind.AREAS, false)), VIEW);
            assertTrue(maxChannelDelta(areasLast, noAreas) > 60, "areas were drawn");
            assertEquals(0, maxChannelDelta(areasFirst, b), "laid by the frame's thread");
            assertEquals(0, maxChannelDelta(areasLast, b), "laid by the area thread");
        }
    }

    /** Runs the task on a thread of its own once the submitting thread has stopped to wait (for it). */
    private static void onceTheCallerWaits(Runnable task) {
        Thread caller = Thread.currentThread();
        Thread t = new Thread(() -> {
            while (caller.getState() != Thread.State.WAITING && caller.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
            task.run();
        }, "test-area-thread");
        t.setDaemon(true);
        t.start();
    }
}
