package org.frontline.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.io.kml.KMLReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads a user's reference or baseline layer, a GeoJSON or KML polygon in WGS84, and checks it.
 * An invalid polygon (self-intersecting, say) is refused with a message naming the fault and where
 * it is, or, when asked, repaired with JTS {@link GeometryFixer} and the repair reported. Stateless.
 */
public final class ReferenceLayerImport {
    /** What an import produced: the valid polygon (WGS84) and, if it was repaired, what was wrong. */
    public record Result(Geometry polygonLonLat, String repairNote) {
        public boolean repaired() {
            return repairNote != null;
        }

        /** The polygon as GeoJSON, as stored in {@code reference_layers.geojson}. */
        public String geojson() {
            GeoJsonWriter w = new GeoJsonWriter(6);
            w.setEncodeCRS(false);
            return w.write(polygonLonLat);
        }
    }

    private static final Pattern KML_POLYGON = Pattern.compile("<(?:\\w+:)?Polygon\\b.*?</(?:\\w+:)?Polygon>",
            Pattern.DOTALL);

    private ReferenceLayerImport() {
    }

    /**
     * Reads every polygon of a GeoJSON (geometry, Feature or FeatureCollection) or KML document.
     *
     * @param repair fix an invalid polygon with GeometryFixer instead of refusing it
     * @throws IllegalArgumentException with a message for the user when there is no polygon or it is invalid
     */
    public static Result read(String text, String what, boolean repair) {
        GeometryFactory gf = new GeometryFactory();
        List<Geometry> parts;
        try {
            parts = text.stripLeading().startsWith("<") ? kml(text, gf) : geojson(text, gf);
        } catch (IOException | ParseException e) {
            throw new IllegalArgumentException(what + ": cannot read it as GeoJSON or KML: " + e.getMessage(), e);
        }
        parts.removeIf(g -> !(g instanceof Polygonal));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(what + ": holds no polygon");
        }
        Geometry g = parts.size() == 1 ? parts.get(0) : gf.buildGeometry(parts);
        IsValidOp check = new IsValidOp(g);
        if (check.isValid()) {
            return new Result(parts.size() == 1 ? g : UnaryUnionOp.union(parts), null);
        }
        TopologyValidationError error = check.getValidationError();
        Coordinate at = error.getCoordinate();
        String fault = String.format(Locale.ROOT, "%s at lon %.5f, lat %.5f", error.getMessage(), at.x, at.y);
        if (!repair) {
            throw new IllegalArgumentException(what + ": not a valid polygon: " + fault
                    + ". Fix it in your GIS, or import it with repair to let Frontline fix it (GeometryFixer).");
        }
        Geometry fixed = GeometryFixer.fix(g);
        return new Result(fixed, String.format(Locale.ROOT, "repaired with GeometryFixer: %s; area %.1f%% of the"
                + " drawn outline's envelope", fault, 100 * fixed.getArea() / g.getEnvelopeInternal().getArea()));
    }

    private static List<Geometry> geojson(String text, GeometryFactory gf) throws IOException, ParseException {
        JsonNode root = new ObjectMapper().readTree(text);
        GeoJsonReader reader = new GeoJsonReader(gf);
        List<Geometry> out = new ArrayList<>();
        String type = root.path("type").asText();
        if ("FeatureCollection".equals(type)) {
            for (JsonNode f : root.path("features")) {
                out.add(reader.read(f.path("geometry").toString()));
            }
        } else if ("Feature".equals(type)) {
            out.add(reader.read(root.path("geometry").toString()));
        } else {
            out.add(reader.read(text));
        }
        List<Geometry> flat = new ArrayList<>();
        for (Geometry g : out) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                flat.add(g.getGeometryN(i));
            }
        }
        return flat;
    }

    private static List<Geometry> kml(String text, GeometryFactory gf) throws ParseException {
        KMLReader reader = new KMLReader(gf);
        List<Geometry> out = new ArrayList<>();
        Matcher m = KML_POLYGON.matcher(text);
        while (m.find()) {
            out.add(reader.read(m.group().replaceAll("</?\\w+:", "<").replace("<<", "</")));
        }
        return out;
    }
}
