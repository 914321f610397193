package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimMark;
import org.frontline.render.ClaimView;
import org.frontline.render.Frame;
import org.frontline.render.MapScene;
import org.frontline.render.ViewState;
import org.junit.jupiter.api.Test;

/** Hit-testing finds the symbols within the pixel tolerance, nearest first, on the frame's own view. */
class ClaimHitTestTest {
    private static ClaimMark mark(long id, double x, double y) {
        return new ClaimMark(id, x, y, ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED, 0, false);
    }

    @Test
    void nearestFirstWithinTolerance() {
        // 100 m per pixel, centred on 0,0, 200x200 pixels: map x 100 is one pixel right of the centre.
        ViewState v = new ViewState(0, 0, 100, 200, 200, null, ClaimView.ALL);
        MapScene scene = new MapScene(Basemap.empty(), null, List.of(),
                List.of(mark(1, 500, 0), mark(2, 100, 0), mark(3, 5_000, 0), mark(4, 0, -800)), List.of(), List.of(),
                org.frontline.render.LayerStack.defaults(), org.frontline.render.Decorations.screen(null));
        ClaimHitTest hits = new ClaimHitTest(new Frame(v, scene, new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB), 0));
        List<ClaimMark> at = hits.at(100, 100);
        assertEquals(List.of(2L, 1L, 4L), at.stream().map(ClaimMark::claimId).toList(), "1 px, 5 px, 8 px away; 50 px is out");
        assertTrue(hits.at(160, 160).isEmpty());
        assertEquals(List.of(3L), hits.at(150, 100).stream().map(ClaimMark::claimId).toList());
    }
}
