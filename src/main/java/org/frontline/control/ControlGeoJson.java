package org.frontline.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Writes a snapshot as a GeoJSON FeatureCollection in WGS84 (lon, lat): one feature per non-empty
 * area kind, with properties {@code side} (RU/UA), {@code status} (controlled/contested) and
 * {@code area_km2}, and one LineString feature per piece of front line with {@code kind: front_line}.
 * The collection carries {@code date} and {@code view} as foreign members. Areas are simplified by
 * {@link #DEFAULT_TOLERANCE_M} in map metres before reprojection. Stateless and thread-safe.
 */
public final class ControlGeoJson {
    /** Simplification tolerance in metres: invisible at the scale of an oblast. */
    public static final double DEFAULT_TOLERANCE_M = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ControlGeoJson() {
    }

    /** The snapshot as a GeoJSON FeatureCollection tree. */
    public static ObjectNode toGeoJson(ControlSnapshot s) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("date", s.date().toString());
        root.put("view", s.view().code());
        ArrayNode features = root.putArray("features");
        for (AreaKind k : AreaKind.values()) {
            Geometry area = s.area(k);
            if (area.isEmpty()) {
                continue;
            }
            Geometry simple = TopologyPreservingSimplifier.simplify(area, DEFAULT_TOLERANCE_M);
            ObjectNode f = feature(features, s.projection().unproject(simple));
            ObjectNode props = (ObjectNode) f.get("properties");
            props.put("side", k.side().name());
            props.put("status", k.statusCode());
            props.put("area_km2", Math.round(s.areaKm2(k) * 10) / 10.0);
        }
        Geometry front = s.frontLine();
        for (int i = 0; i < front.getNumGeometries(); i++) {
            ObjectNode f = feature(features, s.projection().unproject(front.getGeometryN(i)));
            ((ObjectNode) f.get("properties")).put("kind", "front_line");
        }
        return root;
    }

    /** Writes {@link #toGeoJson} to a writer. */
    public static void write(ControlSnapshot s, Writer out) throws IOException {
        JSON.writeValue(out, toGeoJson(s));
    }

    private static ObjectNode feature(ArrayNode features, Geometry lonLat) throws IOException {
        GeoJsonWriter writer = new GeoJsonWriter(6);
        writer.setEncodeCRS(false);
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        f.set("geometry", JSON.readTree(writer.write(lonLat)));
        f.putObject("properties");
        return f;
    }
}
