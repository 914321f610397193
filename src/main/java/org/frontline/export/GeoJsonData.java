package org.frontline.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.frontline.workspace.ClaimRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Writes export data as one RFC 7946 GeoJSON FeatureCollection in WGS84 longitude/latitude:
 * claims as Point features with the {@link ClaimFields} properties; control areas as (Multi)Polygon
 * features with {@code kind: "control_area"}, {@code side}, {@code status}, {@code area_km2},
 * {@code date}, {@code view}; the front line as a (Multi)LineString with {@code kind: "front_line"}.
 * Claims whose place is unknown have no point: like the {@code claims} command, they are listed as
 * plain objects in the foreign member {@code "unresolved"}, which GeoJSON readers ignore, so nothing
 * is silently dropped. Polygon rings are counter-clockwise outside, as RFC 7946 asks.
 *
 * <p>Thread safety: stateless.
 */
final class GeoJsonData {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Six decimals of a degree are about 10 cm: finer than any claim. */
    private static final int DECIMALS = 6;

    private GeoJsonData() {
    }

    static void write(ExportData data, OutputStream out) throws IOException {
        GeoJsonWriter geometries = new GeoJsonWriter(DECIMALS);
        geometries.setEncodeCRS(false);
        geometries.setForceCCW(true);
        try (JsonGenerator g = new JsonFactory(MAPPER).createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (ClaimRecord r : data.claims()) {
                if (r.place() != null) {
                    Map<String, Object> f = ClaimFields.of(r);
                    writePoint(g, r.place().lon(), r.place().lat(), f);
                }
            }
            if (data.areas() != null) {
                writeAreas(g, geometries, data.areas());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unresolved");
            for (ClaimRecord r : data.claims()) {
                if (r.place() == null) {
                    g.writeObject(ClaimFields.of(r));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeAreas(JsonGenerator g, GeoJsonWriter geometries, ControlAreasAt areas) throws IOException {
        for (ControlArea a : areas.areas()) {
            Map<String, Object> p = new java.util.LinkedHashMap<>();
            p.put("kind", "control_area");
            p.put("side", a.side());
            p.put("status", a.status());
            p.put("area_km2", Math.round(a.areaKm2() * 100) / 100.0);
            p.put("date", String.valueOf(areas.date()));
            p.put("view", areas.view().code());
            writeFeature(g, geometries, a.lonLat(), p);
        }
        if (!areas.frontLine().isEmpty()) {
            writeFeature(g, geometries, areas.frontLine(),
                    Map.of("kind", "front_line", "date", String.valueOf(areas.date()), "view", areas.view().code()));
        }
    }

    private static void writePoint(JsonGenerator g, double lon, double lat, Map<String, Object> properties) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(lon);
        g.writeNumber(lat);
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectField("properties", properties);
        g.writeEndObject();
    }

    private static void writeFeature(JsonGenerator g, GeoJsonWriter geometries, Geometry geometry,
                                     Map<String, Object> properties) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeFieldName("geometry");
        g.writeRawValue(geometries.write(geometry));
        g.writeObjectField("properties", properties);
        g.writeEndObject();
    }
}
