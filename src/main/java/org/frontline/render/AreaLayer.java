package org.frontline.render;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Claimed control areas ready to draw, in map metres: what each side is claimed to hold, what is
 * contested, and the front line between them. Immutable; any geometry may be empty.
 */
public record AreaLayer(Geometry russianHeld, Geometry ukrainianHeld, Geometry contested, Geometry frontLine) {
    private static final GeometryFactory GF = new GeometryFactory();

    public static AreaLayer empty() {
        return new AreaLayer(GF.createEmpty(2), GF.createEmpty(2), GF.createEmpty(2), GF.createEmpty(1));
    }
}
