package org.frontline.control;

import org.frontline.geo.MapProjection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.Place;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Each settlement's area of influence, and which settlements border which: the fixed geometry from
 * which every date's control areas are assembled. Built once per set of places; immutable.
 *
 * <p>A settlement's cell is its Voronoi cell among all settlements, cut to a disc of
 * {@link RadiusRule} radius and to the land of its country ({@link LandClip}). Cells do not overlap,
 * so the union of one side's cells never overlaps the other side's. Two settlements are neighbours
 * when their Voronoi cells share an edge; the part of that edge within both discs and on land is
 * their <em>shared edge</em>, a piece of front line whenever the two are held by different sides.
 *
 * <p>Cells and edges are grouped into square tiles of the map plane so that a date change rebuilds
 * only the tiles whose places changed. A place whose coordinates repeat another's gets an empty
 * cell (the more populous one keeps it).
 *
 * <p>Invariants: arrays are indexed by place index (as in {@link ClaimHistory#places()}) or by edge
 * index; {@code edgeA[e] < edgeB[e]}; every cell is a valid Polygon or MultiPolygon, possibly empty.
 */
final class InfluenceMap {
    /**
     * Cells and their unions live on a 1 m grid: snap-rounding overlay on it is robust and fast,
     * where floating overlay on nearly coincident cell edges falls back to slow snapping.
     */
    static final PrecisionModel GRID = new PrecisionModel(1.0);

    final GeometryFactory factory;
    final Coordinate[] sites;
    final Geometry[] cells;
    final int[] tileOf;
    final int[][] tilePlaces;
    final int[] edgeA;
    final int[] edgeB;
    final Geometry[] edgeLines;
    final int[][] placeEdges;
    final int[][] tileEdges;

    private InfluenceMap(GeometryFactory factory, Coordinate[] sites, Geometry[] cells, int[] tileOf,
                         int[][] tilePlaces, List<int[]> edges, List<Geometry> edgeLines) {
        this.factory = factory;
        this.sites = sites;
        this.cells = cells;
        this.tileOf = tileOf;
        this.tilePlaces = tilePlaces;
        this.edgeA = edges.stream().mapToInt(e -> e[0]).toArray();
        this.edgeB = edges.stream().mapToInt(e -> e[1]).toArray();
        this.edgeLines = edgeLines.toArray(new Geometry[0]);
        this.placeEdges = group(sites.length, edges, true);
        this.tileEdges = groupByTile(tilePlaces.length, edgeA, tileOf);
    }

    int tileCount() {
        return tilePlaces.length;
    }

    int edgeCount() {
        return edgeA.length;
    }

    /** Builds the cells of these places. */
    static InfluenceMap build(List<Place> places, MapProjection projection, RadiusRule radius, LandClip clip,
                              double tileSize) {
        GeometryFactory gf = new GeometryFactory(GRID);
        int n = places.size();
        Coordinate[] sites = new Coordinate[n];
        double[] radii = new double[n];
        Map<Coordinate, Integer> owner = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Place p = places.get(i);
            sites[i] = projection.project(p.lon(), p.lat());
            radii[i] = radius.radiusMetres(p);
            Integer prev = owner.get(sites[i]);
            if (prev == null || places.get(prev).population() < p.population()) {
                owner.put(sites[i], i);
            }
        }
        Geometry[] raw = voronoi(sites, gf, owner);
        Geometry[] cells = new Geometry[n];
        for (int i = 0; i < n; i++) {
            if (raw[i] == null) {
                cells[i] = gf.createPolygon();
                continue;
            }
            Geometry disc = gf.createPoint(sites[i]).buffer(radii[i], 8);
            Geometry reach = ConvexClip.intersection((Polygon) raw[i], (Polygon) disc, gf);
            cells[i] = GeometryPrecisionReducer.reduce(clip.clip(reach, sites[i]), GRID);
        }
        removeOverlaps(cells);
        List<int[]> pairs = new ArrayList<>();
        List<Geometry> lines = new ArrayList<>();
        sharedEdges(raw, cells, pairs, lines);
        int[] tileOf = new int[n];
        int[][] tilePlaces = tiles(sites, tileSize, tileOf);
        return new InfluenceMap(gf, sites, cells, tileOf, tilePlaces, pairs, lines);
    }

    /**
     * Makes the cells an exact coverage. Cutting Voronoi cells by discs and snapping them to the grid
     * can leave slivers up to a metre wide where a cell's new vertex lands on its neighbour's side of
     * their shared edge. Each cell gives up what the cells before it hold, computed on the same grid;
     * when snap-rounding bends the neighbour's edge onto the cell's vertex instead (the sliver then
     * survives the difference), the neighbour is cut by the cell, which gives it that vertex. Passes
     * repeat until none finds an overlap; cells only shrink, by slivers.
     */
    static void removeOverlaps(Geometry[] cells) {
        org.locationtech.jts.index.strtree.STRtree index = new org.locationtech.jts.index.strtree.STRtree();
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                index.insert(cells[i].getEnvelopeInternal(), i);
            }
        }
        for (int pass = 0; pass < 4; pass++) {
            boolean changed = false;
            for (int i = 0; i < cells.length; i++) {
                for (Object o : index.query(cells[i].getEnvelopeInternal())) {
                    int j = (Integer) o;
                    if (j < i && overlap(cells[i], cells[j])) {
                        cells[i] = difference(cells[i], cells[j]);
                        if (overlap(cells[i], cells[j])) {
                            cells[j] = difference(cells[j], cells[i]);
                        }
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    private static boolean overlap(Geometry a, Geometry b) {
        return !a.isEmpty() && !b.isEmpty() && a.intersects(b) && a.relate(b, "2********");
    }

    private static Geometry difference(Geometry a, Geometry b) {
        return org.locationtech.jts.operation.overlayng.OverlayNG.overlay(a, b,
                org.locationtech.jts.operation.overlayng.OverlayNG.DIFFERENCE, GRID);
    }

    private static Geometry[] voronoi(Coordinate[] sites, GeometryFactory gf, Map<Coordinate, Integer> owner) {
        Geometry[] raw = new Geometry[sites.length];
        if (owner.size() < 2) {
            for (Map.Entry<Coordinate, Integer> e : owner.entrySet()) {
                raw[e.getValue()] = gf.createPoint(e.getKey()).buffer(1e6, 1);
            }
            return raw;
        }
        Envelope env = new Envelope();
        for (Coordinate c : owner.keySet()) {
            env.expandToInclude(c);
        }
        env.expandBy(50_000);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(new ArrayList<>(owner.keySet()));
        builder.setClipEnvelope(env);
        Geometry diagram = builder.getDiagram(gf);
        for (int k = 0; k < diagram.getNumGeometries(); k++) {
            Geometry cell = diagram.getGeometryN(k);
            Integer i = owner.get((Coordinate) cell.getUserData());
            if (i != null) {
                raw[i] = cell;
            }
        }
        return raw;
    }

    /** Finds neighbours by the Voronoi edges their raw cells share exactly, and cuts each edge to land. */
    /**
     * Finds neighbours (cells that share a Voronoi edge) and the line they share once cut and made a
     * coverage: the intersection of their final boundaries, so the front line drawn between two
     * sides lies exactly on both areas' edges.
     */
    private static void sharedEdges(Geometry[] raw, Geometry[] cells, List<int[]> pairs, List<Geometry> lines) {
        Map<Segment, Integer> seen = new HashMap<>();
        java.util.Set<Long> done = new java.util.HashSet<>();
        for (int i = 0; i < raw.length; i++) {
            if (!(raw[i] instanceof Polygon poly)) {
                continue;
            }
            Coordinate[] ring = poly.getExteriorRing().getCoordinates();
            for (int k = 0; k + 1 < ring.length; k++) {
                Segment s = Segment.of(ring[k], ring[k + 1]);
                Integer other = seen.putIfAbsent(s, i);
                if (other == null || other == i) {
                    continue;
                }
                int a = Math.min(i, other);
                int b = Math.max(i, other);
                if (!done.add((long) a * raw.length + b) || cells[a].isEmpty() || cells[b].isEmpty()) {
                    continue;
                }
                Geometry line = org.locationtech.jts.operation.overlayng.OverlayNG.overlay(cells[a].getBoundary(),
                        cells[b].getBoundary(), org.locationtech.jts.operation.overlayng.OverlayNG.INTERSECTION, GRID);
                line = lineParts(line);
                if (line != null && !line.isEmpty() && line.getLength() > 0) {
                    pairs.add(new int[] {a, b});
                    lines.add(line);
                }
            }
        }
    }

    /** Keeps the linear parts of a boundary intersection (touching corners give points). */
    private static Geometry lineParts(Geometry g) {
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getDimension() == 1) {
                parts.add(g.getGeometryN(i));
            }
        }
        return parts.isEmpty() ? null : g.getFactory().buildGeometry(parts);
    }

    private static int[][] tiles(Coordinate[] sites, double size, int[] tileOf) {
        Map<Long, Integer> ids = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < sites.length; i++) {
            long key = ((long) Math.floor(sites[i].x / size) << 32) ^ (((long) Math.floor(sites[i].y / size)) & 0xffffffffL);
            Integer id = ids.computeIfAbsent(key, k -> {
                members.add(new ArrayList<>());
                return members.size() - 1;
            });
            tileOf[i] = id;
            members.get(id).add(i);
        }
        return members.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static int[][] group(int n, List<int[]> edges, boolean both) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(6));
        }
        for (int e = 0; e < edges.size(); e++) {
            out.get(edges.get(e)[0]).add(e);
            if (both) {
                out.get(edges.get(e)[1]).add(e);
            }
        }
        return out.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static int[][] groupByTile(int tiles, int[] edgeA, int[] tileOf) {
        List<int[]> asPairs = new ArrayList<>();
        for (int e = 0; e < edgeA.length; e++) {
            asPairs.add(new int[] {tileOf[edgeA[e]], e});
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int t = 0; t < tiles; t++) {
            out.add(new ArrayList<>());
        }
        for (int[] p : asPairs) {
            out.get(p[0]).add(p[1]);
        }
        return out.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** A segment with its ends in a canonical order, so that two cells sharing it produce equal keys. */
    private record Segment(double ax, double ay, double bx, double by) {
        static Segment of(Coordinate p, Coordinate q) {
            boolean pFirst = p.x < q.x || (p.x == q.x && p.y <= q.y);
            Coordinate a = pFirst ? p : q;
            Coordinate b = pFirst ? q : p;
            return new Segment(a.x, a.y, b.x, b.y);
        }
    }
}
