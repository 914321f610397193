package org.frontline.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;
import org.junit.jupiter.api.Test;

/** Claims that look alike at one place are drawn once, at the freshest claim's opacity. */
class ClaimPainterTest {
    private static final ViewState VIEW = new ViewState(0, 0, 100, 120, 80, LocalDate.of(2024, 2, 17), ClaimView.ALL);

    private static int[] draw(List<ClaimMark> marks) {
        BufferedImage img = new BufferedImage(VIEW.width(), VIEW.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        new ClaimPainter().paint(g, VIEW, marks, 1, new LabelPlacer(1, new Sprites()), new Sprites());
        g.dispose();
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private static ClaimMark mark(long id, double x, ClaimType type, double age) {
        return new ClaimMark(id, x, 0, type, Side.RU, ClaimStatus.ASSERTED, age, false);
    }

    @Test
    void manyOldClaimsOfOneKindAtAPlaceShowAsOneSymbolOfTheFreshest() {
        List<ClaimMark> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(mark(i, -2000, ClaimType.CAPTURED, 0.9 - i * 0.01)); // fading claims, the freshest last
        }
        many.add(mark(100, 2000, ClaimType.SHELLED, 0.8));
        many.add(mark(101, 2000, ClaimType.FIGHTING, 0.5)); // another look at the same place stays
        List<ClaimMark> one = List.of(mark(39, -2000, ClaimType.CAPTURED, 0.51), mark(100, 2000, ClaimType.SHELLED, 0.8),
                mark(101, 2000, ClaimType.FIGHTING, 0.5));
        assertArrayEquals(draw(one), draw(many), "the same pixels as one symbol per place and look");
        assertFalse(Arrays.equals(draw(one), draw(List.of(mark(39, -2000, ClaimType.CAPTURED, 0.51)))),
                "other looks at a place are still drawn");
    }
}
