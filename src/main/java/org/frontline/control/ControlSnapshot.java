package org.frontline.control;

import org.frontline.geo.MapProjection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.Place;
import org.frontline.model.Side;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.LineStringExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * The claimed control of the map at one date in one view: every place's state, each side's
 * controlled and contested areas, and the front line between the two sides. Geometries are in the
 * metres of {@link #projection()}.
 *
 * <p>Two forms of the same areas: the <em>pieces</em> ({@link #pieces(AreaKind)},
 * {@link #frontLinePieces()}) are per-tile unions, ready to fill and stroke at once (they tile the
 * area without overlap, so filling them all draws the area; their shared tile seams are cell edges);
 * the merged forms ({@link #area(AreaKind)}, {@link #frontLine()}) are valid MultiPolygons and a
 * merged MultiLineString, built from the pieces on first request, for export and measurement.
 *
 * <p>Invariants: areas of different kinds do not overlap; the merged areas are valid; areas in km²
 * are sums over the pieces. Thread safety: immutable; the merged forms are computed at most once,
 * under the snapshot's lock, and are safe to read from any thread.
 */
public final class ControlSnapshot {
    private final LocalDate date;
    private final ControlView view;
    private final List<Place> places;
    private final byte[] codes;
    private final EnumMap<AreaKind, List<Geometry>> pieces;
    private final EnumMap<AreaKind, Double> areasM2;
    private final List<Geometry> frontPieces;
    private final MapProjection projection;
    private final GeometryFactory factory;
    private final EnumMap<AreaKind, MultiPolygon> merged = new EnumMap<>(AreaKind.class);
    private MultiLineString mergedFront;
    private Map<Long, PlaceState> statesById;

    ControlSnapshot(LocalDate date, ControlView view, List<Place> places, byte[] codes,
                    EnumMap<AreaKind, List<Geometry>> pieces, EnumMap<AreaKind, Double> areasM2,
                    List<Geometry> frontPieces, MapProjection projection, GeometryFactory factory) {
        this.date = date;
        this.view = view;
        this.places = places;
        this.codes = codes;
        this.pieces = pieces;
        this.areasM2 = areasM2;
        this.frontPieces = frontPieces;
        this.projection = projection;
        this.factory = factory;
    }

    public LocalDate date() {
        return date;
    }

    public ControlView view() {
        return view;
    }

    public MapProjection projection() {
        return projection;
    }

    /** The per-tile pieces of one kind of area, ready to draw (unmodifiable). */
    public List<Geometry> pieces(AreaKind kind) {
        return pieces.get(kind);
    }

    /** The front line as per-tile pieces, ready to stroke (unmodifiable). */
    public List<Geometry> frontLinePieces() {
        return frontPieces;
    }

    /** One kind of area merged into a valid MultiPolygon (computed on first call). */
    public synchronized MultiPolygon area(AreaKind kind) {
        return merged.computeIfAbsent(kind, k -> toMultiPolygon(UnaryUnionNG.union(factory.buildGeometry(pieces.get(k)), InfluenceMap.GRID)));
    }

    /** A side's controlled area: {@code area(AreaKind.of(side, false))}. */
    public MultiPolygon controlled(Side side) {
        return area(AreaKind.of(side, false));
    }

    /** A side's contested area: {@code area(AreaKind.of(side, true))}. */
    public MultiPolygon contested(Side side) {
        return area(AreaKind.of(side, true));
    }

    /** The claimed front line, the edges between RU-held and UA-held cells, merged into lines. */
    public synchronized MultiLineString frontLine() {
        if (mergedFront == null) {
            LineMerger merger = new LineMerger();
            frontPieces.forEach(merger::add);
            @SuppressWarnings("unchecked")
            List<LineString> lines = new ArrayList<>(merger.getMergedLineStrings());
            mergedFront = factory.createMultiLineString(lines.toArray(new LineString[0]));
        }
        return mergedFront;
    }

    /** The area of one kind in km². */
    public double areaKm2(AreaKind kind) {
        return areasM2.get(kind) / 1e6;
    }

    /** The state of a place at this date, or null when the place is not on this map. */
    public PlaceState stateOf(long placeId) {
        return statesById().get(placeId);
    }

    public ControlStatus statusOf(long placeId) {
        PlaceState s = stateOf(placeId);
        return s == null ? null : s.status();
    }

    /** Every place's state, by place id (unmodifiable). */
    public synchronized Map<Long, PlaceState> statesById() {
        if (statesById == null) {
            Map<Long, PlaceState> m = new HashMap<>(places.size() * 2);
            PlaceState[] decoded = new PlaceState[16];
            for (int i = 0; i < codes.length; i++) {
                int c = codes[i];
                if (decoded[c] == null) {
                    decoded[c] = PlaceState.of(codes[i]);
                }
                m.put(places.get(i).id(), decoded[c]);
            }
            statesById = Collections.unmodifiableMap(m);
        }
        return statesById;
    }

    /** The packed states, in the order of the history's places (a copy). */
    byte[] codes() {
        return Arrays.copyOf(codes, codes.length);
    }

    private MultiPolygon toMultiPolygon(Geometry g) {
        @SuppressWarnings("unchecked")
        List<Polygon> polys = PolygonExtracter.getPolygons(g);
        return factory.createMultiPolygon(polys.toArray(new Polygon[0]));
    }

    static List<Geometry> lines(Geometry g) {
        @SuppressWarnings("unchecked")
        List<Geometry> lines = LineStringExtracter.getLines(g);
        return lines;
    }

    @Override
    public String toString() {
        return "ControlSnapshot[" + date + ", " + view + ", RU " + Math.round(areaKm2(AreaKind.RU_CONTROLLED))
                + " km², UA " + Math.round(areaKm2(AreaKind.UA_CONTROLLED)) + " km²]";
    }
}
