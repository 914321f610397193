package org.frontline.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;

/**
 * Draws claim symbols: the shape tells the type, the colour the side, a hollow symbol a denied
 * claim, a dashed outline a forecast; older claims in the time window fade. Stateless.
 */
public final class ClaimPainter {
    /** Symbol radius in pixels at scale 1. */
    public static final double RADIUS = 6;

    /**
     * Draws the marks in their order. Claims that look alike at one spot (same type, side, status and
     * selection) are drawn once, at the opacity of the freshest: a place with many old claims of one
     * kind shows as one symbol of its latest claim's age rather than a stack that darkens with every
     * repetition, and a store with many claims per place draws one symbol per place and look.
     */
    void paint(Graphics2D g, ViewState v, java.util.List<ClaimMark> marks, double scale, LabelPlacer placer,
               Sprites sprites) {
        java.util.Map<Spot, ClaimMark> freshest = new java.util.LinkedHashMap<>();
        for (ClaimMark m : marks) {
            double x = v.toScreenX(m.x());
            double y = v.toScreenY(m.y());
            if (x < -20 || y < -20 || x > v.width() + 20 || y > v.height() + 20) {
                continue;
            }
            freshest.merge(new Spot(m.x(), m.y(), m.type(), m.side(), m.status(), m.selected()), m,
                    (kept, other) -> other.age() < kept.age() ? other : kept);
        }
        for (ClaimMark m : freshest.values()) {
            double x = v.toScreenX(m.x());
            double y = v.toScreenY(m.y());
            sprites.draw(g, new Symbol(m.type(), m.side(), m.status(), alpha(m), m.selected(), scale), x, y);
            double r = RADIUS * scale;
            placer.reserve(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    /** Where a symbol goes and how it looks, apart from its age. */
    private record Spot(double x, double y, ClaimType type, Side side, ClaimStatus status, boolean selected) {
    }

    /** How a symbol looks, all that its pixels depend on; the centre is its anchor. */
    record Symbol(ClaimType type, Side side, ClaimStatus status, int alpha, boolean selected, double scale)
            implements Sprites.Art {
        @Override
        public Rectangle2D bounds() {
            double r = RADIUS * scale;
            double e = Math.max(selected ? 2 * r : 0, 1.2 * r + 1.5 * scale) + 1;
            return new Rectangle2D.Double(-e, -e, 2 * e, 2 * e);
        }

        @Override
        public void paint(Graphics2D g, double x, double y) {
            paintSymbol(g, type, side, status, alpha, selected, x, y, scale);
        }
    }

    /** Draws one symbol centred on (x, y); also used by the legend. */
    public static void paintSymbol(Graphics2D g, ClaimMark m, double x, double y, double scale) {
        paintSymbol(g, m.type(), m.side(), m.status(), alpha(m), m.selected(), x, y, scale);
    }

    /** Fading steps: ages are rounded to sixteenths of the window, so symbols come in few looks and their sprites are reused. */
    static final int FADE_STEPS = 16;

    /** Older claims of the time window fade, down to 35 % opacity, in {@value #FADE_STEPS} steps. */
    private static int alpha(ClaimMark m) {
        double age = Math.round(Math.max(0, Math.min(1, m.age())) * FADE_STEPS) / (double) FADE_STEPS;
        return (int) Math.round(255 * (1 - 0.65 * age));
    }

    private static void paintSymbol(Graphics2D g, ClaimType type, Side side, ClaimStatus status, int alpha,
                                    boolean selected, double x, double y, double scale) {
        double r = RADIUS * scale;
        Shape s = shape(type, x, y, r);
        Color base = MapStyle.sideColor(side);
        Color c = new Color(base.getRed(), base.getGreen(), base.getBlue(), alpha);
        if (selected) {
            g.setColor(new Color(255, 200, 0, 230));
            g.fill(new Ellipse2D.Double(x - 2 * r, y - 2 * r, 4 * r, 4 * r));
        }
        boolean hollow = status == ClaimStatus.DENIED;
        if (!hollow) {
            g.setColor(c);
            g.fill(s);
        } else {
            g.setColor(new Color(255, 255, 255, alpha));
            g.fill(s);
        }
        g.setColor(hollow ? c : new Color(255, 255, 255, alpha));
        g.setStroke(status == ClaimStatus.FORECAST ? MapStyle.dashed(1.5 * scale, 2 * scale)
                : MapStyle.stroke((hollow ? 2 : 1) * scale));
        g.draw(s);
    }

    /** Captured/retaken: circle and square; withdrew: down triangle; advancing: up triangle; fighting: diamond; encircled: ring; shelled: cross. */
    static Shape shape(ClaimType type, double x, double y, double r) {
        return switch (type) {
            case CAPTURED -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            case RETAKEN -> new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r);
            case WITHDREW -> polygon(x, y, r, new double[][] {{-1, -0.8}, {1, -0.8}, {0, 1}});
            case ADVANCING -> polygon(x, y, r, new double[][] {{-1, 0.8}, {1, 0.8}, {0, -1}});
            case FIGHTING -> polygon(x, y, r, new double[][] {{0, -1.1}, {1.1, 0}, {0, 1.1}, {-1.1, 0}});
            case ENCIRCLED -> ring(x, y, r);
            case SHELLED -> cross(x, y, r);
        };
    }

    private static Shape polygon(double x, double y, double r, double[][] pts) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x + pts[0][0] * r, y + pts[0][1] * r);
        for (int i = 1; i < pts.length; i++) {
            p.lineTo(x + pts[i][0] * r, y + pts[i][1] * r);
        }
        p.closePath();
        return p;
    }

    private static Shape ring(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        p.append(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), false);
        p.append(new Ellipse2D.Double(x - r * 0.45, y - r * 0.45, r * 0.9, r * 0.9), false);
        return p;
    }

    private static Shape cross(double x, double y, double r) {
        double t = r * 0.35;
        Path2D.Double p = new Path2D.Double();
        double[][] pts = {{-t, -r}, {t, -r}, {t, -t}, {r, -t}, {r, t}, {t, t}, {t, r}, {-t, r}, {-t, t}, {-r, t},
                {-r, -t}, {-t, -t}};
        p.moveTo(x + pts[0][0], y + pts[0][1]);
        for (int i = 1; i < pts.length; i++) {
            p.lineTo(x + pts[i][0], y + pts[i][1]);
        }
        p.closePath();
        java.awt.geom.AffineTransform rot = java.awt.geom.AffineTransform.getRotateInstance(Math.PI / 4, x, y);
        return rot.createTransformedShape(p);
    }
}
