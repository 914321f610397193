package org.frontline.workspace;

import java.util.Objects;
import java.util.Set;
import org.frontline.render.LayerStack;

/**
 * What the viewer shows beside the view itself: the claims (a catalog snapshot and the filter),
 * the layer stack and the selected claims. Immutable; copied on the FX thread with each repaint
 * request and read on the render thread. Equal settings draw equal scenes, so the repaint
 * scheduler can merge them.
 *
 * @param catalog  the corrected claims (compared by identity: a new load is a new catalog)
 * @param filter   the claim filter shared with the table
 * @param layers   visibility and order of the layers
 * @param selected ids of the highlighted claims
 */
public record DisplaySettings(ClaimCatalog catalog, ClaimFilter filter, LayerStack layers, Set<Long> selected) {
    public DisplaySettings {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(layers, "layers");
        selected = Set.copyOf(selected);
    }

    public static DisplaySettings defaults() {
        return new DisplaySettings(ClaimCatalog.empty(), ClaimFilter.all(), LayerStack.defaults(), Set.of());
    }
}
