package org.frontline.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;

/** Draws what sits over the map: date and view, banner, scale bar, legend, credits, unresolved names. */
final class OverlayPainter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * The boxes the overlays take on this view: labels keep off them. They are known before anything
     * is drawn, so labels can be placed before the overlays are painted; {@link #paint} draws each
     * overlay from the same box.
     */
    List<Rectangle2D> boxes(Graphics2D g, ViewState v, MapScene scene) {
        Decorations d = scene.decorations();
        double s = d.scale();
        List<Rectangle2D> boxes = new ArrayList<>();
        if (d.dateLabel()) {
            boxes.add(dateBox(g, v, s));
        }
        if (d.banner() != null) {
            boxes.add(bannerBox(g, v, d.banner(), s));
        }
        if (d.credits()) {
            boxes.add(creditsBox(g, v, s));
        }
        if (d.scaleBar()) {
            boxes.add(scaleBarBox(v, s));
        }
        if (d.legend()) {
            Rectangle2D legend = legendBox(v, s);
            double outline = s; // the panel's outline, centred on its edge, and a pixel of antialiasing
            boxes.add(new Rectangle2D.Double(legend.getX() - outline, legend.getY() - outline,
                    legend.getWidth() + 2 * outline, legend.getHeight() + 2 * outline));
        }
        if (showsUnresolved(scene)) {
            boxes.add(unresolvedBox(g, v, scene.unresolved(), s));
        }
        return boxes;
    }

    /** Draws the overlays in the places {@link #boxes} gives. */
    void paint(Graphics2D g, ViewState v, MapScene scene) {
        Decorations d = scene.decorations();
        double s = d.scale();
        if (d.dateLabel()) {
            paintDate(g, v, s);
        }
        if (d.banner() != null) {
            g.setFont(bannerFont(s));
            Rectangle2D box = bannerBox(g, v, d.banner(), s);
            LabelPlacer.drawHaloText(g, d.banner(), box.getX() + 4 * s, 18 * s, MapStyle.RU.darker(), s);
        }
        if (d.credits()) {
            g.setFont(creditsFont(s));
            Rectangle2D box = creditsBox(g, v, s);
            LabelPlacer.drawHaloText(g, Decorations.CREDITS, box.getX() + 2 * s, bottom(v, s), MapStyle.LABEL, s);
        }
        if (d.scaleBar()) {
            paintScaleBar(g, v, s);
        }
        if (d.legend()) {
            paintLegend(g, legendBox(v, s), s);
        }
        if (showsUnresolved(scene)) {
            paintUnresolved(g, v, scene.unresolved(), s);
        }
    }

    /** The baseline of the bottom row of overlays (credits, scale bar); the legend stands above it. */
    private static double bottom(ViewState v, double s) {
        return v.height() - 10 * s;
    }

    private static Rectangle2D dateBox(Graphics2D g, ViewState v, double s) {
        FontMetrics fm = g.getFontMetrics(dateFont(s));
        return new Rectangle2D.Double(0, 0, fm.stringWidth(dateText(v)) + 24 * s, 12 * s + fm.getHeight() + 20 * s);
    }

    private static Rectangle2D bannerBox(Graphics2D g, ViewState v, String banner, double s) {
        int w = g.getFontMetrics(bannerFont(s)).stringWidth(banner);
        return new Rectangle2D.Double((v.width() - w) / 2.0 - 4 * s, 0, w + 8 * s, 24 * s);
    }

    private static Rectangle2D creditsBox(Graphics2D g, ViewState v, double s) {
        int w = g.getFontMetrics(creditsFont(s)).stringWidth(Decorations.CREDITS);
        return new Rectangle2D.Double(v.width() - w - 10 * s, bottom(v, s) - 12 * s, w + 10 * s, 16 * s);
    }

    private static Rectangle2D scaleBarBox(ViewState v, double s) {
        return new Rectangle2D.Double(0, bottom(v, s) - 26 * s, 220 * s, 30 * s);
    }

    private static Font dateFont(double s) {
        return MapStyle.font(Font.BOLD, 20 * s);
    }

    private static Font bannerFont(double s) {
        return MapStyle.font(Font.BOLD, 12 * s);
    }

    private static Font creditsFont(double s) {
        return MapStyle.font(Font.PLAIN, 9.5 * s);
    }

    private static Font unresolvedFont(double s) {
        return MapStyle.font(Font.PLAIN, 11 * s);
    }

    private static boolean showsUnresolved(MapScene scene) {
        return scene.layers().visible(LayerKind.UNRESOLVED) && !scene.unresolved().isEmpty();
    }

    private static String dateText(ViewState v) {
        return v.date() == null ? "No dated claims" : DATE.format(v.date());
    }

    private void paintDate(Graphics2D g, ViewState v, double s) {
        g.setFont(dateFont(s));
        FontMetrics fm = g.getFontMetrics();
        LabelPlacer.drawHaloText(g, dateText(v), 12 * s, 12 * s + fm.getAscent(), MapStyle.LABEL, s);
        double y = 12 * s + fm.getHeight();
        g.setFont(MapStyle.font(Font.PLAIN, 12 * s));
        LabelPlacer.drawHaloText(g, v.view().label(), 12 * s, y + g.getFontMetrics().getAscent(), MapStyle.LABEL, s);
    }

    private void paintScaleBar(Graphics2D g, ViewState v, double s) {
        ScaleBar bar = ScaleBar.of(v, 140 * s);
        double x = 12 * s;
        double y = bottom(v, s) - 4 * s;
        g.setColor(MapStyle.PANEL);
        g.fill(new Rectangle2D.Double(x - 4 * s, y - 20 * s, bar.pixels() + 8 * s + 60 * s, 28 * s));
        g.setColor(MapStyle.LABEL);
        g.fill(new Rectangle2D.Double(x, y - 4 * s, bar.pixels() / 2, 4 * s));
        g.setStroke(MapStyle.stroke(1 * s));
        g.draw(new Rectangle2D.Double(x, y - 4 * s, bar.pixels(), 4 * s));
        g.setFont(MapStyle.font(Font.PLAIN, 11 * s));
        g.drawString(bar.label(), (float) x, (float) (y - 8 * s));
    }

    private static final Object[][] LEGEND_ROWS = {
        {ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED, "Captured (RU)"},
        {ClaimType.RETAKEN, Side.UA, ClaimStatus.ASSERTED, "Retaken (UA)"},
        {ClaimType.ADVANCING, Side.RU, ClaimStatus.ASSERTED, "Advancing"},
        {ClaimType.FIGHTING, null, ClaimStatus.ASSERTED, "Fighting"},
        {ClaimType.ENCIRCLED, Side.RU, ClaimStatus.DENIED, "Denied claim (hollow)"},
        {ClaimType.SHELLED, Side.RU, ClaimStatus.ASSERTED, "Shelled"},
    };

    /** The legend's panel, above the scale bar. */
    private static Rectangle2D legendBox(ViewState v, double s) {
        double h = 17 * s * (LEGEND_ROWS.length + 4) + 10 * s;
        return new Rectangle2D.Double(10 * s, bottom(v, s) - 34 * s - h, 190 * s, h);
    }

    private void paintLegend(Graphics2D g, Rectangle2D box, double s) {
        double lineH = 17 * s;
        double x = box.getX();
        g.setColor(MapStyle.PANEL);
        g.fill(box);
        g.setColor(MapStyle.REGION_BORDER);
        g.setStroke(MapStyle.stroke(1 * s));
        g.draw(box);
        g.setFont(MapStyle.font(Font.PLAIN, 11 * s));
        double row = box.getY() + 8 * s;
        row = swatch(g, x, row, s, MapStyle.RU_AREA, "Claimed Russian-held", lineH);
        row = swatch(g, x, row, s, MapStyle.UA_AREA, "Claimed Ukrainian-held", lineH);
        g.setPaint(MapStyle.hatch(s));
        g.fill(new Rectangle2D.Double(x + 8 * s, row + 3 * s, 22 * s, 11 * s));
        g.setColor(MapStyle.LABEL);
        g.drawString("Contested", (float) (x + 38 * s), (float) (row + 13 * s));
        row += lineH;
        g.setColor(MapStyle.FRONT_LINE);
        g.setStroke(MapStyle.stroke(2.2 * s));
        g.drawLine((int) (x + 8 * s), (int) (row + 8 * s), (int) (x + 30 * s), (int) (row + 8 * s));
        g.setColor(MapStyle.LABEL);
        g.drawString("Claimed front line", (float) (x + 38 * s), (float) (row + 13 * s));
        row += lineH;
        for (Object[] r : LEGEND_ROWS) {
            ClaimMark m = new ClaimMark(0, 0, 0, (ClaimType) r[0], (Side) r[1], (ClaimStatus) r[2], 0, false);
            ClaimPainter.paintSymbol(g, m, x + 19 * s, row + 8 * s, s * 0.9);
            g.setColor(MapStyle.LABEL);
            g.drawString((String) r[3], (float) (x + 38 * s), (float) (row + 13 * s));
            row += lineH;
        }
    }

    /** A fill swatch exactly as the map draws it: the fill over Ukraine's land colour, outlined. */
    private static double swatch(Graphics2D g, double x, double row, double s, java.awt.Color c, String text, double lineH) {
        Rectangle2D box = new Rectangle2D.Double(x + 8 * s, row + 3 * s, 22 * s, 11 * s);
        g.setColor(MapStyle.UKRAINE);
        g.fill(box);
        g.setColor(c);
        g.fill(box);
        g.setColor(MapStyle.REGION_BORDER);
        g.setStroke(MapStyle.stroke(0.8 * s));
        g.draw(box);
        g.setColor(MapStyle.LABEL);
        g.drawString(text, (float) (x + 38 * s), (float) (row + 13 * s));
        return row + lineH;
    }

    /** The panel listing unresolved names, top right. */
    private static Rectangle2D unresolvedBox(Graphics2D g, ViewState v, List<UnresolvedMark> marks, double s) {
        FontMetrics fm = g.getFontMetrics(unresolvedFont(s));
        double w = 210 * s;
        double h = (Math.min(marks.size(), 8) + 1) * fm.getHeight() + 10 * s;
        return new Rectangle2D.Double(v.width() - w - 10 * s, 10 * s, w, h);
    }

    private void paintUnresolved(Graphics2D g, ViewState v, List<UnresolvedMark> marks, double s) {
        Rectangle2D box = unresolvedBox(g, v, marks, s);
        g.setFont(unresolvedFont(s));
        FontMetrics fm = g.getFontMetrics();
        int shown = Math.min(marks.size(), 8);
        double x = box.getX();
        double y = box.getY();
        g.setColor(MapStyle.PANEL);
        g.fill(box);
        g.setColor(MapStyle.LABEL);
        g.drawString("Unresolved places (" + marks.size() + ")", (float) (x + 8 * s), (float) (y + fm.getAscent() + 4 * s));
        for (int i = 0; i < shown; i++) {
            UnresolvedMark m = marks.get(i);
            g.drawString("? " + m.text() + (m.count() > 1 ? " ×" + m.count() : ""), (float) (x + 8 * s),
                    (float) (y + (i + 1) * fm.getHeight() + fm.getAscent() + 4 * s));
        }
    }
}
