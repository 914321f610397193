package org.frontline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The output formats of the {@code claims} command, each written as a stream.
 *
 * <ul>
 *   <li>{@code json}: an array of objects with the members of {@link ClaimRow#FIELDS}.</li>
 *   <li>{@code csv}: a header row of the same names, then one row per claim; null is empty.</li>
 *   <li>{@code geojson}: a FeatureCollection of Point features (longitude, latitude) for the claims
 *       whose place is known, with the same members as properties; the claims with no known place
 *       are listed, as plain objects, in the top-level member {@code "unresolved"} (a foreign member
 *       that GeoJSON readers ignore), so that nothing is silently dropped.</li>
 * </ul>
 *
 * <p>Thread-safe: writing keeps no state between calls.
 */
enum ClaimFormat {
    JSON, CSV, GEOJSON;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    void write(List<ClaimRow> rows, Writer out) throws IOException {
        switch (this) {
            case JSON -> json(rows, out);
            case CSV -> csv(rows, out);
            case GEOJSON -> geojson(rows, out);
        }
    }

    private static void json(List<ClaimRow> rows, Writer out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartArray();
            for (ClaimRow r : rows) {
                g.writeObject(r.fields());
            }
            g.writeEndArray();
        }
        out.write(System.lineSeparator());
    }

    private static void csv(List<ClaimRow> rows, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(ClaimRow.FIELDS).build());
        for (ClaimRow r : rows) {
            printer.printRecord(r.fields().values());
        }
        printer.flush();
    }

    private static void geojson(List<ClaimRow> rows, Writer out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (ClaimRow r : rows) {
                if (r.located()) {
                    feature(g, r);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unresolved");
            for (ClaimRow r : rows) {
                if (!r.located()) {
                    g.writeObject(r.fields());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
    }

    private static void feature(JsonGenerator g, ClaimRow r) throws IOException {
        Map<String, Object> f = r.fields();
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber((Double) f.get("lon"));
        g.writeNumber((Double) f.get("lat"));
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectField("properties", f);
        g.writeEndObject();
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = new JsonFactory(MAPPER).createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g.useDefaultPrettyPrinter();
    }
}
