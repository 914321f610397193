package org.frontline.render;

import java.util.List;
import java.util.Objects;

/**
 * Everything one frame draws, apart from the view: copied from the application state on the FX
 * thread and handed to the renderer on another thread. Immutable.
 *
 * @param basemap     the basemap
 * @param areas       control areas at the view's date
 * @param reference   user reference layers, projected (may be empty)
 * @param claims      claim symbols to draw
 * @param settlements settlements eligible for labels
 * @param unresolved  unresolved mentions (listed, not placed)
 * @param layers      visibility and order
 * @param decorations legend, credits, title
 */
public record MapScene(Basemap basemap, AreaLayer areas, List<org.locationtech.jts.geom.Geometry> reference,
                       List<ClaimMark> claims, List<SettlementMark> settlements, List<UnresolvedMark> unresolved,
                       LayerStack layers, Decorations decorations) {
    public MapScene {
        Objects.requireNonNull(basemap, "basemap");
        areas = areas == null ? AreaLayer.empty() : areas;
        reference = List.copyOf(reference);
        claims = List.copyOf(claims);
        settlements = List.copyOf(settlements);
        unresolved = List.copyOf(unresolved);
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(decorations, "decorations");
    }

    /** A scene with only the basemap. */
    public static MapScene basemapOnly(Basemap basemap) {
        return new MapScene(basemap, AreaLayer.empty(), List.of(), List.of(), List.of(), List.of(),
                LayerStack.defaults(), Decorations.screen(null));
    }

    public MapScene withLayers(LayerStack newLayers) {
        return new MapScene(basemap, areas, reference, claims, settlements, unresolved, newLayers, decorations);
    }

    public MapScene withDecorations(Decorations d) {
        return new MapScene(basemap, areas, reference, claims, settlements, unresolved, layers, d);
    }
}
