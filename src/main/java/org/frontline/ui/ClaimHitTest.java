package org.frontline.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.frontline.render.ClaimMark;
import org.frontline.render.ClaimPainter;
import org.frontline.render.Frame;
import org.frontline.render.ViewState;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the claim symbols under a pixel of a drawn frame, in the order of JOSM's
 * {@code getNearestNodesImpl}: a pixel tolerance becomes a map-unit envelope, the envelope queries
 * an STRtree of the frame's symbols, each candidate is tested exactly against the tolerance in
 * pixels, and the hits are sorted by distance. Works on the frame's own view and scene, so it
 * finds what is drawn, not what will be. Immutable after construction; build one per frame.
 */
final class ClaimHitTest {
    /** How far from a symbol's centre a click still hits it, in pixels: the symbol and a margin. */
    static final double TOLERANCE_PX = ClaimPainter.RADIUS + 3;

    private final ViewState view;
    private final STRtree index = new STRtree();
    private final boolean empty;

    ClaimHitTest(Frame frame) {
        this.view = frame.view();
        List<ClaimMark> marks = frame.scene().claims();
        for (ClaimMark m : marks) {
            index.insert(new Envelope(new Coordinate(m.x(), m.y())), m);
        }
        empty = marks.isEmpty();
        if (!empty) {
            index.build();
        }
    }

    /** Symbols within {@code tolerancePx} of pixel (px, py), nearest first. */
    List<ClaimMark> at(double px, double py, double tolerancePx) {
        if (empty) {
            return List.of();
        }
        Coordinate a = view.toModel(px - tolerancePx, py - tolerancePx);
        Coordinate b = view.toModel(px + tolerancePx, py + tolerancePx);
        List<ClaimMark> hits = new ArrayList<>();
        for (Object o : index.query(new Envelope(a, b))) {
            ClaimMark m = (ClaimMark) o;
            if (distancePx(m, px, py) <= tolerancePx) {
                hits.add(m);
            }
        }
        hits.sort(Comparator.comparingDouble((ClaimMark m) -> distancePx(m, px, py)).thenComparingLong(ClaimMark::claimId));
        return hits;
    }

    List<ClaimMark> at(double px, double py) {
        return at(px, py, TOLERANCE_PX);
    }

    private double distancePx(ClaimMark m, double px, double py) {
        return Math.hypot(view.toScreenX(m.x()) - px, view.toScreenY(m.y()) - py);
    }
}
