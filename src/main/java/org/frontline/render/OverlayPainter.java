package org.frontline.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;

/** Draws what sits over the map: date and view, banner, scale bar, legend, credits, unresolved names. */
final class OverlayPainter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    void paint(Graphics2D g, ViewState v, MapScene scene, LabelPlacer placer) {
        Decorations d = scene.decorations();
        double s = d.scale();
        if (d.dateLabel()) {
            paintDate(g, v, s, placer);
        }
        if (d.banner() != null) {
            g.setFont(MapStyle.font(Font.BOLD, 12 * s));
            int w = g.getFontMetrics().stringWidth(d.banner());
            LabelPlacer.drawHaloText(g, d.banner(), (v.width() - w) / 2.0, 18 * s, MapStyle.RU.darker(), s);
            placer.reserve(new Rectangle2D.Double((v.width() - w) / 2.0 - 4 * s, 0, w + 8 * s, 24 * s));
        }
        double bottom = v.height() - 10 * s;
        if (d.credits()) {
            g.setFont(MapStyle.font(Font.PLAIN, 9.5 * s));
            int w = g.getFontMetrics().stringWidth(Decorations.CREDITS);
            LabelPlacer.drawHaloText(g, Decorations.CREDITS, v.width() - w - 8 * s, bottom, MapStyle.LABEL, s);
            placer.reserve(new Rectangle2D.Double(v.width() - w - 10 * s, bottom - 12 * s, w + 10 * s, 16 * s));
        }
        if (d.scaleBar()) {
            paintScaleBar(g, v, s, bottom);
            placer.reserve(new Rectangle2D.Double(0, bottom - 26 * s, 220 * s, 30 * s));
        }
        if (d.legend()) {
            placer.reserve(paintLegend(g, v, s, bottom - 34 * s));
        }
        if (scene.layers().visible(LayerKind.UNRESOLVED) && !scene.unresolved().isEmpty()) {
            paintUnresolved(g, v, scene.unresolved(), s, placer);
        }
    }

    private void paintDate(Graphics2D g, ViewState v, double s, LabelPlacer placer) {
        String date = v.date() == null ? "No dated claims" : DATE.format(v.date());
        g.setFont(MapStyle.font(Font.BOLD, 20 * s));
        FontMetrics fm = g.getFontMetrics();
        LabelPlacer.drawHaloText(g, date, 12 * s, 12 * s + fm.getAscent(), MapStyle.LABEL, s);
        double y = 12 * s + fm.getHeight();
        placer.reserve(new Rectangle2D.Double(0, 0, fm.stringWidth(date) + 24 * s, y + 20 * s));
        g.setFont(MapStyle.font(Font.PLAIN, 12 * s));
        LabelPlacer.drawHaloText(g, v.view().label(), 12 * s, y + g.getFontMetrics().getAscent(), MapStyle.LABEL, s);
    }

    private void paintScaleBar(Graphics2D g, ViewState v, double s, double bottom) {
        ScaleBar bar = ScaleBar.of(v, 140 * s);
        double x = 12 * s;
        double y = bottom - 4 * s;
        g.setColor(MapStyle.PANEL);
        g.fill(new Rectangle2D.Double(x - 4 * s, y - 20 * s, bar.pixels() + 8 * s + 60 * s, 28 * s));
        g.setColor(MapStyle.LABEL);
        g.fill(new Rectangle2D.Double(x, y - 4 * s, bar.pixels() / 2, 4 * s));
        g.setStroke(MapStyle.stroke(1 * s));
        g.draw(new Rectangle2D.Double(x, y - 4 * s, bar.pixels(), 4 * s));
        g.setFont(MapStyle.font(Font.PLAIN, 11 * s));
        g.drawString(bar.label(), (float) x, (float) (y - 8 * s));
    }

    /** Draws the legend box and returns it, so that labels keep off it. */
    private Rectangle2D paintLegend(Graphics2D g, ViewState v, double s, double bottom) {
        Object[][] rows = {
            {ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED, "Captured (RU)"},
            {ClaimType.RETAKEN, Side.UA, ClaimStatus.ASSERTED, "Retaken (UA)"},
            {ClaimType.ADVANCING, Side.RU, ClaimStatus.ASSERTED, "Advancing"},
            {ClaimType.FIGHTING, null, ClaimStatus.ASSERTED, "Fighting"},
            {ClaimType.ENCIRCLED, Side.RU, ClaimStatus.DENIED, "Denied claim (hollow)"},
            {ClaimType.SHELLED, Side.RU, ClaimStatus.ASSERTED, "Shelled"},
        };
        double lineH = 17 * s;
        double h = lineH * (rows.length + 4) + 10 * s;
        double w = 190 * s;
        double x = 10 * s;
        double y = bottom - h;
        g.setColor(MapStyle.PANEL);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(MapStyle.REGION_BORDER);
        g.setStroke(MapStyle.stroke(1 * s));
        g.draw(new Rectangle2D.Double(x, y, w, h));
        g.setFont(MapStyle.font(Font.PLAIN, 11 * s));
        double row = y + 8 * s;
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
        for (Object[] r : rows) {
            ClaimMark m = new ClaimMark(0, 0, 0, (ClaimType) r[0], (Side) r[1], (ClaimStatus) r[2], 0, false);
            ClaimPainter.paintSymbol(g, m, x + 19 * s, row + 8 * s, s * 0.9);
            g.setColor(MapStyle.LABEL);
            g.drawString((String) r[3], (float) (x + 38 * s), (float) (row + 13 * s));
            row += lineH;
        }
        return new Rectangle2D.Double(x, y, w, h);
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

    private void paintUnresolved(Graphics2D g, ViewState v, List<UnresolvedMark> marks, double s, LabelPlacer placer) {
        g.setFont(MapStyle.font(Font.PLAIN, 11 * s));
        FontMetrics fm = g.getFontMetrics();
        int shown = Math.min(marks.size(), 8);
        double w = 210 * s;
        double h = (shown + 1) * fm.getHeight() + 10 * s;
        double x = v.width() - w - 10 * s;
        double y = 10 * s;
        g.setColor(MapStyle.PANEL);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        placer.reserve(new Rectangle2D.Double(x, y, w, h));
        g.setColor(MapStyle.LABEL);
        g.drawString("Unresolved places (" + marks.size() + ")", (float) (x + 8 * s), (float) (y + fm.getAscent() + 4 * s));
        for (int i = 0; i < shown; i++) {
            UnresolvedMark m = marks.get(i);
            g.drawString("? " + m.text() + (m.count() > 1 ? " ×" + m.count() : ""), (float) (x + 8 * s),
                    (float) (y + (i + 1) * fm.getHeight() + fm.getAscent() + 4 * s));
        }
    }
}
