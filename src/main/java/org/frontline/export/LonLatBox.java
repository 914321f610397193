package org.frontline.export;

import java.util.Locale;
import org.frontline.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A longitude/latitude box (WGS84 degrees), as GIS users write it: west, south, east, north.
 * Immutable; the constructor refuses boxes that are empty, inverted or off the globe.
 */
public record LonLatBox(double west, double south, double east, double north) {
    /** Points sampled along each edge when projecting: LCC bends parallels, so corners are not enough. */
    private static final int EDGE_SAMPLES = 16;
    /** Ukraine and its neighbours: the extent when a workspace has no basemap to take one from. */
    public static final LonLatBox UKRAINE_REGION = new LonLatBox(20, 43, 42, 54);

    public LonLatBox {
        if (!(Double.isFinite(west) && Double.isFinite(south) && Double.isFinite(east) && Double.isFinite(north))) {
            throw new InvalidExportException("bounding box has a value that is not a number");
        }
        if (west < -180 || east > 180 || south < -90 || north > 90) {
            throw new InvalidExportException(String.format(Locale.ROOT,
                    "bounding box %s is off the globe (longitudes -180..180, latitudes -90..90)", text(west, south, east, north)));
        }
        if (west >= east) {
            throw new InvalidExportException("bounding box: west (" + west + ") must be less than east (" + east + ")");
        }
        if (south >= north) {
            throw new InvalidExportException("bounding box: south (" + south + ") must be less than north (" + north + ")");
        }
    }

    /** Parses "W,S,E,N", e.g. "36.5,47.5,39.5,49.5". */
    public static LonLatBox parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 4) {
            throw new InvalidExportException("bounding box '" + text + "' is not four numbers W,S,E,N (e.g. 36.5,47.5,39.5,49.5)");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidExportException("bounding box '" + text + "': '" + parts[i].strip() + "' is not a number");
            }
        }
        return new LonLatBox(v[0], v[1], v[2], v[3]);
    }

    /** The map-metre envelope that covers the box in {@link MapProjection}. */
    public Envelope projected() {
        MapProjection p = MapProjection.lcc();
        Envelope e = new Envelope();
        for (int i = 0; i <= EDGE_SAMPLES; i++) {
            double lon = west + (east - west) * i / EDGE_SAMPLES;
            double lat = south + (north - south) * i / EDGE_SAMPLES;
            include(e, p.project(lon, south));
            include(e, p.project(lon, north));
            include(e, p.project(west, lat));
            include(e, p.project(east, lat));
        }
        return e;
    }

    private static void include(Envelope e, Coordinate c) {
        e.expandToInclude(c.x, c.y);
    }

    @Override
    public String toString() {
        return text(west, south, east, north);
    }

    private static String text(double w, double s, double e, double n) {
        return String.format(Locale.ROOT, "%s,%s,%s,%s", w, s, e, n);
    }
}
