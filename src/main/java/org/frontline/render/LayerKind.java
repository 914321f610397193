package org.frontline.render;

/** The layers of the map, in their default drawing order (first is drawn first, at the bottom). */
public enum LayerKind {
    BASEMAP("Basemap"),
    REFERENCE("Reference layers"),
    AREAS("Claimed control areas"),
    CONTESTED("Contested areas"),
    FRONT_LINE("Front line"),
    SETTLEMENTS("Settlements"),
    CLAIMS("Claims"),
    UNRESOLVED("Unresolved mentions");

    private final String label;

    LayerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the layer draws the control areas of the date (see {@link AreaRaster}). */
    public boolean isArea() {
        return this == AREAS || this == CONTESTED || this == FRONT_LINE;
    }
}
