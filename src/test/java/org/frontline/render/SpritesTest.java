package org.frontline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;
import org.frontline.testing.GoldenImages;
import org.junit.jupiter.api.Test;

class SpritesTest {
    private static BufferedImage draw(Consumer<Graphics2D> paint) {
        BufferedImage img = new BufferedImage(120, 60, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setColor(MapStyle.UKRAINE);
        g.fillRect(0, 0, 120, 60);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setFont(MapStyle.font(Font.BOLD, 12));
        paint.accept(g);
        g.dispose();
        return img;
    }

    private static void assertLooksTheSame(Sprites.Art art, double x, double y) {
        Sprites sprites = new Sprites();
        BufferedImage inPlace = draw(g -> art.paint(g, x, y));
        BufferedImage fromSprite = draw(g -> sprites.draw(g, art, x, y));
        int delta = GoldenImages.maxChannelDelta(inPlace, fromSprite);
        assertTrue(delta <= 48, art + " differs by " + delta + " in a channel (golden images allow 48)");
        assertTrue(GoldenImages.differingPixels(draw(g -> { }), fromSprite) > 40, art + " is drawn");
    }

    @Test
    void aSymbolFromItsSpriteLooksAsDrawnInPlace() {
        for (ClaimType type : ClaimType.values()) {
            assertLooksTheSame(new ClaimPainter.Symbol(type, Side.RU, ClaimStatus.ASSERTED, 200, false, 1), 40.3, 30.8);
        }
        assertLooksTheSame(new ClaimPainter.Symbol(ClaimType.CAPTURED, Side.UA, ClaimStatus.DENIED, 120, true, 2), 60.55,
                29.1);
        assertLooksTheSame(new ClaimPainter.Symbol(ClaimType.FIGHTING, null, ClaimStatus.FORECAST, 255, false, 1), 7.9,
                52.4);
    }

    @Test
    void everySymbolLookFitsItsBounds() {
        double x = 60.37;
        double y = 60.81;
        for (double scale : new double[] {1, 2}) {
            for (ClaimType type : ClaimType.values()) {
                for (ClaimStatus status : ClaimStatus.values()) {
                    for (boolean selected : new boolean[] {false, true}) {
                        ClaimPainter.Symbol symbol = new ClaimPainter.Symbol(type, Side.UA, status, 255, selected, scale);
                        BufferedImage img = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB_PRE);
                        Graphics2D g = img.createGraphics();
                        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                        symbol.paint(g, x, y);
                        g.dispose();
                        Rectangle2D b = symbol.bounds();
                        Rectangle2D box = new Rectangle2D.Double(x + b.getX(), y + b.getY(), b.getWidth(), b.getHeight());
                        int painted = 0;
                        for (int py = 0; py < img.getHeight(); py++) {
                            for (int px = 0; px < img.getWidth(); px++) {
                                if (img.getRGB(px, py) >>> 24 != 0) {
                                    painted++;
                                    assertTrue(box.intersects(px, py, 1, 1),
                                            symbol + ": pixel " + px + "," + py + " lies outside its bounds " + box);
                                }
                            }
                        }
                        assertTrue(painted > 20, symbol + " is drawn");
                    }
                }
            }
        }
    }

    @Test
    void aHaloedLabelFromItsSpriteLooksAsDrawnInPlace() {
        BufferedImage probe = draw(g -> { });
        Graphics2D g = probe.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = MapStyle.font(Font.BOLD, 12);
        assertLooksTheSame(new LabelPlacer.HaloText("Kramatorsk", font, g.getFontRenderContext(), MapStyle.LABEL, 1),
                10.6, 35.2);
        g.dispose();
    }

    @Test
    void oneSpritePerArtAndQuarterPixel() {
        Sprites sprites = new Sprites();
        ClaimPainter.Symbol s = new ClaimPainter.Symbol(ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED, 255, false, 1);
        draw(g -> {
            sprites.draw(g, s, 10.0, 10.0);
            sprites.draw(g, s, 50.01, 30.0);
            sprites.draw(g, new ClaimPainter.Symbol(ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED, 255, false, 1),
                    90.0, 20.0);
        });
        assertEquals(1, sprites.size(), "equal art at whole pixels shares one sprite");
        draw(g -> sprites.draw(g, s, 10.5, 10.0));
        assertEquals(2, sprites.size(), "half a pixel further is another sprite");
    }

    @Test
    void labelsKeepOffReservedBoxesAndEachOther() {
        LabelPlacer placer = new LabelPlacer(1, new Sprites());
        draw(g -> {
            placer.reserve(new Rectangle2D.Double(0, 0, 120, 60));
            assertFalse(placer.place(g, "Izium", 60, 30, MapStyle.LABEL, true), "no room anywhere");
        });
        LabelPlacer free = new LabelPlacer(1, new Sprites());
        draw(g -> {
            assertTrue(free.place(g, "Izium", 60, 30, MapStyle.LABEL, false));
            assertFalse(free.place(g, "Izium", 60, 30, MapStyle.LABEL, false), "the centred spot is taken");
            assertFalse(free.place(g, "Lyman", 60, 30, MapStyle.LABEL, true), "every spot around it overlaps Izium");
            assertTrue(free.place(g, "Lyman", 60, 52, MapStyle.LABEL, true), "a spot below Izium is free");
        });
    }
}
