package org.frontline.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.frontline.geo.Feature;
import org.frontline.geo.GeoJsonFeatures;
import org.frontline.geo.MapProjection;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The shipped basemap (land, lakes and reservoirs, rivers, country and oblast borders), projected
 * once into map metres. Coarse copies of the big layers are kept for zoomed-out views so that a
 * frame never walks more vertices than its pixels can show.
 *
 * <p>Thread safety: immutable after construction and safe to share between the viewer's render
 * thread and exports.
 */
public final class Basemap {
    /** A projected feature ready to draw, with its name and class (rivers) when it has them. */
    public record Item(Geometry full, Geometry coarse, String name, String country, int rank) {
        /** The copy to draw at this scale: coarse beyond 400 m per pixel. */
        public Geometry at(double metresPerPixel) {
            return metresPerPixel > 400 && coarse != null ? coarse : full;
        }
    }

    /** An oblast name to print at its centre. */
    public record RegionLabel(String name, double x, double y, double areaKm2, String country) {
    }

    private static final Logger LOG = Logger.getLogger(Basemap.class.getName());
    private static final String ROOT = "/data/basemap/";
    /** The GeoJSON files the basemap is read from, in the order the compiled file checks them. */
    static final List<String> SOURCES = List.of("admin1.geojson", "land.geojson", "lakes.geojson", "rivers.geojson",
            "countries.geojson");
    private static final double COARSE_TOLERANCE_M = 600;

    private final List<Item> land;
    private final List<Item> lakes;
    private final List<Item> rivers;
    private final List<Item> countries;
    private final List<Item> regions;
    private final List<RegionLabel> regionLabels;
    private final Envelope extent;
    private final Geometry region;

    Basemap(List<Item> land, List<Item> lakes, List<Item> rivers, List<Item> countries, List<Item> regions,
                    List<RegionLabel> regionLabels) {
        this.land = List.copyOf(land);
        this.lakes = List.copyOf(lakes);
        this.rivers = List.copyOf(rivers);
        this.countries = List.copyOf(countries);
        this.regions = List.copyOf(regions);
        this.regionLabels = List.copyOf(regionLabels);
        this.extent = new Envelope();
        land.forEach(i -> extent.expandToInclude(i.full().getEnvelopeInternal()));
        this.region = land.isEmpty() ? new GeometryFactory().createPolygon() : regionOutline();
    }

    /** The data region (21-42.5 E, 43.5-54.2 N) as a projected polygon; outside it the map has no data. */
    private static Geometry regionOutline() {
        GeometryFactory gf = new GeometryFactory();
        Geometry box = gf.toGeometry(new Envelope(21, 42.5, 43.5, 54.2));
        return MapProjection.lcc().project(org.locationtech.jts.densify.Densifier.densify(box, 0.1));
    }

    /** An empty basemap (for tests of other layers). */
    public static Basemap empty() {
        return new Basemap(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Loads the basemap shipped inside the application: the compiled copy the build made when it
     * matches the GeoJSON beside it ({@link CompiledBasemap}), else the GeoJSON itself.
     */
    public static Basemap loadDefault() {
        CompiledBasemap.Sources shipped = name -> Basemap.class.getResourceAsStream(ROOT + name);
        try {
            Optional<Basemap> compiled = CompiledBasemap.read(shipped.open(CompiledBasemap.FILE),
                    CompiledBasemap.checksumOf(name -> Basemap.class.getResource(ROOT + name)));
            if (compiled.isPresent()) {
                return compiled.get();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "compiled basemap unreadable; reading the GeoJSON", e);
        }
        return parse(shipped);
    }

    /** Reads, projects and simplifies the basemap from its GeoJSON files. */
    static Basemap parse(CompiledBasemap.Sources sources) {
        GeoJsonFeatures reader = new GeoJsonFeatures(new GeometryFactory());
        MapProjection p = MapProjection.lcc();
        List<Item> regions = new ArrayList<>();
        List<RegionLabel> labels = new ArrayList<>();
        for (Feature f : read(reader, sources, "admin1.geojson")) {
            Geometry g = p.project(f.geometry());
            regions.add(item(g, f.text("name"), f.text("country"), 0));
            Point c = g.getInteriorPoint();
            labels.add(new RegionLabel(f.text("name"), c.getX(), c.getY(), g.getArea() / 1e6, f.text("country")));
        }
        return new Basemap(items(reader, sources, p, "land.geojson", null), items(reader, sources, p, "lakes.geojson", null),
                items(reader, sources, p, "rivers.geojson", "class"), items(reader, sources, p, "countries.geojson", null),
                regions, labels);
    }

    private static List<Item> items(GeoJsonFeatures reader, CompiledBasemap.Sources sources, MapProjection p, String file,
                                    String rankKey) {
        List<Item> out = new ArrayList<>();
        for (Feature f : read(reader, sources, file)) {
            String country = f.text("iso_a2") != null ? f.text("iso_a2") : f.text("country");
            out.add(item(p.project(f.geometry()), f.text("name"), country, rankKey == null ? 0 : f.integer(rankKey, 9)));
        }
        return out;
    }

    private static Item item(Geometry projected, String name, String country, int rank) {
        return new Item(projected, projected.getNumPoints() > 200 ? coarse(projected) : null, name, country, rank);
    }

    /**
     * The copy drawn beyond 400 m per pixel. It is only drawn (filled even-odd, stroked), never
     * measured or overlaid, so the simplifier's validity repair (a buffer, a third of the load time)
     * is skipped; a ring that crosses itself at that scale is below a pixel.
     */
    private static Geometry coarse(Geometry projected) {
        DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(projected);
        simplifier.setDistanceTolerance(COARSE_TOLERANCE_M);
        simplifier.setEnsureValid(false);
        return simplifier.getResultGeometry();
    }

    private static List<Feature> read(GeoJsonFeatures reader, CompiledBasemap.Sources sources, String file) {
        try (InputStream in = sources.open(file)) {
            if (in == null) {
                throw new IllegalStateException("the basemap file " + ROOT + file + " is missing from the application");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the basemap file " + file + ": " + e.getMessage(), e);
        }
    }

    public List<Item> land() {
        return land;
    }

    public List<Item> lakes() {
        return lakes;
    }

    public List<Item> rivers() {
        return rivers;
    }

    public List<Item> countries() {
        return countries;
    }

    public List<Item> regions() {
        return regions;
    }

    public List<RegionLabel> regionLabels() {
        return regionLabels;
    }

    /** The area the basemap covers, projected; the renderer greys out the rest. */
    public Geometry region() {
        return region;
    }

    /** Extent of the land layer in map metres (empty for an empty basemap). */
    public Envelope extent() {
        return new Envelope(extent);
    }
}
