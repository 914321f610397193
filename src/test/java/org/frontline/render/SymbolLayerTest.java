package org.frontline.render;

import static org.frontline.testing.GoldenImages.maxChannelDelta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;
import org.junit.jupiter.api.Test;

class SymbolLayerTest {
    private static final ViewState VIEW = new ViewState(50_000, 30_000, 150, 420, 300, LocalDate.of(2024, 3, 1),
            ClaimView.ALL);

    /** Symbols of every type, some overlapping, some at the same spot with different ages, one off the image. */
    private static List<ClaimMark> marks() {
        List<ClaimMark> marks = new ArrayList<>();
        ClaimType[] types = ClaimType.values();
        for (int i = 0; i < 60; i++) {
            double x = 20_000 + (i % 12) * 5_000 + (i % 5) * 333.3;
            double y = 10_000 + (i / 12) * 9_000;
            marks.add(new ClaimMark(i, x, y, types[i % types.length], i % 3 == 0 ? null : i % 2 == 0 ? Side.RU : Side.UA,
                    i % 7 == 0 ? ClaimStatus.DENIED : ClaimStatus.ASSERTED, (i % 9) / 9.0, i == 13));
            marks.add(new ClaimMark(100 + i, x, y, types[i % types.length], i % 3 == 0 ? null : i % 2 == 0 ? Side.RU : Side.UA,
                    i % 7 == 0 ? ClaimStatus.DENIED : ClaimStatus.ASSERTED, 0.95, i == 13));
        }
        marks.add(new ClaimMark(999, 500_000, 500_000, ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED, 0, false));
        return marks;
    }

    private static BufferedImage background() {
        BufferedImage img = new BufferedImage(VIEW.width(), VIEW.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0xC9DDEB), 420, 300, new Color(198, 40, 40)));
        g.fillRect(0, 0, VIEW.width(), VIEW.height());
        g.dispose();
        return img;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    @Test
    void symbolsPaintedAheadAndCopiedEqualSymbolsPaintedInPlace() {
        ClaimPainter painter = new ClaimPainter();
        Sprites sprites = new Sprites();
        SymbolLayer layer = new SymbolLayer();
        // All the symbols first, then a few: the second frame reuses the first one's canvas, whose
        // symbols must all be gone where the second draws none.
        for (List<ClaimMark> marks : List.of(marks(), marks().subList(0, 40))) {
            BufferedImage inPlace = background();
            Graphics2D g = graphics(inPlace);
            painter.paint(g, VIEW, marks, 1, new LabelPlacer(1, sprites), sprites);
            g.dispose();

            BufferedImage copied = background();
            Graphics2D cg = graphics(copied);
            SymbolLayer.Canvas canvas = layer.paint(VIEW, cg.getRenderingHints(),
                    (sg, drawn) -> painter.paint(sg, VIEW, marks, 1, new LabelPlacer(1, sprites), sprites, drawn));
            canvas.drawOnto(cg);
            cg.dispose();
            assertTrue(maxChannelDelta(background(), inPlace) > 100, "symbols were drawn");
            assertTrue(maxChannelDelta(copied, inPlace) <= 2, marks.size() + " marks: max delta " + maxChannelDelta(copied, inPlace));
        }
    }

    @Test
    void aFrameWhoseAreasArePaintedOnAnotherThreadEqualsOnePaintedOnItsOwn() {
        MapScene scene = new MapScene(Basemap.empty(), AreaLayer.empty(), List.of(), marks(), List.of(), List.of(),
                LayerStack.defaults(), new Decorations(false, false, false, false, null, 1));
        MapRenderer parallel = new MapRenderer();
        MapRenderer sequential = new MapRenderer(Runnable::run);
        assertEquals(0, maxChannelDelta(parallel.render(scene, VIEW), sequential.render(scene, VIEW)));
        // With no area layer to paint beside them, the symbols are painted in place, not through
        // their own layer: the frame must look the same either way.
        MapScene noAreaLayers = scene.withLayers(scene.layers().withVisible(LayerKind.AREAS, false)
                .withVisible(LayerKind.CONTESTED, false).withVisible(LayerKind.FRONT_LINE, false));
        assertTrue(maxChannelDelta(parallel.render(scene, VIEW), sequential.render(noAreaLayers, VIEW)) <= 2,
                "symbols copied from their layer look as symbols painted in place");
        MapScene reordered = scene.withLayers(scene.layers().moved(LayerKind.CLAIMS, -5));
        assertEquals(0, maxChannelDelta(parallel.render(reordered, VIEW), sequential.render(reordered, VIEW)),
                "symbols below the areas are painted in place");
    }

    @Test
    void labelsDrawnWithTheSymbolsAheadOfTheAreasLookAsLabelsDrawnLast() {
        // Settlements among the symbols (some labels find room, some do not), every overlay, and
        // an empty area layer: visible, the symbols and labels are drawn ahead on their own layer;
        // hidden, everything is drawn in place, labels last.
        List<SettlementMark> settlements = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            settlements.add(new SettlementMark("Place " + i, 18_000 + (i % 8) * 7_500 + (i % 3) * 900,
                    8_000 + (i / 8) * 10_000 + (i % 4) * 1_200, 20_000 + 1_000L * i));
        }
        MapScene scene = new MapScene(Basemap.empty(), AreaLayer.empty(), List.of(), marks(), settlements,
                List.of(new UnresolvedMark("Nowhere", 2)), LayerStack.defaults(),
                new Decorations(true, true, true, true, "Test banner", 1));
        ViewState view = new ViewState(50_000, 30_000, 150, 640, 420, LocalDate.of(2024, 3, 1), ClaimView.ALL);
        MapScene inPlace = scene.withLayers(scene.layers().withVisible(LayerKind.AREAS, false)
                .withVisible(LayerKind.CONTESTED, false).withVisible(LayerKind.FRONT_LINE, false));
        BufferedImage ahead = new MapRenderer().render(scene, view);
        BufferedImage last = new MapRenderer(Runnable::run).render(inPlace, view);
        // The same settlements without names: their dots are drawn, their labels are empty.
        List<SettlementMark> unnamed = settlements.stream()
                .map(m -> new SettlementMark("", m.x(), m.y(), m.population())).toList();
        BufferedImage noLabels = new MapRenderer().render(new MapScene(Basemap.empty(), AreaLayer.empty(), List.of(),
                marks(), unnamed, scene.unresolved(), scene.layers(), scene.decorations()), view);
        assertTrue(org.frontline.testing.GoldenImages.differingPixels(noLabels, ahead) > 500, "labels were drawn");
        assertTrue(maxChannelDelta(ahead, last) <= 2, "max delta " + maxChannelDelta(ahead, last));
    }
}
