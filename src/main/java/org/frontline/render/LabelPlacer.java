package org.frontline.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Places text labels without overlap: each label takes the first free spot among a few around its
 * anchor, or is dropped. Callers offer labels most important first. A frame reserves a box per claim
 * symbol, thousands of them, before it places labels: taken boxes are indexed in a JTS {@link STRtree},
 * rebuilt when more than {@value #UNINDEXED} boxes were taken since, and a spot is tested against its
 * neighbours in the tree and the few boxes taken after it was built.
 *
 * <p>Thread safety: not thread-safe; one per frame.
 */
final class LabelPlacer {
    private static final int UNINDEXED = 256;
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final Set<Rectangle2D> distinct = new HashSet<>();
    private STRtree index = new STRtree();
    private int indexed;
    private final double scale;
    private final Sprites sprites;
    private Consumer<Rectangle2D> drawn = box -> { };

    /** A placer drawing labels through {@code sprites}. */
    LabelPlacer(double scale, Sprites sprites) {
        this.scale = scale;
        this.sprites = sprites;
    }

    /** Tells {@code sink} the box of pixels of each label drawn from now on (none: {@code box -> { }}). */
    void onDrawn(Consumer<Rectangle2D> sink) {
        this.drawn = sink;
    }

    /** Reserves an area (a legend, a symbol) so no label covers it. */
    void reserve(Rectangle2D r) {
        if (distinct.add(r)) { // claims at one place reserve the same box many times over
            taken.add(r);
        }
    }

    /** Draws {@code text} near (x, y) if there is room; returns whether it was drawn (a blank text never is). */
    boolean place(Graphics2D g, String text, double x, double y, Color color, boolean beside) {
        if (text == null || text.isBlank()) {
            return false; // an imported gazetteer may hold nameless places: nothing to label
        }
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(text);
        double h = fm.getAscent() + fm.getDescent();
        double gap = 4 * scale;
        double[][] offsets = beside
                ? new double[][] {{gap, -h / 2}, {-w - gap, -h / 2}, {-w / 2, -h - gap}, {-w / 2, gap}}
                : new double[][] {{-w / 2, -h / 2}};
        for (double[] o : offsets) {
            Rectangle2D box = new Rectangle2D.Double(x + o[0] - 1, y + o[1] - 1, w + 2, h + 2);
            if (isFree(box)) {
                reserve(box);
                drawn.accept(sprites.draw(g, new HaloText(text, g.getFont(), g.getFontRenderContext(), color, scale),
                        x + o[0], y + o[1] + fm.getAscent()));
                return true;
            }
        }
        return false;
    }

    /** Whether no taken box overlaps {@code box} (touching edges do not overlap, as in {@link Rectangle2D}). */
    private boolean isFree(Rectangle2D box) {
        if (taken.size() - indexed > UNINDEXED) {
            index = new STRtree();
            taken.forEach(r -> index.insert(envelope(r), r));
            indexed = taken.size();
        }
        @SuppressWarnings("unchecked")
        List<Rectangle2D> near = index.query(envelope(box));
        return near.stream().noneMatch(box::intersects)
                && taken.subList(indexed, taken.size()).stream().noneMatch(box::intersects);
    }

    private static Envelope envelope(Rectangle2D r) {
        return new Envelope(r.getMinX(), r.getMaxX(), r.getMinY(), r.getMaxY());
    }

    /** A label as {@link #drawHaloText} draws it, with its baseline's left end as the anchor. */
    record HaloText(String text, Font font, FontRenderContext frc, Color color, double scale) implements Sprites.Art {
        @Override
        public Rectangle2D bounds() {
            Rectangle2D b = new TextLayout(text, font, frc).getBounds();
            double halo = 1.5 * scale + 2;
            return new Rectangle2D.Double(b.getX() - halo, b.getY() - halo, b.getWidth() + 2 * halo,
                    b.getHeight() + 2 * halo);
        }

        @Override
        public void paint(Graphics2D g, double x, double y) {
            g.setFont(font);
            drawHaloText(g, text, x, y, color, scale);
        }
    }

    /** Text with a white halo, readable over any fill. */
    static void drawHaloText(Graphics2D g, String text, double x, double y, Color color, double scale) {
        TextLayout layout = new TextLayout(text, g.getFont(), g.getFontRenderContext());
        java.awt.Shape outline = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y));
        g.setColor(MapStyle.HALO);
        g.setStroke(MapStyle.stroke(3 * scale));
        g.draw(outline);
        g.setColor(color);
        g.fill(outline);
    }
}
