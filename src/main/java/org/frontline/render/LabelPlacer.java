package org.frontline.render;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places text labels without overlap: each label takes the first free spot among a few around its
 * anchor, or is dropped. Callers offer labels most important first.
 *
 * <p>Thread safety: not thread-safe; one per frame.
 */
final class LabelPlacer {
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final double scale;

    LabelPlacer(double scale) {
        this.scale = scale;
    }

    /** Reserves an area (a legend, a symbol) so no label covers it. */
    void reserve(Rectangle2D r) {
        taken.add(r);
    }

    /** Draws {@code text} near (x, y) if there is room; returns whether it was drawn. */
    boolean place(Graphics2D g, String text, double x, double y, Color color, boolean beside) {
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(text);
        double h = fm.getAscent() + fm.getDescent();
        double gap = 4 * scale;
        double[][] offsets = beside
                ? new double[][] {{gap, -h / 2}, {-w - gap, -h / 2}, {-w / 2, -h - gap}, {-w / 2, gap}}
                : new double[][] {{-w / 2, -h / 2}};
        for (double[] o : offsets) {
            Rectangle2D box = new Rectangle2D.Double(x + o[0] - 1, y + o[1] - 1, w + 2, h + 2);
            if (taken.stream().noneMatch(box::intersects)) {
                taken.add(box);
                drawHaloText(g, text, x + o[0], y + o[1] + fm.getAscent(), color, scale);
                return true;
            }
        }
        return false;
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
