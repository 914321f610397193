package org.frontline.render;

import java.awt.geom.AffineTransform;
import java.time.LocalDate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * What the map shows: centre and scale in projected metres ({@link org.frontline.geo.MapProjection}),
 * the size of the image in pixels, the selected date and the claimant view. Immutable: every pan,
 * zoom, resize or slider move makes a new one, so a render in the background always works on a
 * consistent state (after JOSM's {@code MapViewState}).
 *
 * @param centerX        map x at the centre of the image, metres
 * @param centerY        map y at the centre of the image, metres
 * @param metresPerPixel scale
 * @param width          image width in pixels (at least 1)
 * @param height         image height in pixels (at least 1)
 * @param date           the selected date, or null when the store has no dates
 * @param view           whose claims the control areas follow
 */
public record ViewState(double centerX, double centerY, double metresPerPixel, int width, int height,
                        LocalDate date, ClaimView view) {
    /** Closest and farthest zoom: 5 m per pixel to 20 km per pixel. */
    public static final double MIN_SCALE = 5;
    public static final double MAX_SCALE = 20_000;

    public ViewState {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel)) {
            throw new IllegalArgumentException("bad scale " + metresPerPixel);
        }
        metresPerPixel = Math.max(MIN_SCALE, Math.min(MAX_SCALE, metresPerPixel));
        view = view == null ? ClaimView.ALL : view;
    }

    /** A view of the given size showing all of {@code extent} (projected metres) with a small margin. */
    public static ViewState fitting(Envelope extent, int width, int height, LocalDate date, ClaimView view) {
        double scale = Math.max(extent.getWidth() / width, extent.getHeight() / height) * 1.04;
        return new ViewState(extent.centre().x, extent.centre().y, scale > 0 ? scale : 1000, width, height, date, view);
    }

    public ViewState movedByPixels(double dx, double dy) {
        return new ViewState(centerX - dx * metresPerPixel, centerY + dy * metresPerPixel, metresPerPixel,
                width, height, date, view);
    }

    /** Zooms by {@code factor} (> 1 zooms in) keeping the map point under pixel (px, py) where it is. */
    public ViewState zoomedAt(double factor, double px, double py) {
        Coordinate anchor = toModel(px, py);
        double scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, metresPerPixel / factor));
        double cx = anchor.x - (px - width / 2.0) * scale;
        double cy = anchor.y + (py - height / 2.0) * scale;
        return new ViewState(cx, cy, scale, width, height, date, view);
    }

    public ViewState zoomed(double factor) {
        return zoomedAt(factor, width / 2.0, height / 2.0);
    }

    public ViewState resized(int newWidth, int newHeight) {
        return new ViewState(centerX, centerY, metresPerPixel, newWidth, newHeight, date, view);
    }

    public ViewState centredOn(double x, double y) {
        return new ViewState(x, y, metresPerPixel, width, height, date, view);
    }

    public ViewState withScale(double newMetresPerPixel) {
        return new ViewState(centerX, centerY, newMetresPerPixel, width, height, date, view);
    }

    public ViewState withDate(LocalDate newDate) {
        return new ViewState(centerX, centerY, metresPerPixel, width, height, newDate, view);
    }

    public ViewState withView(ClaimView newView) {
        return new ViewState(centerX, centerY, metresPerPixel, width, height, date, newView);
    }

    /** Pixel position of a map point. */
    public double toScreenX(double x) {
        return (x - centerX) / metresPerPixel + width / 2.0;
    }

    public double toScreenY(double y) {
        return (centerY - y) / metresPerPixel + height / 2.0;
    }

    /** Map point under a pixel. */
    public Coordinate toModel(double px, double py) {
        return new Coordinate(centerX + (px - width / 2.0) * metresPerPixel, centerY - (py - height / 2.0) * metresPerPixel);
    }

    /** The map area the image covers, in projected metres. */
    public Envelope envelope() {
        double hw = width / 2.0 * metresPerPixel;
        double hh = height / 2.0 * metresPerPixel;
        return new Envelope(centerX - hw, centerX + hw, centerY - hh, centerY + hh);
    }

    /** Map metres to image pixels (y down). */
    public AffineTransform modelToScreen() {
        AffineTransform t = new AffineTransform();
        t.translate(width / 2.0, height / 2.0);
        t.scale(1 / metresPerPixel, -1 / metresPerPixel);
        t.translate(-centerX, -centerY);
        return t;
    }
}
