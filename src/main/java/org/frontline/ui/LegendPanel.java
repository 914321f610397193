package org.frontline.ui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;
import org.frontline.render.ClaimMark;
import org.frontline.render.ClaimPainter;
import org.frontline.render.MapStyle;

/**
 * What the map's colours and symbols mean. Every swatch is drawn with the renderer's own
 * {@link MapStyle} and {@link ClaimPainter#paintSymbol}, so the legend cannot drift from the map.
 * Immutable once built; FX thread only.
 */
final class LegendPanel extends VBox {
    static final int SWATCH = 22;

    LegendPanel() {
        setId("legend-panel");
        setSpacing(3);
        setPadding(new Insets(6));
        heading("Claimed control");
        entry("legend-ru-held", "Claimed held by Russia", g -> area(g, MapStyle.RU_AREA, MapStyle.RU));
        entry("legend-ua-held", "Claimed held by Ukraine", g -> area(g, MapStyle.UA_AREA, MapStyle.UA));
        entry("legend-contested", "Contested", g -> {
            g.setPaint(MapStyle.hatch(1));
            g.fillRect(2, 4, SWATCH - 4, SWATCH - 8);
        });
        entry("legend-front-line", "Front line", g -> {
            g.setColor(MapStyle.FRONT_LINE);
            g.setStroke(MapStyle.stroke(2.5));
            g.drawLine(2, SWATCH / 2, SWATCH - 2, SWATCH / 2);
        });
        heading("Claims (shape = type, colour = side said to gain)");
        for (ClaimType t : ClaimType.values()) {
            entry("legend-type-" + t.code(), label(t), g -> symbol(g, t, Side.RU, ClaimStatus.ASSERTED, 0));
        }
        entry("legend-side-ru", "Russian side", g -> symbol(g, ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED, 0));
        entry("legend-side-ua", "Ukrainian side", g -> symbol(g, ClaimType.CAPTURED, Side.UA, ClaimStatus.ASSERTED, 0));
        entry("legend-side-none", "Side not stated", g -> symbol(g, ClaimType.CAPTURED, null, ClaimStatus.ASSERTED, 0));
        heading("Status and age");
        entry("legend-denied", "Hollow: denied", g -> symbol(g, ClaimType.CAPTURED, Side.RU, ClaimStatus.DENIED, 0));
        entry("legend-forecast", "Dashed: forecast", g -> symbol(g, ClaimType.CAPTURED, Side.RU, ClaimStatus.FORECAST, 0));
        entry("legend-old", "Faded: older in the time window", g -> symbol(g, ClaimType.CAPTURED, Side.RU,
                ClaimStatus.ASSERTED, 1));
        entry("legend-selected", "Ringed: selected", g -> {
            g.scale(0.6, 0.6);
            ClaimPainter.paintSymbol(g, new ClaimMark(0, 0, 0, ClaimType.CAPTURED, Side.UA, ClaimStatus.ASSERTED, 0, true),
                    SWATCH / 1.2, SWATCH / 1.2, 1);
        });
    }

    private static String label(ClaimType t) {
        String s = t.code();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-heading");
        l.setWrapText(true);
        getChildren().add(l);
    }

    private void entry(String id, String text, Consumer<Graphics2D> paint) {
        BufferedImage img = new BufferedImage(SWATCH, SWATCH, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        paint.accept(g);
        g.dispose();
        ImageView swatch = new ImageView(SwingFXUtils.toFXImage(img, null));
        swatch.setId(id);
        swatch.setUserData(img);
        HBox row = new HBox(8, swatch, new Label(text));
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
    }

    private static void area(Graphics2D g, java.awt.Color fill, java.awt.Color edge) {
        g.setColor(MapStyle.UKRAINE);
        g.fillRect(2, 4, SWATCH - 4, SWATCH - 8);
        g.setColor(fill);
        g.fillRect(2, 4, SWATCH - 4, SWATCH - 8);
        g.setColor(edge);
        g.setStroke(new BasicStroke(1));
        g.drawRect(2, 4, SWATCH - 5, SWATCH - 9);
    }

    private static void symbol(Graphics2D g, ClaimType t, Side side, ClaimStatus status, double age) {
        ClaimPainter.paintSymbol(g, new ClaimMark(0, 0, 0, t, side, status, age, false), SWATCH / 2.0, SWATCH / 2.0, 1.2);
    }
}
