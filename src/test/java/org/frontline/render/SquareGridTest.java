package org.frontline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SquareGridTest {
    private static List<String> runs(SquareGrid g) {
        List<String> out = new ArrayList<>();
        g.eachRun((x, y, w, h) -> out.add(x + "," + y + " " + w + "x" + h));
        return out;
    }

    @Test
    void marksTheSquaresARectangleReachesAndHandsThemOutAsRowRuns() {
        SquareGrid g = new SquareGrid(100, 50, 16); // 7 x 4 squares, the last ones partly outside
        g.mark(new Rectangle2D.Double(10, 5, 30, 12)); // x 10-40, y 5-17: columns 0-2, rows 0-1
        g.mark(new Rectangle2D.Double(95, 40, 50, 50)); // columns 5-6, rows 2-3: clamped to the image
        assertEquals(List.of("0,0 48x16", "0,16 48x16", "80,32 32x16", "80,48 32x16"), runs(g));
        assertEquals(10 / 28.0, g.share(), 1e-9);
        assertTrue(g.reachesMarked(new Rectangle2D.Double(47, 20, 1, 1)));
        assertFalse(g.reachesMarked(new Rectangle2D.Double(49, 20, 10, 10)));
    }

    @Test
    void rectanglesOffTheImageMarkNothingAndClearUnmarksAll() {
        SquareGrid g = new SquareGrid(100, 50, 16);
        g.mark(new Rectangle2D.Double(-30, 10, 20, 5));
        g.mark(new Rectangle2D.Double(120, 10, 20, 5));
        assertEquals(List.of(), runs(g));
        assertFalse(g.reachesMarked(new Rectangle2D.Double(-30, 10, 20, 5)));
        g.mark(new Rectangle2D.Double(0, 0, 100, 50));
        assertEquals(1.0, g.share(), 1e-9);
        g.clear();
        assertEquals(List.of(), runs(g));
        assertEquals(0.0, g.share(), 1e-9);
    }
}
