package org.frontline.export;

import org.locationtech.jts.geom.Geometry;

/**
 * One claimed control area at a date, in WGS84 longitude/latitude, ready to write. Immutable.
 *
 * @param side    "RU" or "UA", or null for a contested area
 * @param status  "held" or "contested"
 * @param lonLat  the (multi)polygon in longitude/latitude degrees
 * @param areaKm2 its area, measured in the map projection (conformal; under 1 % error over Ukraine)
 */
public record ControlArea(String side, String status, Geometry lonLat, double areaKm2) {
}
