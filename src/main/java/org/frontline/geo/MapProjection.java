package org.frontline.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * The one map projection of Frontline: Lambert conformal conic with standard parallels 45° and
 * 52° N, centred on 48.5° N 32° E (WGS84, metres). Shapes and angles are true across Ukraine and
 * scale errors stay under 1 % over the region, so the map reads like the atlases researchers know.
 *
 * <p>Thread safety: immutable and thread-safe. proj4j projections keep no per-call state; each
 * call allocates its own coordinates.
 */
public final class MapProjection {
    /** The PROJ definition, for GIS users who want the same map (QGIS accepts it as a custom CRS). */
    public static final String PROJ4 = "+proj=lcc +lat_1=45 +lat_2=52 +lat_0=48.5 +lon_0=32 +datum=WGS84 +units=m +no_defs";

    private static final MapProjection INSTANCE = new MapProjection();

    private final Projection projection;

    private MapProjection() {
        projection = new CRSFactory().createFromParameters("frontline-lcc", PROJ4).getProjection();
    }

    public static MapProjection lcc() {
        return INSTANCE;
    }

    /** Projects longitude/latitude in degrees to map metres. */
    public Coordinate project(double lon, double lat) {
        ProjCoordinate out = projection.project(new ProjCoordinate(lon, lat), new ProjCoordinate());
        return new Coordinate(out.x, out.y);
    }

    /** Map metres back to longitude (x) and latitude (y) in degrees. */
    public Coordinate unproject(double x, double y) {
        ProjCoordinate out = projection.inverseProject(new ProjCoordinate(x, y), new ProjCoordinate());
        return new Coordinate(out.x, out.y);
    }

    /** A projected copy of a geometry given in longitude/latitude. */
    public Geometry project(Geometry lonLat) {
        return transform(lonLat, true);
    }

    /** A longitude/latitude copy of a projected geometry. */
    public Geometry unproject(Geometry projected) {
        return transform(projected, false);
    }

    private Geometry transform(Geometry g, boolean forward) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate c = forward ? project(seq.getX(i), seq.getY(i)) : unproject(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, c.x);
                seq.setOrdinate(i, 1, c.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        return copy;
    }

    /** Great-circle distance in metres between two longitude/latitude points (haversine, mean radius). */
    public static double distanceMetres(double lon1, double lat1, double lon2, double lat2) {
        double r = 6_371_008.8;
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
