package org.frontline.control;

import org.frontline.geo.MapProjection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Where areas of influence may lie: the land of the country a settlement is in. A cell is cut to
 * the region (country polygon, or else land polygon) that contains its settlement, so that an area
 * neither runs into the sea nor across a state border.
 *
 * <p>Regions are in map metres. A settlement in no region (a point just off a simplified coast) keeps
 * its cell unclipped. {@link #NONE} clips nothing.
 *
 * <p>Thread safety: immutable after construction; {@link #clip} is safe from several threads
 * (prepared geometries are built eagerly and only read).
 */
public final class LandClip {
    private static final Logger LOG = Logger.getLogger(LandClip.class.getName());
    /** Clips nothing. */
    public static final LandClip NONE = new LandClip(List.of());

    private final List<Geometry> regions;
    private final List<PreparedGeometry> prepared;
    private final STRtree index = new STRtree();

    /** Clips to these polygonal regions (map metres); each should be a country or a land mass. */
    public LandClip(List<? extends Geometry> regions) {
        this.regions = List.copyOf(regions);
        List<PreparedGeometry> prep = new ArrayList<>();
        for (int i = 0; i < this.regions.size(); i++) {
            Geometry g = this.regions.get(i);
            if (!(g instanceof Polygonal)) {
                throw new IllegalArgumentException("a clip region must be polygonal, not " + g.getGeometryType());
            }
            prep.add(PreparedGeometryFactory.prepare(g));
            index.insert(g.getEnvelopeInternal(), i);
        }
        this.prepared = List.copyOf(prep);
        index.build();
    }

    /** A clip to a single (multi)polygon such as a test's WKT, in map metres. */
    public static LandClip of(Geometry region) {
        return new LandClip(List.of(region));
    }

    /**
     * The shipped basemap's countries ({@code data/basemap/countries.geojson}), or failing that its
     * land ({@code data/basemap/land.geojson}), read from the class path; {@link #NONE} with a logged
     * note when neither is there.
     */
    public static LandClip loadDefault(MapProjection projection) {
        for (String name : List.of("countries", "land")) {
            String path = "data/basemap/" + name + ".geojson";
            try (InputStream in = LandClip.class.getClassLoader().getResourceAsStream(path)) {
                if (in != null) {
                    return new LandClip(readPolygons(in, projection));
                }
            } catch (IOException | ParseException e) {
                throw new IllegalStateException(path + ": cannot read the basemap: " + e.getMessage(), e);
            }
        }
        LOG.info("no basemap on the class path (data/basemap/countries.geojson, land.geojson):"
                + " control areas are not clipped to land or borders");
        return NONE;
    }

    /** The polygons of a GeoJSON FeatureCollection (WGS84), projected, one region per polygon. */
    static List<Geometry> readPolygons(InputStream in, MapProjection projection) throws IOException, ParseException {
        JsonNode root = new ObjectMapper().readTree(in);
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
        List<Geometry> out = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            Geometry g = reader.read(feature.path("geometry").toString());
            Geometry map = projection.project(g);
            if (map instanceof Polygonal) {
                out.add(map.isValid() ? map : org.locationtech.jts.geom.util.GeometryFixer.fix(map));
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return regions.isEmpty();
    }

    /**
     * The part of {@code cell} on the land of the region that contains {@code site}; for a site in
     * no region (just off a simplified coast), the part on any region; a cell touching no region at
     * all lies beyond the basemap and is kept whole.
     */
    public Geometry clip(Geometry cell, Coordinate site) {
        int region = regionOf(site, cell.getFactory());
        if (region >= 0) {
            if (prepared.get(region).containsProperly(cell)) {
                return cell;
            }
            return polygonal(cell.intersection(regions.get(region).intersection(cell.getEnvelope())),
                    cell.getFactory());
        }
        List<Geometry> parts = new ArrayList<>();
        for (Object o : index.query(cell.getEnvelopeInternal())) {
            Geometry part = regions.get((Integer) o).intersection(cell.getEnvelope());
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return cell;
        }
        Geometry land = org.locationtech.jts.operation.union.UnaryUnionOp.union(parts);
        return polygonal(cell.intersection(land), cell.getFactory());
    }

    /** The part of a line (a shared cell edge) on the land of the region that contains {@code site}. */
    public Geometry clipLine(Geometry line, Coordinate site) {
        int region = regionOf(site, line.getFactory());
        if (region < 0 || prepared.get(region).containsProperly(line)) {
            return line;
        }
        return lineal(regions.get(region).intersection(line.getEnvelope()).intersection(line), line.getFactory());
    }

    private static Geometry lineal(Geometry g, GeometryFactory gf) {
        return gf.buildGeometry(org.locationtech.jts.geom.util.LineStringExtracter.getLines(g));
    }

    private int regionOf(Coordinate site, GeometryFactory gf) {
        Geometry point = gf.createPoint(site);
        for (Object o : index.query(point.getEnvelopeInternal())) {
            int i = (Integer) o;
            if (prepared.get(i).covers(point)) {
                return i;
            }
        }
        return -1;
    }

    /** Drops the lines and points an intersection may leave along touching edges. */
    static Geometry polygonal(Geometry g, GeometryFactory gf) {
        if (g instanceof Polygonal) {
            return g;
        }
        return gf.buildGeometry(PolygonExtracter.getPolygons(g));
    }
}
