package org.frontline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class ViewStateTest {
    private final ViewState v = new ViewState(1000, 2000, 50, 400, 300, null, ClaimView.ALL);

    @Test
    void screenAndModelAreInverse() {
        Coordinate m = v.toModel(17, 230);
        assertEquals(17, v.toScreenX(m.x), 1e-9);
        assertEquals(230, v.toScreenY(m.y), 1e-9);
        assertEquals(new Coordinate(1000, 2000), v.toModel(200, 150));
    }

    @Test
    void zoomKeepsTheAnchorPointStill() {
        Coordinate before = v.toModel(50, 60);
        ViewState z = v.zoomedAt(2, 50, 60);
        assertEquals(25, z.metresPerPixel(), 1e-9);
        Coordinate after = z.toModel(50, 60);
        assertEquals(before.x, after.x, 1e-6);
        assertEquals(before.y, after.y, 1e-6);
    }

    @Test
    void panningRightMovesTheMapRight() {
        ViewState p = v.movedByPixels(10, 0);
        assertEquals(v.toScreenX(1000) + 10, p.toScreenX(1000), 1e-9);
    }

    @Test
    void fittingShowsTheWholeExtent() {
        Envelope e = new Envelope(0, 100_000, 0, 50_000);
        ViewState f = ViewState.fitting(e, 400, 300, null, ClaimView.ALL);
        assertEquals(true, f.envelope().contains(e));
    }

    @Test
    void scaleIsClampedAndSizeMustBePositive() {
        assertEquals(ViewState.MIN_SCALE, v.withScale(0.001).metresPerPixel());
        assertThrows(IllegalArgumentException.class, () -> v.resized(0, 10));
    }
}
