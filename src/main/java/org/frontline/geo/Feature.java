package org.frontline.geo;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** A geometry with its properties, as read from a GeoJSON feature. Immutable. */
public record Feature(Geometry geometry, Map<String, Object> properties) {
    public Feature {
        properties = Map.copyOf(properties);
    }

    /** A property as text, or null when absent. */
    public String text(String key) {
        Object v = properties.get(key);
        return v == null ? null : v.toString();
    }

    public int integer(String key, int fallback) {
        Object v = properties.get(key);
        return v instanceof Number n ? n.intValue() : fallback;
    }
}
