package org.frontline.ui;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.frontline.render.ClaimMark;
import org.frontline.render.Frame;
import org.frontline.workspace.ClaimRecord;

/**
 * The tooltip over claim symbols: place, type, side, claimant and date of the claims under the
 * mouse, hit-tested on the frame on screen. FX thread only.
 */
final class ClaimHover {
    private final Tooltip tip = new Tooltip();
    private final MapCanvas map;
    private final ViewerSession session;
    private Frame indexed;
    private ClaimHitTest hits;

    ClaimHover(MapCanvas map, ViewerSession session) {
        this.map = map;
        this.session = session;
        tip.setId("claim-tooltip");
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.hide());
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> tip.hide());
    }

    /** The claim symbols under (x, y) of the frame on screen, nearest first. */
    List<ClaimMark> at(double x, double y) {
        Frame f = map.frameProperty().get();
        if (f == null) {
            return List.of();
        }
        if (f != indexed) {
            indexed = f;
            hits = new ClaimHitTest(f);
        }
        return hits.at(x, y);
    }

    private void moved(MouseEvent e) {
        List<ClaimMark> under = at(e.getX(), e.getY());
        if (under.isEmpty()) {
            tip.hide();
            return;
        }
        StringBuilder text = new StringBuilder();
        for (ClaimMark m : under.subList(0, Math.min(5, under.size()))) {
            session.catalogProperty().get().byId(m.claimId()).ifPresent(r -> text.append(text.isEmpty() ? "" : "\n")
                    .append(describe(r)));
        }
        if (under.size() > 5) {
            text.append("\n… and ").append(under.size() - 5).append(" more");
        }
        tip.setText(text.toString());
        tip.show(map, e.getScreenX() + 14, e.getScreenY() + 14);
    }

    static String describe(ClaimRecord r) {
        var k = r.claim();
        return (r.place() != null ? r.place().name() : k.placeText()) + ": " + k.type().code()
                + (k.side() == null ? "" : " (" + k.side().name() + ")") + ", " + k.status().code() + " — "
                + k.claimant().name() + (k.eventDate() == null ? "" : ", " + k.eventDate().date());
    }

    Tooltip tooltip() {
        return tip;
    }
}
