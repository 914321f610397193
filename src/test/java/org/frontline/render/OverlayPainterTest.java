package org.frontline.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boxes the overlays give ahead (labels keep off them) hold every pixel the overlays paint. */
class OverlayPainterTest {
    @Test
    void everyOverlayPixelLiesInTheBoxesGivenAhead() {
        for (double scale : new double[] {1, 2}) {
            int w = (int) (900 * scale);
            int h = (int) (600 * scale);
            ViewState view = new ViewState(50_000, 30_000, 150 / scale, w, h, LocalDate.of(2024, 3, 1), ClaimView.ALL);
            MapScene scene = new MapScene(Basemap.empty(), AreaLayer.empty(), List.of(), List.of(), List.of(),
                    List.of(new UnresolvedMark("Nowhere", 2), new UnresolvedMark("Elsewhere", 1)), LayerStack.defaults(),
                    new Decorations(true, true, true, true, "Test banner", scale));
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            OverlayPainter overlays = new OverlayPainter();
            List<Rectangle2D> boxes = overlays.boxes(g, view, scene);
            overlays.paint(g, view, scene);
            g.dispose();
            int painted = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if (img.getRGB(x, y) >>> 24 != 0) {
                        painted++;
                        int px = x;
                        int py = y;
                        assertTrue(boxes.stream().anyMatch(b -> b.intersects(px, py, 1, 1)),
                                "scale " + scale + ": pixel " + x + "," + y + " lies outside every overlay box " + boxes);
                    }
                }
            }
            assertTrue(painted > 5_000 * scale * scale, "the overlays are drawn: " + painted + " pixels");
        }
    }
}
