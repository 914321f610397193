package org.frontline.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import org.frontline.model.Side;

/**
 * Colours, strokes and fonts of the map, in one place so that screen, export and legend agree.
 * Colour choice: sides in red (Russian-held) and blue (Ukrainian-held), readable by the common
 * forms of colour blindness thanks to lightness contrast; contested in hatched amber.
 */
public final class MapStyle {
    public static final Color SEA = new Color(0xC9DDEB);
    public static final Color NO_DATA = new Color(0xDADADA);
    public static final Color LAND = new Color(0xE9E6DD);
    public static final Color UKRAINE = new Color(0xF8F6EF);
    public static final Color COUNTRY_BORDER = new Color(0x6B6357);
    public static final Color REGION_BORDER = new Color(0xA59E90);
    public static final Color WATER_LINE = new Color(0x6E9CC0);
    public static final Color RU = new Color(0xC62828);
    public static final Color UA = new Color(0x1F5FAF);
    public static final Color UNKNOWN_SIDE = new Color(0x5F5F5F);
    public static final Color RU_AREA = new Color(198, 40, 40, 118);
    public static final Color UA_AREA = new Color(31, 95, 175, 16);
    public static final Color CONTESTED = new Color(0xE0A000);
    public static final Color FRONT_LINE = new Color(0x7A0D0D);
    public static final Color REFERENCE = new Color(0x2E7D32);
    public static final Color LABEL = new Color(0x2B2B2B);
    public static final Color HALO = new Color(255, 255, 255, 210);
    public static final Color PANEL = new Color(255, 255, 255, 228);

    private MapStyle() {
    }

    public static Color sideColor(Side side) {
        return side == null ? UNKNOWN_SIDE : side == Side.RU ? RU : UA;
    }

    public static Font font(int style, double size) {
        return new Font(Font.SANS_SERIF, style, (int) Math.round(size));
    }

    public static BasicStroke stroke(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public static BasicStroke dashed(double width, double dash) {
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4,
                new float[] {(float) dash, (float) dash}, 0);
    }

    /** Diagonal amber hatching for contested areas, {@code scale} times the screen size. */
    public static TexturePaint hatch(double scale) {
        int size = Math.max(6, (int) Math.round(8 * scale));
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        g.setColor(new Color(224, 160, 0, 60));
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(224, 160, 0, 210));
        g.setStroke(new BasicStroke((float) Math.max(1, 1.5 * scale)));
        g.drawLine(0, size, size, 0);
        g.drawLine(-1, 1, 1, -1);
        g.drawLine(size - 1, size + 1, size + 1, size - 1);
        g.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, size, size));
    }
}
