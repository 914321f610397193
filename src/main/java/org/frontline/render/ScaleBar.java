package org.frontline.render;

import org.frontline.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;

/**
 * The length a scale bar shows for a view: the true ground distance across the centre of the image
 * (not the projected one), rounded to 1, 2 or 5 times a power of ten.
 *
 * @param metres the ground length the bar stands for
 * @param pixels its length on the image
 */
public record ScaleBar(double metres, double pixels) {
    /** The longest round length that fits in {@code maxPixels}. */
    public static ScaleBar of(ViewState v, double maxPixels) {
        double groundPerPixel = groundMetresPerPixel(v);
        double max = groundPerPixel * maxPixels;
        double pow = Math.pow(10, Math.floor(Math.log10(max)));
        double nice = pow;
        for (double m : new double[] {5, 2, 1}) {
            if (m * pow <= max) {
                nice = m * pow;
                break;
            }
        }
        return new ScaleBar(nice, nice / groundPerPixel);
    }

    /** Ground metres per pixel at the image centre. */
    public static double groundMetresPerPixel(ViewState v) {
        MapProjection p = MapProjection.lcc();
        Coordinate a = v.toModel(v.width() / 2.0 - 50, v.height() / 2.0);
        Coordinate b = v.toModel(v.width() / 2.0 + 50, v.height() / 2.0);
        Coordinate la = p.unproject(a.x, a.y);
        Coordinate lb = p.unproject(b.x, b.y);
        return MapProjection.distanceMetres(la.x, la.y, lb.x, lb.y) / 100;
    }

    public String label() {
        return metres >= 1000 ? String.format(java.util.Locale.ROOT, "%,.0f km", metres / 1000)
                : String.format(java.util.Locale.ROOT, "%.0f m", metres);
    }
}
