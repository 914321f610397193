package org.frontline.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The control-area layers (areas, contested hatching, front line) of the last frame as a transparent
 * image, repainted only where pieces changed. Filling the pieces of a full-window view with
 * antialiasing costs tens of milliseconds, yet a slider step changes a few tiles: the control engine
 * hands out the same piece objects for tiles whose state did not change, so the pieces that differ
 * by identity from the last frame's mark the pixels to repaint. Those rectangles are cleared and
 * painted again, clipped, with every piece that reaches into them, in the same order as a full
 * paint; pixels elsewhere cannot have changed.
 *
 * <p>Thread safety: thread-safe; {@link #paint} is serialised on the raster, which repaints its one
 * image in place (no copy per frame: at 3840x2160 that would be 33 MB of garbage a frame) and draws it
 * onto the target before another thread may touch it.
 */
final class AreaRaster {
    /** Beyond this share of the image, dirty rectangles are not worth it: everything is painted. */
    private static final double FULL_REPAINT_SHARE = 0.5;
    /** Side of the squares the image is repainted by, in pixels. */
    private static final int BLOCK = 64;
    private static final GeometryFactory GF = new GeometryFactory();

    private record Key(double cx, double cy, double mpp, int w, int h, double scale, List<LayerKind> run) {
    }

    private final AreaPainter painter;
    private Key key;
    private AreaLayer areas;
    private BufferedImage image;

    AreaRaster(AreaPainter painter) {
        this.painter = painter;
    }

    /** Draws the run of area layers for this view and areas onto {@code target}, whose user space is the view's pixels. */
    synchronized void paint(Graphics2D target, AreaLayer now, List<LayerKind> run, ViewState v, double scale) {
        Key k = new Key(v.centerX(), v.centerY(), v.metresPerPixel(), v.width(), v.height(), scale, List.copyOf(run));
        if (image == null || !k.equals(key)) {
            paintAll(now, run, v, scale, target);
        } else if (areas != now) {
            List<Rectangle> dirty = dirty(areas, now, v, scale);
            if (dirty == null) {
                paintAll(now, run, v, scale, target);
            } else {
                repaint(dirty, now, run, v, scale, target);
            }
        }
        key = k;
        areas = now;
        target.drawImage(image, 0, 0, null);
    }

    private void paintAll(AreaLayer now, List<LayerKind> run, ViewState v, double scale, Graphics2D like) {
        if (image == null || image.getWidth() != v.width() || image.getHeight() != v.height()) {
            image = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        }
        Graphics2D g = graphics(image, like);
        g.setComposite(AlphaComposite.Clear);
        g.fillRect(0, 0, v.width(), v.height());
        g.setComposite(AlphaComposite.SrcOver);
        paintLayers(g, now, run, v, scale);
        g.dispose();
    }

    private void repaint(List<Rectangle> dirty, AreaLayer now, List<LayerKind> run, ViewState v, double scale,
                         Graphics2D like) {
        Graphics2D g = graphics(image, like);
        double margin = margin(v, scale);
        for (Rectangle r : dirty) {
            g.setClip(r);
            g.setComposite(AlphaComposite.Clear);
            g.fill(r);
            g.setComposite(AlphaComposite.SrcOver);
            Envelope e = new Envelope(v.toModel(r.getMinX(), r.getMaxY()), v.toModel(r.getMaxX(), r.getMinY()));
            e.expandBy(margin);
            paintLayers(g, new AreaLayer(within(now.russianHeld(), e), within(now.ukrainianHeld(), e),
                    within(now.contested(), e), within(now.frontLine(), e)), run, v, scale);
        }
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
     * The pixels touched by pieces in one layer and not the other, as rectangles: blocks of
     * {@value #BLOCK} pixels, merged along each row of blocks. Null when so much changed (a far jump)
     * that painting everything is cheaper.
     */
    private static List<Rectangle> dirty(AreaLayer before, AreaLayer now, ViewState v, double scale) {
        List<Geometry> changed = new ArrayList<>();
        changed(before.russianHeld(), now.russianHeld(), changed);
        changed(before.ukrainianHeld(), now.ukrainianHeld(), changed);
        changed(before.contested(), now.contested(), changed);
        changed(before.frontLine(), now.frontLine(), changed);
        int cols = (v.width() + BLOCK - 1) / BLOCK;
        int rows = (v.height() + BLOCK - 1) / BLOCK;
        boolean[][] blocks = new boolean[rows][cols];
        double pad = margin(v, scale) / v.metresPerPixel();
        Envelope visible = v.envelope();
        visible.expandBy(margin(v, scale));
        for (Geometry g : changed) {
            Envelope e = g.getEnvelopeInternal();
            if (!visible.intersects(e)) {
                continue;
            }
            int x0 = block(v.toScreenX(e.getMinX()) - pad, cols);
            int x1 = block(v.toScreenX(e.getMaxX()) + pad, cols);
            int y0 = block(v.toScreenY(e.getMaxY()) - pad, rows);
            int y1 = block(v.toScreenY(e.getMinY()) + pad, rows);
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    blocks[y][x] = true;
                }
            }
        }
        List<Rectangle> out = new ArrayList<>();
        int dirtyBlocks = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                int start = x;
                while (x < cols && blocks[y][x]) {
                    x++;
                }
                if (x > start) {
                    dirtyBlocks += x - start;
                    out.add(new Rectangle(start * BLOCK, y * BLOCK, (x - start) * BLOCK, BLOCK));
                }
            }
        }
        return dirtyBlocks > FULL_REPAINT_SHARE * rows * cols ? null : out;
    }

    /** The block of a pixel coordinate, within [0, n). */
    private static int block(double pixel, int n) {
        return (int) Math.max(0, Math.min(n - 1, Math.floor(pixel / BLOCK)));
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

    /** The parts of {@code g} whose envelope meets {@code e}, as one collection. */
    private static Geometry within(Geometry g, Envelope e) {
        List<Geometry> in = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (!part.isEmpty() && e.intersects(part.getEnvelopeInternal())) {
                in.add(part);
            }
        }
        return GF.createGeometryCollection(in.toArray(Geometry[]::new));
    }

    /** How far a piece's paint reaches beyond its envelope, in metres: half the widest stroke and a pixel. */
    private static double margin(ViewState v, double scale) {
        return (2 * scale + 2) * v.metresPerPixel();
    }

    private static Graphics2D graphics(BufferedImage img, Graphics2D like) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHints(like.getRenderingHints());
        return g;
    }
}
