package org.frontline.control;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The metric map plane in which areas are built, measured and drawn, and its way back to WGS84.
 * Areas in a {@link ControlSnapshot} are in this plane's metres; the renderer draws them in the same
 * plane, so nothing is reprojected between "areas ready" and "pixels".
 *
 * <p>The default, {@link #UKRAINE_LCC}, is Lambert conformal conic with standard parallels 45°N and
 * 52°N, origin 48.5°N 32°E: scale error under about 1 % over Ukraine, so lengths and areas measured
 * in it are good to a percent.
 *
 * <p>Thread safety: immutable and thread-safe (each call makes its own proj4j transform state).
 */
public final class MapProjection {
    /** The projection of the Frontline map. */
    public static final MapProjection UKRAINE_LCC = new MapProjection(
            "+proj=lcc +lat_1=45 +lat_2=52 +lat_0=48.5 +lon_0=32 +datum=WGS84 +units=m +no_defs");

    private static final CoordinateTransformFactory FACTORY = new CoordinateTransformFactory();

    private final String proj4;
    private final CoordinateReferenceSystem wgs84;
    private final CoordinateReferenceSystem plane;

    /** A projection given as a proj4 definition in metres. */
    public MapProjection(String proj4) {
        this.proj4 = Objects.requireNonNull(proj4, "proj4");
        CRSFactory crs = new CRSFactory();
        this.wgs84 = crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
        this.plane = crs.createFromParameters("frontline", proj4);
    }

    public String proj4() {
        return proj4;
    }

    /** Longitude and latitude in degrees to map metres. */
    public Coordinate toMap(double lon, double lat) {
        return run(FACTORY.createTransform(wgs84, plane), lon, lat);
    }

    /** Map metres to longitude (x) and latitude (y) in degrees. */
    public Coordinate toLonLat(double x, double y) {
        return run(FACTORY.createTransform(plane, wgs84), x, y);
    }

    /** A copy of a WGS84 (lon, lat) geometry in map metres. */
    public Geometry toMap(Geometry lonLat) {
        return transform(lonLat, FACTORY.createTransform(wgs84, plane));
    }

    /** A copy of a map geometry in WGS84 (lon, lat). */
    public Geometry toLonLat(Geometry map) {
        return transform(map, FACTORY.createTransform(plane, wgs84));
    }

    private static Coordinate run(CoordinateTransform t, double x, double y) {
        ProjCoordinate out = t.transform(new ProjCoordinate(x, y), new ProjCoordinate());
        return new Coordinate(out.x, out.y);
    }

    private static Geometry transform(Geometry g, CoordinateTransform t) {
        Geometry copy = g.copy();
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                t.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
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

    @Override
    public String toString() {
        return "MapProjection[" + proj4 + "]";
    }
}
