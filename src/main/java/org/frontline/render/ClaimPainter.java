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
        paint(g, v, marks, scale, placer, sprites, box -> { });
    }

    /** As {@link #paint(Graphics2D, ViewState, java.util.List, double, LabelPlacer, Sprites)}, telling {@code drawn} the box of each symbol drawn. */
    void paint(Graphics2D g, ViewState v, java.util.List<ClaimMark> marks, double scale, LabelPlacer placer,
               Sprites sprites, java.util.function.Consumer<Rectangle2D> drawn) {
        java.util.Map<Spot, Spot> spots = new java.util.LinkedHashMap<>(Math.max(16, marks.size() * 2));
        for (ClaimMark m : marks) {
            double x = v.toScreenX(m.x());
            double y = v.toScreenY(m.y());
            if (x < -20 || y < -20 || x > v.width() + 20 || y > v.height() + 20) {
                continue;
            }
            Spot spot = new Spot(m);
            Spot kept = spots.putIfAbsent(spot, spot);
            if (kept != null && m.age() < kept.freshest.age()) {
                kept.freshest = m;
            }
        }
        Symbol[] looks = new Symbol[LOOKS * (FADE_STEPS + 1)];
        for (Spot spot : spots.keySet()) {
            ClaimMark m = spot.freshest;
            double x = v.toScreenX(m.x());
            double y = v.toScreenY(m.y());
            int look = spot.look * (FADE_STEPS + 1) + fadeStep(m);
            Symbol symbol = looks[look];
            if (symbol == null) {
                symbol = new Symbol(m.type(), m.side(), m.status(), alpha(m), m.selected(), scale);
                looks[look] = symbol;
            }
            drawn.accept(sprites.draw(g, symbol, x, y));
            double r = RADIUS * scale;
            placer.reserve(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    /** How many looks a symbol has apart from its age: type, side (or none), status, selection. */
    private static final int LOOKS = ClaimType.values().length * (Side.values().length + 1)
            * ClaimStatus.values().length * 2;

    /**
     * Where a symbol goes and how it looks apart from its age, with the freshest claim seen there; a
     * frame makes tens of thousands of these, so the look is one number and the hash is kept.
     */
    private static final class Spot {
        private final double x;
        private final double y;
        private final int look;
        private final int hash;
        private ClaimMark freshest;

        Spot(ClaimMark m) {
            x = m.x();
            y = m.y();
            int side = m.side() == null ? 0 : m.side().ordinal() + 1;
            look = ((m.type().ordinal() * (Side.values().length + 1) + side) * ClaimStatus.values().length
                    + m.status().ordinal()) * 2 + (m.selected() ? 1 : 0);
            hash = 31 * (31 * Double.hashCode(x) + Double.hashCode(y)) + look;
            freshest = m;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Spot s && s.hash == hash && s.look == look
                    && Double.compare(s.x, x) == 0 && Double.compare(s.y, y) == 0;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** How a symbol looks, all that its pixels depend on; the centre is its anchor. */
    record Symbol(ClaimType type, Side side, ClaimStatus status, int alpha, boolean selected, double scale)
            implements Sprites.Art {
        /**
         * The square the symbol's pixels fit in: its shape's reach, half its outline (round joins
         * reach no further) or the selection disc, and a pixel of antialiasing. Every frame copies
         * thousands of sprites this size, so it is kept tight.
         */
        @Override
        public Rectangle2D bounds() {
            double r = RADIUS * scale;
            double e = Math.max(selected ? 2 * r : 0, reach(type) * r + outlineWidth(status, scale) / 2) + 1;
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
        double age = fadeStep(m) / (double) FADE_STEPS;
        return (int) Math.round(255 * (1 - 0.65 * age));
    }

    /** The claim's age in sixteenths of the window, 0 to {@value #FADE_STEPS}. */
    private static int fadeStep(ClaimMark m) {
        return (int) Math.round(Math.max(0, Math.min(1, m.age())) * FADE_STEPS);
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
        g.setStroke(status == ClaimStatus.FORECAST ? MapStyle.dashed(outlineWidth(status, scale), 2 * scale)
                : MapStyle.stroke(outlineWidth(status, scale)));
        g.draw(s);
    }

    /** Width of a symbol's outline: dashed for forecasts, thick for denied (hollow) symbols. */
    private static double outlineWidth(ClaimStatus status, double scale) {
        return switch (status) {
            case FORECAST -> 1.5 * scale;
            case DENIED -> 2 * scale;
            default -> scale;
        };
    }

    /** How far a type's shape reaches from its centre, in radii (see {@link #shape}). */
    private static double reach(ClaimType type) {
        return type == ClaimType.FIGHTING ? 1.1 : 1;
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
