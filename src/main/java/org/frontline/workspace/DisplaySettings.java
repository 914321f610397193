package org.frontline.workspace;

import java.util.function.Predicate;
import org.frontline.model.Claim;
import org.frontline.render.LayerStack;

/**
 * How the map shows the store: layers, the claims time window, which claims pass the filters, the
 * selected claim and a banner. Immutable; the viewer swaps in a new one on every change.
 *
 * @param layers        visibility and order of layers
 * @param windowDays    claims of the last N days are drawn as symbols (control state uses all claims)
 * @param filter        which claims are drawn
 * @param selectedClaim id of the selected claim, or 0
 * @param banner        text over the map (e.g. "Demonstration data"), or null
 */
public record DisplaySettings(LayerStack layers, int windowDays, Predicate<Claim> filter, long selectedClaim,
                              String banner) {
    public static DisplaySettings defaults() {
        return new DisplaySettings(LayerStack.defaults(), Workspace.DEFAULT_WINDOW_DAYS, k -> true, 0, null);
    }

    public DisplaySettings withLayers(LayerStack l) {
        return new DisplaySettings(l, windowDays, filter, selectedClaim, banner);
    }

    public DisplaySettings withWindowDays(int days) {
        return new DisplaySettings(layers, days, filter, selectedClaim, banner);
    }

    public DisplaySettings withFilter(Predicate<Claim> f) {
        return new DisplaySettings(layers, windowDays, f, selectedClaim, banner);
    }

    public DisplaySettings withSelectedClaim(long id) {
        return new DisplaySettings(layers, windowDays, filter, id, banner);
    }

    public DisplaySettings withBanner(String text) {
        return new DisplaySettings(layers, windowDays, filter, selectedClaim, text);
    }
}
