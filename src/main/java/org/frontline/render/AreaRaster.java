package org.frontline.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The control-area layers (areas, contested hatching, front line) of the last frame as a transparent
 * image, repainted only where pieces changed. Filling the pieces of a full-window view with
 * antialiasing costs tens of milliseconds, yet a slider step changes a few tiles: the control engine
 * hands out the same piece objects for tiles whose state did not change, so the pieces that differ
 * by identity from the last frame's mark the pixels to repaint, in squares of {@value #BLOCK} pixels.
 * Those squares are cleared and painted again in one pass, clipped to all of them, with every piece
 * that reaches into them, in the same order as a full paint: a piece is rasterised once however many
 * squares it spans (painting square by square rasterised large pieces once per square). Pixels
 * elsewhere cannot have changed.
 *
 * <p>Thread safety: thread-safe; frames take turns on the raster (a semaphore held from
 * {@link #update} until the frame closes its {@link Update}), which repaints its one image in place (no
 * copy per frame: at 3840x2160 that would be 33 MB of garbage a frame), possibly on another thread
 * than the frame's, and is drawn onto the frame before another frame may touch it.
 */
final class AreaRaster {
    /** Beyond this share of the image, dirty rectangles are not worth it: everything is painted. */
    private static final double FULL_REPAINT_SHARE = 0.5;
    /** Side of the squares the image is repainted by, in pixels (16 repainted 15 % less than 64 at 100k articles). */
    private static final int BLOCK = 16;
    private static final GeometryFactory GF = new GeometryFactory();

    private record Key(double cx, double cy, double mpp, int w, int h, double scale, List<LayerKind> run) {
    }

    private final AreaPainter painter;
    /** Held by a frame from the start of its update until it closes it. */
    private final Semaphore inUse = new Semaphore(1);
    private Key key;
    private AreaLayer areas;
    private BufferedImage image;

    AreaRaster(AreaPainter painter) {
        this.painter = painter;
    }

    /** Draws the run of area layers for this view and areas onto {@code target}, whose user space is the view's pixels. */
    void paint(Graphics2D target, AreaLayer now, List<LayerKind> run, ViewState v, double scale) {
        try (Update u = update(now, run, v, scale, target.getRenderingHints(), Runnable::run, CompletableFuture.completedFuture(null), null)) {
            u.drawOnto(target);
        }
    }

    /**
     * Starts bringing the image up to date for these areas on {@code executor}, with these rendering
     * hints; the frame draws it with {@link Update#drawOnto} when the area layers' turn comes, then
     * closes the update. Until then other frames wait for the raster.
     *
     * <p>With {@code onto} (a graphics of the frame, disposed here), the image is laid on the frame as
     * soon as both it and {@code below}, what the frame draws under the areas, are done, on whichever
     * thread finishes last; {@link Update#drawOnto} then only waits for it.
     */
    Update update(AreaLayer now, List<LayerKind> run, ViewState v, double scale, RenderingHints hints,
                  Executor executor, CompletableFuture<?> below, Graphics2D onto) {
        inUse.acquireUninterruptibly();
        try {
            List<LayerKind> layers = List.copyOf(run);
            CompletableFuture<Void> made = CompletableFuture.runAsync(() -> bringUpToDate(now, layers, v, scale, hints), executor);
            if (onto == null) {
                return new Update(made, false);
            }
            CompletableFuture<Void> laid = made.thenCombine(below, (a, b) -> {
                onto.drawImage(image, 0, 0, null);
                return (Void) null;
            });
            laid.whenComplete((ok, failure) -> onto.dispose());
            return new Update(laid, true);
        } catch (RuntimeException e) { // the task was refused: nothing will lay the image or dispose onto
            inUse.release();
            if (onto != null) {
                onto.dispose();
            }
            throw e;
        }
    }

    /** One frame's use of the raster: its image being made, drawn once, then the raster freed for the next frame. */
    final class Update implements AutoCloseable {
        private final CompletableFuture<Void> done;
        private final boolean laidOnFrame;
        private boolean closed;

        private Update(CompletableFuture<Void> done, boolean laidOnFrame) {
            this.done = done;
            this.laidOnFrame = laidOnFrame;
        }

        /** Waits for the image and draws it onto {@code target}, unless it was laid on the frame already. */
        void drawOnto(Graphics2D target) {
            try {
                done.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            if (!laidOnFrame) {
                target.drawImage(image, 0, 0, null);
            }
        }

        /** Waits until the image is made, even if it was never drawn, and frees the raster. */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                done.handle((ok, failure) -> null).join();
                inUse.release();
            }
        }
    }

    private void bringUpToDate(AreaLayer now, List<LayerKind> run, ViewState v, double scale, RenderingHints hints) {
        Key k = new Key(v.centerX(), v.centerY(), v.metresPerPixel(), v.width(), v.height(), scale, run);
        Key before = key;
        key = null; // until this paint completes: a failed paint leaves a half-painted image behind
        if (image == null || !k.equals(before)) {
            paintAll(now, run, v, scale, hints);
        } else if (areas != now) {
            Blocks dirty = Blocks.changed(areas, now, v, margin(v, scale));
            if (dirty.share() > FULL_REPAINT_SHARE) {
                paintAll(now, run, v, scale, hints);
            } else if (dirty.share() > 0) {
                repaint(dirty, now, run, v, scale, hints);
            }
        }
        key = k;
        areas = now;
    }

    private void paintAll(AreaLayer now, List<LayerKind> run, ViewState v, double scale, RenderingHints hints) {
        if (image == null || image.getWidth() != v.width() || image.getHeight() != v.height()) {
            image = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        }
        Graphics2D g = graphics(image, hints);
        g.setComposite(AlphaComposite.Clear);
        g.fillRect(0, 0, v.width(), v.height());
        g.setComposite(AlphaComposite.SrcOver);
        paintLayers(g, now, run, v, scale);
        g.dispose();
    }

    /**
     * Clears the dirty blocks and paints, clipped to them all at once, the pieces that reach into
     * them: each piece is rasterised once however many blocks it spans.
     */
    private void repaint(Blocks dirty, AreaLayer now, List<LayerKind> run, ViewState v, double scale,
                         RenderingHints hints) {
        Graphics2D g = graphics(image, hints);
        Shape clip = dirty.outline();
        g.setClip(clip);
        g.setComposite(AlphaComposite.Clear);
        g.fillRect(0, 0, v.width(), v.height());
        g.setComposite(AlphaComposite.SrcOver);
        double margin = margin(v, scale);
        paintLayers(g, new AreaLayer(dirty.reached(now.russianHeld(), margin), dirty.reached(now.ukrainianHeld(), margin),
                dirty.reached(now.contested(), margin), dirty.reached(now.frontLine(), margin)), run, v, scale);
        g.dispose();
    }

    private void paintLayers(Graphics2D g, AreaLayer areas, List<LayerKind> run, ViewState v, double scale) {
        GeometryPainter p = new GeometryPainter(v);
        for (LayerKind kind : run) {
            switch (kind) {
                case AREAS -> painter.paintAreas(g, p, areas);
                case CONTESTED -> painter.paintContested(g, p, areas, scale);
                case FRONT_LINE -> painter.paintFrontLine(g, p, areas, scale);
                default -> throw new IllegalArgumentException(kind + " is not an area layer");
            }
        }
    }

    /**
     * The image's squares of {@value #BLOCK} pixels whose paint may differ between two frames: those
     * reached (envelope plus margin) by a piece that is in one frame's layers and not the other's.
     */
    private static final class Blocks {
        private final ViewState view;
        private final SquareGrid grid;

        private Blocks(ViewState view) {
            this.view = view;
            this.grid = new SquareGrid(view.width(), view.height(), BLOCK);
        }

        static Blocks changed(AreaLayer before, AreaLayer now, ViewState v, double margin) {
            List<Geometry> changed = new ArrayList<>();
            AreaRaster.changed(before.russianHeld(), now.russianHeld(), changed);
            AreaRaster.changed(before.ukrainianHeld(), now.ukrainianHeld(), changed);
            AreaRaster.changed(before.contested(), now.contested(), changed);
            AreaRaster.changed(before.frontLine(), now.frontLine(), changed);
            Blocks b = new Blocks(v);
            for (Geometry g : changed) {
                b.grid.mark(b.onScreen(g.getEnvelopeInternal(), margin));
            }
            return b;
        }

        double share() {
            return grid.share();
        }

        /** An envelope padded by {@code margin} metres, in pixels. */
        private Rectangle2D onScreen(Envelope e, double margin) {
            double pad = margin / view.metresPerPixel();
            double left = view.toScreenX(e.getMinX()) - pad;
            double top = view.toScreenY(e.getMaxY()) - pad;
            return new Rectangle2D.Double(left, top, view.toScreenX(e.getMaxX()) + pad - left,
                    view.toScreenY(e.getMinY()) + pad - top);
        }

        /** Whether a padded envelope reaches a dirty block. */
        private boolean reaches(Envelope e, double margin) {
            return grid.reachesMarked(onScreen(e, margin));
        }

        /** The parts of {@code g} that reach a dirty block, as one collection. */
        Geometry reached(Geometry g, double margin) {
            List<Geometry> in = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (!part.isEmpty() && reaches(part.getEnvelopeInternal(), margin)) {
                    in.add(part);
                }
            }
            return GF.createGeometryCollection(in.toArray(Geometry[]::new));
        }

        /** The dirty blocks as one shape of pixel rectangles, merged along each row. */
        Shape outline() {
            Path2D.Float p = new Path2D.Float(Path2D.WIND_NON_ZERO);
            grid.eachRun((x, y, w, h) -> p.append(new Rectangle(x, y, w, h), false));
            return p;
        }
    }

    /** Adds the parts of {@code a} that are not in {@code b} and those of {@code b} not in {@code a}, by identity. */
    private static void changed(Geometry a, Geometry b, List<Geometry> out) {
        if (a == b) {
            return;
        }
        Set<Geometry> inA = parts(a);
        Set<Geometry> inB = parts(b);
        inA.stream().filter(g -> !inB.contains(g)).forEach(out::add);
        inB.stream().filter(g -> !inA.contains(g)).forEach(out::add);
    }

    private static Set<Geometry> parts(Geometry g) {
        Set<Geometry> s = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < g.getNumGeometries(); i++) {
            s.add(g.getGeometryN(i));
        }
        return s;
    }

    /** How far a piece's paint reaches beyond its envelope, in metres: half the widest stroke and a pixel. */
    private static double margin(ViewState v, double scale) {
        return (2 * scale + 2) * v.metresPerPixel();
    }

    private static Graphics2D graphics(BufferedImage img, RenderingHints hints) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHints(hints);
        return g;
    }
}
