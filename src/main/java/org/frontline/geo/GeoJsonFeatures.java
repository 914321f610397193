package org.frontline.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection into {@link Feature}s with JTS geometries, keeping the
 * properties (which JTS's own reader drops for collections). Points, lines, polygons and their
 * multi-forms are supported; null-property values are kept out.
 *
 * <p>Thread safety: stateless; every call is independent.
 */
public final class GeoJsonFeatures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GeometryFactory factory;

    public GeoJsonFeatures(GeometryFactory factory) {
        this.factory = factory;
    }

    public List<Feature> read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<Feature> out = new ArrayList<>();
        if ("Feature".equals(root.path("type").asText())) {
            out.add(feature(root));
            return out;
        }
        if (!"FeatureCollection".equals(root.path("type").asText())) {
            throw new IOException("not a GeoJSON FeatureCollection (type is '" + root.path("type").asText() + "')");
        }
        for (JsonNode f : root.path("features")) {
            if (!f.path("geometry").isNull() && !f.path("geometry").isMissingNode()) {
                out.add(feature(f));
            }
        }
        return out;
    }

    private Feature feature(JsonNode f) throws IOException {
        Map<String, Object> props = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = f.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                props.put(e.getKey(), v.numberValue());
            } else if (!v.isNull()) {
                props.put(e.getKey(), v.isTextual() ? v.asText() : v.toString());
            }
        }
        return new Feature(geometry(f.path("geometry")), props);
    }

    /** Converts a GeoJSON geometry object. */
    public Geometry geometry(JsonNode g) throws IOException {
        JsonNode c = g.path("coordinates");
        return switch (g.path("type").asText()) {
            case "Point" -> factory.createPoint(coordinate(c));
            case "MultiPoint" -> factory.createMultiPointFromCoords(coordinates(c));
            case "LineString" -> factory.createLineString(coordinates(c));
            case "MultiLineString" -> {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = factory.createLineString(coordinates(c.get(i)));
                }
                yield factory.createMultiLineString(lines);
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                Polygon[] polys = new Polygon[c.size()];
                for (int i = 0; i < polys.length; i++) {
                    polys[i] = polygon(c.get(i));
                }
                yield factory.createMultiPolygon(polys);
            }
            case "GeometryCollection" -> {
                List<Geometry> parts = new ArrayList<>();
                for (JsonNode part : g.path("geometries")) {
                    parts.add(geometry(part));
                }
                yield factory.buildGeometry(parts);
            }
            default -> throw new IOException("unsupported GeoJSON geometry type '" + g.path("type").asText() + "'");
        };
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = factory.createLinearRing(closed(coordinates(rings.get(0))));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(closed(coordinates(rings.get(i))));
        }
        return factory.createPolygon(shell, holes);
    }

    private static Coordinate[] closed(Coordinate[] ring) {
        if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
            Coordinate[] c = java.util.Arrays.copyOf(ring, ring.length + 1);
            c[ring.length] = ring[0].copy();
            return c;
        }
        return ring;
    }

    private static Coordinate coordinate(JsonNode c) {
        return new Coordinate(c.get(0).asDouble(), c.get(1).asDouble());
    }

    private static Coordinate[] coordinates(JsonNode array) {
        Coordinate[] out = new Coordinate[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = coordinate(array.get(i));
        }
        return out;
    }
}
