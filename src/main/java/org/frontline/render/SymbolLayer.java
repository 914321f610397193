package org.frontline.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A transparent image the claim symbols of a frame are painted into ahead of their turn, so that they
 * can be painted while another thread brings the {@link AreaRaster} up to date, and copied onto the
 * frame when their layer comes. Painting symbols onto a transparent image and copying it over the
 * frame gives the pixels of painting them in place, up to 8-bit rounding (source-over is associative).
 *
 * <p>Only the squares of {@value #BLOCK} pixels that symbols touched are cleared and copied: a
 * full-window frame's symbols cover a fraction of it.
 *
 * <p>Thread safety: thread-safe. Each frame takes its own {@link Canvas}; the image of the last one
 * finished is kept for the next frame (no 8 MB of garbage per frame), a concurrent frame makes its own.
 */
final class SymbolLayer {
    private static final int BLOCK = 64;

    private final AtomicReference<Canvas> spare = new AtomicReference<>();

    /** Paints symbols for view {@code v} through {@code painter}, which is handed a graphics and a sink for the boxes it draws in. */
    Canvas paint(ViewState v, RenderingHints hints, java.util.function.BiConsumer<Graphics2D, Consumer<Rectangle2D>> painter) {
        Canvas c = spare.getAndSet(null);
        if (c == null || c.image.getWidth() != v.width() || c.image.getHeight() != v.height()) {
            c = new Canvas(v.width(), v.height());
        }
        c.clear();
        Graphics2D g = c.image.createGraphics();
        try {
            g.setRenderingHints(hints);
            painter.accept(g, c.touched::mark); // boxes of pixels from Sprites.draw, antialiasing included
        } finally {
            g.dispose();
        }
        return c;
    }

    /** One frame's symbols: drawn onto the frame once, then handed back for the next frame. */
    final class Canvas {
        private final BufferedImage image;
        private final SquareGrid touched;

        private Canvas(int width, int height) {
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            touched = new SquareGrid(width, height, BLOCK);
        }

        /** Clears what the last frame touched. */
        private void clear() {
            Graphics2D g = image.createGraphics();
            g.setComposite(AlphaComposite.Clear);
            touched.eachRun(g::fillRect);
            g.dispose();
            touched.clear();
        }

        /** Copies the touched squares onto {@code target} (source-over) and hands the canvas back. */
        void drawOnto(Graphics2D target) {
            touched.eachRun((x, y, w, h) -> target.drawImage(image, x, y, x + w, y + h, x, y, x + w, y + h, null));
            spare.set(this);
        }
    }
}
